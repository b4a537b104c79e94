#pragma once

#include <QWidget>

class QLabel;
class QSplitter;
class QTreeView;

namespace helios::ui {

class AtRiskBanner;
class BurndownChartView;
class PlansViewModel;
class TaskBoard;

// The selected plan: its goal and a summary line, the at-risk banner, the task board (tasks by
// milestone, filters, details) and the burn-down chart, the last two in a splitter.
class PlanDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanDetailView(PlansViewModel &viewModel, QWidget *parent = nullptr);

    QTreeView *taskView() const;
    TaskBoard *taskBoard() const { return m_tasks; }
    BurndownChartView *chartView() const { return m_chart; }
    AtRiskBanner *banner() const { return m_banner; }
    QSplitter *splitter() const { return m_splitter; }

protected:
    void customEvent(QEvent *event) override;

private:
    void refresh();

    PlansViewModel &m_viewModel;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    AtRiskBanner *m_banner = nullptr;
    TaskBoard *m_tasks = nullptr;
    BurndownChartView *m_chart = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_chartPending = false;
};

} // namespace helios::ui

#pragma once

#include <QWidget>

class QLabel;
class QSplitter;
class QTreeView;

namespace helios::ui {

class AtRiskBanner;
class BurndownChartView;
class PlanChartsView;
class PlansViewModel;
class TaskEditsViewModel;
class TaskBoard;

// The selected plan: its goal and a summary line, the at-risk banner, the task board (tasks by
// milestone, filters, details) and the plan's charts, the last two in a splitter. The charts are
// drawn after the tasks are painted.
class PlanDetailView : public QWidget
{
    Q_OBJECT

public:
    PlanDetailView(PlansViewModel &viewModel, TaskEditsViewModel &edits, QWidget *parent = nullptr);

    QTreeView *taskView() const;
    TaskBoard *taskBoard() const { return m_tasks; }
    BurndownChartView *chartView() const;
    PlanChartsView *chartsView() const { return m_charts; }
    AtRiskBanner *banner() const { return m_banner; }
    QSplitter *splitter() const { return m_splitter; }

protected:
    void customEvent(QEvent *event) override;

private:
    void refresh();
    void updateSummary();

    PlansViewModel &m_viewModel;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    AtRiskBanner *m_banner = nullptr;
    TaskBoard *m_tasks = nullptr;
    PlanChartsView *m_charts = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_chartPending = false;
};

} // namespace helios::ui

#pragma once

#include <QWidget>

class QLabel;
class QSplitter;
class QTableView;

namespace helios::ui {

class AtRiskBanner;
class BurndownChartView;
class PlansViewModel;

// The selected plan: its goal and a summary line, the at-risk banner, the task table (status
// editable in place) and the burn-down chart, the last two in a splitter.
class PlanDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanDetailView(PlansViewModel &viewModel, QWidget *parent = nullptr);

    QTableView *taskView() const { return m_tasks; }
    BurndownChartView *chartView() const { return m_chart; }
    AtRiskBanner *banner() const { return m_banner; }
    QSplitter *splitter() const { return m_splitter; }

private:
    void refresh();

    PlansViewModel &m_viewModel;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    AtRiskBanner *m_banner = nullptr;
    QTableView *m_tasks = nullptr;
    BurndownChartView *m_chart = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace helios::ui

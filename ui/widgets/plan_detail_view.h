#pragma once

#include <QWidget>

class QLabel;
class QSplitter;
class QTableView;

namespace helios::ui {

class AtRiskBanner;
class BurndownChartView;
class PlanChartsView;
class PlansViewModel;

// The selected plan: its goal and a summary line, the at-risk banner, the task table (status
// editable in place) and the plan's charts, the last two in a splitter.
class PlanDetailView : public QWidget
{
    Q_OBJECT

public:
    explicit PlanDetailView(PlansViewModel &viewModel, QWidget *parent = nullptr);

    QTableView *taskView() const { return m_tasks; }
    BurndownChartView *chartView() const;
    PlanChartsView *chartsView() const { return m_charts; }
    AtRiskBanner *banner() const { return m_banner; }
    QSplitter *splitter() const { return m_splitter; }

private:
    void refresh();

    PlansViewModel &m_viewModel;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    AtRiskBanner *m_banner = nullptr;
    QTableView *m_tasks = nullptr;
    PlanChartsView *m_charts = nullptr;
    QSplitter *m_splitter = nullptr;
};

} // namespace helios::ui

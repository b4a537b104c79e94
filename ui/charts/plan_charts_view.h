#pragma once

#include "core/domain/plan.h"

#include <QTabWidget>

class QLabel;

namespace helios::ui {

class BurndownChartView;
class StatusChartView;
class TimelineView;

// The charts of the selected plan, one tab each: the burn-down with the projection at the
// current pace, the status breakdown and the timeline. Their data come from pure functions
// (computeBurndown, computeStatusBreakdown, computeTimelineLayout); the widgets only draw.
class PlanChartsView : public QTabWidget
{
    Q_OBJECT

public:
    explicit PlanChartsView(QWidget *parent = nullptr);

    void setPlan(const Plan &plan, const QDate &today);
    void clear();

    BurndownChartView *burndownView() const { return m_burndown; }
    StatusChartView *statusView() const { return m_status; }
    TimelineView *timelineView() const { return m_timeline; }
    QString projectionText() const;
    QString criticalPathText() const;

private:
    BurndownChartView *m_burndown = nullptr;
    StatusChartView *m_status = nullptr;
    TimelineView *m_timeline = nullptr;
    QLabel *m_projection = nullptr;
    QLabel *m_criticalPath = nullptr;
    qint64 m_planId = 0;
};

} // namespace helios::ui

#pragma once

#include "core/domain/plan.h"

#include <QTabWidget>

#include <qcoro/qcorotask.h>

class QLabel;

namespace helios::ui {

class BurndownChartView;
class StatusChartView;
class TimelineView;

// The charts of the selected plan, one tab each: the burn-down with the projection at the
// current pace, the status breakdown and the timeline. Their data come from pure functions
// (computeBurndown, computeStatusBreakdown, computeTimelineLayout); the widgets only draw.
// The burn-down and the timeline (a re-plan and a schedule, a critical path: tens of
// milliseconds at 20,000 tasks) are computed on a pool thread, and the timeline only once its
// tab is shown, so that loading a long plan never holds up the GUI thread with charts nobody sees.
class PlanChartsView : public QTabWidget
{
    Q_OBJECT

public:
    explicit PlanChartsView(QWidget *parent = nullptr);

    void setPlan(const Plan &plan, const QDate &today);
    void clear();
    // True while a chart of the current plan is being computed (tests wait for it).
    bool isComputing() const { return m_computing > 0; }

    BurndownChartView *burndownView() const { return m_burndown; }
    StatusChartView *statusView() const { return m_status; }
    TimelineView *timelineView() const { return m_timeline; }
    QString projectionText() const;
    // Where the current plan's remaining work ends at the person's pace, as the burn-down shows
    // it (Burndown::projectedFinish); null until the burn-down is computed, or nothing is left.
    QDate projectedFinish(qint64 planId) const
    {
        return planId == m_planId ? m_projectedFinish : QDate();
    }
    QString criticalPathText() const;

Q_SIGNALS:
    // A tab's chart now shows the current plan.
    void chartDrawn(int tab);

private:
    void drawCurrentTab();
    QCoro::Task<> drawBurndown();
    QCoro::Task<> drawTimeline();

    BurndownChartView *m_burndown = nullptr;
    QDate m_projectedFinish;
    StatusChartView *m_status = nullptr;
    TimelineView *m_timeline = nullptr;
    QLabel *m_projection = nullptr;
    QLabel *m_criticalPath = nullptr;
    qint64 m_planId = 0;
    Plan m_plan; // shares its tasks with the view-model's copy
    QDate m_today;
    quint64 m_generation = 0; // bumped by every setPlan and clear: older results are dropped
    quint64 m_burndownGeneration = 0;
    quint64 m_timelineGeneration = 0;
    bool m_fitTimeline = false; // a zoom chosen for another plan may not suit this one
    int m_computing = 0;
};

} // namespace helios::ui

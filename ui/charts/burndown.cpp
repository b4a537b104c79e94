#include "ui/charts/burndown.h"

#include "core/planning/replanner.h"
#include "core/planning/scheduler.h"

#include <algorithm>
#include <map>

namespace helios::ui {

namespace {

QDate planStart(const Plan &plan, const QDate &today)
{
    if (plan.startDate.isValid())
        return plan.startDate;
    QDate earliest;
    for (const Task &t : plan.tasks) {
        if (t.startDate.isValid() && (!earliest.isValid() || t.startDate < earliest))
            earliest = t.startDate;
    }
    if (earliest.isValid())
        return earliest;
    if (plan.createdAt.isValid())
        return plan.createdAt.date();
    return today;
}

// Steps down from `total` at `start` by the hours dropping on each day of `drops`.
QList<BurndownPoint> steps(const QDate &start, double total, const std::map<QDate, double> &drops)
{
    QList<BurndownPoint> points{{start, total}};
    double remaining = total;
    for (const auto &[day, hours] : drops) {
        const QDate when = std::max(day, start);
        if (points.constLast().date != when)
            points.append({when, remaining});
        remaining = std::max(0.0, remaining - hours);
        points.append({when, remaining});
    }
    return points;
}

// Where the remaining work ends at the measured pace: the plan re-planned from today and
// scheduled with that pace, as the re-planner would.
void project(const Plan &plan, const QDate &today, Burndown &chart)
{
    chart.pace = measuredPace(plan.tasks, today);
    chart.remainingHours = plan.remainingHours();
    if (chart.remainingHours <= 0.0 || !today.isValid())
        return;
    Plan next = replan(plan, today);
    ScheduleOptions options;
    options.start = today;
    options.deadline = plan.deadline;
    options.hoursPerWeek = next.hoursPerWeek;
    options.pace = chart.pace;
    const ScheduleResult result = Scheduler::schedule(next.tasks, options);
    chart.projectedFinish = result.projectedFinish;
    if (chart.projectedFinish.isValid())
        chart.projected = {{today, chart.remainingHours},
                           {std::max(today, chart.projectedFinish), 0.0}};
}

} // namespace

Burndown computeBurndown(const Plan &plan, const QDate &today)
{
    Burndown chart;
    chart.start = planStart(plan, today);
    chart.today = today;
    chart.end = plan.deadline.isValid() ? plan.deadline : plan.finishDate();
    if (!chart.end.isValid() || chart.end <= chart.start)
        chart.end = chart.start.addDays(1);
    chart.totalHours = plan.totalHours();
    chart.ideal = {{chart.start, chart.totalHours}, {chart.end, 0.0}};

    std::map<QDate, double> scheduled;
    std::map<QDate, double> finished;
    for (const Task &t : plan.tasks) {
        if (t.dueDate.isValid())
            scheduled[t.dueDate] += t.estimateHours;
        if (t.isFinished()) {
            const QDate day = t.dueDate.isValid() && t.dueDate <= today ? t.dueDate : today;
            finished[day] += t.estimateHours;
        }
    }
    chart.planned = steps(chart.start, chart.totalHours, scheduled);

    if (today < chart.start) {
        chart.actual = {{chart.start, chart.totalHours}};
    } else {
        chart.actual = steps(chart.start, chart.totalHours, finished);
        if (chart.actual.constLast().date < today)
            chart.actual.append({today, chart.actual.constLast().hours});
    }
    project(plan, today, chart);
    return chart;
}

} // namespace helios::ui

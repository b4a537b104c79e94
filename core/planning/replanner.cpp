#include "core/planning/replanner.h"

#include "core/planning/scheduler.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace helios {

namespace {

// The least that is left of a task in progress whose spent hours reach its estimate: it is not
// done, so some work remains.
constexpr double kMinimumRemainingHours = 0.5;

double sanitizedHours(double hours)
{
    return std::isfinite(hours) && hours > 0.0 ? hours : 0.0;
}

double remainingHours(const Task &task)
{
    const double estimate = sanitizedHours(task.estimateHours);
    if (task.status != TaskStatus::InProgress || !(task.actualHours >= 0.0))
        return estimate;
    const double left = std::max(kMinimumRemainingHours, estimate - task.actualHours);
    return std::min(estimate, left);
}

} // namespace

Plan replan(const Plan &plan, QDate today, std::optional<QDate> newDeadline,
            std::optional<double> newHoursPerWeek)
{
    Plan next = plan;
    if (newDeadline) {
        // A plan built around an event was dated back from it: when the event moves, the dated
        // sessions and lead times of the work still to do move with it.
        const bool hasEvent = std::any_of(plan.tasks.cbegin(), plan.tasks.cend(),
                                          [](const Task &t) { return t.event; });
        if (hasEvent && plan.deadline.isValid() && newDeadline->isValid()) {
            const qint64 shift = plan.deadline.daysTo(*newDeadline);
            for (Task &task : next.tasks) {
                if (task.isFinished() || shift == 0)
                    continue;
                if (task.notBefore.isValid())
                    task.notBefore = task.notBefore.addDays(shift);
                if (task.dueBy.isValid())
                    task.dueBy = task.dueBy.addDays(shift);
            }
        }
        next.deadline = *newDeadline;
    }
    if (newHoursPerWeek)
        next.hoursPerWeek = *newHoursPerWeek;

    // The scheduler sees what is left of each task; the plan keeps its estimates and the start
    // dates of the tasks in progress. In place, so that the tasks are copied once.
    QList<Task> &tasks = next.tasks;
    std::vector<double> estimates(static_cast<size_t>(tasks.size()));
    std::vector<QDate> starts(static_cast<size_t>(tasks.size()));
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        Task &task = tasks[i];
        estimates[static_cast<size_t>(i)] = task.estimateHours;
        starts[static_cast<size_t>(i)] = task.startDate;
        task.estimateHours = remainingHours(task);
    }

    ScheduleOptions options;
    options.start = today.isValid() ? today : QDate::currentDate();
    options.deadline = next.deadline;
    options.hoursPerWeek = next.hoursPerWeek;
    const ScheduleResult scheduled = Scheduler::schedule(tasks, options);

    for (qsizetype i = 0; i < tasks.size(); ++i) {
        Task &task = tasks[i];
        task.estimateHours = estimates[static_cast<size_t>(i)];
        // Work on it has begun: it began when it began. A start date after the new one is a plan
        // that did not happen, so the scheduled one stands.
        const QDate previousStart = starts[static_cast<size_t>(i)];
        if (task.status == TaskStatus::InProgress && previousStart.isValid() &&
            task.startDate.isValid() && previousStart <= task.startDate)
            task.startDate = previousStart;
    }
    next.atRisk = scheduled.atRisk;
    next.hoursShort = scheduled.hoursShort;
    return next;
}

double measuredPace(const QList<Task> &tasks, QDate today)
{
    double due = 0.0;
    double done = 0.0;
    for (const Task &task : tasks) {
        if (task.status == TaskStatus::Skipped)
            continue;
        const double hours = sanitizedHours(task.estimateHours);
        if (task.dueDate.isValid() && task.dueDate < today)
            due += hours;
        if (task.status == TaskStatus::Done)
            done += hours;
    }
    if (due <= 0.0)
        return 1.0;
    return std::clamp(done / due, 0.1, 2.0);
}

} // namespace helios

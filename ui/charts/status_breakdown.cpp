#include "ui/charts/status_breakdown.h"

#include <cmath>

namespace helios::ui {

namespace {

int indexOf(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Todo:
        return 0;
    case TaskStatus::InProgress:
        return 1;
    case TaskStatus::Done:
        return 2;
    case TaskStatus::Skipped:
        return 3;
    }
    return 0;
}

} // namespace

const StatusShare &StatusBreakdown::share(TaskStatus status) const
{
    return shares.at(static_cast<size_t>(indexOf(status)));
}

double StatusBreakdown::hoursFraction(TaskStatus status) const
{
    return totalHours > 0.0 ? share(status).hours / totalHours : 0.0;
}

StatusBreakdown computeStatusBreakdown(const Plan &plan)
{
    StatusBreakdown breakdown;
    breakdown.shares = {StatusShare{TaskStatus::Todo}, StatusShare{TaskStatus::InProgress},
                        StatusShare{TaskStatus::Done}, StatusShare{TaskStatus::Skipped}};
    for (const Task &task : plan.tasks) {
        StatusShare &share = breakdown.shares.at(static_cast<size_t>(indexOf(task.status)));
        const double hours =
            std::isfinite(task.estimateHours) && task.estimateHours > 0 ? task.estimateHours : 0.0;
        ++share.tasks;
        share.hours += hours;
        ++breakdown.totalTasks;
        breakdown.totalHours += hours;
    }
    return breakdown;
}

} // namespace helios::ui

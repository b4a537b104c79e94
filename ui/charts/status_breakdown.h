#pragma once

#include "core/domain/plan.h"

#include <array>

namespace helios::ui {

// How a plan's tasks divide over the four statuses, by count and by estimated hours.
struct StatusShare
{
    TaskStatus status = TaskStatus::Todo;
    int tasks = 0;
    double hours = 0.0;
    friend bool operator==(const StatusShare &, const StatusShare &) = default;
};

struct StatusBreakdown
{
    // To do, in progress, done, skipped: always all four, in that order.
    std::array<StatusShare, 4> shares;
    int totalTasks = 0;
    double totalHours = 0.0;

    const StatusShare &share(TaskStatus status) const;
    // Share of the plan's hours in this status, 0..1 (0 for a plan without hours).
    double hoursFraction(TaskStatus status) const;
};

// Negative or non-finite estimates count as 0 hours (the task still counts).
StatusBreakdown computeStatusBreakdown(const Plan &plan);

} // namespace helios::ui

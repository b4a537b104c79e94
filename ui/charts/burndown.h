#pragma once

#include "core/domain/plan.h"

#include <QDate>
#include <QList>

namespace helios::ui {

struct BurndownPoint
{
    QDate date;
    double hours = 0.0;
    friend bool operator==(const BurndownPoint &, const BurndownPoint &) = default;
};

// The three lines of a plan's burn-down chart, as step points (a drop is two points on the
// same day).
struct Burndown
{
    QDate start;
    QDate end; // the deadline, else the plan's finish date; always after start
    QDate today;
    double totalHours = 0.0;
    QList<BurndownPoint> ideal;   // straight from totalHours at start to 0 at end
    QList<BurndownPoint> planned; // remaining hours per the scheduled due dates
    QList<BurndownPoint> actual;  // from start to today, finished tasks counted on their due day

    // The person's pace so far (measuredPace: finished over planned work, 1 = as planned) and
    // where the remaining work ends at that pace (Scheduler::schedule's projectedFinish, after
    // replan from today). Null when nothing is left or it cannot be scheduled.
    double pace = 1.0;
    QDate projectedFinish;
    // From today's remaining hours straight down to 0 on projectedFinish; empty when it is null.
    QList<BurndownPoint> projected;
    double remainingHours = 0.0;
};

// Finished (done or skipped) tasks count on their due date, or today when that is later than
// today or missing: the store keeps no completion day, and a line into the future would claim
// work that has not happened yet. The projection uses core/planning (measuredPace, replan and
// Scheduler::schedule), the same figures the re-planner works with.
Burndown computeBurndown(const Plan &plan, const QDate &today);

} // namespace helios::ui

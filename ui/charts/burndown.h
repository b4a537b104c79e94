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
};

// Finished (done or skipped) tasks count on their due date, or today when that is later than
// today or missing: the store keeps no completion day, and a line into the future would claim
// work that has not happened yet.
Burndown computeBurndown(const Plan &plan, const QDate &today);

} // namespace helios::ui

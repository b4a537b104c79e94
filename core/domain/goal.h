#pragma once

#include <QDate>
#include <QString>

namespace helios {

// What the person asked for. Validated by validateGoal before anything is planned or written.
struct Goal
{
    QString text;
    QDate deadline; // null: no deadline
    double hoursPerWeek = 10.0;
    QDate today; // the first day that may be scheduled
};

inline constexpr int kMaxGoalLength = 2000;
inline constexpr double kMaxHoursPerWeek = 168.0;

} // namespace helios

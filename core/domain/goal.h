#pragma once

#include <QDate>
#include <QString>

namespace helios {

inline constexpr double kDefaultHoursPerWeek = 10.0;

// What the person asked for. Validated by validateGoal before anything is planned or written.
struct Goal
{
    QString text;
    QDate deadline;                             // null: no deadline
    double hoursPerWeek = kDefaultHoursPerWeek; // when neither the person nor the goal's words say
    QDate today;                                // the first day that may be scheduled
};

inline constexpr int kMaxGoalLength = 2000;
inline constexpr double kMaxHoursPerWeek = 168.0;

} // namespace helios

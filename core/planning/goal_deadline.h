#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace helios {

// The deadline a goal's own words give, counted from `today`, to propose in New goal: the one the
// offline planner takes when none is given (planning::deadlineInText over the normalised goal,
// which lists what it reads: "in 3 months", "by 15 May", "by June", "by summer", "by Christmas",
// "三个月内", "五月前", "明年夏天", "春节前", "年底"). A frequency is not a deadline ("每天",
// "一周三次"). Null when the goal names no time, or one that is already past.
std::optional<QDate> deadlineInGoal(const QString &goal, QDate today);

// The hours a week the goal's words give ("8 hours a week", "an hour a day", "每周8小时",
// "每天练琴一小时"), to propose in New goal and to take where none is given (the CLI without
// --hours-per-week, the API without hours_per_week). Null when the words give none.
std::optional<double> hoursPerWeekInGoal(const QString &goal);

} // namespace helios

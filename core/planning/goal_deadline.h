#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace helios {

// The deadline a goal's own words give, counted from `today`, to propose in New goal:
//   "in 3 months", "within two weeks", "in the next 6 weeks" → today plus that time;
//   "by April", "by 15 May", "by May 2028", "before June" → that day, or the last day of the
//     month ("before June": the last day of May), its next occurrence from today;
//   "by the end of the year", "this year", "by summer", "next summer" → 31 December, the end
//     of that season (spring May, summer August, autumn November, winter February);
//   "by 2027-05-01";
//   "三个月内", "用两周", "半年内", "一年" → today plus that time ("每天", "一周三次" are not);
//   "年底前", "明年年底", "明年夏天", "今年暑假", "五月前" (the last day of April), "6月底",
//     "明年三月".
// Null when the goal names no time, or one that is already past.
std::optional<QDate> deadlineInGoal(const QString &goal, QDate today);

} // namespace helios

#pragma once

#include <QDate>
#include <QRegularExpression>
#include <QString>

#include <optional>

// Text helpers of the offline planner: clean-up, language, matching form, numbers. Internal to
// core/planning.
namespace helios::planning {

// A case-insensitive pattern (the few parts that must not be say so with (?-i)).
QRegularExpression caseInsensitive(const QString &pattern);
QRegularExpression caseInsensitive(const char *pattern);

// The length to cut `s` at, at most `n`, never splitting a surrogate pair.
qsizetype safeCut(const QString &s, qsizetype n);

// Pairs up surrogates (a lone one would make every regular expression fail to match), folds
// full-width letters and punctuation to their ASCII forms (NFKC) and collapses whitespace. At
// most kMaxGoalLength characters.
QString normaliseGoal(const QString &text);

bool isHan(char32_t c);
bool isLatinLetter(char32_t c);
bool containsHan(const QString &text);

// "zh" or "en": Chinese grammar with English names ("学习Python编程") reads as Chinese, English
// grammar with a Chinese word ("I want to learn 中文") as English.
QString detectLanguage(const QString &normalised);

// The form terms are matched in: lower case, hyphens and underscores as spaces. One character
// for one character, so positions in it are positions in `normalised`.
QString foldForMatching(const QString &normalised);

// Emoji and other symbols.
const QRegularExpression &symbolsPattern();

// The goal without its deadline and durations ("by May", "in 6 months", "三个月内", "明年五月前"),
// without leading wishes ("I want to", "我想") and filler ("really", "尽快").
QString withoutTimeAndFiller(QString s);

// Trims what is left around a subject: articles, particles, quotes, emoji and punctuation.
QString tidySubject(QString s);

// A number as people write it in goals: "120", "10,000", "3.5", "10k", "1万", "1.5万", "一万",
// "两千", "五十", "十二", "二十万". Null when `text` is not one number.
std::optional<double> parseNumber(QStringView text);

// A deadline the goal's words give, counted from `today`: "in 3 months", "by June", "in
// November", "by the end of the year", "this summer", "三个月内", "半年", "明年四月", "五月前",
// "年底", "暑假". A month alone is its next occurrence ("by June" the last day of June, "in June"
// the 15th, "五月前" the last day of April). Null when the goal names no time, or one already past.
std::optional<QDate> deadlineInText(const QString &normalised, QDate today);

// The year the goal's words name without a day or month, when deadlineInText finds nothing:
// "明年", "今年", "后年", "next year", "this year", "in 2028", "before 2028" (2027). Null when
// none, or one already past. What a year means is the planner's to say (a year's reading ends on
// 31 December; a trip "next year" is not on New Year's Eve).
std::optional<int> yearInText(const QString &normalised, QDate today);

// The hours a week the goal's words give: "8 hours a week", "an hour a day" (7), "30 minutes
// every weekday" (2.5), "每周8小时", "每天练琴一小时" (7), "工作日每天两小时" (10), "每周三次，每次
// 一个半小时" (4.5). Null when the goal gives none, or more than kMaxHoursPerWeekInText.
inline constexpr double kMaxHoursPerWeekInText = 84.0;
std::optional<double> hoursPerWeekInText(const QString &normalised);

// The number as written in the plan's language: 120, 10,000 / 1万, 1.5万, 2000.
QString formatCount(double value, const QString &language);

} // namespace helios::planning

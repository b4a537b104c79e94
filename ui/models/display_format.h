#pragma once

#include "core/domain/task.h"

#include <QDate>
#include <QString>

namespace helios::ui {

// How the UI shows hours, dates and statuses: through the default QLocale and translated.

// 12.5 → "12.5", 12 → "12" (at most one decimal, locale decimal point).
QString formatHours(double hours);

// The default locale's short date with a four-digit year ("4/15/2027"), "" for a null date.
QString formatDate(const QDate &date);

// A tooltip that shows text exactly as written: tooltips guess rich text from the first tag, and
// titles and notes from models and imports may contain markup that must stay text.
QString plainToolTip(const QString &text);

// Text of at most maxLength UTF-16 units: the first ones and "…" when it is longer, never
// cutting a surrogate pair (emoji) in half. For titles in menus and headers.
QString shortened(const QString &text, qsizetype maxLength);
// How much of a goal (up to 2,000 characters) a sentence or a header quotes.
inline constexpr qsizetype kMaxGoalInSentence = 140;

// "To do", "In progress", "Done", "Skipped", translated.
QString statusLabel(TaskStatus status);

inline constexpr TaskStatus kAllStatuses[] = {TaskStatus::Todo, TaskStatus::InProgress,
                                              TaskStatus::Done, TaskStatus::Skipped};

} // namespace helios::ui

#pragma once

#include "core/domain/plan.h"
#include "core/domain/result.h"

namespace helios {

// Reads a Markdown list as chatbots and people write it into one plan (docs/FORMATS.md):
// numbered or bulleted items, nested or not, with or without checkboxes, bold, links and dashes.
// Headings and top-level items with children become milestones; estimates such as "(3h)",
// "2 hours" or "3小时" and "due YYYY-MM-DD" are read. `title` names the plan when the text has
// no single top heading. No list item at all refuses the file (usage error). `skipped`, when
// given, hears the lines that became nothing (prose outside the lists), trimmed.
Result<Plan> importMarkdown(const QString &text, const QString &title,
                            QStringList *skipped = nullptr);

// True when `text` has Markdown list items or headings (for format sniffing).
bool looksLikeMarkdown(const QString &text);

} // namespace helios

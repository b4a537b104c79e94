#pragma once

#include "core/domain/plan.h"
#include "core/domain/result.h"

namespace helios {

// Reads todo.txt lines (https://github.com/todotxt/todo.txt) into one plan (docs/FORMATS.md).
// `title` names the plan when no +project does. No task line refuses the file (usage error).
Result<Plan> importTodoTxt(const QString &text, const QString &title);

// True when some line carries todo.txt's marks: "x ", "(A) ", a leading date, +project,
// @context or due: (for format sniffing).
bool looksLikeTodoTxt(const QString &text);

} // namespace helios

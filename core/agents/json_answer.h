#pragma once

#include "core/domain/result.h"

#include <QJsonObject>
#include <QStringView>

namespace helios::agents {

// The JSON object in a model's answer. Models wrap JSON in ``` fences or put prose around it
// even when asked not to, so the first complete, parseable {...} in the text is taken (strings
// and escapes respected when matching braces). Errors (Kind::Validation) say what was wrong:
// no object at all, an object cut off before its end (a truncated answer), malformed JSON.
Result<QJsonObject> extractJsonObject(QStringView answer);

} // namespace helios::agents

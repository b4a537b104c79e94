#pragma once

#include "core/domain/goal.h"
#include "core/domain/result.h"

namespace helios {

// Checks a goal before anything is planned or written: non-empty text of at most kMaxGoalLength
// characters, hours per week in (0, 168], a deadline (when given) that is not before today.
// The error is one translated sentence (context "helios").
Status validateGoal(const Goal &goal);

// Parses an ISO date (YYYY-MM-DD). Null QDate when malformed.
QDate parseIsoDate(QStringView text);

} // namespace helios

#pragma once

#include "core/domain/plan.h"
#include "core/domain/result.h"

#include <QDate>

namespace helios {

// The plan with one open task moved to start tomorrow ("not today"): the task keeps its length
// in days (counted from today, or from its start when that is later, to its due date); open
// tasks that depend on it, directly or not, move later just as far as they must to start no
// earlier than their prerequisites are due, keeping their lengths. Nothing else moves, so the
// rest of the day's list stays as it was. The risk is recomputed from the due dates: open work
// due after the deadline makes the plan at risk, with at least those hours short.
// Usage error for a finished task or one that starts tomorrow or later already (nothing to
// move, so a second move records no empty version);
// NotFound for an id the plan does not have.
Result<Plan> deferToTomorrow(const Plan &plan, qint64 taskId, QDate today);

} // namespace helios

#pragma once

#include "core/domain/plan.h"

#include <QJsonObject>

namespace helios {

// The JSON shape of plans shared by `helios-cli --json`, exports and tests (docs/CLI.md).
// Dates are YYYY-MM-DD or null, created_at is ISO 8601 in UTC ("2026-11-27T10:00:00Z"), task
// dependencies are task ids (not positions), hours are rounded to 0.01 and progress to 0.0001.
QJsonObject planToJson(const Plan &plan);

// One task of `plan`, with its dependencies mapped from positions in plan.tasks to task ids.
QJsonObject taskToJson(const Plan &plan, const Task &task);

QJsonObject planSummaryToJson(const PlanSummary &summary);

} // namespace helios

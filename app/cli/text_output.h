#pragma once

#include "core/domain/plan.h"

#include <QString>

namespace helios::cli {

// The readable (non --json) output of helios-cli: plain text, one table per milestone.
QString formatPlan(const Plan &plan);
QString formatPlanList(const QList<PlanSummary> &plans);
QString formatTaskChange(const Plan &plan, const Task &task);

} // namespace helios::cli

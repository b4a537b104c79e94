#pragma once

#include "core/domain/plan.h"
#include "core/domain/result.h"

#include <QString>

namespace helios {

// A whole plan as compact JSON, exactly (every field, dependencies as positions, actual hours),
// for plan_versions.snapshot. Versioned with "snapshot": 1 so that old versions stay readable.
QString planSnapshot(const Plan &plan);
Result<Plan> planFromSnapshot(const QString &snapshot);

} // namespace helios

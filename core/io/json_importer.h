#pragma once

#include "core/domain/plan.h"
#include "core/domain/result.h"

namespace helios {

// Reads the Helios JSON format (json_exporter.h, docs/FORMATS.md) back into plans, exactly as
// they were written but without ids. Anything malformed refuses the whole file (usage error).
Result<QList<Plan>> importHeliosJson(const QString &text);

} // namespace helios

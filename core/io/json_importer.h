#pragma once

#include "core/domain/plan.h"
#include "core/domain/result.h"
#include "core/io/imported_plan.h"

namespace helios {

// Reads the Helios JSON format (json_exporter.h, docs/FORMATS.md) back into plans, exactly as
// they were written but without ids, each with its saved versions. Anything malformed, a version
// entry included, refuses the whole file (usage error).
Result<QList<ImportedPlan>> importHeliosJson(const QString &text);
// The same from UTF-8 (what importPlanFile hands it, so that the text is not held twice).
Result<QList<ImportedPlan>> importHeliosJson(const QByteArray &utf8);

} // namespace helios

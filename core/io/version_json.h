#pragma once

#include "core/domain/job.h"
#include "core/domain/plan_version.h"
#include "core/planning/plan_diff.h"

#include <QJsonObject>

namespace helios {

// The JSON shapes of re-planning for `helios-cli --json` (docs/CLI.md), beside plan_json.h.
// Dates are YYYY-MM-DD or null; times are ISO 8601 in UTC, whole seconds ("…T10:00:00Z").

// {"added": [{title, estimate_hours, due_date}], "removed": [{id, title}],
//  "changed": [{id, title, fields: ["title", "notes", "status", "estimate", "milestone",
//  "dependencies"]}], "shifted": [{id, title, old_start, old_due, new_start, new_due, days}],
//  and "deadline" / "finish": {before, after} when they moved}.
QJsonObject planDiffToJson(const PlanDiff &diff);

// {version, created_at, reason}: a version as `versions` lists it (no snapshot).
QJsonObject planVersionToJson(const PlanVersion &version);

// {id, kind, status, stage, error, plan_id (null until there is a plan), input (the job's
// input object), created_at, updated_at}.
QJsonObject jobToJson(const Job &job);

} // namespace helios

#pragma once

#include "core/domain/plan.h"

#include <QDateTime>
#include <QString>

namespace helios {

// One saved version of a plan: the plan as it was after a re-plan, a revision or a restore.
struct PlanVersion
{
    int version = 0; // 1, 2, ... per plan
    QDateTime createdAt;
    QString reason;   // "original", "replan", "revision", "restore of 2", ...
    QString snapshot; // the whole plan as JSON (core/jobs/plan_snapshot), empty in lists
};

// A version just saved: the plan as stored and the number the save gave it (read in the same
// transaction, so concurrent saves never report each other's numbers).
struct AppliedVersion
{
    Plan plan;
    int version = 0;
};

} // namespace helios

#pragma once

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

} // namespace helios

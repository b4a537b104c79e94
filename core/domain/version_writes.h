#pragma once

#include "core/domain/plan.h"
#include "core/domain/plan_version.h"
#include "core/domain/result.h"

#include <QString>

#include <qcoro/qcorotask.h>

#include <functional>

namespace helios {

// New versions of plans (see PlanQueries for what every storage interface promises).
class VersionWrites
{
public:
    // The snapshot kept with a version: the plan as saved (core/jobs/plan_snapshot's
    // planSnapshot). Called inside the write, perhaps on another thread.
    using SnapshotOf = std::function<QString(const Plan &)>;

    virtual ~VersionWrites() = default;

    // Makes `plan` the stored plan's current state and records it as a new version, numbered
    // after the plan's last one, with `reason` and snapshotOf(the plan as saved). Replaced are
    // the dates, weekly hours, risk and all the tasks: a task with an id keeps it, a new one
    // gets an id no task of this plan ever had (in any version), dependencies follow positions.
    // When the plan had no version yet, its state before the change is kept first as version 1,
    // "original", so that it can always be restored. Its texts are made plain text
    // (core/domain/plain_text) and a plan past the limits (core/domain/plan_limits) is refused
    // with their sentence, saving nothing. Returns the plan as saved and the number of the
    // version appended, read in the same write (concurrent writers never report each other's).
    virtual QCoro::Task<Result<AppliedVersion>> applyVersion(Plan plan, QString reason,
                                                             SnapshotOf snapshotOf) = 0;
};

} // namespace helios

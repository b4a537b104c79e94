#pragma once

#include "core/domain/plan.h"
#include "core/domain/plan_version.h"
#include "core/domain/result.h"

#include <QDateTime>
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
    // "original" (dated when the plan was created), so that it can always be restored. Its texts
    // are made plain text (core/domain/plain_text) and a plan past the limits
    // (core/domain/plan_limits) is refused with their sentence, saving nothing. The goal stays as
    // stored. Returns the plan as saved and the number of the version appended, read in the same
    // write (concurrent writers never report each other's).
    virtual QCoro::Task<Result<AppliedVersion>> applyVersion(Plan plan, QString reason,
                                                             SnapshotOf snapshotOf) = 0;
    // The same for a person's edit (its goal is written too), except that an editing session
    // makes one version: when the plan's newest version has the same `reason` and was made at or
    // after `sessionStart`, that version is amended (its snapshot and time become this edit's)
    // instead of a new one being added. Version 1, "original", is kept first as above; its time
    // is the plan's creation.
    virtual QCoro::Task<Result<Plan>> applyEdit(Plan plan, QString reason, SnapshotOf snapshotOf,
                                                QDateTime sessionStart) = 0;
};

} // namespace helios

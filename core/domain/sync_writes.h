#pragma once

#include "core/domain/result.h"
#include "core/domain/sync_types.h"

#include <qcoro/qcorotask.h>

namespace helios {

// Changes to the sync state (see PlanQueries for what every storage interface promises).
class SyncWrites
{
public:
    virtual ~SyncWrites() = default;

    // Stores a new binding (id 0) or changes one: returns it as stored. A plan has at most one
    // binding (a second is a Usage error naming the plan); NotFound for a plan or binding id
    // that does not exist.
    virtual QCoro::Task<Result<SyncBinding>> saveBinding(SyncBinding binding) = 0;
    // Removes a binding with its items, outbox and conflicts (the plan stays).
    virtual QCoro::Task<Status> removeBinding(qint64 bindingId) = 0;
    // Writes one step of a sync all or nothing (see SyncCommit): the plan's version first (its
    // tasks checked against expectedTasks), then items (negative task ids resolved to the saved
    // plan's tasks), item removals, outbox, conflicts and the binding's state. NotFound for a
    // binding id that does not exist.
    virtual QCoro::Task<Result<SyncCommitOutcome>> commitSync(SyncCommit commit) = 0;
};

} // namespace helios

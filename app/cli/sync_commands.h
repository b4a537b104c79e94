#pragma once

#include "app/cli/cli_arguments.h"

#include "core/domain/plan.h"
#include "core/domain/sync_types.h"

#include <QJsonObject>

#include <qcoro/qcorotask.h>

#include <optional>

namespace helios {
class Store;
}

namespace helios::cli {

bool isSyncCommand(Command command);

// sync --account (bind a plan and sync it), sync now, sync status, over an opened store
// (core/sync's SyncEngine). The password comes from $HELIOS_SYNC_PASSWORD, else standard input.
QCoro::Task<int> runSyncCommand(Store &store, const Request &request);

// Around a re-plan or a restore of a plan bound to a server (docs/SYNC.md "Re-planning"): before
// it, a sync merges what changed on the server (the phone's edits) into the plan, so that the
// change runs on the merged plan; after it, a sync sends the tasks it changed, and only those.
// Not bound: nothing happens. The server out of reach (or no password): a note on stderr, and the
// change goes on with the plan as it is here; the server's edits then merge field by field at
// the next sync. Never fails the command.
class SyncAroundChange
{
public:
    QCoro::Task<> before(Store &store, qint64 planId);
    QCoro::Task<> after(Store &store);
    bool bound() const { return m_binding.has_value(); }
    // The plan as it was before the sync, and after it (equal when nothing was merged).
    const Plan &planBefore() const { return m_before; }
    const Plan &planMerged() const { return m_merged; }
    // {"before": report or {"error"}, "after": ...}, for --json; empty when the plan is not bound.
    QJsonObject json() const { return m_json; }

private:
    std::optional<SyncBinding> m_binding;
    QString m_password;
    bool m_reached = false;
    Plan m_before;
    Plan m_merged;
    QJsonObject m_json;
};

} // namespace helios::cli

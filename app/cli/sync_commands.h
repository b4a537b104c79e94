#pragma once

#include "app/cli/cli_arguments.h"

#include <qcoro/qcorotask.h>

namespace helios {
class Store;
}

namespace helios::cli {

bool isSyncCommand(Command command);

// sync --account (bind a plan and sync it), sync now, sync status, over an opened store
// (core/sync's SyncEngine). The password comes from $HELIOS_SYNC_PASSWORD, else standard input.
QCoro::Task<int> runSyncCommand(Store &store, const Request &request);

} // namespace helios::cli

#pragma once

#include "app/cli/cli_arguments.h"

#include <qcoro/qcorotask.h>

namespace helios::cli {

// `db status`, `db check` and `db migrate`: they work on the file itself, without a Store, on a
// worker thread (the maintenance calls are synchronous). Returns the exit code. The file must
// exist: the caller says so when it does not.
QCoro::Task<int> runDbCommand(const Request &request, const QString &databasePath);

} // namespace helios::cli

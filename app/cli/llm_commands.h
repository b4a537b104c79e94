#pragma once

#include "app/cli/cli_arguments.h"

#include <qcoro/qcorotask.h>

namespace helios::metrics {
struct HeliosMetrics;
}

namespace helios::cli {

bool isLlmCommand(Command command);

// ask, models, cache stats|clear. ask caches its answers and records the call in the database at
// databasePath (created when missing); models touches no database.
QCoro::Task<int> runLlmCommand(const Request &request, const QString &databasePath,
                               metrics::HeliosMetrics &metrics);

} // namespace helios::cli

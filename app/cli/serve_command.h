#pragma once

#include "app/cli/cli_arguments.h"

#include <qcoro/qcorotask.h>

namespace helios::metrics {
class MetricsRegistry;
struct HeliosMetrics;
} // namespace helios::metrics

namespace helios::cli {

// `helios-cli serve`: the local API over the database until SIGINT or SIGTERM (exit 0), or a
// failure to start (exit 2: the port is taken; 5: the database or the token file).
QCoro::Task<int> serveCommand(const Request &request, const QString &databasePath,
                              metrics::MetricsRegistry &registry, metrics::HeliosMetrics &metrics);

// The token `serve` uses: $HELIOS_API_TOKEN when set; else the one in `file`, which is made (owner
// read/write only) with a new token when missing or when `renew` is set. `made` tells whether a
// new one was made (it is then printed once).
Result<QString> serveToken(const QString &file, bool renew, bool *made);

} // namespace helios::cli

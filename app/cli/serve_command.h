#pragma once

#include "app/cli/cli_arguments.h"

#include <qcoro/qcorotask.h>

namespace helios::metrics {
class MetricsRegistry;
struct HeliosMetrics;
} // namespace helios::metrics

namespace helios::cli {

// `helios-cli serve`: the local API over the database until SIGINT or SIGTERM (exit 0), or a
// failure to start (exit 2: the address or port cannot be listened on, no keychain for the
// token; 5: the database). The bearer token is $HELIOS_API_TOKEN when set, else the one kept in
// the system keychain (made, kept and printed once on first use, or with --new-token);
// --show-token prints the kept one and exits.
QCoro::Task<int> serveCommand(const Request &request, const QString &databasePath,
                              metrics::MetricsRegistry &registry, metrics::HeliosMetrics &metrics);

} // namespace helios::cli

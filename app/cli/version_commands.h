#pragma once

#include "app/cli/cli_arguments.h"

#include <qcoro/qcorotask.h>

namespace helios {
class Store;
namespace metrics {
struct HeliosMetrics;
}
} // namespace helios

namespace helios::cli {

bool isVersionCommand(Command command);

// replan, versions (--restore), diff, jobs and cancel over an opened store. replan --llm talks to
// the model server of request.llm.
QCoro::Task<int> runVersionCommand(Store &store, const Request &request,
                                   metrics::HeliosMetrics &metrics);

// plan: the planning team (offline, or the model server of request.llm) as a persisted job;
// Ctrl+C cancels it (exit 130), and so does `helios-cli cancel JOB_ID` from elsewhere.
QCoro::Task<int> generatePlan(Store &store, const Request &request,
                              metrics::HeliosMetrics &metrics);

} // namespace helios::cli

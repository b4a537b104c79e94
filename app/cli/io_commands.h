#pragma once

#include "app/cli/cli_arguments.h"

#include <qcoro/qcorotask.h>

namespace helios {
class Store;
}

namespace helios::cli {

// `export` and `import` over an opened store. Each returns the exit code.
QCoro::Task<int> exportPlans(Store &store, const Request &request);
QCoro::Task<int> importPlans(Store &store, const Request &request);

// `export` without a database: --all writes an empty export, a plan id is not found.
int exportWithoutDatabase(const Request &request);

} // namespace helios::cli

#pragma once

#include "app/cli/cli_arguments.h"

#include <qcoro/qcorotask.h>

#include <optional>

namespace helios {
class Store;
}

namespace helios::cli {

// `export` and `import` over an opened store. Each returns the exit code.
QCoro::Task<int> exportPlans(Store &store, const Request &request);
QCoro::Task<int> importPlans(Store &store, const Request &request);

// `export` without a database: --all writes an empty export, a plan id is not found.
int exportWithoutDatabase(const Request &request);

// `import` without a database: a file that would be refused is refused before the database is
// created, so bad input writes nothing. Returns the exit code, or nullopt to go on.
std::optional<int> refuseImportBeforeCreatingDatabase(const Request &request);

} // namespace helios::cli

#pragma once

#include "app/cli/cli_arguments.h"
#include "core/io/imported_plan.h"

#include <qcoro/qcorotask.h>

#include <optional>

namespace helios {
class Store;
}

namespace helios::cli {

// `export` and `import` over an opened store. Each returns the exit code.
QCoro::Task<int> exportPlans(Store &store, const Request &request);
// `import`: reads and checks the file, unless `parsed` already holds what it gives (read before
// the database was created), then saves the plans.
QCoro::Task<int> importPlans(Store &store, const Request &request,
                             std::optional<QList<ImportedPlan>> parsed = std::nullopt);

// `export` without a database: --all writes an empty export, a plan id is not found.
int exportWithoutDatabase(const Request &request);

// `import` without a database: a file that would be refused is refused before the database is
// created, so bad input writes nothing. Returns the exit code, or nullopt to go on with the plans
// it read in `parsed` (so that the file is not read and held twice).
std::optional<int> refuseImportBeforeCreatingDatabase(const Request &request,
                                                      QList<ImportedPlan> &parsed);

} // namespace helios::cli

#pragma once

#include "app/cli/cli_arguments.h"

#include <qcoro/qcorotask.h>

namespace helios {
class PlanService;
}

namespace helios::cli {

// `templates`, `template set|unset` and `plan --from-template`, over an opened store. Each
// returns the exit code.
QCoro::Task<int> listTemplates(PlanService &service, const Request &request);
QCoro::Task<int> setTemplate(PlanService &service, const Request &request);
QCoro::Task<int> createFromTemplate(PlanService &service, const Request &request);

// `templates` without a database: an empty first page, and no database created.
int listNoTemplates(const Request &request);

} // namespace helios::cli

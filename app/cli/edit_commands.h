#pragma once

#include "app/cli/cli_arguments.h"

#include <qcoro/qcorotask.h>

namespace helios {
class Store;
}

namespace helios::cli {

bool isEditCommand(Command command);

// task add|edit|move|remove and plan rename over an opened store (PlanEditService): the change,
// the tasks it moved and the plan's finish, or {"plan_id", "task", "removed_task_id", "goal",
// "rescheduled", "moved", "finish", "diff", "plan"} with --json.
QCoro::Task<int> runEditCommand(Store &store, const Request &request);

} // namespace helios::cli

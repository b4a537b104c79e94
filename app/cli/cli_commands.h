#pragma once

#include "app/cli/cli_arguments.h"
#include "app/cli/cli_output.h"

#include <qcoro/qcorotask.h>

namespace helios::cli {

// Carries out a parsed request over Store and PlanService (db commands: over the file itself)
// and returns the exit code. Results go to stdout (text or JSON), errors to stderr as one
// "helios-cli: error: ..." line. Logging is started in the database's folder and left running:
// the caller shuts it down.
QCoro::Task<int> run(Request request);

} // namespace helios::cli

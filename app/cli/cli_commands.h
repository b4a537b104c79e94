#pragma once

#include "app/cli/cli_arguments.h"

#include <qcoro/qcorotask.h>

namespace helios::cli {

// Carries out a parsed request over Store and PlanService and returns the exit code. Results go
// to stdout (text or JSON), errors to stderr as one "helios-cli: error: ..." line. Logging is
// started in the database's folder and left running: the caller shuts it down.
QCoro::Task<int> run(Request request);

// Writes UTF-8 to stdout / an error sentence to stderr, whatever the locale.
void writeOut(const QString &text);
int fail(const Error &error);

// A bug rather than a failure the contract names (exceptions that reached the top).
inline constexpr int kInternalError = 1;
int failUnexpectedly(const QString &what);

} // namespace helios::cli

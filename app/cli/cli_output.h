#pragma once

#include "core/domain/error.h"
#include "core/domain/plan.h"

#include <QJsonObject>
#include <QString>

namespace helios::cli {

// Writes UTF-8 to stdout / an error sentence to stderr, whatever the locale; text (not JSON)
// goes through terminalSafe (core/domain/plain_text.h).
void writeOut(const QString &text);
void writeJson(const QJsonObject &object);
int fail(const Error &error);
// A sentence on stderr about something that did not stop the command ("helios-cli: note: ...").
void writeNote(const QString &sentence);

// A plan as `plan` and `show` print it: {"plan": {...}} or the readable text.
void printPlan(const Plan &plan, bool json);
// A plan just saved, with a hint on how to see it again (text only).
void printCreatedPlan(const Plan &plan, bool json);

// Once logging runs, errors are logged too; before, Qt messages would go to stderr and break the
// one-line error contract.
void setLoggingStarted();

// A bug rather than a failure the contract names (exceptions that reached the top).
inline constexpr int kInternalError = 1;
int failUnexpectedly(const QString &what);

} // namespace helios::cli

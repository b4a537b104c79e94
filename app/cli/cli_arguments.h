#pragma once

#include "core/domain/goal.h"
#include "core/domain/result.h"
#include "core/domain/task.h"

#include <QStringList>

namespace helios::cli {

enum class Command { Help, Version, Plan, Plans, Show, SetTaskStatus };

// A command line, understood and checked: everything a command needs, nothing left to parse.
struct Request
{
    Command command = Command::Help;
    QString helpText;         // Command::Help: what to print
    QString databaseOverride; // --db, empty when not given
    bool verbose = false;
    bool json = false;
    Goal goal;         // Command::Plan, already validated
    qint64 planId = 0; // Command::Show
    qint64 taskId = 0; // Command::SetTaskStatus
    TaskStatus status = TaskStatus::Todo;
};

// Parses `arguments` (arguments[0] is the program). Global options may come before or after the
// sub-command. Everything that can be checked without the database is checked here, so a bad
// command line fails before anything is opened or written; the error is a usage error of one
// sentence. `today` is the default for --today.
Result<Request> parseArguments(const QStringList &arguments, const QDate &today);

} // namespace helios::cli

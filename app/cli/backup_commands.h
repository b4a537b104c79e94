#pragma once

#include "app/cli/cli_arguments.h"
#include "app/cli/cli_help.h"

#include <qcoro/qcorotask.h>

class QCommandLineParser;

namespace helios::cli {

struct CommandOptions;

// `backup [-o FILE]`, `restore FILE` and `backups`: whole-file work on the database, without a
// Store, on a worker thread.

// Fills `request` from the arguments of one of these verbs; a usage error otherwise.
Status fillBackupCommand(Request &request, Verb verb, const QCommandLineParser &parser,
                         const CommandOptions &options, const QStringList &args);
void describeBackupVerb(QCommandLineParser &parser, Verb verb);

bool isBackupCommand(Command command);
// Returns the exit code. `backup` needs the database to exist (the caller checks); `restore`
// and `backups` do not.
QCoro::Task<int> runBackupCommand(const Request &request, const QString &databasePath);

} // namespace helios::cli

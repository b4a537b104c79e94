#pragma once

#include <QString>

#include <optional>

class QCommandLineParser;

namespace helios::cli {

// The word after helios-cli. Some verbs take an action word (db status, template set) that,
// with the verb, decides the Command; their help covers all of their actions.
enum class Verb {
    Plan,
    Plans,
    Show,
    Delete,
    Task,
    Templates,
    Template,
    Db,
    Ask,
    Models,
    Cache,
    Replan,
    Versions,
    Diff,
    Jobs,
    Cancel,
    Retry,
    Backup,
    Restore,
    Backups,
    Export,
    Import,
    Serve,
    Today,
    Sync
};

std::optional<Verb> verbNamed(const QString &name);

// `helios-cli --help`: every command, option and exit code, with examples.
QString overviewHelp();

// Gives `parser` the description and positional arguments of one verb, for its --help.
void describeVerb(QCommandLineParser &parser, Verb verb);

} // namespace helios::cli

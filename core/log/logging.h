#pragma once

#include <QString>

namespace helios::log {

struct Options
{
    QString directory;     // where helios.log goes (the data folder); created if missing
    bool verbose = false;  // debug level, and echo to stderr
    bool toStderr = false; // also echo warnings and errors to stderr
};

// Starts the asynchronous spdlog logger writing a rotating helios.log (5 MiB x 3) in
// options.directory and routes Qt's own messages (qDebug, qWarning, ...) into it. Safe to call
// once per process; shutdown() flushes.
void init(const Options &options);
void shutdown();

// Removes secrets (the keys this process used, see rememberSecret in secret_scrubber.h; Bearer
// tokens, api keys, "Authorization:" values) from a line before it is written. Every message
// goes through it.
QString redact(const QString &message);

} // namespace helios::log

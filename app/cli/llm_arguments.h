#pragma once

#include "app/cli/cli_arguments.h"

#include <QCommandLineOption>

class QCommandLineParser;

namespace helios::cli {

// The options of the commands that talk to a model server: ask, models and plan.
struct LlmOptions
{
    LlmOptions();
    void addTo(QCommandLineParser &parser, Verb verb) const;

    QCommandLineOption provider;
    QCommandLineOption endpoint;
    QCommandLineOption model;
    QCommandLineOption temperature;
    QCommandLineOption noCache;
    QCommandLineOption timeout;
    QCommandLineOption system;
    QCommandLineOption noStream;
};

// --provider, --endpoint, --model, --temperature, --no-cache, --timeout (with the $HELIOS_*
// defaults) into request.llm; a usage error of one sentence for a bad value.
Status fillLlmOptions(Request &request, const QCommandLineParser &parser, const LlmOptions &o);

// ask PROMPT [--system TEXT] [--no-stream]; models; cache stats|clear.
Status fillAsk(Request &request, const QCommandLineParser &parser, const LlmOptions &o,
               const QStringList &args);
Status fillModels(Request &request, const QCommandLineParser &parser, const LlmOptions &o,
                  const QStringList &args);
Status fillCache(Request &request, const QStringList &args);

} // namespace helios::cli

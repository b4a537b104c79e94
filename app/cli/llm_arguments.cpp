#include "app/cli/llm_arguments.h"

#include "core/llm/provider_factory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace helios::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("helios-cli", text);
}

constexpr int kMaxTimeoutSeconds = 24 * 60 * 60;

// The option's value, else the environment variable's, else empty.
QString valueOrEnvironment(const QCommandLineParser &parser, const QCommandLineOption &option,
                           const char *variable)
{
    if (parser.isSet(option))
        return parser.value(option);
    return qEnvironmentVariable(variable).trimmed();
}

} // namespace

LlmOptions::LlmOptions()
    : provider(QStringLiteral("provider"),
               tr("offline, openai or ollama (default: $HELIOS_PROVIDER, else offline)."),
               QStringLiteral("NAME")),
      endpoint(QStringLiteral("endpoint"),
               tr("The model server's URL (default: $HELIOS_ENDPOINT, else "
                  "http://127.0.0.1:11434 for ollama, http://127.0.0.1:8080 for openai)."),
               QStringLiteral("URL")),
      model(QStringLiteral("model"),
            tr("The model (default: $HELIOS_MODEL, else the first the server lists)."),
            QStringLiteral("NAME")),
      temperature(QStringLiteral("temperature"), tr("Sampling temperature, 0 to 2 (default 0.2)."),
                  QStringLiteral("T")),
      noCache(QStringLiteral("no-cache"),
              tr("Ask the model even when the answer is cached (the new answer is cached).")),
      timeout(QStringLiteral("timeout"),
              tr("Give up after S seconds in all, retries included (default 600)."),
              QStringLiteral("S")),
      system(QStringLiteral("system"), tr("ask: a system message before the prompt."),
             QStringLiteral("TEXT")),
      noStream(QStringLiteral("no-stream"),
               tr("ask: print the answer when it is complete instead of as it arrives."))
{}

void LlmOptions::addTo(QCommandLineParser &parser, Verb verb) const
{
    if (verb == Verb::Ask || verb == Verb::Plan || verb == Verb::Models || verb == Verb::Replan ||
        verb == Verb::Retry || verb == Verb::Serve)
        parser.addOptions({provider, endpoint, model, temperature, noCache, timeout});
    if (verb == Verb::Ask)
        parser.addOptions({system, noStream});
}

Status fillLlmOptions(Request &request, const QCommandLineParser &parser, const LlmOptions &o)
{
    LlmRequest &llm = request.llm;
    const QString providerName = valueOrEnvironment(parser, o.provider, "HELIOS_PROVIDER");
    if (!providerName.isEmpty()) {
        const auto kind = llm::providerKindFromString(providerName.toLower());
        if (!kind)
            return Error::usage(
                tr("Unknown provider '%1': use offline, openai or ollama.").arg(providerName));
        llm.provider = *kind;
        llm.providerGiven = true;
    }
    const QString endpoint = valueOrEnvironment(parser, o.endpoint, "HELIOS_ENDPOINT");
    if (!endpoint.isEmpty()) {
        const QUrl url(endpoint, QUrl::StrictMode);
        const QString scheme = url.scheme();
        if (!url.isValid() || url.host().isEmpty() ||
            (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
            return Error::usage(
                tr("--endpoint expects an http:// or https:// URL, not '%1'.").arg(endpoint));
        llm.endpoint = url;
    }
    llm.model = valueOrEnvironment(parser, o.model, "HELIOS_MODEL");
    if (parser.isSet(o.temperature)) {
        const QString text = parser.value(o.temperature);
        bool ok = false;
        const double t = QLocale::c().toDouble(text.trimmed(), &ok);
        if (!ok || !std::isfinite(t) || t < 0 || t > 2)
            return Error::usage(
                tr("--temperature expects a number from 0 to 2, not '%1'.").arg(text));
        llm.temperature = t;
    }
    llm.noCache = parser.isSet(o.noCache);
    if (parser.isSet(o.timeout)) {
        const QString text = parser.value(o.timeout);
        bool ok = false;
        const int seconds = text.trimmed().toInt(&ok);
        if (!ok || seconds < 1 || seconds > kMaxTimeoutSeconds)
            return Error::usage(tr("--timeout expects whole seconds from 1 to %1, not '%2'.")
                                    .arg(kMaxTimeoutSeconds)
                                    .arg(text));
        llm.timeoutSeconds = seconds;
    }
    return Ok{};
}

Status fillAsk(Request &request, const QCommandLineParser &parser, const LlmOptions &o,
               const QStringList &args)
{
    request.command = Command::Ask;
    if (Status s = fillLlmOptions(request, parser, o); !s)
        return s;
    request.llm.prompt = args.join(QLatin1Char(' ')).trimmed();
    if (request.llm.prompt.isEmpty())
        return Error::usage(tr("The ask command needs a prompt: helios-cli ask \"Hello\" "
                               "--provider ollama."));
    if (request.llm.provider == llm::ProviderKind::Offline)
        return Error::usage(tr("ask needs a model server: add --provider openai or --provider "
                               "ollama (or set HELIOS_PROVIDER)."));
    request.llm.system = parser.value(o.system);
    request.llm.stream = !parser.isSet(o.noStream) && !request.json;
    return Ok{};
}

Status fillModels(Request &request, const QCommandLineParser &parser, const LlmOptions &o,
                  const QStringList &args)
{
    request.command = Command::Models;
    if (Status s = fillLlmOptions(request, parser, o); !s)
        return s;
    if (!args.isEmpty())
        return Error::usage(tr("The models command takes no arguments, not '%1'.")
                                .arg(args.join(QLatin1Char(' '))));
    if (request.llm.provider == llm::ProviderKind::Offline)
        return Error::usage(tr("models needs a model server: add --provider openai or "
                               "--provider ollama (or set HELIOS_PROVIDER)."));
    return Ok{};
}

Status fillCache(Request &request, const QStringList &args)
{
    const QString action = args.value(0);
    if (action == QLatin1String("stats"))
        request.command = Command::CacheStats;
    else if (action == QLatin1String("clear"))
        request.command = Command::CacheClear;
    else if (action.isEmpty())
        return Error::usage(tr("The cache command needs an action: helios-cli cache stats or "
                               "cache clear."));
    else
        return Error::usage(tr("Unknown cache action '%1': use stats or clear.").arg(action));
    if (args.size() > 1)
        return Error::usage(tr("cache %1 takes no further arguments, not '%2'.")
                                .arg(action, args.mid(1).join(QLatin1Char(' '))));
    return Ok{};
}

} // namespace helios::cli

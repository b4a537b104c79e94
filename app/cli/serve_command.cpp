#include "app/cli/serve_command.h"

#include "api/api_server.h"
#include "api/model_teams.h"
#include "api/service/api_token.h"
#include "app/cli/cli_output.h"
#include "app/cli/interrupt.h"
#include "core/jobs/job_service.h"
#include "core/llm/http_deadline.h"
#include "core/metrics/helios_metrics.h"
#include "core/secrets/keychain_secret_store.h"
#include "core/store/llm_store.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTimer>

#include <qcoro/qcorosignal.h>

#include <algorithm>
#include <cstdio>

namespace helios::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("helios-cli", text);
}

// The token every request must carry: $HELIOS_API_TOKEN when set (a headless box without a
// keychain), else the one kept in the keychain.
QCoro::Task<Result<api::KeptToken>> tokenFor(const Request &request)
{
    const QString fromEnvironment = qEnvironmentVariable("HELIOS_API_TOKEN").trimmed();
    if (!fromEnvironment.isEmpty()) {
        if (request.newToken || request.showToken)
            co_return Error::usage(tr("The token comes from $HELIOS_API_TOKEN here: --new-token "
                                      "and --show-token are for the one in the keychain."));
        if (fromEnvironment.size() < 16)
            co_return Error::usage(
                tr("$HELIOS_API_TOKEN is too short to guard the API: use 16 characters or more."));
        co_return api::KeptToken{fromEnvironment, false};
    }
    KeychainSecretStore keychain{QString(kKeychainService)};
    QCoro::Task<Result<api::KeptToken>> reading = api::keptApiToken(keychain, request.newToken);
    co_return co_await std::move(reading);
}

QString urlOf(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QStringLiteral("[%1]").arg(address.toString())
                             : address.toString();
    return QStringLiteral("http://%1:%2").arg(host).arg(port);
}

void announceReady(const Request &request, const QString &url, quint16 port,
                   const api::KeptToken &token)
{
    if (request.json) {
        QJsonObject ready{{QStringLiteral("url"), url}, {QStringLiteral("port"), int(port)}};
        if (token.made)
            ready.insert(QStringLiteral("token"), token.token);
        writeJson(ready);
    } else {
        writeOut(tr("Serving the Helios API on %1 (Ctrl+C to stop).\n").arg(url));
        if (token.made)
            writeOut(tr("A new API token, shown this once and kept in the system keychain:\n%1\n")
                         .arg(token.token));
    }
    std::fflush(stdout);
}

// The model server of the command line's model server options, as `plan --provider` uses it
// (the key from the environment variable on every request); nullopt for the offline planner.
std::optional<api::ModelServer> modelServerOf(const LlmRequest &llm)
{
    if (llm.provider == llm::ProviderKind::Offline)
        return std::nullopt;
    api::ModelServer server;
    server.provider.kind = llm.provider;
    server.provider.endpoint = llm.endpoint;
    server.provider.model = llm.model;
    const QByteArray variable = llm.apiKeyVariable.toLocal8Bit();
    server.apiKey = [variable] { return qEnvironmentVariable(variable.constData()); };
    server.team.call.bypassCache = llm.noCache;
    if (llm.timeoutSeconds > 0) {
        server.team.call.deadlineMs = llm.timeoutSeconds * 1000;
        server.team.call.firstByteTimeoutMs =
            std::min(server.team.call.firstByteTimeoutMs, server.team.call.deadlineMs);
    }
    if (llm.temperature)
        server.team.temperature = *llm.temperature;
    return server;
}

} // namespace

QCoro::Task<int> serveCommand(const Request &request, const QString &databasePath,
                              metrics::MetricsRegistry &registry, metrics::HeliosMetrics &metrics)
{
    QCoro::Task<Result<api::KeptToken>> gettingToken = tokenFor(request);
    const Result<api::KeptToken> token = co_await std::move(gettingToken);
    if (!token)
        co_return fail(token.error());
    if (request.showToken) {
        if (request.json)
            writeJson({{QStringLiteral("token"), token->token}});
        else
            writeOut(token->token + QLatin1Char('\n'));
        co_return 0;
    }

    StoreOptions options;
    options.workerThreads = request.dbWorkers;
    options.dailyBackup = true;
    options.queryDurations = &metrics.storeQueryDuration;
    options.queryCacheRequests = &metrics.storeQueryCacheRequests;
    Store store(databasePath, options);
    QCoro::Task<Status> opening = store.open();
    const Status opened = co_await std::move(opening);
    if (!opened)
        co_return fail(opened.error());
    JobService recovery(store);
    QCoro::Task<Result<int>> recovering = recovery.recoverInterrupted();
    const Result<int> recovered = co_await std::move(recovering);
    if (!recovered) // serving goes on: the jobs stay as they were
        qWarning("Could not mark interrupted jobs: %s", qPrintable(recovered.error().message));

    // "planner": "model": the model server options' server, recorded as `plan` records it.
    LlmStore llmStore(store.path());
    QCoro::Task<Status> openingLlm = llmStore.open();
    const Status llmOpened = co_await std::move(openingLlm);
    if (!llmOpened)
        co_return fail(llmOpened.error());
    auto modelChoice = std::make_shared<api::ModelServerChoice>();
    modelChoice->set(modelServerOf(request.llm));
    api::ApiServer server(
        api::ApiStorage::over(store),
        api::modelServerTeams(modelChoice,
                              {.metrics = &metrics, .cache = &llmStore, .calls = &llmStore}),
        registry);
    api::ApiConfig config;
    config.address = QHostAddress(request.serveAddress);
    config.port = request.servePort;
    config.options.token = token->token.toUtf8();
    if (request.today.isValid())
        config.options.today = request.today;
    QCoro::Task<Result<quint16>> starting = api::startServing(server, config);
    const Result<quint16> port = co_await std::move(starting);
    if (!port)
        co_return fail(port.error());

    const QString url = urlOf(config.address, *port);
    announceReady(request, url, *port, *token);
    qInfo("Serving the local API on %s", qPrintable(url)); // never the token

    llm::CancelToken stop;
    InterruptGuard interrupt(stop);
    QTimer tick;
    tick.start(200);
    while (!stop.isCancelled()) {
        // A signal of our own: QCoro 0.8 awaiting QTimer::timeout passes its QPrivateSignal as a
        // null reference (undefined behaviour).
        auto wake = std::make_shared<llm::detail::Wakeup>();
        QObject::connect(&tick, &QTimer::timeout, wake.get(), &llm::detail::Wakeup::fire);
        auto waiting = llm::detail::waitFor(wake);
        co_await std::move(waiting);
    }
    QCoro::Task<> stopping = api::stopServing(server);
    co_await std::move(stopping);
    qInfo("The local API stopped");
    co_return 0;
}

} // namespace helios::cli

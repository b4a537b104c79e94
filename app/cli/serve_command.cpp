#include "app/cli/serve_command.h"

#include "api/api_server.h"
#include "api/service/api_token.h"
#include "app/cli/cli_output.h"
#include "app/cli/interrupt.h"
#include "core/jobs/job_service.h"
#include "core/metrics/helios_metrics.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <qcoro/qcorosignal.h>

#include <cstdio>

namespace helios::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("helios-cli", text);
}

} // namespace

Result<QString> serveToken(const QString &file, bool renew, bool *made)
{
    *made = false;
    const QString fromEnvironment = qEnvironmentVariable("HELIOS_API_TOKEN").trimmed();
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    QFile existing(file);
    if (!renew && existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return Error::storage(tr("Could not read the API token file %1: %2.")
                                      .arg(QDir::toNativeSeparators(file), existing.errorString()));
        const QString token = QString::fromUtf8(existing.readAll()).trimmed();
        if (token.size() >= 16)
            return token;
    }
    const QString token = api::makeApiToken();
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) ||
        !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        out.write(token.toUtf8() + '\n') < 0 || !out.commit())
        return Error::storage(tr("Could not write the API token file %1: %2.")
                                  .arg(QDir::toNativeSeparators(file), out.errorString()));
    *made = true;
    return token;
}

QCoro::Task<int> serveCommand(const Request &request, const QString &databasePath,
                              metrics::MetricsRegistry &registry, metrics::HeliosMetrics &metrics)
{
    const QString tokenFile = request.tokenFile.isEmpty()
                                  ? QFileInfo(databasePath).absoluteDir().filePath(
                                        QStringLiteral("api-token"))
                                  : request.tokenFile;
    bool made = false;
    const Result<QString> token = serveToken(tokenFile, request.newToken, &made);
    if (!token)
        co_return fail(token.error());

    StoreOptions options;
    options.workerThreads = request.dbWorkers;
    options.dailyBackup = true;
    options.queryDurations = &metrics.storeQueryDuration;
    options.queryCacheRequests = &metrics.storeQueryCacheRequests;
    Store store(databasePath, options);
    auto opening = store.open();
    const Status opened = co_await opening;
    if (!opened)
        co_return fail(opened.error());
    JobService recovery(store);
    auto recovering = recovery.recoverInterrupted();
    co_await recovering;

    api::ApiServer server(api::ApiStorage::over(store), api::offlineTeamOnly, registry);
    api::ApiConfig config;
    config.address = QHostAddress(request.serveAddress);
    config.port = request.servePort;
    config.options.token = token->toUtf8();
    if (request.today.isValid())
        config.options.today = request.today;

    // Either started(port) or failed(sentence) comes; both end this wait.
    QObject outcome;
    quint16 port = 0;
    QString failure;
    QObject::connect(&server, &api::ApiServer::started, &outcome, [&port](quint16 p) { port = p; });
    QObject::connect(&server, &api::ApiServer::failed, &outcome,
                     [&failure](const QString &why) { failure = why; });
    server.start(config);
    while (port == 0 && failure.isEmpty()) {
        auto waiting = qCoro(&server, &api::ApiServer::started, std::chrono::milliseconds(100));
        co_await waiting;
    }
    if (!failure.isEmpty())
        co_return fail(Error::usage(failure));

    const QString url = QStringLiteral("http://%1:%2")
                            .arg(config.address.protocol() == QAbstractSocket::IPv6Protocol
                                     ? QStringLiteral("[%1]").arg(config.address.toString())
                                     : config.address.toString())
                            .arg(port);
    if (request.json) {
        QJsonObject ready{{QStringLiteral("url"), url}, {QStringLiteral("port"), int(port)}};
        if (made)
            ready.insert(QStringLiteral("token"), *token);
        writeOut(QString::fromUtf8(QJsonDocument(ready).toJson(QJsonDocument::Compact)) +
                 QLatin1Char('\n'));
    } else {
        writeOut(tr("Serving the Helios API on %1 (Ctrl+C to stop).\n").arg(url));
        if (made)
            writeOut(tr("The API token, shown this once (also kept in %1):\n%2\n")
                         .arg(QDir::toNativeSeparators(tokenFile), *token));
    }
    std::fflush(stdout);
    qInfo("Serving the local API on %s", qPrintable(url)); // never the token

    llm::CancelToken stop;
    InterruptGuard interrupt(stop);
    while (!stop.isCancelled()) {
        auto waiting = qCoro(&server, &api::ApiServer::stopped, std::chrono::milliseconds(200));
        co_await waiting;
    }
    server.stop();
    qInfo("The local API stopped");
    co_return 0;
}

} // namespace helios::cli

#include "app/cli/llm_commands.h"

#include "app/cli/cli_output.h"
#include "app/cli/interrupt.h"
#include "app/cli/llm_session.h"
#include "core/llm/response_cache.h"
#include "core/metrics/helios_metrics.h"
#include "core/store/llm_store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace helios::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("helios-cli", text);
}

QCoro::Task<int> ask(const Request &request, const QString &databasePath,
                     metrics::HeliosMetrics &metrics)
{
    LlmStore store(databasePath);
    auto opening = store.open();
    const Status opened = co_await opening;
    if (!opened)
        co_return fail(opened.error());

    LlmSession session(request.llm, &metrics, &store);
    InterruptGuard interrupt(session.cancelToken());
    auto starting = session.start();
    const Status started = co_await starting;
    if (!started) {
        auto draining = session.drain();
        co_await draining;
        co_return fail(started.error());
    }

    llm::ChatRequest chat = session.baseRequest();
    if (!request.llm.system.isEmpty())
        chat.messages.append({QStringLiteral("system"), request.llm.system});
    chat.messages.append({QStringLiteral("user"), request.llm.prompt});

    bool printedPiece = false;
    QString lastPiece;
    llm::Provider::PieceSink onPiece;
    if (request.llm.stream) {
        onPiece = [&](const QString &piece) {
            writeOut(piece);
            printedPiece = true;
            lastPiece = piece;
        };
    }
    auto calling =
        session.client().chat(chat, session.callOptions(), onPiece, session.cancelToken());
    const Result<llm::ChatResult> answer = co_await calling;
    auto draining = session.drain();
    co_await draining;
    if (!answer) {
        if (printedPiece)
            writeOut(QStringLiteral("\n"));
        co_return fail(answer.error());
    }
    if (request.json) {
        writeJson({{QStringLiteral("answer"), answer->answer.content},
                   {QStringLiteral("provider"), llm::toString(request.llm.provider)},
                   {QStringLiteral("model"), session.model()},
                   {QStringLiteral("cached"), answer->cached},
                   {QStringLiteral("finish_reason"), answer->answer.finishReason},
                   {QStringLiteral("latency_ms"), answer->latencyMs},
                   {QStringLiteral("tokens_in"), answer->answer.usage.promptTokens},
                   {QStringLiteral("tokens_out"), answer->answer.usage.completionTokens}});
    } else if (!printedPiece) {
        writeOut(answer->answer.content + QLatin1Char('\n'));
    } else if (!lastPiece.endsWith(QLatin1Char('\n'))) {
        writeOut(QStringLiteral("\n"));
    }
    co_return 0;
}

QCoro::Task<int> listModels(const Request &request, metrics::HeliosMetrics &metrics)
{
    LlmSession session(request.llm, &metrics, nullptr);
    InterruptGuard interrupt(session.cancelToken());
    auto listing = session.models();
    const Result<QStringList> models = co_await listing;
    if (!models)
        co_return fail(models.error());
    if (request.json) {
        writeJson({{QStringLiteral("models"), QJsonArray::fromStringList(*models)}});
    } else if (models->isEmpty()) {
        writeOut(tr("The server offers no models.\n"));
    } else {
        writeOut(models->join(QLatin1Char('\n')) + QLatin1Char('\n'));
    }
    co_return 0;
}

QString kibibytes(qint64 bytes)
{
    return QLocale::c().toString(static_cast<double>(bytes) / 1024.0, 'f', 1);
}

QCoro::Task<int> cacheStats(const Request &request, const QString &databasePath)
{
    LlmCacheUsage usage;
    LlmCallSummary calls;
    if (QFileInfo::exists(databasePath)) {
        LlmStore store(databasePath);
        auto opening = store.open();
        const Status opened = co_await opening;
        if (!opened)
            co_return fail(opened.error());
        auto measuring = store.cacheUsage();
        Result<LlmCacheUsage> measured = co_await measuring;
        if (!measured)
            co_return fail(measured.error());
        usage = *measured;
        auto summing = store.callSummary(QDateTime::fromSecsSinceEpoch(0, Qt::UTC),
                                         QDateTime::currentDateTimeUtc().addDays(1));
        Result<LlmCallSummary> summed = co_await summing;
        if (!summed)
            co_return fail(summed.error());
        calls = *summed;
    }
    const qint64 hits = qRound64(calls.cacheHitShare * static_cast<double>(calls.calls));
    if (request.json) {
        writeJson({{QStringLiteral("entries"), usage.entries},
                   {QStringLiteral("payload_bytes"), usage.payloadBytes},
                   {QStringLiteral("stored_bytes"), usage.storedBytes},
                   {QStringLiteral("calls"), calls.calls},
                   {QStringLiteral("cached_calls"), hits},
                   {QStringLiteral("hit_share"), calls.cacheHitShare}});
        co_return 0;
    }
    writeOut(tr("Cached answers:  %1\n"
                "Size:            %2 KiB (%3 KiB on disk)\n"
                "Calls recorded:  %4, %5 answered from the cache (%6%)\n")
                 .arg(usage.entries)
                 .arg(kibibytes(usage.payloadBytes), kibibytes(usage.storedBytes))
                 .arg(calls.calls)
                 .arg(hits)
                 .arg(QLocale::c().toString(calls.cacheHitShare * 100.0, 'f', 1)));
    co_return 0;
}

QCoro::Task<int> cacheClear(const Request &request, const QString &databasePath)
{
    qint64 cleared = 0;
    if (QFileInfo::exists(databasePath)) {
        LlmStore store(databasePath);
        auto opening = store.open();
        const Status opened = co_await opening;
        if (!opened)
            co_return fail(opened.error());
        auto measuring = store.cacheUsage();
        Result<LlmCacheUsage> usage = co_await measuring;
        if (!usage)
            co_return fail(usage.error());
        cleared = usage->entries;
        auto clearing = store.cacheClear();
        const Status done = co_await clearing;
        if (!done)
            co_return fail(done.error());
    }
    if (request.json)
        writeJson({{QStringLiteral("cleared"), cleared}});
    else
        writeOut(tr("Forgot %1 cached answers.\n").arg(cleared));
    co_return 0;
}

} // namespace

bool isLlmCommand(Command command)
{
    return command == Command::Ask || command == Command::Models ||
           command == Command::CacheStats || command == Command::CacheClear;
}

QCoro::Task<int> runLlmCommand(const Request &request, const QString &databasePath,
                               metrics::HeliosMetrics &metrics)
{
    switch (request.command) {
    case Command::Ask:
        return ask(request, databasePath, metrics);
    case Command::Models:
        return listModels(request, metrics);
    case Command::CacheStats:
        return cacheStats(request, databasePath);
    default:
        return cacheClear(request, databasePath);
    }
}

} // namespace helios::cli

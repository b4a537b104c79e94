#include "app/cli/sync_commands.h"

#include "app/cli/cli_output.h"
#include "core/domain/sync_summary.h"
#include "core/store/store.h"
#include "core/sync/sync_account.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <unistd.h>

namespace helios::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("helios-cli", text);
}

// The password for a user: $HELIOS_SYNC_PASSWORD, else the first line of standard input when it
// is not a terminal. Never an argument, never written anywhere.
Result<QString> readPassword(const QString &user)
{
    if (user.isEmpty())
        return QString();
    const QByteArray fromEnvironment = qgetenv("HELIOS_SYNC_PASSWORD");
    if (!fromEnvironment.isEmpty())
        return QString::fromUtf8(fromEnvironment);
    if (!isatty(STDIN_FILENO)) {
        QFile in;
        if (in.open(stdin, QIODevice::ReadOnly)) {
            QByteArray line = in.readLine();
            while (line.endsWith('\n') || line.endsWith('\r'))
                line.chop(1);
            if (!line.isEmpty())
                return QString::fromUtf8(line);
        }
    }
    return Error::usage(tr("No password for %1: give it in $HELIOS_SYNC_PASSWORD or on standard "
                           "input (it is never an argument).")
                            .arg(user));
}

QJsonObject bindingJson(const SyncBinding &b, qsizetype waiting)
{
    return {{QStringLiteral("id"), b.id},
            {QStringLiteral("plan_id"), b.planId},
            {QStringLiteral("account"), b.accountUrl},
            {QStringLiteral("user"), b.userName},
            {QStringLiteral("collection"), b.collectionUrl},
            {QStringLiteral("shared"), b.shared},
            {QStringLiteral("last_sync"),
             b.lastSyncAt ? QJsonValue(b.lastSyncAt->toUTC().toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("last_error"), b.lastError},
            {QStringLiteral("last_summary"), syncSummarySentence(b.lastSummary)},
            {QStringLiteral("waiting_to_send"), waiting}};
}

QJsonObject reportJson(qint64 planId, const sync::SyncReport &r)
{
    return {{QStringLiteral("plan_id"), planId},
            {QStringLiteral("received"), r.received},
            {QStringLiteral("deleted_here"), r.removedHere},
            {QStringLiteral("sent"), r.sent},
            {QStringLiteral("deleted_on_server"), r.deletedThere},
            {QStringLiteral("conflicts"), r.conflicts},
            {QStringLiteral("skipped"), QJsonArray::fromStringList(r.skipped)},
            {QStringLiteral("requests"), r.requests},
            {QStringLiteral("summary"), r.summary()}};
}

QCoro::Task<int> showStatus(Store &store, const Request &request)
{
    QCoro::Task<Result<QList<SyncBinding>>> listing = store.bindings();
    Result<QList<SyncBinding>> bindings = co_await std::move(listing);
    if (!bindings)
        co_return fail(bindings.error());
    QJsonArray rows;
    QString text;
    for (const SyncBinding &b : std::as_const(*bindings)) {
        QCoro::Task<Result<QList<OutboxEntry>>> reading = store.outbox(b.id);
        Result<QList<OutboxEntry>> outbox = co_await std::move(reading);
        const qsizetype waiting = outbox ? outbox->size() : 0;
        rows.append(bindingJson(b, waiting));
        text += tr("Plan %1 ↔ %2 (%3)\n").arg(b.planId).arg(b.collectionUrl, b.userName);
        text += b.lastSyncAt ? tr("  last sync %1: %2\n")
                                   .arg(b.lastSyncAt->toLocalTime().toString(Qt::ISODate),
                                        b.lastError.isEmpty() ? syncSummarySentence(b.lastSummary)
                                                              : b.lastError)
                             : tr("  never synced\n");
        if (waiting > 0)
            text += tr("  %1 change(s) waiting to be sent\n").arg(waiting);
    }
    if (request.json)
        writeJson({{QStringLiteral("bindings"), rows}});
    else
        writeOut(bindings->isEmpty() ? tr("No plan is synced. Start with: helios-cli sync "
                                          "--account URL --user NAME --plan PLAN_ID\n")
                                     : text);
    co_return 0;
}

QCoro::Task<int> syncNow(Store &store, const Request &request)
{
    QCoro::Task<Result<QList<SyncBinding>>> listing = store.bindings();
    Result<QList<SyncBinding>> bindings = co_await std::move(listing);
    if (!bindings)
        co_return fail(bindings.error());
    QList<SyncBinding> chosen;
    for (const SyncBinding &b : std::as_const(*bindings)) {
        if (request.planId == 0 || b.planId == request.planId)
            chosen.append(b);
    }
    if (chosen.isEmpty())
        co_return fail(
            request.planId == 0
                ? Error::usage(tr("No plan is synced: bind one first with helios-cli "
                                  "sync --account URL --plan PLAN_ID."))
                : Error::notFound(tr("Plan %1 is not synced with a server.").arg(request.planId)));
    QJsonArray reports;
    std::optional<Error> firstError;
    for (const SyncBinding &b : std::as_const(chosen)) {
        Result<QString> password = readPassword(b.userName);
        if (!password)
            co_return fail(password.error());
        QCoro::Task<Result<sync::SyncReport>> running =
            sync::syncBinding({store, store, store}, b, *password);
        Result<sync::SyncReport> report = co_await std::move(running);
        if (!report) {
            if (!firstError)
                firstError = report.error();
            reports.append(QJsonObject{{QStringLiteral("plan_id"), b.planId},
                                       {QStringLiteral("error"), report.error().message}});
            if (!request.json)
                writeOut(tr("Plan %1: %2\n").arg(b.planId).arg(report.error().message));
            continue;
        }
        reports.append(reportJson(b.planId, *report));
        if (!request.json)
            writeOut(tr("Plan %1: %2\n").arg(b.planId).arg(report->summary()));
    }
    if (request.json)
        writeJson({{QStringLiteral("syncs"), reports}});
    co_return firstError ? fail(*firstError) : 0;
}

QCoro::Task<int> connectPlan(Store &store, const Request &request)
{
    QCoro::Task<Result<Plan>> reading = store.plan(request.planId);
    Result<Plan> plan = co_await std::move(reading);
    if (!plan)
        co_return fail(plan.error());
    Result<QString> password = readPassword(request.syncUser);
    if (!password)
        co_return fail(password.error());
    // --collection, else a new calendar named after the goal (core/sync's bindPlan).
    QCoro::Task<Result<SyncBinding>> binding =
        sync::bindPlan({store, store, store}, *plan, request.syncAccount, request.syncUser,
                       *password, request.syncCollection, request.syncShared);
    Result<SyncBinding> saved = co_await std::move(binding);
    if (!saved)
        co_return fail(saved.error());
    QCoro::Task<Result<sync::SyncReport>> running =
        sync::syncBinding({store, store, store}, *saved, *password);
    Result<sync::SyncReport> report = co_await std::move(running);
    if (!report)
        co_return fail(report.error());
    if (request.json) {
        QJsonObject out = reportJson(plan->id, *report);
        out.insert(QStringLiteral("collection"), saved->collectionUrl);
        writeJson(out);
    } else {
        writeOut(tr("Plan %1 is synced with %2. %3\n")
                     .arg(plan->id)
                     .arg(saved->collectionUrl, report->summary()));
    }
    co_return 0;
}

// sync stop --plan N: core/sync's unbindPlan, as the window's "Stop syncing this plan". Nothing
// is sent; the plan and the server's calendar stay as they are.
QCoro::Task<int> stopSyncing(Store &store, const Request &request)
{
    QCoro::Task<Result<QList<SyncBinding>>> listing = store.bindings();
    Result<QList<SyncBinding>> bindings = co_await std::move(listing);
    if (!bindings)
        co_return fail(bindings.error());
    std::optional<SyncBinding> binding;
    for (const SyncBinding &b : std::as_const(*bindings)) {
        if (b.planId == request.planId)
            binding = b;
    }
    if (!binding)
        co_return fail(
            Error::notFound(tr("Plan %1 is not synced with a server.").arg(request.planId)));
    QCoro::Task<Result<QList<OutboxEntry>>> reading = store.outbox(binding->id);
    Result<QList<OutboxEntry>> outbox = co_await std::move(reading);
    const qsizetype unsent = outbox ? outbox->size() : 0;
    QCoro::Task<Status> unbinding = sync::unbindPlan({store, store, store}, binding->id);
    const Status stopped = co_await std::move(unbinding);
    if (!stopped)
        co_return fail(stopped.error());
    if (request.json) {
        writeJson({{QStringLiteral("plan_id"), binding->planId},
                   {QStringLiteral("collection"), binding->collectionUrl},
                   {QStringLiteral("stopped"), true},
                   {QStringLiteral("unsent"), unsent}});
    } else {
        QString text = tr("Plan %1 is no longer synced with %2. The plan and the server's calendar "
                          "are left as they are.\n")
                           .arg(binding->planId)
                           .arg(binding->collectionUrl);
        if (unsent > 0)
            text += tr("%1 change(s) that were waiting were not sent.\n").arg(unsent);
        writeOut(text);
    }
    co_return 0;
}

} // namespace

QCoro::Task<> SyncAroundChange::before(Store &store, qint64 planId)
{
    QCoro::Task<Result<QList<SyncBinding>>> listing = store.bindings();
    const Result<QList<SyncBinding>> bindings = co_await std::move(listing);
    if (!bindings)
        co_return; // the change itself reads the store and says what is wrong
    for (const SyncBinding &b : *bindings) {
        if (b.planId == planId)
            m_binding = b;
    }
    if (!m_binding)
        co_return;
    QCoro::Task<Result<Plan>> reading = store.plan(planId);
    const Result<Plan> plan = co_await std::move(reading);
    if (plan) {
        m_before = *plan;
        m_merged = *plan;
    }
    const Result<QString> password = readPassword(m_binding->userName);
    QString error;
    if (!password) {
        error = password.error().message;
    } else {
        m_password = *password;
        QCoro::Task<Result<sync::SyncReport>> running =
            sync::syncBinding({store, store, store}, *m_binding, m_password);
        const Result<sync::SyncReport> report = co_await std::move(running);
        if (report) {
            m_reached = true;
            m_json.insert(QStringLiteral("before"), reportJson(planId, *report));
            QCoro::Task<Result<Plan>> rereading = store.plan(planId);
            const Result<Plan> merged = co_await std::move(rereading);
            if (merged)
                m_merged = *merged;
            co_return;
        }
        error = report.error().message;
    }
    m_json.insert(QStringLiteral("before"), QJsonObject{{QStringLiteral("plan_id"), planId},
                                                        {QStringLiteral("error"), error}});
    writeNote(tr("Plan %1 could not be synced first (%2). The change goes on with the plan as it "
                 "is here; what changed on the server is merged field by field at the next sync.")
                  .arg(planId)
                  .arg(error));
}

QCoro::Task<> SyncAroundChange::after(Store &store)
{
    if (!m_binding || !m_reached)
        co_return; // unreachable before: the next sync sends the change
    QCoro::Task<Result<sync::SyncReport>> running =
        sync::syncBinding({store, store, store}, *m_binding, m_password);
    const Result<sync::SyncReport> report = co_await std::move(running);
    if (report) {
        m_json.insert(QStringLiteral("after"), reportJson(m_binding->planId, *report));
        co_return;
    }
    m_json.insert(QStringLiteral("after"),
                  QJsonObject{{QStringLiteral("plan_id"), m_binding->planId},
                              {QStringLiteral("error"), report.error().message}});
    writeNote(tr("Plan %1's change could not be sent to the server (%2); it waits in the outbox "
                 "for the next sync.")
                  .arg(m_binding->planId)
                  .arg(report.error().message));
}

bool isSyncCommand(Command command)
{
    return command == Command::SyncStatus || command == Command::SyncNow ||
           command == Command::SyncConnect || command == Command::SyncStop;
}

QCoro::Task<int> runSyncCommand(Store &store, const Request &request)
{
    if (request.command == Command::SyncStatus) {
        QCoro::Task<int> showing = showStatus(store, request);
        co_return co_await std::move(showing);
    }
    if (request.command == Command::SyncNow) {
        QCoro::Task<int> syncing = syncNow(store, request);
        co_return co_await std::move(syncing);
    }
    if (request.command == Command::SyncStop) {
        QCoro::Task<int> stopping = stopSyncing(store, request);
        co_return co_await std::move(stopping);
    }
    QCoro::Task<int> connecting = connectPlan(store, request);
    co_return co_await std::move(connecting);
}

} // namespace helios::cli

// The Store's sync state (SyncQueries, SyncWrites; schema version 6): bindings, items, outbox,
// conflicts and the tasks' change times, on its workers. commitSync writes a sync's step in one
// transaction, with the plan's new version when it has one (VersionRepository::applyVersion's
// hooks), so that a sync killed at any point leaves either all of a step or none of it.

#include "core/store/sql_values.h"
#include "core/store/sqlite_statement.h"
#include "core/store/store.h"
#include "core/store/store_worker.h"
#include "core/store/version_repository.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlQuery>

namespace helios {

namespace {

using sqlv::queryError;
using sqlv::text;
using sqlv::timestamp;
using sqlv::timestampFrom;

const QString kBindingColumns =
    QStringLiteral("id, plan_id, account_url, user_name, collection_url, sync_token, ctag,"
                   " last_sync_at, last_error, last_summary, shared");

SyncBinding bindingFromRow(const QSqlQuery &q)
{
    SyncBinding b;
    b.id = q.value(0).toLongLong();
    b.planId = q.value(1).toLongLong();
    b.accountUrl = q.value(2).toString();
    b.userName = q.value(3).toString();
    b.collectionUrl = q.value(4).toString();
    b.syncToken = q.value(5).toString();
    b.ctag = q.value(6).toString();
    if (!q.value(7).isNull())
        b.lastSyncAt = timestampFrom(q.value(7));
    b.lastError = q.value(8).toString();
    b.lastSummary = q.value(9).toString();
    b.shared = q.value(10).toInt() != 0;
    return b;
}

Result<std::optional<SyncBinding>> findBinding(QSqlDatabase &db, const QString &where,
                                               const QVariant &value)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT %1 FROM sync_bindings WHERE %2 = ?").arg(kBindingColumns, where));
    q.addBindValue(value);
    if (!q.exec())
        return queryError(QCoreApplication::translate("helios", "Reading the sync settings"), q);
    if (!q.next())
        return std::optional<SyncBinding>();
    return std::optional<SyncBinding>(bindingFromRow(q));
}

// Another plan of this database syncs with the calendar, and the two do not both share it.
QString calendarTakenSentence(qint64 otherPlanId)
{
    return QCoreApplication::translate(
               "helios", "Plan %1 already syncs with this calendar; to keep several plans in one "
                         "calendar, bind each of them as sharing it (\"This calendar holds several "
                         "plans\", or --shared).")
        .arg(otherPlanId);
}

Error noBinding(qint64 id)
{
    return Error::notFound(
        QCoreApplication::translate("helios", "There is no sync binding with id %1.").arg(id));
}

Status exec(QSqlQuery &q, const QString &what)
{
    if (!q.exec())
        return queryError(what, q);
    return Ok{};
}

// The columns an item is read from (itemFromRow), the resource's as given (NULL: read without).
QString itemColumns(const QString &resource)
{
    return QStringLiteral("uid, href, etag, task_id, %1, synced_at, fields_print, parent_uid,"
                          " fields_check")
        .arg(resource);
}

// An item from a row of itemColumns(); its resource null when read without.
SyncItem itemFromRow(const SqliteStatement &q, qint64 bindingId, bool withResource)
{
    SyncItem item{bindingId,      q.text(0),
                  q.text(1),      q.text(2),
                  q.int64(3),     withResource ? q.bytes(4).toByteArray() : QByteArray(),
                  q.timestamp(5), q.text(6),
                  q.text(7),      quint64(q.int64(8))};
    if (withResource && item.resource.isNull())
        item.resource = QByteArray(""); // an empty resource read is not "not read"
    return item;
}

// A binding's items, with their resources or without (null). Through SqliteStatement: every
// round of a sync reads all of a binding's items (thousands), and QSqlQuery's QVariant per cell
// and QDateTime's parser were most of that read's time.
Result<QList<SyncItem>> readItems(QSqlDatabase &db, qint64 bindingId, bool withResources)
{
    const QString what = QCoreApplication::translate("helios", "Reading the sync state");
    QList<SyncItem> out;
    {
        // As many as there are, at once: a list grown item by item holds up to twice its size
        // (and both copies while it grows), for thousands of items at every round of a sync.
        Result<SqliteStatement> count = SqliteStatement::prepare(
            db, QStringLiteral("SELECT COUNT(*) FROM sync_items WHERE binding_id = ?"), what);
        if (!count)
            return count.error();
        count->bind(1, bindingId);
        if (!count->next())
            return count->error();
        out.reserve(count->int64(0));
    }
    Result<SqliteStatement> q = SqliteStatement::prepare(
        db,
        QStringLiteral("SELECT %1 FROM sync_items WHERE binding_id = ? ORDER BY uid")
            .arg(itemColumns(withResources ? QStringLiteral("resource") : QStringLiteral("NULL"))),
        what);
    if (!q)
        return q.error();
    q->bind(1, bindingId);
    // A milestone's group is the PARENT of every task in it: one string for all of them.
    QSet<QString> parents;
    while (q->next()) {
        SyncItem item = itemFromRow(*q, bindingId, withResources);
        if (!item.parentUid.isEmpty())
            item.parentUid = *parents.insert(std::move(item.parentUid));
        out.append(std::move(item));
    }
    if (q->failed())
        return q->error();
    return out;
}

// A binding's outbox entries with an id above afterId, oldest first, at most limit (0: all).
Result<QList<OutboxEntry>> readOutbox(QSqlDatabase &db, qint64 bindingId, qint64 afterId, int limit)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, uid, href, kind, task_id, if_match, body,"
                             " created_at, attempts, last_error FROM sync_outbox"
                             " WHERE binding_id = ? AND id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(bindingId);
    q.addBindValue(afterId);
    q.addBindValue(limit > 0 ? limit : -1);
    if (!q.exec())
        return queryError(QCoreApplication::translate("helios", "Reading the sync state"), q);
    QList<OutboxEntry> out;
    while (q.next()) {
        OutboxEntry e;
        e.id = q.value(0).toLongLong();
        e.bindingId = bindingId;
        e.uid = q.value(1).toString();
        e.href = q.value(2).toString();
        e.kind =
            q.value(3).toString() == QLatin1String("put") ? OutboxKind::Put : OutboxKind::Delete;
        e.taskId = q.value(4).toLongLong();
        e.ifMatch = q.value(5).toString();
        e.body = q.value(6).toByteArray();
        e.createdAt = timestampFrom(q.value(7));
        e.attempts = q.value(8).toInt();
        e.lastError = q.value(9).toString();
        out.append(e);
    }
    return out;
}

Status writeItem(QSqlDatabase &db, const SyncItem &item, qint64 bindingId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO sync_items (binding_id, uid, href, etag, task_id, resource, synced_at,"
        " fields_print, parent_uid, fields_check) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (binding_id, uid) DO UPDATE SET"
        " href = excluded.href, etag = excluded.etag, task_id = excluded.task_id,"
        " resource = excluded.resource, synced_at = excluded.synced_at,"
        " fields_print = excluded.fields_print, parent_uid = excluded.parent_uid,"
        " fields_check = excluded.fields_check"));
    q.addBindValue(bindingId);
    q.addBindValue(item.uid);
    q.addBindValue(item.href);
    q.addBindValue(text(item.etag));
    q.addBindValue(item.taskId);
    q.addBindValue(item.resource.isNull() ? QByteArray("") : item.resource);
    q.addBindValue(
        timestamp(item.syncedAt.isValid() ? item.syncedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(text(item.fieldsPrint));
    q.addBindValue(text(item.parentUid));
    q.addBindValue(qint64(item.fieldsCheck)); // SQLite's INTEGER is signed: the same 64 bits
    return exec(q, QCoreApplication::translate("helios", "Saving the sync state"));
}

Status writeOutbox(QSqlDatabase &db, const OutboxEntry &entry, qint64 bindingId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO sync_outbox (binding_id, uid, href, kind, task_id, if_match, body,"
        " created_at, attempts, last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (binding_id, uid) DO UPDATE SET href = excluded.href,"
        " kind = excluded.kind, task_id = excluded.task_id, if_match = excluded.if_match,"
        " body = excluded.body, attempts = excluded.attempts, last_error = excluded.last_error"));
    q.addBindValue(bindingId);
    q.addBindValue(entry.uid);
    q.addBindValue(entry.href);
    q.addBindValue(entry.kind == OutboxKind::Put ? QStringLiteral("put")
                                                 : QStringLiteral("delete"));
    q.addBindValue(entry.taskId);
    q.addBindValue(text(entry.ifMatch));
    q.addBindValue(entry.body.isNull() ? QByteArray("") : entry.body);
    q.addBindValue(
        timestamp(entry.createdAt.isValid() ? entry.createdAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(entry.attempts);
    q.addBindValue(text(entry.lastError));
    return exec(q, QCoreApplication::translate("helios", "Saving the sync state"));
}

Status writeConflict(QSqlDatabase &db, const SyncConflict &c, qint64 bindingId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO sync_conflicts (created_at, binding_id, task_id, uid, task_title, field,"
        " kept_value, other_value, other_side) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(
        timestamp(c.createdAt.isValid() ? c.createdAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(bindingId);
    q.addBindValue(c.taskId);
    q.addBindValue(c.uid);
    q.addBindValue(text(c.taskTitle));
    q.addBindValue(c.field);
    q.addBindValue(text(c.keptValue));
    q.addBindValue(text(c.otherValue));
    q.addBindValue(c.otherSide == SyncConflict::Side::Server ? QStringLiteral("server")
                                                             : QStringLiteral("here"));
    return exec(q, QCoreApplication::translate("helios", "Saving the sync state"));
}

Status removeByUid(QSqlDatabase &db, const QString &table, qint64 bindingId,
                   const QStringList &uids)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE binding_id = ? AND uid = ?").arg(table));
    for (const QString &uid : uids) {
        q.addBindValue(bindingId);
        q.addBindValue(uid);
        if (!q.exec())
            return queryError(QCoreApplication::translate("helios", "Saving the sync state"), q);
    }
    return Ok{};
}

// A task id of a commit: negative ones name a position in the saved plan.
qint64 resolvedTaskId(qint64 id, const std::optional<Plan> &saved)
{
    if (id >= 0 || !saved)
        return id;
    const qsizetype position = -id - 1;
    return position < saved->tasks.size() ? saved->tasks.at(position).id : 0;
}

Status writeBindingState(QSqlDatabase &db, const SyncCommit &c)
{
    if (c.syncToken || c.ctag) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE sync_bindings SET sync_token = coalesce(?, sync_token),"
                                 " ctag = coalesce(?, ctag) WHERE id = ?"));
        q.addBindValue(c.syncToken ? QVariant(text(*c.syncToken))
                                   : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(c.ctag ? QVariant(text(*c.ctag)) : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(c.bindingId);
        if (Status s = exec(q, QCoreApplication::translate("helios", "Saving the sync state")); !s)
            return s;
    }
    if (c.finishedAt) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE sync_bindings SET last_sync_at = ?, last_error = ?,"
                                 " last_summary = ? WHERE id = ?"));
        q.addBindValue(timestamp(*c.finishedAt));
        q.addBindValue(text(c.error));
        q.addBindValue(text(c.summary));
        q.addBindValue(c.bindingId);
        if (Status s = exec(q, QCoreApplication::translate("helios", "Saving the sync state")); !s)
            return s;
    }
    return Ok{};
}

// Everything of a commit but the plan (the caller holds the transaction).
Status writeCommit(QSqlDatabase &db, const SyncCommit &c, const std::optional<Plan> &saved)
{
    for (SyncItem item : c.itemWrites) {
        item.taskId = resolvedTaskId(item.taskId, saved);
        if (Status s = writeItem(db, item, c.bindingId); !s)
            return s;
    }
    if (Status s = removeByUid(db, QStringLiteral("sync_items"), c.bindingId, c.itemRemovals); !s)
        return s;
    for (OutboxEntry entry : c.outboxWrites) {
        entry.taskId = resolvedTaskId(entry.taskId, saved);
        if (Status s = writeOutbox(db, entry, c.bindingId); !s)
            return s;
    }
    if (Status s = removeByUid(db, QStringLiteral("sync_outbox"), c.bindingId, c.outboxRemovals);
        !s)
        return s;
    for (SyncConflict conflict : c.conflicts) {
        conflict.taskId = resolvedTaskId(conflict.taskId, saved);
        if (Status s = writeConflict(db, conflict, c.bindingId); !s)
            return s;
    }
    return writeBindingState(db, c);
}

Result<SyncCommitOutcome> commitOn(QSqlDatabase &db, const SyncCommit &c)
{
    Result<std::optional<SyncBinding>> binding = findBinding(db, QStringLiteral("id"), c.bindingId);
    if (!binding)
        return binding.error();
    if (!*binding)
        return noBinding(c.bindingId);
    if (!c.plan) {
        sqlv::ImmediateTransaction tx(db);
        if (!tx.active())
            return Error::storage(describeSqlError(
                QCoreApplication::translate("helios", "Saving the sync state"), tx.error()));
        if (Status s = writeCommit(db, c, std::nullopt); !s)
            return s.error();
        if (!tx.commit())
            return Error::storage(describeSqlError(
                QCoreApplication::translate("helios", "Saving the sync state"), tx.error()));
        return SyncCommitOutcome{};
    }
    bool changedMeanwhile = false;
    // The stored tasks of the plan are still those the sync read.
    auto before = [&](const QList<Task> &stored) -> Status {
        if (stored != c.expectedTasks) {
            changedMeanwhile = true;
            return Error::usage(QStringLiteral("changed meanwhile")); // not shown: see below
        }
        return Ok{};
    };
    auto after = [&](const Plan &saved) { return writeCommit(db, c, saved); };
    Result<AppliedVersion> applied = VersionRepository(db).applyVersion(
        *c.plan, c.reason, c.snapshotOf, before, after, c.amendVersionFrom);
    if (changedMeanwhile)
        return SyncCommitOutcome{false, std::nullopt};
    if (!applied)
        return applied.error();
    return SyncCommitOutcome{true, std::move(applied->plan)};
}

} // namespace

QCoro::Task<Result<QList<SyncBinding>>> Store::bindings()
{
    return resultOnWorker<QList<SyncBinding>>(
        QLatin1StringView("sync_bindings"), [](QSqlDatabase &db) -> Result<QList<SyncBinding>> {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT %1 FROM sync_bindings ORDER BY id")
                            .arg(kBindingColumns)))
                return queryError(
                    QCoreApplication::translate("helios", "Reading the sync settings"), q);
            QList<SyncBinding> out;
            while (q.next())
                out.append(bindingFromRow(q));
            return out;
        });
}

QCoro::Task<Result<SyncBinding>> Store::binding(qint64 bindingId)
{
    return resultOnWorker<SyncBinding>(QLatin1StringView("sync_binding"),
                                       [bindingId](QSqlDatabase &db) -> Result<SyncBinding> {
                                           Result<std::optional<SyncBinding>> found =
                                               findBinding(db, QStringLiteral("id"), bindingId);
                                           if (!found)
                                               return found.error();
                                           if (!*found)
                                               return noBinding(bindingId);
                                           return **found;
                                       });
}

QCoro::Task<Result<QList<SyncItem>>> Store::items(qint64 bindingId)
{
    return resultOnWorker<QList<SyncItem>>(
        QLatin1StringView("sync_items"),
        [bindingId](QSqlDatabase &db) { return readItems(db, bindingId, true); });
}

QCoro::Task<Result<QList<SyncItem>>> Store::itemPrints(qint64 bindingId)
{
    return resultOnWorker<QList<SyncItem>>(
        QLatin1StringView("sync_items"),
        [bindingId](QSqlDatabase &db) { return readItems(db, bindingId, false); });
}

QCoro::Task<Result<QHash<QString, SyncItem>>> Store::itemsByUid(qint64 bindingId, QStringList uids)
{
    return resultOnWorker<QHash<QString, SyncItem>>(
        QLatin1StringView("sync_items"),
        [bindingId, uids = std::move(uids)](QSqlDatabase &db) -> Result<QHash<QString, SyncItem>> {
            const QString sql = QStringLiteral("SELECT %1 FROM sync_items"
                                               " WHERE binding_id = ? AND uid = ?")
                                    .arg(itemColumns(QStringLiteral("resource")));
            QHash<QString, SyncItem> out;
            for (const QString &uid : uids) {
                Result<SqliteStatement> q = SqliteStatement::prepare(
                    db, sql, QCoreApplication::translate("helios", "Reading the sync state"));
                if (!q)
                    return q.error();
                q->bind(1, bindingId);
                q->bind(2, uid);
                if (q->next())
                    out.insert(uid, itemFromRow(*q, bindingId, true));
                else if (q->failed())
                    return q->error();
            }
            return out;
        });
}

QCoro::Task<Result<QList<OutboxEntry>>> Store::outbox(qint64 bindingId)
{
    return resultOnWorker<QList<OutboxEntry>>(
        QLatin1StringView("sync_outbox"),
        [bindingId](QSqlDatabase &db) { return readOutbox(db, bindingId, 0, 0); });
}

QCoro::Task<Result<QList<OutboxEntry>>> Store::outboxPage(qint64 bindingId, qint64 afterId,
                                                          int limit)
{
    limit = std::clamp(limit, 1, 1000);
    return resultOnWorker<QList<OutboxEntry>>(QLatin1StringView("sync_outbox"),
                                              [bindingId, afterId, limit](QSqlDatabase &db) {
                                                  return readOutbox(db, bindingId, afterId, limit);
                                              });
}

QCoro::Task<Result<QList<SyncConflict>>> Store::conflicts(int limit)
{
    limit = std::clamp(limit, 1, 1000);
    return resultOnWorker<QList<SyncConflict>>(
        QLatin1StringView("sync_conflicts"),
        [limit](QSqlDatabase &db) -> Result<QList<SyncConflict>> {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT id, created_at, binding_id, task_id, uid,"
                                     " task_title, field, kept_value, other_value, other_side"
                                     " FROM sync_conflicts ORDER BY id DESC LIMIT ?"));
            q.addBindValue(limit);
            if (!q.exec())
                return queryError(QCoreApplication::translate("helios", "Reading the sync state"),
                                  q);
            QList<SyncConflict> out;
            while (q.next()) {
                SyncConflict c;
                c.id = q.value(0).toLongLong();
                c.createdAt = timestampFrom(q.value(1));
                c.bindingId = q.value(2).toLongLong();
                c.taskId = q.value(3).toLongLong();
                c.uid = q.value(4).toString();
                c.taskTitle = q.value(5).toString();
                c.field = q.value(6).toString();
                c.keptValue = q.value(7).toString();
                c.otherValue = q.value(8).toString();
                c.otherSide = q.value(9).toString() == QLatin1String("here")
                                  ? SyncConflict::Side::Here
                                  : SyncConflict::Side::Server;
                out.append(c);
            }
            return out;
        });
}

QCoro::Task<Result<QHash<qint64, QDateTime>>> Store::taskChangeTimes(qint64 planId)
{
    return resultOnWorker<QHash<qint64, QDateTime>>(
        QLatin1StringView("task_change_times"),
        [planId](QSqlDatabase &db) -> Result<QHash<qint64, QDateTime>> {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            q.prepare(QStringLiteral("SELECT c.task_id, c.changed_at FROM task_change_times c"
                                     " JOIN tasks t ON t.id = c.task_id WHERE t.plan_id = ?"));
            q.addBindValue(planId);
            if (!q.exec())
                return queryError(QCoreApplication::translate("helios", "Reading the sync state"),
                                  q);
            QHash<qint64, QDateTime> out;
            while (q.next()) {
                QDateTime at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
                out.insert(q.value(0).toLongLong(), at);
            }
            return out;
        });
}

QCoro::Task<Result<SyncBinding>> Store::saveBinding(SyncBinding toSave)
{
    return resultOnWorker<SyncBinding>(
        QLatin1StringView("save_sync_binding"),
        [wanted = std::move(toSave)](QSqlDatabase &db) -> Result<SyncBinding> {
            SyncBinding binding = wanted;
            const QString what = QCoreApplication::translate("helios", "Saving the sync settings");
            sqlv::ImmediateTransaction tx(db);
            if (!tx.active())
                return Error::storage(describeSqlError(what, tx.error()));
            QSqlQuery plan(db);
            plan.prepare(QStringLiteral("SELECT 1 FROM plans WHERE id = ?"));
            plan.addBindValue(binding.planId);
            if (!plan.exec())
                return queryError(what, plan);
            if (!plan.next())
                return Error::notFound(
                    QCoreApplication::translate("helios", "There is no plan with id %1.")
                        .arg(binding.planId));
            Result<std::optional<SyncBinding>> other =
                findBinding(db, QStringLiteral("plan_id"), binding.planId);
            if (!other)
                return other.error();
            if (*other && (*other)->id != binding.id)
                return Error::usage(
                    QCoreApplication::translate("helios", "Plan %1 is already synced with %2.")
                        .arg(binding.planId)
                        .arg((*other)->collectionUrl));
            QSqlQuery same(db);
            same.prepare(QStringLiteral("SELECT plan_id, shared FROM sync_bindings"
                                        " WHERE collection_url = ? AND id != ?"));
            same.addBindValue(text(binding.collectionUrl));
            same.addBindValue(binding.id);
            if (!same.exec())
                return queryError(what, same);
            while (same.next()) {
                if (!binding.shared || same.value(1).toInt() == 0)
                    return Error::usage(calendarTakenSentence(same.value(0).toLongLong()));
            }
            QSqlQuery q(db);
            if (binding.id == 0) {
                q.prepare(QStringLiteral(
                    "INSERT INTO sync_bindings (plan_id, account_url, user_name, collection_url,"
                    " sync_token, ctag, last_sync_at, last_error, last_summary, shared)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            } else {
                q.prepare(QStringLiteral(
                    "UPDATE sync_bindings SET plan_id = ?, account_url = ?, user_name = ?,"
                    " collection_url = ?, sync_token = ?, ctag = ?, last_sync_at = ?,"
                    " last_error = ?, last_summary = ?, shared = ? WHERE id = ?"));
            }
            q.addBindValue(binding.planId);
            q.addBindValue(text(binding.accountUrl));
            q.addBindValue(text(binding.userName));
            q.addBindValue(text(binding.collectionUrl));
            q.addBindValue(text(binding.syncToken));
            q.addBindValue(text(binding.ctag));
            q.addBindValue(binding.lastSyncAt ? QVariant(timestamp(*binding.lastSyncAt))
                                              : QVariant(QMetaType::fromType<QString>()));
            q.addBindValue(text(binding.lastError));
            q.addBindValue(text(binding.lastSummary));
            q.addBindValue(binding.shared ? 1 : 0);
            if (binding.id != 0)
                q.addBindValue(binding.id);
            if (!q.exec())
                return queryError(what, q);
            if (binding.id == 0)
                binding.id = q.lastInsertId().toLongLong();
            else if (q.numRowsAffected() != 1)
                return noBinding(binding.id);
            if (!tx.commit())
                return Error::storage(describeSqlError(what, tx.error()));
            Result<std::optional<SyncBinding>> stored =
                findBinding(db, QStringLiteral("id"), binding.id);
            if (!stored)
                return stored.error();
            return stored->value_or(binding);
        });
}

QCoro::Task<Status> Store::removeBinding(qint64 bindingId)
{
    return runOnWorker(
        [bindingId](QSqlDatabase &db) -> Status {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("DELETE FROM sync_bindings WHERE id = ?"));
            q.addBindValue(bindingId);
            if (!q.exec())
                return queryError(QCoreApplication::translate("helios", "Saving the sync settings"),
                                  q);
            if (q.numRowsAffected() != 1)
                return noBinding(bindingId);
            return Ok{};
        },
        0, QLatin1StringView("remove_sync_binding"));
}

QCoro::Task<Result<SyncCommitOutcome>> Store::commitSync(SyncCommit commit)
{
    const qint64 planId = commit.plan ? commit.plan->id : 0;
    return resultOnWorker<SyncCommitOutcome>(
        QLatin1StringView("commit_sync"),
        [commit = std::move(commit)](QSqlDatabase &db) { return commitOn(db, commit); }, planId);
}

} // namespace helios

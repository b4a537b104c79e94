// The Store's change feed (ChangeFeed): the change_log table that triggers fill on every write,
// whoever makes it. Reading it also drops the cached reads of the plans it names, so a change
// made by another process is seen by this one's cached reads at the next poll.

#include "core/store/sql.h"
#include "core/store/sql_values.h"
#include "core/store/sql_versions.h"
#include "core/store/store.h"
#include "core/store/store_worker.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace helios {

namespace {

std::optional<Change::Kind> changeKindNamed(const QString &name)
{
    if (name == QLatin1String("task"))
        return Change::Kind::Task;
    if (name == QLatin1String("job"))
        return Change::Kind::Job;
    if (name == QLatin1String("plan"))
        return Change::Kind::Plan;
    return std::nullopt;
}

} // namespace

QCoro::Task<Result<qint64>> Store::lastChange()
{
    return resultOnWorker<qint64>(
        QLatin1StringView("last_change"), [](QSqlDatabase &db) -> Result<qint64> {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(sql::lastChange) || !q.next())
                return sqlv::queryError(
                    QCoreApplication::translate("helios", "Reading the changes"), q);
            return q.value(0).toLongLong();
        });
}

QCoro::Task<Result<QList<Change>>> Store::changesSince(qint64 after, int limit)
{
    limit = std::clamp(limit, 1, 1000);
    auto read = [after, limit](QSqlDatabase &db) -> Result<QList<Change>> {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(sql::changesSince);
        q.addBindValue(after);
        q.addBindValue(limit);
        if (!q.exec())
            return sqlv::queryError(QCoreApplication::translate("helios", "Reading the changes"),
                                    q);
        QList<Change> out;
        while (q.next()) {
            const std::optional<Change::Kind> kind = changeKindNamed(q.value(1).toString());
            if (!kind)
                continue;
            out.append(Change{q.value(0).toLongLong(), *kind, q.value(2).toLongLong(),
                              q.value(3).toLongLong(), q.value(4).toString()});
        }
        return out;
    };
    QCoro::Task<Result<QList<Change>>> reading =
        resultOnWorker<QList<Change>>(QLatin1StringView("changes_since"), std::move(read));
    Result<QList<Change>> changes = co_await std::move(reading);
    if (changes && !changes->isEmpty()) {
        QList<qint64> plans;
        for (const Change &change : *changes)
            if (change.planId != 0 && !plans.contains(change.planId))
                plans.append(change.planId);
        dropCachedPlans(plans);
    }
    co_return changes;
}

} // namespace helios

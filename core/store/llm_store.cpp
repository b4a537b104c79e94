#include "core/store/llm_store.h"

#include "core/store/database.h"
#include "core/store/llm_cache_repository.h"
#include "core/store/llm_call_repository.h"

#include <QtConcurrent/QtConcurrentRun>

#include <qcoro/qcorofuture.h>

namespace helios {

LlmStore::LlmStore(const QString &databasePath, int workerThreads)
    : m_database(std::make_unique<Database>(databasePath))
{
    m_pool.setMaxThreadCount(std::max(1, workerThreads));
    m_pool.setExpiryTimeout(-1); // keep workers, and so their connections, alive
}

LlmStore::~LlmStore()
{
    m_pool.waitForDone();
}

const QString &LlmStore::path() const
{
    return m_database->path();
}

// Runs fn(connection) on a worker and brings its result back. What is awaited is a named local
// (GCC 12 destroys some temporaries of a co_await expression twice).
template <typename Fn>
auto LlmStore::run(Fn fn) -> QCoro::Task<decltype(fn(std::declval<QSqlDatabase &>()))>
{
    using R = decltype(fn(std::declval<QSqlDatabase &>()));
    Database &database = *m_database;
    auto job = [&database, fn = std::move(fn)]() mutable -> R {
        Result<QSqlDatabase> db = database.connection();
        if (!db)
            return db.error();
        return fn(*db);
    };
    QFuture<R> future = QtConcurrent::run(&m_pool, std::move(job));
    R result = co_await future;
    co_return result;
}

QCoro::Task<Status> LlmStore::open()
{
    Database &database = *m_database;
    auto job = [&database]() -> Status { return database.prepare(); };
    QFuture<Status> future = QtConcurrent::run(&m_pool, std::move(job));
    Status status = co_await future;
    co_return status;
}

QCoro::Task<Result<std::optional<LlmCacheRow>>> LlmStore::cacheTake(QString key, QDateTime now,
                                                                    QDateTime expiredBefore)
{
    return run([key = std::move(key), now, expiredBefore](QSqlDatabase &db) {
        return LlmCacheRepository(db).take(key, now, expiredBefore);
    });
}

QCoro::Task<Status> LlmStore::cachePut(QString key, QByteArray payload, QDateTime now,
                                       int maxEntries, QList<std::pair<QString, QDateTime>> used)
{
    return run([key = std::move(key), payload = std::move(payload), now, maxEntries,
                used = std::move(used)](QSqlDatabase &db) -> Status {
        LlmCacheRepository repository(db);
        if (Status touched = repository.touch(used); !touched)
            return touched;
        return repository.put(key, payload, now, maxEntries);
    });
}

QCoro::Task<Result<int>> LlmStore::cacheRemoveCreatedBefore(QDateTime cutoff)
{
    return run(
        [cutoff](QSqlDatabase &db) { return LlmCacheRepository(db).removeCreatedBefore(cutoff); });
}

QCoro::Task<Status> LlmStore::cacheClear()
{
    return run([](QSqlDatabase &db) { return LlmCacheRepository(db).clear(); });
}

QCoro::Task<Result<LlmCacheUsage>> LlmStore::cacheUsage()
{
    return run([](QSqlDatabase &db) { return LlmCacheRepository(db).usage(); });
}

QCoro::Task<Status> LlmStore::appendCall(LlmCallRecord record)
{
    return run([record = std::move(record)](QSqlDatabase &db) {
        return LlmCallRepository(db).append(record);
    });
}

QCoro::Task<Result<LlmCallSummary>> LlmStore::callSummary(QDateTime from, QDateTime to)
{
    return run([from, to](QSqlDatabase &db) { return LlmCallRepository(db).summary(from, to); });
}

QCoro::Task<Result<QList<LlmCallRecord>>> LlmStore::recentCalls(int limit)
{
    return run([limit](QSqlDatabase &db) { return LlmCallRepository(db).recent(limit); });
}

} // namespace helios

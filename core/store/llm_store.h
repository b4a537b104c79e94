#pragma once

#include "core/domain/llm_cache_storage.h"
#include "core/domain/llm_call_queries.h"
#include "core/domain/llm_call_writes.h"
#include "core/domain/result.h"

#include <QThreadPool>

#include <qcoro/qcorotask.h>

#include <memory>
#include <optional>

class QSqlDatabase;

namespace helios {

class Database;

// The asynchronous face of the LLM tables (response cache and call log): like Store, every call
// runs its SQL on a worker of its own pool (each worker with its own connection to the same
// file) and comes back to the awaiting coroutine. One worker by default: these writes are small
// and serialising them avoids lock waits between them. It implements the LLM storage interfaces
// of core/domain, which is all that core/llm and ui/ see of it.
class LlmStore final : public LlmCacheStorage, public LlmCallQueries, public LlmCallWrites
{
public:
    explicit LlmStore(const QString &databasePath, int workerThreads = 1);
    ~LlmStore() override;
    LlmStore(const LlmStore &) = delete;
    LlmStore &operator=(const LlmStore &) = delete;

    const QString &path() const;

    // Creates the file if needed and brings the schema up to date (safe next to Store::open()).
    QCoro::Task<Status> open();

    // Response cache (LlmCacheStorage, see LlmCacheRepository). cachePut records the memory
    // hits in `used` so that LRU order on disk follows use.
    QCoro::Task<Result<std::optional<LlmCacheRow>>> cacheTake(QString key, QDateTime now,
                                                              QDateTime expiredBefore) override;
    QCoro::Task<Status> cachePut(QString key, QByteArray payload, QDateTime now, int maxEntries,
                                 QList<std::pair<QString, QDateTime>> used) override;
    QCoro::Task<Result<int>> cacheRemoveCreatedBefore(QDateTime cutoff) override;
    QCoro::Task<Status> cacheClear() override;
    QCoro::Task<Result<LlmCacheUsage>> cacheUsage() override;

    // Call log (LlmCallWrites, LlmCallQueries, see LlmCallRepository).
    QCoro::Task<Status> appendCall(LlmCallRecord record) override;
    QCoro::Task<Result<LlmCallSummary>> callSummary(QDateTime from, QDateTime to) override;
    QCoro::Task<Result<QList<LlmCallRecord>>> recentCalls(int limit) override;

private:
    template <typename Fn>
    auto run(Fn fn) -> QCoro::Task<decltype(fn(std::declval<QSqlDatabase &>()))>;

    std::unique_ptr<Database> m_database;
    QThreadPool m_pool;
};

} // namespace helios

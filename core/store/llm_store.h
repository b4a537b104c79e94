#pragma once

#include "core/domain/result.h"
#include "core/store/llm_cache_repository.h"
#include "core/store/llm_call_repository.h"

#include <QThreadPool>

#include <qcoro/qcorotask.h>

#include <memory>
#include <optional>

namespace helios {

class Database;

// The asynchronous face of the LLM tables (response cache and call log): like Store, every call
// runs its SQL on a worker of its own pool (each worker with its own connection to the same
// file) and comes back to the awaiting coroutine. One worker by default: these writes are small
// and serialising them avoids lock waits between them.
class LlmStore
{
public:
    explicit LlmStore(const QString &databasePath, int workerThreads = 1);
    ~LlmStore();
    LlmStore(const LlmStore &) = delete;
    LlmStore &operator=(const LlmStore &) = delete;

    const QString &path() const;

    // Creates the file if needed and brings the schema up to date (safe next to Store::open()).
    QCoro::Task<Status> open();

    // Response cache (see LlmCacheRepository).
    QCoro::Task<Result<std::optional<LlmCacheRow>>> cacheTake(QString key, QDateTime now,
                                                              QDateTime expiredBefore);
    // Also records the memory hits in `used` (key, when) so that LRU order on disk follows use.
    QCoro::Task<Status> cachePut(QString key, QByteArray payload, QDateTime now, int maxEntries,
                                 QList<std::pair<QString, QDateTime>> used);
    QCoro::Task<Result<int>> cacheRemoveCreatedBefore(QDateTime cutoff);
    QCoro::Task<Status> cacheClear();
    QCoro::Task<Result<LlmCacheUsage>> cacheUsage();

    // Call log (see LlmCallRepository).
    QCoro::Task<Status> appendCall(LlmCallRecord record);
    QCoro::Task<Result<LlmCallSummary>> callSummary(QDateTime from, QDateTime to);
    QCoro::Task<Result<QList<LlmCallRecord>>> recentCalls(int limit);

private:
    template <typename Fn>
    auto run(Fn fn) -> QCoro::Task<decltype(fn(std::declval<QSqlDatabase &>()))>;

    std::unique_ptr<Database> m_database;
    QThreadPool m_pool;
};

} // namespace helios

#pragma once

#include "core/domain/llm_cache_entry.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <qcoro/qcorotask.h>

#include <optional>
#include <utility>

namespace helios {

// The persistent half of the LLM response cache (core/llm's ResponseCache keeps the memory
// half): opaque payloads by key, least recently used first to go. See PlanQueries for what
// every storage interface promises.
class LlmCacheStorage
{
public:
    virtual ~LlmCacheStorage() = default;

    // The entry for key, or nullopt. An entry created before expiredBefore is deleted and is a
    // miss; a live one counts as used at `now`.
    virtual QCoro::Task<Result<std::optional<LlmCacheRow>>> cacheTake(QString key, QDateTime now,
                                                                      QDateTime expiredBefore) = 0;
    // First records the uses in `used` (key, when; hits served from memory, unknown keys
    // ignored), then stores payload under key (replacing any entry; created and used now),
    // then deletes the least recently used entries beyond maxEntries (0: no limit).
    virtual QCoro::Task<Status> cachePut(QString key, QByteArray payload, QDateTime now,
                                         int maxEntries,
                                         QList<std::pair<QString, QDateTime>> used) = 0;
    // Deletes the entries created before cutoff; returns how many.
    virtual QCoro::Task<Result<int>> cacheRemoveCreatedBefore(QDateTime cutoff) = 0;
    virtual QCoro::Task<Status> cacheClear() = 0;
    virtual QCoro::Task<Result<LlmCacheUsage>> cacheUsage() = 0;
};

} // namespace helios

#pragma once

#include "core/domain/llm_cache_entry.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace helios {

// The llm_cache table on one connection (a store worker thread's). The payload is opaque here;
// payloads of kCompressThreshold bytes or more are stored zlib-compressed (RFC 1950, flag column
// `compressed`, size_bytes holds the uncompressed size) when that makes them smaller.
class LlmCacheRepository
{
public:
    static constexpr qsizetype kCompressThreshold = 1024;

    explicit LlmCacheRepository(QSqlDatabase db);

    // The row for key, or nullopt. A row created before expiredBefore is deleted and is a miss;
    // a live one gets last_used_at = now.
    Result<std::optional<LlmCacheRow>> take(const QString &key, const QDateTime &now,
                                            const QDateTime &expiredBefore);
    // Inserts or replaces the row (created and used now), then deletes the least recently used
    // rows beyond maxEntries (0: no limit).
    Status put(const QString &key, const QByteArray &payload, const QDateTime &now, int maxEntries);
    // Marks rows as used at the given times (hits served from memory), in one transaction.
    Status touch(const QList<std::pair<QString, QDateTime>> &used);
    Result<int> removeCreatedBefore(const QDateTime &cutoff);
    Result<int> evictBeyond(int maxEntries);
    Status clear();
    Result<LlmCacheUsage> usage();

private:
    QSqlDatabase m_db;
};

// zlib (RFC 1950) helpers, exposed for tests.
QByteArray zlibCompress(const QByteArray &data);
std::optional<QByteArray> zlibDecompress(const QByteArray &data, qsizetype originalSize);

} // namespace helios

#pragma once

#include "core/domain/result.h"
#include "core/llm/stream_decoder.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QMutex>

#include <qcoro/qcorotask.h>

#include <atomic>
#include <chrono>
#include <functional>
#include <list>
#include <optional>

namespace helios {
class LlmCacheStorage;
namespace metrics {
class Counter;
template <typename Series> class Family;
using CounterFamily = Family<Counter>;
} // namespace metrics
} // namespace helios

namespace helios::llm {

struct ResponseCacheOptions
{
    int memoryEntries = 1000;         // in-memory LRU capacity
    int maxPersistentEntries = 20000; // rows kept in llm_cache (least recently used go); 0: no cap
    std::chrono::seconds ttl = std::chrono::hours(24 * 30);
    std::function<QDateTime()> now; // test seam; default QDateTime::currentDateTimeUtc
};

// Answers already given, by cacheKey(): an in-memory LRU in front of the llm_cache table, so that
// answers survive restarts. get() looks in memory, then on disk (on the store's worker threads,
// never the calling thread) and promotes a disk hit to memory. Entries older than the TTL are
// misses and are deleted. Only complete answers are stored (isCacheable). Use from one thread;
// stats() may be read from any.
class ResponseCache
{
public:
    // storage (LlmStore in the application) may be null: memory only (tests, --no-db runs). It
    // must outlive the cache.
    explicit ResponseCache(LlmCacheStorage *storage, ResponseCacheOptions options = {});
    ~ResponseCache();
    ResponseCache(const ResponseCache &) = delete;
    ResponseCache &operator=(const ResponseCache &) = delete;

    // False for answers that must never be served again: without a finish reason (a cut or
    // cancelled stream), cut by the token limit ("length"), filtered or failed.
    static bool isCacheable(const ChatAnswer &answer);

    // The stored answer, or nullopt on a miss; an error only when the database failed (the
    // caller then asks the model as on a miss).
    QCoro::Task<Result<std::optional<ChatAnswer>>> get(QByteArray key);
    // Stores the answer in memory and on disk; false (and nothing stored) when !isCacheable.
    QCoro::Task<Result<bool>> put(QByteArray key, ChatAnswer answer);
    // Deletes expired rows from disk (a scan; call at start-up, not per request).
    QCoro::Task<Result<int>> purgeExpired();
    // Forgets everything, in memory and on disk.
    QCoro::Task<Status> clear();

    // The LLM client calls this when a request joined an identical one already in flight.
    void recordJoin();

    struct Stats
    {
        quint64 memoryHits = 0;
        quint64 diskHits = 0;
        quint64 misses = 0;
        quint64 joins = 0;
        int memoryEntries = 0;
        qint64 memoryBytes = 0; // UTF-16 size of the answers held in memory
    };
    Stats stats() const;
    bool isInMemory(const QByteArray &key) const;

    // Counts every hit, miss and join into llm_cache_requests_total{result} too. The family
    // (HeliosMetrics::llmCacheRequests) must outlive the cache.
    void countInto(metrics::CounterFamily &llmCacheRequests);

    // The persisted form: JSON {"content", "finishReason", "usage": {...}} (exposed for tests).
    static QByteArray serialize(const ChatAnswer &answer);
    static std::optional<ChatAnswer> deserialize(const QByteArray &payload);

private:
    struct Entry
    {
        QByteArray key;
        ChatAnswer answer;
        QDateTime createdAt;
    };

    QDateTime now() const;
    std::optional<ChatAnswer> lookupMemory(const QByteArray &key, const QDateTime &now);
    void insertMemory(const QByteArray &key, ChatAnswer answer, const QDateTime &createdAt);
    void count(std::atomic<quint64> &counter, metrics::Counter *metric);

    LlmCacheStorage *m_store;
    ResponseCacheOptions m_options;

    mutable QMutex m_mutex;
    std::list<Entry> m_lru; // most recently used first
    QHash<QByteArray, std::list<Entry>::iterator> m_index;
    qint64 m_memoryBytes = 0;
    // Memory hits not yet written to last_used_at; written with the next put.
    QHash<QByteArray, QDateTime> m_pendingTouches;

    std::atomic<quint64> m_memoryHits{0};
    std::atomic<quint64> m_diskHits{0};
    std::atomic<quint64> m_misses{0};
    std::atomic<quint64> m_joins{0};
    metrics::Counter *m_hitMetric = nullptr;
    metrics::Counter *m_missMetric = nullptr;
    metrics::Counter *m_joinMetric = nullptr;
};

} // namespace helios::llm

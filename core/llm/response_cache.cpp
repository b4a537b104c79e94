#include "core/llm/response_cache.h"

#include "core/domain/llm_cache_storage.h"
#include "core/metrics/helios_metrics.h"
#include "core/metrics/metric_family.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>

namespace helios::llm {

namespace {

qint64 sizeOf(const ChatAnswer &answer)
{
    return (answer.content.size() + answer.finishReason.size()) * qint64(sizeof(QChar));
}

} // namespace

ResponseCache::ResponseCache(LlmCacheStorage *storage, ResponseCacheOptions options)
    : m_store(storage), m_options(std::move(options))
{
    m_options.memoryEntries = std::max(1, m_options.memoryEntries);
}

ResponseCache::~ResponseCache() = default;

bool ResponseCache::isCacheable(const ChatAnswer &answer)
{
    // A whitelist: "stop" is how OpenAI-compatible servers and Ollama say the model finished;
    // anything else (length, content_filter, tool_calls, an empty reason from a cut stream) is
    // not an answer to hand out again.
    return answer.finishReason == QLatin1String("stop") ||
           answer.finishReason == QLatin1String("eos") ||
           answer.finishReason == QLatin1String("end_turn");
}

QByteArray ResponseCache::serialize(const ChatAnswer &answer)
{
    QJsonObject object{{QStringLiteral("content"), answer.content},
                       {QStringLiteral("finishReason"), answer.finishReason}};
    if (answer.hasUsage)
        object.insert(
            QStringLiteral("usage"),
            QJsonObject{{QStringLiteral("promptTokens"), answer.usage.promptTokens},
                        {QStringLiteral("completionTokens"), answer.usage.completionTokens},
                        {QStringLiteral("totalTokens"), answer.usage.totalTokens}});
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

std::optional<ChatAnswer> ResponseCache::deserialize(const QByteArray &payload)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject object = doc.object();
    const QJsonValue content = object.value(QLatin1String("content"));
    if (!content.isString())
        return std::nullopt;
    ChatAnswer answer;
    answer.content = content.toString();
    answer.finishReason = object.value(QLatin1String("finishReason")).toString();
    const QJsonValue usage = object.value(QLatin1String("usage"));
    if (usage.isObject()) {
        const QJsonObject u = usage.toObject();
        answer.hasUsage = true;
        answer.usage.promptTokens = u.value(QLatin1String("promptTokens")).toInteger();
        answer.usage.completionTokens = u.value(QLatin1String("completionTokens")).toInteger();
        answer.usage.totalTokens = u.value(QLatin1String("totalTokens")).toInteger();
    }
    return answer;
}

QDateTime ResponseCache::now() const
{
    return m_options.now ? m_options.now().toUTC() : QDateTime::currentDateTimeUtc();
}

std::optional<ChatAnswer> ResponseCache::lookupMemory(const QByteArray &key, const QDateTime &when)
{
    QMutexLocker lock(&m_mutex);
    const auto found = m_index.constFind(key);
    if (found == m_index.cend())
        return std::nullopt;
    const auto it = found.value();
    if (it->createdAt.addSecs(m_options.ttl.count()) < when) {
        m_memoryBytes -= sizeOf(it->answer);
        m_index.erase(found);
        m_lru.erase(it);
        return std::nullopt; // the disk lookup that follows deletes the row
    }
    m_lru.splice(m_lru.begin(), m_lru, it);
    m_pendingTouches.insert(key, when);
    return it->answer;
}

void ResponseCache::insertMemory(const QByteArray &key, ChatAnswer answer,
                                 const QDateTime &createdAt)
{
    QMutexLocker lock(&m_mutex);
    if (const auto found = m_index.constFind(key); found != m_index.cend()) {
        m_memoryBytes -= sizeOf(found.value()->answer);
        m_lru.erase(found.value());
        m_index.erase(found);
    }
    m_memoryBytes += sizeOf(answer);
    m_lru.push_front(Entry{key, std::move(answer), createdAt});
    m_index.insert(key, m_lru.begin());
    while (m_lru.size() > size_t(m_options.memoryEntries)) {
        m_memoryBytes -= sizeOf(m_lru.back().answer);
        m_index.remove(m_lru.back().key);
        m_lru.pop_back();
    }
}

void ResponseCache::count(std::atomic<quint64> &counter, metrics::Counter *metric)
{
    counter.fetch_add(1, std::memory_order_relaxed);
    if (metric)
        metric->add();
}

QCoro::Task<Result<std::optional<ChatAnswer>>> ResponseCache::get(QByteArray key)
{
    const QDateTime when = now();
    if (std::optional<ChatAnswer> hit = lookupMemory(key, when)) {
        count(m_memoryHits, m_hitMetric);
        co_return hit;
    }
    if (!m_store) {
        count(m_misses, m_missMetric);
        co_return std::optional<ChatAnswer>();
    }
    const QDateTime expiredBefore = when.addSecs(-m_options.ttl.count());
    QCoro::Task<Result<std::optional<LlmCacheRow>>> taking =
        m_store->cacheTake(QString::fromLatin1(key), when, expiredBefore);
    Result<std::optional<LlmCacheRow>> row = co_await std::move(taking);
    if (!row) {
        count(m_misses, m_missMetric);
        co_return row.error();
    }
    std::optional<ChatAnswer> answer = *row ? deserialize((*row)->payload) : std::nullopt;
    if (!answer) {
        count(m_misses, m_missMetric);
        co_return std::optional<ChatAnswer>();
    }
    insertMemory(key, *answer, (*row)->createdAt);
    count(m_diskHits, m_hitMetric);
    co_return answer;
}

QCoro::Task<Result<bool>> ResponseCache::put(QByteArray key, ChatAnswer answer)
{
    if (!isCacheable(answer))
        co_return false;
    const QDateTime when = now();
    QByteArray payload = serialize(answer);
    insertMemory(key, std::move(answer), when);
    if (!m_store)
        co_return true;

    QList<std::pair<QString, QDateTime>> used;
    {
        QMutexLocker lock(&m_mutex);
        for (auto it = m_pendingTouches.cbegin(); it != m_pendingTouches.cend(); ++it) {
            if (it.key() != key)
                used.append({QString::fromLatin1(it.key()), it.value()});
        }
        m_pendingTouches.clear();
    }
    QCoro::Task<Status> writing =
        m_store->cachePut(QString::fromLatin1(key), std::move(payload), when,
                          m_options.maxPersistentEntries, std::move(used));
    Status written = co_await std::move(writing);
    if (!written)
        co_return written.error();
    co_return true;
}

QCoro::Task<Result<int>> ResponseCache::purgeExpired()
{
    if (!m_store)
        co_return 0;
    const QDateTime cutoff = now().addSecs(-m_options.ttl.count());
    QCoro::Task<Result<int>> purging = m_store->cacheRemoveCreatedBefore(cutoff);
    Result<int> purged = co_await std::move(purging);
    co_return purged;
}

QCoro::Task<Status> ResponseCache::clear()
{
    {
        QMutexLocker lock(&m_mutex);
        m_lru.clear();
        m_index.clear();
        m_pendingTouches.clear();
        m_memoryBytes = 0;
    }
    if (!m_store)
        co_return Ok{};
    QCoro::Task<Status> clearing = m_store->cacheClear();
    Status cleared = co_await std::move(clearing);
    co_return cleared;
}

void ResponseCache::recordJoin()
{
    count(m_joins, m_joinMetric);
}

ResponseCache::Stats ResponseCache::stats() const
{
    Stats s;
    s.memoryHits = m_memoryHits.load(std::memory_order_relaxed);
    s.diskHits = m_diskHits.load(std::memory_order_relaxed);
    s.misses = m_misses.load(std::memory_order_relaxed);
    s.joins = m_joins.load(std::memory_order_relaxed);
    QMutexLocker lock(&m_mutex);
    s.memoryEntries = int(m_lru.size());
    s.memoryBytes = m_memoryBytes;
    return s;
}

bool ResponseCache::isInMemory(const QByteArray &key) const
{
    QMutexLocker lock(&m_mutex);
    return m_index.contains(key);
}

void ResponseCache::countInto(metrics::CounterFamily &llmCacheRequests)
{
    m_hitMetric = &llmCacheRequests.labels({QString(metrics::values::kCacheHit)});
    m_missMetric = &llmCacheRequests.labels({QString(metrics::values::kCacheMiss)});
    m_joinMetric = &llmCacheRequests.labels({QString(metrics::values::kCacheJoin)});
}

} // namespace helios::llm

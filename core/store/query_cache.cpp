#include "core/store/query_cache.h"

namespace helios {

QueryCache::QueryCache(int capacity, std::chrono::milliseconds ttl)
    : m_capacity(std::max(1, capacity)), m_ttl(ttl)
{}

std::optional<std::any> QueryCache::lookup(const QString &key)
{
    QMutexLocker lock(&m_mutex);
    const auto found = m_index.constFind(key);
    if (found == m_index.constEnd()) {
        m_misses.fetch_add(1, std::memory_order_relaxed);
        return std::nullopt;
    }
    const auto it = *found;
    if (Clock::now() >= it->expires) {
        m_index.erase(found);
        m_lru.erase(it);
        m_misses.fetch_add(1, std::memory_order_relaxed);
        return std::nullopt;
    }
    m_lru.splice(m_lru.begin(), m_lru, it);
    m_hits.fetch_add(1, std::memory_order_relaxed);
    return it->value;
}

void QueryCache::put(const QString &key, std::any value, const QStringList &tags, quint64 startedAt)
{
    QMutexLocker lock(&m_mutex);
    if (m_generation.load(std::memory_order_acquire) != startedAt)
        return; // a write happened while this was being read: the value may be stale
    if (const auto found = m_index.constFind(key); found != m_index.constEnd()) {
        m_lru.erase(*found);
        m_index.erase(found);
    }
    m_lru.push_front(Entry{key, std::move(value), tags, Clock::now() + m_ttl});
    m_index.insert(key, m_lru.begin());
    while (static_cast<int>(m_lru.size()) > m_capacity) {
        m_index.remove(m_lru.back().key);
        m_lru.pop_back();
    }
}

void QueryCache::invalidate(const QStringList &tags)
{
    QMutexLocker lock(&m_mutex);
    m_generation.fetch_add(1, std::memory_order_acq_rel);
    for (auto it = m_lru.begin(); it != m_lru.end();) {
        const bool touched = std::any_of(
            tags.cbegin(), tags.cend(), [&](const QString &tag) { return it->tags.contains(tag); });
        if (touched) {
            m_index.remove(it->key);
            it = m_lru.erase(it);
        } else {
            ++it;
        }
    }
}

void QueryCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_generation.fetch_add(1, std::memory_order_acq_rel);
    m_lru.clear();
    m_index.clear();
}

QueryCache::Stats QueryCache::stats() const
{
    QMutexLocker lock(&m_mutex);
    return {m_hits.load(), m_misses.load(), static_cast<int>(m_lru.size())};
}

} // namespace helios

#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <any>
#include <atomic>
#include <chrono>
#include <list>
#include <optional>

namespace helios {

// An LRU cache with a time-to-live for the read queries the UI repeats (plan lists, a plan,
// statistics). Entries carry tags; a write invalidates every entry with a tag it touches.
// A read that started before an invalidation is not stored when it finishes, so a slow read can
// never put stale data back after a write.
class QueryCache
{
public:
    using Clock = std::chrono::steady_clock;

    explicit QueryCache(int capacity = 256,
                        std::chrono::milliseconds ttl = std::chrono::seconds(30));

    // The current generation: pass it to put() for a read that starts now.
    quint64 generation() const { return m_generation.load(std::memory_order_acquire); }

    template <typename T> std::optional<T> get(const QString &key)
    {
        std::optional<std::any> value = lookup(key);
        if (!value)
            return std::nullopt;
        if (const T *typed = std::any_cast<T>(&*value))
            return *typed;
        return std::nullopt;
    }

    // Stores value unless something was invalidated since `startedAt` (a generation()).
    void put(const QString &key, std::any value, const QStringList &tags, quint64 startedAt);

    void invalidate(const QStringList &tags);
    void clear();

    struct Stats
    {
        quint64 hits = 0;
        quint64 misses = 0;
        int size = 0;
    };
    Stats stats() const;

private:
    struct Entry
    {
        QString key;
        std::any value;
        QStringList tags;
        Clock::time_point expires;
    };

    std::optional<std::any> lookup(const QString &key);

    mutable QMutex m_mutex;
    std::list<Entry> m_lru; // most recently used first
    QHash<QString, std::list<Entry>::iterator> m_index;
    int m_capacity;
    std::chrono::milliseconds m_ttl;
    std::atomic<quint64> m_generation{0};
    std::atomic<quint64> m_hits{0};
    std::atomic<quint64> m_misses{0};
};

} // namespace helios

#include "core/jobs/change_watcher.h"

#include <QPointer>

namespace helios {

ChangeWatcher::ChangeWatcher(ChangeFeed &feed, int intervalMs, QObject *parent)
    : QObject(parent), m_feed(feed)
{
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { poll(); });
}

void ChangeWatcher::start()
{
    m_timer.start();
    poll();
}

void ChangeWatcher::stop()
{
    m_timer.stop();
    m_cursor = -1;
    m_again = false;
    ++m_generation;
}

void ChangeWatcher::pollSoon()
{
    poll();
}

QCoro::Task<> ChangeWatcher::poll()
{
    if (m_polling) {
        m_again = true;
        co_return;
    }
    m_polling = true;
    QPointer<ChangeWatcher> self(this);
    quint64 generation = m_generation;
    // What a poll read after stop() is dropped; when start() came meanwhile, it reads again.
    const auto overtaken = [&] {
        if (generation == m_generation)
            return false;
        generation = m_generation;
        m_again = m_timer.isActive();
        return true;
    };
    do {
        m_again = false;
        if (m_cursor < 0) {
            auto reading = m_feed.lastChange();
            Result<qint64> last = co_await reading;
            if (!self)
                co_return;
            if (overtaken())
                continue;
            if (last)
                m_cursor = *last;
            continue;
        }
        auto reading = m_feed.changesSince(m_cursor, 1000);
        Result<QList<Change>> changes = co_await reading;
        if (!self)
            co_return;
        if (overtaken())
            continue;
        if (!changes || changes->isEmpty())
            continue;
        m_cursor = changes->last().sequence;
        if (changes->size() == 1000)
            m_again = true;
        Q_EMIT changed(*changes);
    } while (self && m_again);
    if (self)
        m_polling = false;
}

} // namespace helios

#include "api/service/change_watcher.h"

#include <QPointer>

namespace helios::api {

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
    do {
        m_again = false;
        if (m_cursor < 0) {
            auto reading = m_feed.lastChange();
            Result<qint64> last = co_await reading;
            if (!self)
                co_return;
            if (last)
                m_cursor = *last;
            continue;
        }
        auto reading = m_feed.changesSince(m_cursor, 1000);
        Result<QList<Change>> changes = co_await reading;
        if (!self)
            co_return;
        if (!changes || changes->isEmpty())
            continue;
        m_cursor = changes->last().sequence;
        if (changes->size() == 1000)
            m_again = true;
        Q_EMIT changed(*changes);
    } while (m_again);
    m_polling = false;
}

} // namespace helios::api

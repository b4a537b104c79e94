#pragma once

#include "core/domain/change_feed.h"

#include <QObject>
#include <QTimer>

#include <qcoro/qcorotask.h>

namespace helios {

// Hears changes made anywhere (this process's window or local API, helios-cli, a sync, another
// Helios on the same database) by polling the storage's change feed: one small indexed read
// every interval. Emits what it finds in order. Lives on the thread it was made on (the local
// API's, or the window's: the reads run on the storage's workers, never on that thread's time).
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    ChangeWatcher(ChangeFeed &feed, int intervalMs, QObject *parent = nullptr);

    // Starts from the newest change (what came before is not news); then polls.
    void start();
    // Stops polling and forgets where it was: the next start() begins at the newest change again
    // (after the storage under it was replaced by a backup, whose changes are numbered anew).
    void stop();
    // Polls now instead of at the next tick (after this process wrote something).
    void pollSoon();
    bool isActive() const { return m_timer.isActive(); }

Q_SIGNALS:
    void changed(const QList<helios::Change> &changes);

private:
    QCoro::Task<> poll();

    ChangeFeed &m_feed;
    QTimer m_timer;
    qint64 m_cursor = -1;     // -1: not started
    quint64 m_generation = 0; // a poll that a stop() overtook drops what it read
    bool m_polling = false;
    bool m_again = false;
};

} // namespace helios

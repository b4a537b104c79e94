#pragma once

#include "core/domain/change_feed.h"

#include <QObject>
#include <QTimer>

namespace helios::api {

// Hears changes made anywhere (this process's window, helios-cli, another Helios) by polling the
// storage's change feed: one small indexed read every interval. Emits what it finds in order.
// Lives on the API's thread.
class ChangeWatcher : public QObject
{
    Q_OBJECT

public:
    ChangeWatcher(ChangeFeed &feed, int intervalMs, QObject *parent = nullptr);

    // Starts from the newest change (what came before is not news); then polls.
    void start();
    // Polls now instead of at the next tick (after this process wrote something).
    void pollSoon();

Q_SIGNALS:
    void changed(const QList<helios::Change> &changes);

private:
    QCoro::Task<> poll();

    ChangeFeed &m_feed;
    QTimer m_timer;
    qint64 m_cursor = -1; // -1: not started
    bool m_polling = false;
    bool m_again = false;
};

} // namespace helios::api

#pragma once

#include <QObject>

namespace helios {
class ChangeFeed;
class ChangeWatcher;
} // namespace helios

namespace helios::ui {

class PlansViewModel;
class TodayViewModel;

// Shows in the window what was changed outside it — helios-cli, the local API (also the one the
// window hosts, on its own thread), a CalDAV sync, another Helios on the same database — within
// an interval: the storage's change feed is read every intervalMs (one small indexed read on a
// storage worker), and when anything changed the plan list, the shown plan and Today are read
// again (PlansViewModel::refresh, TodayViewModel::refresh), keeping the selection, the scroll
// position and an open editor (TaskTableModel keeps its rows when the plan's rows are the same).
// The window's own edits come back through the feed as well and cost one more read of what is
// shown: the feed does not say who wrote, and a read is cheaper than telling.
// Polls only while the plans are Ready: a backup restore stops it, and the storage that comes
// back is watched from its newest change.
class LiveRefresh : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 2000;

    // feed and plans (and today, which may be null) must outlive this.
    LiveRefresh(ChangeFeed &feed, PlansViewModel &plans, TodayViewModel *today,
                int intervalMs = kDefaultIntervalMs, QObject *parent = nullptr);
    ~LiveRefresh() override;

    bool isWatching() const;

Q_SIGNALS:
    // What is shown was read again after `changes` changes.
    void refreshed(int changes);

private:
    void follow();

    PlansViewModel &m_plans;
    TodayViewModel *m_today = nullptr;
    ChangeWatcher *m_watcher = nullptr;
};

} // namespace helios::ui

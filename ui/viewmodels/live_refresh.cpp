#include "ui/viewmodels/live_refresh.h"

#include "core/jobs/change_watcher.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/viewmodels/today_view_model.h"

namespace helios::ui {

LiveRefresh::LiveRefresh(ChangeFeed &feed, PlansViewModel &plans, TodayViewModel *today,
                         int intervalMs, QObject *parent)
    : QObject(parent), m_plans(plans), m_today(today),
      m_watcher(new ChangeWatcher(feed, intervalMs, this))
{
    connect(m_watcher, &ChangeWatcher::changed, this, [this](const QList<Change> &changes) {
        if (m_plans.state() != PlansViewModel::State::Ready)
            return;
        m_plans.refresh();
        if (m_today)
            m_today->refresh();
        Q_EMIT refreshed(int(changes.size()));
    });
    connect(&m_plans, &PlansViewModel::stateChanged, this, &LiveRefresh::follow);
    follow();
}

LiveRefresh::~LiveRefresh() = default;

bool LiveRefresh::isWatching() const
{
    return m_watcher->isActive();
}

void LiveRefresh::follow()
{
    const bool ready = m_plans.state() == PlansViewModel::State::Ready;
    if (ready && !m_watcher->isActive())
        m_watcher->start();
    else if (!ready && m_watcher->isActive())
        m_watcher->stop();
}

} // namespace helios::ui

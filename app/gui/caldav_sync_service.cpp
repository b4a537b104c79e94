#include "app/gui/caldav_sync_service.h"

#include "core/sync/sync_account.h"

namespace helios::gui {

CalDavSyncService::CalDavSyncService(sync::SyncEngine::Storage storage) : m_storage(storage) {}

QCoro::Task<Result<QList<ui::SyncCalendar>>>
CalDavSyncService::calendars(QString accountUrl, QString user, QString password)
{
    QCoro::Task<Result<QList<sync::RemoteCollection>>> listing =
        sync::calendarsOf(accountUrl, user, password);
    const Result<QList<sync::RemoteCollection>> found = co_await std::move(listing);
    if (!found)
        co_return found.error();
    QList<ui::SyncCalendar> out;
    for (const sync::RemoteCollection &c : *found)
        out.append({c.url.toString(), c.displayName});
    co_return out;
}

QCoro::Task<Result<SyncBinding>> CalDavSyncService::bind(qint64 planId, QString accountUrl,
                                                         QString user, QString password,
                                                         QString collectionUrl, bool shared)
{
    QCoro::Task<Result<Plan>> reading = m_storage.plans.plan(planId);
    const Result<Plan> plan = co_await std::move(reading);
    if (!plan)
        co_return plan.error();
    QCoro::Task<Result<SyncBinding>> binding =
        sync::bindPlan(m_storage, *plan, accountUrl, user, password, collectionUrl, shared);
    co_return co_await std::move(binding);
}

QCoro::Task<Result<ui::SyncRun>> CalDavSyncService::sync(SyncBinding binding, QString password)
{
    QCoro::Task<Result<sync::SyncReport>> running = sync::syncBinding(m_storage, binding, password);
    const Result<sync::SyncReport> report = co_await std::move(running);
    if (!report)
        co_return report.error();
    co_return ui::SyncRun{report->summary(), report->received > 0 || report->removedHere > 0};
}

QCoro::Task<Status> CalDavSyncService::unbind(qint64 bindingId)
{
    return sync::unbindPlan(m_storage, bindingId);
}

} // namespace helios::gui

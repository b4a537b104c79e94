#pragma once

// The window's CalDAV side (Settings → Sync and the background sync): ui::SyncService over
// core/sync's calendarsOf, bindPlan and syncBinding, the functions `helios-cli sync` uses. A
// library of app/gui so that the window's tests run the same code against a real server.

#include "core/sync/sync_engine.h"
#include "ui/settings/sync_view_model.h"

namespace helios::gui {

class CalDavSyncService final : public ui::SyncService
{
public:
    // The storage must outlive this.
    explicit CalDavSyncService(sync::SyncEngine::Storage storage);

    QCoro::Task<Result<QList<ui::SyncCalendar>>> calendars(QString accountUrl, QString user,
                                                           QString password) override;
    QCoro::Task<Result<SyncBinding>> bind(qint64 planId, QString accountUrl, QString user,
                                          QString password, QString collectionUrl,
                                          bool shared) override;
    QCoro::Task<Result<ui::SyncRun>> sync(SyncBinding binding, QString password) override;
    QCoro::Task<Status> unbind(qint64 bindingId) override;

private:
    sync::SyncEngine::Storage m_storage;
};

} // namespace helios::gui

#include "ui/viewmodels/backups_view_model.h"

#include "core/domain/backups.h"
#include "ui/viewmodels/plans_view_model.h"

#include <QPointer>

namespace helios::ui {

BackupsViewModel::BackupsViewModel(Services services, PlansViewModel &plans, QObject *parent)
    : QObject(parent), m_backups(services.backups), m_plans(plans),
      m_busy(this, [this](bool busy) { Q_EMIT busyChanged(busy); })
{
    connect(&plans, &PlansViewModel::storageFailed, this, &BackupsViewModel::findLatestBackup);
}

BackupsViewModel::~BackupsViewModel() = default;

void BackupsViewModel::findLatestBackup(const QString &problem)
{
    m_latestBackup = {};
    QCoro::connect(m_backups.backups(), this,
                   [this, problem, busy = m_busy.enter()](const Result<QList<BackupInfo>> &found) {
                       for (const BackupInfo &backup : found ? *found : QList<BackupInfo>{}) {
                           if (backup.kind != QLatin1String("replaced")) {
                               m_latestBackup = backup;
                               break;
                           }
                       }
                       Q_EMIT storageFailed(problem);
                   });
}

void BackupsViewModel::requestBackups()
{
    QCoro::connect(m_backups.backups(), this,
                   [this, busy = m_busy.enter()](const Result<QList<BackupInfo>> &backups) {
                       if (!backups) {
                           m_plans.showStatus(backups.error().message, true);
                           return;
                       }
                       Q_EMIT backupsListed(*backups);
                   });
}

void BackupsViewModel::restoreBackup(const QString &path)
{
    if (m_plans.state() != PlansViewModel::State::Opening)
        restore(path);
}

QCoro::Task<> BackupsViewModel::restore(QString path)
{
    QPointer self(this);
    const auto busy = m_busy.enter();
    m_plans.beginStorageReplacement();
    QCoro::Task<Result<RestoreOutcome>> restoring = m_backups.restore(path);
    const Result<RestoreOutcome> outcome = co_await restoring;
    if (!self)
        co_return;
    if (!outcome) {
        // A refused backup changed nothing: the storage is as open (or as failed) as before.
        m_plans.storageKept();
        m_plans.showStatus(outcome.error().message, true);
        Q_EMIT restoreFinished(false, outcome.error().message);
        co_return;
    }
    m_latestBackup = {};
    QCoro::Task<> reloading = m_plans.storageReplaced();
    co_await reloading;
    if (!self)
        co_return;
    m_plans.showStatus(tr("The backup was restored."), false);
    Q_EMIT restoreFinished(true, QString());
}

} // namespace helios::ui

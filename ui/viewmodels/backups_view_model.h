#pragma once

#include "core/domain/backup_info.h"
#include "ui/viewmodels/busy_counter.h"

#include <QList>
#include <QObject>
#include <QString>

#include <qcoro/qcorotask.h>

namespace helios {
class Backups;
}

namespace helios::ui {

class PlansViewModel;

// Backups of the storage, with no widgets: File → Restore from backup… lists them and restores
// one; when the storage fails to open, the newest backup worth offering is looked up before the
// window hears of the failure (storageFailed here, after the plans' own). A restore puts the
// plans' view-model in Opening while it runs and has it read the plans again afterwards.
class BackupsViewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    // What backups need (Store in the application). backups must outlive the view-model.
    struct Services
    {
        Backups &backups;
    };

    // plans: the list a restore reloads; it must outlive this object.
    BackupsViewModel(Services services, PlansViewModel &plans, QObject *parent = nullptr);
    ~BackupsViewModel() override;

    // The backup to offer when the storage failed: the newest one that is not a database a
    // restore replaced. An empty path when there is none.
    const BackupInfo &latestBackup() const { return m_latestBackup; }
    bool isBusy() const { return m_busy.isBusy(); }

public Q_SLOTS:
    // Lists the backups; the answer comes through backupsListed.
    void requestBackups();
    // Swaps the backup at `path` in and loads its plans; restoreFinished tells how it went.
    void restoreBackup(const QString &path);

Q_SIGNALS:
    void busyChanged(bool busy);
    // The storage could not be opened; latestBackup() is already known when this is emitted.
    void storageFailed(const QString &message);
    void backupsListed(const QList<helios::BackupInfo> &backups);
    void restoreFinished(bool restored, const QString &message);

private:
    void findLatestBackup(const QString &problem);
    QCoro::Task<> restore(QString path);

    Backups &m_backups;
    PlansViewModel &m_plans;
    BusyCounter m_busy;
    BackupInfo m_latestBackup;
};

} // namespace helios::ui

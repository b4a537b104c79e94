// MainWindow's part in backups: offering the latest one when the database fails to open, and
// File → Restore from backup…. The questions go through BackupPrompts; the work through
// BackupsViewModel.

#include "ui/dialogs/backup_prompts.h"
#include "ui/dialogs/error_reporter.h"
#include "ui/viewmodels/backups_view_model.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/widgets/main_window.h"

#include <QAction>
#include <QPointer>
#include <QStatusBar>

namespace helios::ui {

void MainWindow::connectBackups()
{
    // Without backups the failure is reported as it is; with them, once the backup to offer is
    // known.
    if (!m_backupPrompts) {
        connect(&m_viewModel, &PlansViewModel::storageFailed, this,
                &MainWindow::reportStorageFailure);
        return;
    }
    connect(m_backups, &BackupsViewModel::storageFailed, this, &MainWindow::reportStorageFailure);
    connect(m_restoreBackup, &QAction::triggered, m_backups, &BackupsViewModel::requestBackups);
    connect(m_backups, &BackupsViewModel::backupsListed, this, &MainWindow::chooseBackup);
    connect(m_backups, &BackupsViewModel::restoreFinished, this, &MainWindow::onRestoreFinished);
    m_restoreBackup->setEnabled(true);
}

void MainWindow::offerLatestBackup(const QString &problem)
{
    // The prompts answer later; the window may be gone by then.
    const BackupInfo latest = m_backups->latestBackup();
    QPointer<MainWindow> self(this);
    m_backupPrompts->offerRestore(this, problem, latest, [self, path = latest.path](bool restore) {
        if (!self)
            return;
        if (restore)
            self->m_backups->restoreBackup(path);
        else
            self->close();
    });
}

void MainWindow::chooseBackup(const QList<BackupInfo> &backups)
{
    if (backups.isEmpty()) {
        statusBar()->showMessage(tr("There are no backups yet: Helios makes one each day it is "
                                    "opened."));
        return;
    }
    QPointer<MainWindow> self(this);
    m_backupPrompts->chooseBackup(this, backups, [self](const QString &path) {
        if (self && !path.isEmpty())
            self->m_backups->restoreBackup(path);
    });
}

void MainWindow::onRestoreFinished(bool restored, const QString &message)
{
    if (!restored)
        m_errors.reportError(this, tr("The backup was not restored"), message);
}

} // namespace helios::ui

// MainWindow's part in backups: offering the latest one when the database fails to open, and
// File → Restore from backup…. The questions go through BackupPrompts; the work through the
// view-model.

#include "ui/dialogs/backup_prompts.h"
#include "ui/dialogs/error_reporter.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/widgets/main_window.h"

#include <QAction>
#include <QPointer>
#include <QStatusBar>

namespace helios::ui {

void MainWindow::setBackupPrompts(BackupPrompts *prompts)
{
    if (!m_backupPrompts && prompts) {
        connect(&m_viewModel, &PlansViewModel::backupsListed, this, &MainWindow::chooseBackup);
        connect(&m_viewModel, &PlansViewModel::restoreFinished, this,
                &MainWindow::onRestoreFinished);
    }
    m_backupPrompts = prompts;
    m_restoreBackup->setEnabled(prompts && m_viewModel.hasBackupAccess());
}

void MainWindow::offerLatestBackup(const QString &problem)
{
    const QString path = m_viewModel.latestBackup().path;
    QPointer<MainWindow> self(this);
    m_backupPrompts->offerRestore(this, problem, m_viewModel.latestBackup(),
                                  [self, path](bool restore) {
                                      if (!self)
                                          return;
                                      if (restore)
                                          self->m_viewModel.restoreBackup(path);
                                      else
                                          self->close();
                                  });
}

void MainWindow::chooseBackup(const QList<BackupInfo> &backups)
{
    if (!m_backupPrompts)
        return;
    if (backups.isEmpty()) {
        statusBar()->showMessage(tr("There are no backups yet: Helios makes one each day it is "
                                    "opened."));
        return;
    }
    QPointer<MainWindow> self(this);
    m_backupPrompts->chooseBackup(this, backups, [self](const QString &path) {
        if (self && !path.isEmpty())
            self->m_viewModel.restoreBackup(path);
    });
}

void MainWindow::onRestoreFinished(bool restored, const QString &message)
{
    if (!restored)
        m_errors.reportError(this, tr("The backup was not restored"), message);
}

} // namespace helios::ui

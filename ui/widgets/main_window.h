#pragma once

#include "core/domain/backup_info.h"
#include "ui/dialogs/new_goal_dialog.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QListView;
class QSplitter;
class QStackedWidget;

namespace helios::ui {

class BackupPrompts;
class EmptyStateWidget;
class ErrorReporter;
class PlanDetailView;
class PlansViewModel;

// Plans on the left, the selected plan on the right; an empty state while there is nothing to
// show. Binds to PlansViewModel and forwards intent to it; it never sees the store.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(PlansViewModel &viewModel, ErrorReporter &errors, QWidget *parent = nullptr);
    ~MainWindow() override;

    QAction *newGoalAction() const { return m_newGoal; }
    QAction *restoreBackupAction() const { return m_restoreBackup; }
    // Offers backups when the database fails, and enables File → Restore from backup….
    void setBackupPrompts(BackupPrompts *prompts);
    QListView *planView() const { return m_planView; }
    PlanDetailView *detailView() const { return m_detail; }
    EmptyStateWidget *emptyState() const { return m_emptyState; }
    bool isShowingPlans() const;
    NewGoalDialog *newGoalDialog() const { return m_dialog; } // the open one, or nullptr

public Q_SLOTS:
    void openNewGoalDialog();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updatePage();
    void selectRowOfSelectedPlan();
    void onCurrentRowChanged(const QModelIndex &current);
    void showStatus(const QString &message);
    void reportStorageFailure(const QString &message);
    // main_window_backups.cpp
    void offerLatestBackup(const QString &problem);
    void chooseBackup(const QList<BackupInfo> &backups);
    void onRestoreFinished(bool restored, const QString &message);
    void restoreSettings();
    void saveSettings() const;

    PlansViewModel &m_viewModel;
    ErrorReporter &m_errors;
    QAction *m_newGoal = nullptr;
    QAction *m_restoreBackup = nullptr;
    BackupPrompts *m_backupPrompts = nullptr;
    QStackedWidget *m_pages = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QSplitter *m_content = nullptr;
    QListView *m_planView = nullptr;
    PlanDetailView *m_detail = nullptr;
    QPointer<NewGoalDialog> m_dialog;
};

} // namespace helios::ui

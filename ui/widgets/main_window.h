#pragma once

#include "core/domain/backup_info.h"
#include "core/domain/job.h"
#include "ui/dialogs/new_goal_dialog.h"
#include "ui/settings/settings_dialog.h"
#include "ui/settings/settings_services.h"
#include "ui/viewmodels/adapt_plan_view_model.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QListView;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace helios::ui {

class BackgroundNotifier;
class BackupPrompts;
class GoalPlanningViewModel;
class EmptyStateWidget;
class ErrorReporter;
class PerformanceDashboard;
class PerformanceViewModel;
class PlanActions;
class PlanDeletion;
class PlanDetailView;
class PlanEditActions;
class PlanEditor;
class PlansViewModel;
class PlanVersionActions;

// Plans on the left, the selected plan on the right; an empty state while there is nothing to
// show. Binds to PlansViewModel and forwards intent to it; it never sees the store.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // performance: the dashboard's view-model (View → Performance); none disables the entry.
    MainWindow(PlansViewModel &viewModel, ErrorReporter &errors,
               PerformanceViewModel *performance = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    QAction *newGoalAction() const { return m_newGoal; }
    PlanActions *planActions() const { return m_actions; }
    PlanDeletion *planDeletion() const { return m_deletion; }
    QAction *restoreBackupAction() const { return m_restoreBackup; }
    // Offers backups when the database fails, and enables File → Restore from backup….
    void setBackupPrompts(BackupPrompts *prompts);
    QListView *planView() const { return m_planView; }
    PlanDetailView *detailView() const { return m_detail; }
    EmptyStateWidget *emptyState() const { return m_emptyState; }
    bool isShowingPlans() const;
    NewGoalDialog *newGoalDialog() const { return m_dialog; } // the open one, or nullptr
    // Enables New goal: plans go through the planning team with a preview (see NewGoalDialog).
    void setGoalPlanning(GoalPlanningViewModel *planning);
    BackgroundNotifier *notifier() const { return m_notifier; }
    // Enables Tools → Settings…; without complete services the action stays disabled.
    void setSettingsServices(SettingsServices services);
    QAction *settingsAction() const { return m_settingsAction; }
    SettingsDialog *settingsDialog() const { return m_settingsDialog; } // the open one, or nullptr

    // Enables Plan → Adapt plan… and Version history…; team: the model's planning team for
    // "Revise with the model", when one is configured.
    void setVersionService(VersionService *service, AdaptPlanViewModel::TeamProvider team = {});
    PlanVersionActions *versionActions() const { return m_versionActions; }
    // Enables editing the shown plan (Edit → Add task, Edit task…, …, the timeline's bars).
    void setPlanEditor(PlanEditor *editor);
    PlanEditActions *editActions() const { return m_editActions; }

    QAction *performanceAction() const { return m_performance; }
    PerformanceDashboard *performanceDashboard() const { return m_dashboard; } // once opened

public Q_SLOTS:
    void openNewGoalDialog();
    // Offers, without blocking, to plan again the goals of generations a crash interrupted.
    void offerToPlanAgain(const QList<helios::Job> &jobs);
    // Opens New goal filled with the job's goal, deadline, hours and planner.
    void planAgain(const helios::Job &job);
    void openSettingsDialog();
    void openPerformanceDashboard();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updatePage();
    void selectRowOfSelectedPlan();
    void onCurrentRowChanged(const QModelIndex &current);
    void showStatus(const QString &message);
    void onGenerationFinished(bool succeeded, const QString &message);
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
    GoalPlanningViewModel *m_planning = nullptr;
    BackgroundNotifier *m_notifier = nullptr;
    QAction *m_settingsAction = nullptr;
    SettingsServices m_settingsServices;
    QPointer<SettingsDialog> m_settingsDialog;
    PerformanceViewModel *m_performanceViewModel = nullptr;
    QAction *m_performance = nullptr;
    PerformanceDashboard *m_dashboard = nullptr;
    PlanActions *m_actions = nullptr;
    PlanDeletion *m_deletion = nullptr;
    PlanVersionActions *m_versionActions = nullptr;
    PlanEditActions *m_editActions = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
};

} // namespace helios::ui

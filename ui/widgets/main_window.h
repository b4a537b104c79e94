#pragma once

#include "core/domain/backup_info.h"
#include "core/domain/job.h"
#include "ui/dialogs/new_goal_dialog.h"
#include "ui/settings/settings_dialog.h"
#include "ui/settings/settings_services.h"
#include "ui/viewmodels/adapt_plan_view_model.h"

#include <QMainWindow>
#include <QPointer>

class QAbstractButton;
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
class PlansViewModel;
class PlanVersionActions;
class TodayView;
class TodayViewModel;

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

    // Shows Today (main_window_today.cpp): the day's list across plans, opened first once any
    // plan exists, with Reschedule all overdue through versions (may be null: no rescheduling).
    void setToday(TodayViewModel *today, VersionService *versions);
    TodayView *todayView() const { return m_todayView; }
    QAbstractButton *todayButton() const { return m_todayButton; }
    QAction *todayAction() const { return m_todayAction; }
    bool isShowingToday() const;

    // Enables Plan → Adapt plan… and Version history…; team: the model's planning team for
    // "Revise with the model", when one is configured.
    void setVersionService(VersionService *service, AdaptPlanViewModel::TeamProvider team = {});
    PlanVersionActions *versionActions() const { return m_versionActions; }

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
    // The Today page, or the selected plan (main_window_today.cpp).
    void showToday();
    void showPlan();
    // Shows the window (from the tray or a reminder) on the task's plan with the task selected;
    // on Today when taskId is 0.
    void openTask(qint64 planId, qint64 taskId);
    void rescheduleOverdue();

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
    // main_window_today.cpp
    void selectPendingTask();
    void updateTodayButton();

    PlansViewModel &m_viewModel;
    ErrorReporter &m_errors;
    QAction *m_newGoal = nullptr;
    QAction *m_restoreBackup = nullptr;
    BackupPrompts *m_backupPrompts = nullptr;
    QStackedWidget *m_pages = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QSplitter *m_content = nullptr;
    QWidget *m_left = nullptr;            // the Today button (when set) above the plan list
    QStackedWidget *m_right = nullptr;    // Today or the selected plan
    QListView *m_planView = nullptr;
    PlanDetailView *m_detail = nullptr;
    TodayViewModel *m_today = nullptr;
    VersionService *m_versionService = nullptr;
    TodayView *m_todayView = nullptr;
    QAbstractButton *m_todayButton = nullptr;
    QAction *m_todayAction = nullptr;
    bool m_openedOnToday = false;
    qint64 m_pendingTaskId = 0; // selected once its plan is shown
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
    QMenu *m_helpMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
};

} // namespace helios::ui

#pragma once

#include "core/domain/backup_info.h"
#include "core/domain/job.h"
#include "ui/dialogs/new_goal_dialog.h"
#include "ui/dialogs/template_gallery_dialog.h"
#include "ui/settings/settings_dialog.h"
#include "ui/settings/settings_services.h"
#include "ui/viewmodels/version_dialogs.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

class QAbstractButton;
class QAction;
class QListView;
class QMenu;
class QSplitter;
class QStackedWidget;
class QSystemTrayIcon;

namespace helios::ui {

class BackgroundNotifier;
class FileChooser;
class TemplateGalleryViewModel;
class BackupPrompts;
class BackupsViewModel;
class GoalPlanningViewModel;
class EmptyStateWidget;
class ErrorReporter;
class PerformanceDashboard;
class PerformanceViewModel;
class PlanActions;
class PlanDeletion;
class PlanDetailView;
class PlanEditActions;
class PlansViewModel;
class PlanVersionActions;
class PendingPlanDeletion;
class UndoBar;
class TaskEditsViewModel;
class TodayView;
class TodayViewModel;

// Plans on the left, the selected plan on the right; an empty state while there is nothing to
// show. Binds to the view-models it is given and forwards intent to them; it never sees the
// storage.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // What the window shows and offers, all given at construction (a new feature adds a member
    // here, optional unless the window cannot work without it). Everything given must outlive
    // the window; a part left out disables what it is for.
    struct Parts
    {
        PlansViewModel &plans;
        TaskEditsViewModel &edits;
        ErrorReporter &errors;
        // File → Restore from backup…, and the offer of the latest backup when the storage
        // fails to open; both need the two.
        BackupsViewModel *backups = nullptr;
        BackupPrompts *backupPrompts = nullptr;
        // View → Performance.
        PerformanceViewModel *performance = nullptr;
        // New goal: plans go through the planning team with a preview (see NewGoalDialog).
        GoalPlanningViewModel *planning = nullptr;
        // Tools → Settings…; without complete services the action stays disabled.
        SettingsServices settings = {};
        // Plan → Adapt plan… and Version history….
        VersionDialogs versions = {};
        // File → Template gallery… and Save plan as template, and New goal's "From a
        // template…" (the gallery's "Use this template" opens New goal's preview with its
        // tasks); template files are chosen with `templateFiles`. Both, or neither.
        TemplateGalleryViewModel *gallery = nullptr;
        FileChooser *templateFiles = nullptr;
        // The Today page (View → Today, Ctrl+1): every plan's tasks for today, opened first
        // once any plan exists; the plan list counts the overdue tasks from it.
        TodayViewModel *today = nullptr;
        // The application's tray icon (AppTray): closing the window can keep Helios running
        // there (asked once, remembered in the settings file); the window's messages use it.
        QSystemTrayIcon *tray = nullptr;
    };

    explicit MainWindow(Parts parts, QWidget *parent = nullptr);
    ~MainWindow() override;

    QAction *newGoalAction() const { return m_newGoal; }
    PlanActions *planActions() const { return m_actions; }
    PlanDeletion *planDeletion() const { return m_deletion; }
    // A deleted plan waiting for its deletion, with the bar that brings it back.
    PendingPlanDeletion *pendingDeletion() const { return m_pendingDeletion; }
    UndoBar *undoBar() const { return m_undoBar; }
    QAction *restoreBackupAction() const { return m_restoreBackup; }
    QListView *planView() const { return m_planView; }
    PlanDetailView *detailView() const { return m_detail; }
    EmptyStateWidget *emptyState() const { return m_emptyState; }
    bool isShowingPlans() const;
    NewGoalDialog *newGoalDialog() const { return m_dialog; } // the open one, or nullptr
    BackgroundNotifier *notifier() const { return m_notifier; }
    QAction *settingsAction() const { return m_settingsAction; }
    SettingsDialog *settingsDialog() const { return m_settingsDialog; } // the open one, or nullptr

    PlanVersionActions *versionActions() const { return m_versionActions; }
    // Editing the shown plan (Edit → Add task, Edit task…, …): enabled when the edits' view-model
    // has a PlanEditor.
    PlanEditActions *editActions() const { return m_editActions; }

    QAction *templateGalleryAction() const { return m_templateGallery; }
    QAction *saveAsTemplateAction() const { return m_saveAsTemplate; }
    TemplateGalleryDialog *templateGalleryDialog() const { return m_galleryDialog; } // the open one

    QAction *performanceAction() const { return m_performance; }
    PerformanceDashboard *performanceDashboard() const { return m_dashboard; } // once opened

    // Today (main_window_today.cpp), when the parts have it.
    TodayView *todayView() const { return m_todayView; }
    QAbstractButton *todayButton() const { return m_todayButton; }
    QAction *todayAction() const { return m_todayAction; }
    bool isShowingToday() const;

    // Closing with a tray (main_window_tray.cpp): the open "keep running?" question, or nullptr.
    QMessageBox *keepRunningQuestion() const { return m_keepRunningQuestion; }

public Q_SLOTS:
    void openNewGoalDialog();
    // Offers, without blocking, to plan again the goals of generations a crash interrupted.
    void offerToPlanAgain(const QList<helios::Job> &jobs);
    // Opens New goal filled with the job's goal, deadline, hours and planner.
    void planAgain(const helios::Job &job);
    void openSettingsDialog();
    void openPerformanceDashboard();
    void openTemplateGallery();
    // The Today page, or the selected plan (main_window_today.cpp).
    void showToday();
    void showPlan();
    // Shows the task's plan with the task selected.
    void openTask(qint64 planId, qint64 taskId);
    // Brings the window back from the tray or from behind others (main_window_tray.cpp).
    void bringBack();
    // Closes the window for good, whatever the tray setting (the tray's Quit): as the last
    // window, so the application quits. Whether it closed.
    bool quit();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updatePage();
    void selectRowOfSelectedPlan();
    void onCurrentRowChanged(const QModelIndex &current);
    void showStatus(const QString &message);
    void onGenerationFinished(bool succeeded, const QString &message);
    void useTemplate(const helios::Plan &draft, const helios::Goal &goal);
    void updateTemplateActions();
    void connectTemplateGallery();
    void reportStorageFailure(const QString &message);
    // main_window_backups.cpp
    void connectPlanning();
    void connectBackups();
    void offerLatestBackup(const QString &problem);
    void chooseBackup(const QList<BackupInfo> &backups);
    void onRestoreFinished(bool restored, const QString &message);
    void restoreSettings();
    void saveSettings() const;
    // main_window_today.cpp
    void connectToday();
    void createTodayButton();
    void selectPendingTask();
    void updateTodayButton();
    // main_window_tray.cpp: whether this close only hides the window (asking first, once).
    bool keepsRunningOnClose();
    void askKeepRunning();

    PlansViewModel &m_viewModel;
    TaskEditsViewModel &m_edits;
    ErrorReporter &m_errors;
    BackupsViewModel *m_backups = nullptr;
    BackupPrompts *m_backupPrompts = nullptr;
    QAction *m_newGoal = nullptr;
    QAction *m_restoreBackup = nullptr;
    QStackedWidget *m_pages = nullptr;
    EmptyStateWidget *m_emptyState = nullptr;
    QSplitter *m_content = nullptr;
    QWidget *m_left = nullptr;         // the Today button (with Today) above the plan list
    QStackedWidget *m_right = nullptr; // Today or the selected plan
    QListView *m_planView = nullptr;
    PlanDetailView *m_detail = nullptr;
    TodayViewModel *m_today = nullptr;
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
    PendingPlanDeletion *m_pendingDeletion = nullptr;
    UndoBar *m_undoBar = nullptr;
    PlanVersionActions *m_versionActions = nullptr;
    PlanEditActions *m_editActions = nullptr;
    TemplateGalleryViewModel *m_gallery = nullptr;
    FileChooser *m_chooser = nullptr;
    QAction *m_templateGallery = nullptr;
    QAction *m_saveAsTemplate = nullptr;
    QPointer<TemplateGalleryDialog> m_galleryDialog;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QPointer<QMessageBox> m_keepRunningQuestion;
    bool m_quitting = false;
};

} // namespace helios::ui

#pragma once

#include "core/domain/backup_info.h"
#include "core/domain/goal.h"
#include "core/domain/plan.h"
#include "core/domain/result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <qcoro/qcorotask.h>

#include <functional>

class QUndoStack;

namespace helios {
class PlanService;
}

namespace helios::ui {

class PlanListModel;
class TaskTableModel;

// What the main window shows and what it can do, with no widgets: the list of plans, the
// selected plan and its tasks, and intents (show a plan New goal created, change a task's status)
// carried out through PlanService coroutines. Nothing here waits: every call returns at once and
// the result arrives later through the models and the signals below. A coroutine that finishes
// after this object is gone does not touch it.
class PlansViewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool hasPlans READ hasPlans NOTIFY hasPlansChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(
        qint64 selectedPlanId READ selectedPlanId WRITE selectPlan NOTIFY selectedPlanIdChanged)
    Q_PROPERTY(bool selectedPlanAtRisk READ selectedPlanAtRisk NOTIFY currentPlanChanged)
    Q_PROPERTY(double selectedPlanHoursShort READ selectedPlanHoursShort NOTIFY currentPlanChanged)
    Q_PROPERTY(QString statusMessage READ statusMessage NOTIFY statusMessageChanged)
    Q_PROPERTY(bool statusIsError READ statusIsError NOTIFY statusMessageChanged)
    Q_PROPERTY(QString storageFailure READ storageFailure NOTIFY storageFailed)

public:
    enum class State {
        Opening, // the store is being opened
        Ready,
        Failed, // the store could not be opened; statusMessage says why
    };
    Q_ENUM(State)

    // Opens the storage (Store::open in the application); called once by start().
    using StorageOpener = std::function<QCoro::Task<Status>()>;
    // Lists the backups of the database, newest first (Store::backups in the application).
    using BackupLister = std::function<QCoro::Task<Result<QList<BackupInfo>>>()>;
    // Restores one and reopens the storage (Store::restore in the application).
    using BackupRestorer = std::function<QCoro::Task<Result<RestoreOutcome>>(QString)>;
    // Today's date; a parameter so that tests can fix it.
    using Clock = std::function<QDate()>;

    PlansViewModel(PlanService &service, StorageOpener openStorage, QObject *parent = nullptr);
    ~PlansViewModel() override;

    PlanListModel *planListModel() const { return m_planList; }
    TaskTableModel *taskTableModel() const { return m_taskTable; }
    // Status and notes edits made through editTaskStatus/editTaskNotes, to undo and redo.
    QUndoStack *undoStack() const { return m_undoStack; }

    State state() const { return m_state; }
    bool hasPlans() const;
    // True while any store operation started here is still running.
    bool isBusy() const { return m_pendingOperations > 0; }
    qint64 selectedPlanId() const { return m_selectedPlanId; }
    // The selected plan with its tasks; id 0 while nothing is selected or it is loading.
    const Plan &currentPlan() const { return m_currentPlan; }
    bool selectedPlanAtRisk() const { return m_currentPlan.atRisk; }
    double selectedPlanHoursShort() const { return m_currentPlan.hoursShort; }
    QString statusMessage() const { return m_statusMessage; }
    bool statusIsError() const { return m_statusIsError; }

    // Why the storage could not be opened; empty while it is fine.
    QString storageFailure() const { return m_storageFailure; }
    // The backup to offer when the storage failed: the newest one that is not a database a
    // restore replaced. An empty path when there is none (or no backup access).
    const BackupInfo &latestBackup() const { return m_latestBackup; }
    void setBackupAccess(BackupLister list, BackupRestorer restore);
    bool hasBackupAccess() const { return bool(m_listBackups) && bool(m_restoreBackup); }

    QDate today() const { return m_clock(); }
    void setClock(Clock clock);

public Q_SLOTS:
    // Opens the store, then loads the plans and selects the first one. Once.
    void start();
    void reload();
    void selectPlan(qint64 planId);
    // A plan just saved elsewhere (New goal's accepted preview): shown and selected at once,
    // listed when the summaries come back.
    void showCreatedPlan(const helios::Plan &plan);
    // Deletes a plan with its tasks and versions; the plan next to it in the list is selected.
    void deletePlan(qint64 planId);
    // Store writes, not recorded for undo (undo and redo themselves call these).
    void setTaskStatus(qint64 taskId, helios::TaskStatus status);
    void setTaskNotes(qint64 taskId, const QString &notes);
    // The person's edits of a task of the current plan: written and recorded for undo.
    void editTaskStatus(qint64 taskId, helios::TaskStatus status);
    void editTaskNotes(qint64 taskId, const QString &notes);
    // Reads the plan list and the current plan again.
    void refresh();
    // A plan just changed by an edit (PlanEditor), as saved: shown at once when it is the
    // selected one, and the list's figures are read again.
    void applyEditedPlan(const helios::Plan &plan);
    // Says something in the status bar (an editor's outcome).
    void showStatus(const QString &message, bool isError);
    // Lists the backups; the answer comes through backupsListed.
    void requestBackups();
    // Swaps the backup at `path` in and loads its plans; restoreFinished tells how it went.
    void restoreBackup(const QString &path);

Q_SIGNALS:
    void stateChanged(helios::ui::PlansViewModel::State state);
    void hasPlansChanged(bool hasPlans);
    void busyChanged(bool busy);
    void selectedPlanIdChanged(qint64 planId);
    void currentPlanChanged();
    void statusMessageChanged(const QString &message);

    // The storage could not be opened; latestBackup() is already known when this is emitted.
    void storageFailed(const QString &message);
    void backupsListed(const QList<helios::BackupInfo> &backups);
    void restoreFinished(bool restored, const QString &message);
    void planCreated(qint64 planId);
    void planDeleted(qint64 planId);
    void plansLoaded();

private:
    // Counts a coroutine as pending for its lifetime (and outlives this object safely).
    class PendingOperation
    {
    public:
        explicit PendingOperation(PlansViewModel *viewModel);
        ~PendingOperation();
        PendingOperation(const PendingOperation &) = delete;
        PendingOperation &operator=(const PendingOperation &) = delete;

    private:
        QPointer<PlansViewModel> m_viewModel;
    };

    QCoro::Task<> openAndLoad();
    QCoro::Task<> loadPlans(qint64 preferredPlanId);
    QCoro::Task<> loadCurrentPlan();
    QCoro::Task<> adopt(Plan plan);
    QCoro::Task<> remove(qint64 planId);
    QCoro::Task<> saveStatus(qint64 taskId, TaskStatus status);
    QCoro::Task<> saveNotes(qint64 taskId, QString notes);
    QCoro::Task<> refreshAll();
    const Task *currentTask(qint64 taskId) const;
    void applySavedTask(const Task &saved);
    QCoro::Task<> listBackups();
    QCoro::Task<> restore(QString path);

    void setState(State state);
    void setStatus(const QString &message, bool isError);
    void setCurrentPlan(Plan plan);
    void applyPlans(QList<PlanSummary> plans, qint64 preferredPlanId);

    PlanService &m_service;
    StorageOpener m_openStorage;
    BackupLister m_listBackups;
    BackupRestorer m_restoreBackup;
    QString m_storageFailure;
    BackupInfo m_latestBackup;
    Clock m_clock;
    PlanListModel *m_planList = nullptr;
    TaskTableModel *m_taskTable = nullptr;
    QUndoStack *m_undoStack = nullptr;

    State m_state = State::Opening;
    bool m_started = false;
    int m_pendingOperations = 0;
    bool m_hadPlans = false;
    qint64 m_selectedPlanId = 0;
    quint64 m_selectionGeneration = 0; // drops plan loads that a newer selection overtook
    // Drops plan lists read before a newer read started: two reads run on different store
    // workers and may come back in either order, and the older one may predate a write.
    quint64 m_listGeneration = 0;
    Plan m_currentPlan;
    QString m_statusMessage;
    bool m_statusIsError = false;
};

} // namespace helios::ui

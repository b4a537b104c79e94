#pragma once

#include "core/domain/goal.h"
#include "core/domain/plan.h"
#include "core/domain/result.h"
#include "ui/viewmodels/busy_counter.h"

#include <QDate>
#include <QObject>
#include <QSet>
#include <QString>

#include <qcoro/qcorotask.h>

#include <chrono>

#include <functional>

namespace helios {
class PlanService;
}

namespace helios::ui {

class PlanListModel;
class TaskTableModel;

// The plan list and the selection, with no widgets: opening the storage, the list of plans, the
// selected plan and its tasks, a plan New goal created, deleting a plan, and the window's status
// line. Task edits and undo (TaskEditsViewModel) and backups (BackupsViewModel) sit beside it and
// show what they changed through it. Nothing here waits: every call returns at once and the
// result arrives later through the models and the signals below. A call that finishes after
// this object is gone does not touch it.
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
        Opening, // the storage is being opened (or a backup restored)
        Ready,
        Failed, // the storage could not be opened; statusMessage says why
    };
    Q_ENUM(State)

    // Opens the storage (Store::open in the application); called once by start().
    using StorageOpener = std::function<QCoro::Task<Status>()>;
    // Today's date; a parameter so that tests can fix it.
    using Clock = std::function<QDate()>;

    // What the list needs. plans must outlive the view-model.
    struct Services
    {
        PlanService &plans;
        StorageOpener openStorage;
        Clock clock = [] { return QDate::currentDate(); };
    };

    explicit PlansViewModel(Services services, QObject *parent = nullptr);
    ~PlansViewModel() override;

    PlanListModel *planListModel() const { return m_planList; }
    TaskTableModel *taskTableModel() const { return m_taskTable; }

    State state() const { return m_state; }
    bool hasPlans() const;
    // When the plan list shown was asked for: every change written before then is in it (for a
    // list changed here without a read, when it changed). Today compares its own read with it.
    std::chrono::steady_clock::time_point plansAskedAt() const { return m_plansAskedAt; }
    // True while a storage call started here is still running.
    bool isBusy() const { return m_busy.isBusy(); }
    qint64 selectedPlanId() const { return m_selectedPlanId; }
    // The selected plan with its tasks; id 0 while nothing is selected or it is loading.
    const Plan &currentPlan() const { return m_currentPlan; }
    // The current plan's task as stored, or nullptr. The task table may show an edit sooner: the
    // plan here changes only when the storage has it.
    const Task *currentTask(qint64 taskId) const;
    bool selectedPlanAtRisk() const { return m_currentPlan.atRisk; }
    double selectedPlanHoursShort() const { return m_currentPlan.hoursShort; }
    QString statusMessage() const { return m_statusMessage; }
    bool statusIsError() const { return m_statusIsError; }
    // Why the storage could not be opened; empty while it is fine.
    QString storageFailure() const { return m_storageFailure; }
    QDate today() const { return m_clock(); }

    // For the view-models beside this one (task edits, backups, import), which change what the
    // list shows:
    // A task of the current plan as the storage has it now: the plan and the table show it.
    // progressChanged (a status): currentPlanChanged, so that the plan's charts follow (the
    // list's progress follows reload()).
    void showStoredTask(const Task &task, bool progressChanged);
    // A backup restore replaces the storage under the list: Opening while it runs; then either
    // the storage was kept as it was (the state before comes back) or it was replaced (nothing
    // selected, since ids of the replaced storage mean nothing in the new one, and the plans
    // read again).
    void beginStorageReplacement();
    void storageKept();
    QCoro::Task<> storageReplaced();

public Q_SLOTS:
    // Opens the storage, then loads the plans and selects the first one. Once.
    void start();
    // Reads the plan list again, keeping the selection.
    void reload();
    void selectPlan(qint64 planId);
    // A plan just saved elsewhere (New goal's accepted preview): shown and selected at once,
    // listed when the summaries come back.
    void showCreatedPlan(const helios::Plan &plan);
    // Deletes a plan with its tasks and versions; the plan next to it in the list is selected.
    void deletePlan(qint64 planId);
    // A plan waiting for its deletion (PendingPlanDeletion): gone from the list at once (the
    // plan next to it selected) but still stored; unhidePlan lists and selects it again. Kept
    // in memory only.
    void hidePlan(qint64 planId);
    void unhidePlan(qint64 planId);
    // Reads the plan list and the current plan again.
    void refresh();
    // Reads the current plan again (after a failed edit: the table shows it as stored).
    void reloadCurrentPlan();
    // The window's status line (errors are logged too).
    void showStatus(const QString &message, bool isError);
    // A plan just changed by an edit (PlanEditor), as saved: shown at once when it is the
    // selected one, and the list's figures are read again.
    void applyEditedPlan(const helios::Plan &plan);

Q_SIGNALS:
    void stateChanged(helios::ui::PlansViewModel::State state);
    void hasPlansChanged(bool hasPlans);
    void busyChanged(bool busy);
    void selectedPlanIdChanged(qint64 planId);
    void currentPlanChanged();
    void statusMessageChanged(const QString &message);

    // The storage could not be opened (state is Failed).
    void storageFailed(const QString &message);
    void planCreated(qint64 planId);
    void planDeleted(qint64 planId);
    // An edit in the window saved this plan (applyEditedPlan): a synced plan is sent soon.
    void planEdited(qint64 planId);
    // The plans hidden (hidePlan) changed.
    void hiddenPlansChanged(const QSet<qint64> &hidden);
    void plansLoaded();

private:
    QCoro::Task<> openAndLoad();
    QCoro::Task<> loadPlans(qint64 preferredPlanId);
    QCoro::Task<> loadCurrentPlan();
    QCoro::Task<> adopt(Plan plan);
    QCoro::Task<> remove(qint64 planId);
    QCoro::Task<> refreshAll();

    void setState(State state);
    void setCurrentPlan(Plan plan);
    void applyPlans(QList<PlanSummary> plans, qint64 preferredPlanId);

    PlanService &m_service;
    StorageOpener m_openStorage;
    Clock m_clock;
    BusyCounter m_busy;
    QString m_storageFailure;
    PlanListModel *m_planList = nullptr;
    TaskTableModel *m_taskTable = nullptr;

    State m_state = State::Opening;
    State m_stateBeforeReplacement = State::Opening;
    bool m_started = false;
    bool m_hadPlans = false;
    qint64 m_selectedPlanId = 0;
    quint64 m_selectionGeneration = 0; // drops plan loads that a newer selection overtook
    // Drops plan lists read before a newer read started: two reads run on different store
    // workers and may come back in either order, and the older one may predate a write.
    quint64 m_listGeneration = 0;
    std::chrono::steady_clock::time_point m_plansAskedAt;
    Plan m_currentPlan;
    QSet<qint64> m_hidden; // waiting for their deletion: never listed
    QString m_statusMessage;
    bool m_statusIsError = false;
};

} // namespace helios::ui

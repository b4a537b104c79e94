#include "ui/viewmodels/plans_view_model.h"

#include "core/jobs/plan_service.h"
#include "ui/models/display_format.h"
#include "ui/models/plan_list_model.h"
#include "ui/models/task_table_model.h"
#include "ui/viewmodels/task_edit_commands.h"

#include <QPointer>
#include <QUndoStack>

#include <algorithm>

namespace helios::ui {

// Every coroutine below starts with a QPointer to this object and checks it after each
// co_await: the window may have closed while the store was busy.

PlansViewModel::PendingOperation::PendingOperation(PlansViewModel *viewModel)
    : m_viewModel(viewModel)
{
    if (viewModel->m_pendingOperations++ == 0)
        Q_EMIT viewModel->busyChanged(true);
}

PlansViewModel::PendingOperation::~PendingOperation()
{
    if (m_viewModel && --m_viewModel->m_pendingOperations == 0)
        Q_EMIT m_viewModel->busyChanged(false);
}

PlansViewModel::PlansViewModel(PlanService &service, StorageOpener openStorage, QObject *parent)
    : QObject(parent), m_service(service), m_openStorage(std::move(openStorage)),
      m_clock([] { return QDate::currentDate(); }), m_planList(new PlanListModel(this)),
      m_taskTable(new TaskTableModel(this)), m_undoStack(new QUndoStack(this))
{
    connect(m_taskTable, &TaskTableModel::statusChangeRequested, this,
            &PlansViewModel::editTaskStatus);
}

PlansViewModel::~PlansViewModel() = default;

bool PlansViewModel::hasPlans() const
{
    return m_planList->rowCount() > 0;
}

void PlansViewModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void PlansViewModel::setBackupAccess(BackupLister list, BackupRestorer restore)
{
    m_listBackups = std::move(list);
    m_restoreBackup = std::move(restore);
}

void PlansViewModel::requestBackups()
{
    if (m_listBackups)
        listBackups();
}

void PlansViewModel::restoreBackup(const QString &path)
{
    if (m_restoreBackup && m_state != State::Opening)
        restore(path);
}

void PlansViewModel::start()
{
    if (m_started)
        return;
    m_started = true;
    openAndLoad();
}

void PlansViewModel::reload()
{
    if (m_state == State::Ready)
        loadPlans(m_selectedPlanId);
}

void PlansViewModel::selectPlan(qint64 planId)
{
    if (planId == m_selectedPlanId)
        return;
    m_selectedPlanId = planId;
    Q_EMIT selectedPlanIdChanged(planId);
    if (planId == 0) {
        ++m_selectionGeneration;
        m_taskTable->clear();
        setCurrentPlan({});
        return;
    }
    loadCurrentPlan();
}

void PlansViewModel::setTaskStatus(qint64 taskId, TaskStatus status)
{
    saveStatus(taskId, status);
}

void PlansViewModel::setTaskNotes(qint64 taskId, const QString &notes)
{
    saveNotes(taskId, notes);
}

// m_currentPlan still holds the stored values: TaskTableModel shows an edit at once, but the
// plan here changes only when the store has the edit.
const Task *PlansViewModel::currentTask(qint64 taskId) const
{
    for (const Task &task : m_currentPlan.tasks) {
        if (task.id == taskId)
            return &task;
    }
    return nullptr;
}

void PlansViewModel::editTaskStatus(qint64 taskId, TaskStatus status)
{
    const Task *task = currentTask(taskId);
    if (!task) {
        setTaskStatus(taskId, status);
        return;
    }
    if (task->status == status) {
        m_taskTable->updateTask(*task);
        return;
    }
    m_undoStack->push(new SetTaskStatusCommand(*this, taskId, task->title, task->status, status));
}

void PlansViewModel::editTaskNotes(qint64 taskId, const QString &notes)
{
    const Task *task = currentTask(taskId);
    if (!task) {
        setTaskNotes(taskId, notes);
        return;
    }
    if (task->notes == notes)
        return;
    m_undoStack->push(new SetTaskNotesCommand(*this, taskId, task->title, task->notes, notes));
}

void PlansViewModel::applyEditedPlan(const Plan &plan)
{
    if (m_state != State::Ready)
        return;
    if (plan.id == m_selectedPlanId && plan.id != 0) {
        ++m_selectionGeneration; // a read of the plan started before the edit is out of date
        m_taskTable->setPlan(plan);
        setCurrentPlan(plan);
    }
    loadPlans(m_selectedPlanId);
}

void PlansViewModel::showStatus(const QString &message, bool isError)
{
    setStatus(message, isError);
}

void PlansViewModel::refresh()
{
    if (m_state == State::Ready)
        refreshAll();
}

QCoro::Task<> PlansViewModel::refreshAll()
{
    QPointer self(this);
    const PendingOperation pending(this);
    const qint64 selected = m_selectedPlanId;
    co_await loadPlans(selected);
    if (!self)
        co_return;
    // loadPlans loads the plan only when the selection changed.
    if (m_selectedPlanId == selected && selected != 0)
        co_await loadCurrentPlan();
}

QCoro::Task<> PlansViewModel::openAndLoad()
{
    QPointer self(this);
    const PendingOperation pending(this);
    setState(State::Opening);
    const Status opened = co_await m_openStorage();
    if (!self)
        co_return;
    if (!opened) {
        m_storageFailure = opened.error().message;
        // The backup to offer is looked up before anyone hears of the failure.
        m_latestBackup = {};
        if (m_listBackups) {
            QCoro::Task<Result<QList<BackupInfo>>> listing = m_listBackups();
            Result<QList<BackupInfo>> backups = co_await std::move(listing);
            if (!self)
                co_return;
            for (const BackupInfo &backup : backups ? *backups : QList<BackupInfo>{}) {
                if (backup.kind != QLatin1String("replaced")) {
                    m_latestBackup = backup;
                    break;
                }
            }
        }
        setState(State::Failed);
        setStatus(m_storageFailure, true);
        Q_EMIT storageFailed(m_storageFailure);
        co_return;
    }
    setState(State::Ready);
    co_await loadPlans(0);
}

QCoro::Task<> PlansViewModel::loadPlans(qint64 preferredPlanId)
{
    QPointer self(this);
    const PendingOperation pending(this);
    const quint64 generation = ++m_listGeneration;
    QCoro::Task<Result<QList<PlanSummary>>> reading = m_service.plans();
    Result<QList<PlanSummary>> plans = co_await std::move(reading);
    if (!self || generation != m_listGeneration)
        co_return;
    if (!plans) {
        setStatus(plans.error().message, true);
        co_return;
    }
    applyPlans(std::move(plans).value(), preferredPlanId);
}

void PlansViewModel::applyPlans(QList<PlanSummary> plans, qint64 preferredPlanId)
{
    m_planList->setPlans(std::move(plans));
    if (hasPlans() != m_hadPlans) {
        m_hadPlans = hasPlans();
        Q_EMIT hasPlansChanged(m_hadPlans);
    }
    qint64 select = 0;
    if (m_planList->rowOfPlan(preferredPlanId) >= 0)
        select = preferredPlanId;
    else if (m_planList->rowOfPlan(m_selectedPlanId) >= 0)
        select = m_selectedPlanId;
    else
        select = m_planList->planIdAt(0);
    selectPlan(select);
    Q_EMIT plansLoaded();
}

QCoro::Task<> PlansViewModel::loadCurrentPlan()
{
    QPointer self(this);
    const PendingOperation pending(this);
    const quint64 generation = ++m_selectionGeneration;
    const qint64 planId = m_selectedPlanId;
    Result<Plan> plan = co_await m_service.plan(planId);
    if (!self || generation != m_selectionGeneration)
        co_return;
    if (!plan) {
        setStatus(plan.error().message, true);
        co_return;
    }
    m_taskTable->setPlan(*plan);
    setCurrentPlan(std::move(plan).value());
}

void PlansViewModel::showCreatedPlan(const Plan &plan)
{
    if (m_state != State::Ready || plan.id <= 0)
        return;
    adopt(plan);
}

void PlansViewModel::deletePlan(qint64 planId)
{
    if (m_state != State::Ready || m_planList->rowOfPlan(planId) < 0)
        return;
    remove(planId);
}

QCoro::Task<> PlansViewModel::remove(qint64 planId)
{
    QPointer self(this);
    const PendingOperation pending(this);
    // The neighbour below, else above, is shown next.
    const int row = m_planList->rowOfPlan(planId);
    qint64 next = m_planList->planIdAt(row + 1);
    if (next == 0 && row > 0)
        next = m_planList->planIdAt(row - 1);
    auto deleting = m_service.deletePlan(planId);
    const Status deleted = co_await deleting;
    if (!self)
        co_return;
    if (!deleted) {
        setStatus(deleted.error().message, true);
        co_return;
    }
    // Edits of the deleted plan's tasks can no longer be undone.
    m_undoStack->clear();
    if (m_selectedPlanId == planId)
        selectPlan(0);
    auto loading = loadPlans(next);
    co_await loading;
    if (!self)
        co_return;
    setStatus(tr("Plan deleted."), false);
    Q_EMIT planDeleted(planId);
}

QCoro::Task<> PlansViewModel::adopt(Plan plan)
{
    QPointer self(this);
    const PendingOperation pending(this);
    // Show the new plan at once; the list follows when the summaries come back.
    const qint64 planId = plan.id;
    ++m_selectionGeneration;
    m_selectedPlanId = planId;
    Q_EMIT selectedPlanIdChanged(planId);
    m_taskTable->setPlan(plan);
    setCurrentPlan(std::move(plan));

    auto loading = loadPlans(planId);
    co_await loading;
    if (!self)
        co_return;
    setStatus(tr("Plan created."), false);
    Q_EMIT planCreated(planId);
}

QCoro::Task<> PlansViewModel::saveStatus(qint64 taskId, TaskStatus status)
{
    QPointer self(this);
    const PendingOperation pending(this);
    Result<Task> saved = co_await m_service.setTaskStatus(taskId, status);
    if (!self)
        co_return;
    if (!saved) {
        setStatus(saved.error().message, true);
        // Put the table back as the store has it.
        if (m_selectedPlanId != 0)
            co_await loadCurrentPlan();
        co_return;
    }

    applySavedTask(*saved);
    Q_EMIT currentPlanChanged();
    setStatus(tr("“%1” is now %2.").arg(saved->title, statusLabel(saved->status)), false);
    co_await loadPlans(m_selectedPlanId);
}

QCoro::Task<> PlansViewModel::saveNotes(qint64 taskId, QString notes)
{
    QPointer self(this);
    const PendingOperation pending(this);
    QCoro::Task<Result<Task>> saving = m_service.setTaskNotes(taskId, std::move(notes));
    Result<Task> saved = co_await std::move(saving);
    if (!self)
        co_return;
    if (!saved) {
        setStatus(saved.error().message, true);
        if (m_selectedPlanId != 0)
            co_await loadCurrentPlan();
        co_return;
    }
    // Notes change neither progress nor charts: the table and the details pane follow the
    // table's dataChanged, without a currentPlanChanged that would redraw the whole plan.
    applySavedTask(*saved);
    setStatus(tr("Notes of “%1” saved.").arg(saved->title), false);
}

void PlansViewModel::applySavedTask(const Task &saved)
{
    auto it = std::find_if(m_currentPlan.tasks.begin(), m_currentPlan.tasks.end(),
                           [&](const Task &t) { return t.id == saved.id; });
    if (it != m_currentPlan.tasks.end())
        *it = saved;
    m_taskTable->updateTask(saved);
}

QCoro::Task<> PlansViewModel::listBackups()
{
    QPointer self(this);
    const PendingOperation pending(this);
    QCoro::Task<Result<QList<BackupInfo>>> listing = m_listBackups();
    Result<QList<BackupInfo>> backups = co_await std::move(listing);
    if (!self)
        co_return;
    if (!backups) {
        setStatus(backups.error().message, true);
        co_return;
    }
    Q_EMIT backupsListed(*backups);
}

QCoro::Task<> PlansViewModel::restore(QString path)
{
    QPointer self(this);
    const PendingOperation pending(this);
    const State before = m_state;
    setState(State::Opening);
    QCoro::Task<Result<RestoreOutcome>> restoring = m_restoreBackup(path);
    Result<RestoreOutcome> outcome = co_await std::move(restoring);
    if (!self)
        co_return;
    if (!outcome) {
        // A refused backup changed nothing: the storage is as open (or as failed) as before.
        setState(before);
        setStatus(outcome.error().message, true);
        Q_EMIT restoreFinished(false, outcome.error().message);
        co_return;
    }
    m_storageFailure.clear();
    m_latestBackup = {};
    selectPlan(0); // ids of the replaced database mean nothing in the restored one
    setState(State::Ready);
    co_await loadPlans(0);
    if (!self)
        co_return;
    setStatus(tr("The backup was restored."), false);
    Q_EMIT restoreFinished(true, QString());
}

void PlansViewModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void PlansViewModel::setStatus(const QString &message, bool isError)
{
    if (isError)
        qWarning("%s", qPrintable(message));
    m_statusMessage = message;
    m_statusIsError = isError;
    // Emitted even when the text repeats: the status bar shows it again.
    Q_EMIT statusMessageChanged(message);
}

void PlansViewModel::setCurrentPlan(Plan plan)
{
    m_currentPlan = std::move(plan);
    Q_EMIT currentPlanChanged();
}

} // namespace helios::ui

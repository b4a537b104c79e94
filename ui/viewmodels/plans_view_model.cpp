#include "ui/viewmodels/plans_view_model.h"

#include "core/jobs/plan_service.h"
#include "ui/models/plan_list_model.h"
#include "ui/models/task_table_model.h"

#include <QPointer>

#include <algorithm>

namespace helios::ui {

// Every coroutine below starts with a QPointer to this object and checks it after each
// co_await: the window may have closed while the storage was busy.

PlansViewModel::PlansViewModel(Services services, QObject *parent)
    : QObject(parent), m_service(services.plans), m_openStorage(std::move(services.openStorage)),
      m_clock(std::move(services.clock)),
      m_busy(this, [this](bool busy) { Q_EMIT busyChanged(busy); }),
      m_planList(new PlanListModel(this)), m_taskTable(new TaskTableModel(this))
{}

PlansViewModel::~PlansViewModel() = default;

bool PlansViewModel::hasPlans() const
{
    return m_planList->rowCount() > 0;
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

const Task *PlansViewModel::currentTask(qint64 taskId) const
{
    for (const Task &task : m_currentPlan.tasks) {
        if (task.id == taskId)
            return &task;
    }
    return nullptr;
}

void PlansViewModel::showStoredTask(const Task &task, bool progressChanged)
{
    auto it = std::find_if(m_currentPlan.tasks.begin(), m_currentPlan.tasks.end(),
                           [&](const Task &t) { return t.id == task.id; });
    if (it != m_currentPlan.tasks.end())
        *it = task;
    m_taskTable->updateTask(task);
    // Notes change neither progress nor charts: the table and the details pane follow the
    // table's dataChanged, without a currentPlanChanged that would redraw the whole plan.
    if (progressChanged)
        Q_EMIT currentPlanChanged();
}

void PlansViewModel::reloadCurrentPlan()
{
    if (m_selectedPlanId != 0)
        loadCurrentPlan();
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
    if (plan.id != 0)
        Q_EMIT planEdited(plan.id);
    loadPlans(m_selectedPlanId);
}

void PlansViewModel::refresh()
{
    if (m_state == State::Ready)
        refreshAll();
}

QCoro::Task<> PlansViewModel::refreshAll()
{
    QPointer self(this);
    const auto busy = m_busy.enter();
    const qint64 selected = m_selectedPlanId;
    QCoro::Task<> loading = loadPlans(selected);
    co_await loading;
    if (!self)
        co_return;
    // loadPlans loads the plan only when the selection changed.
    if (m_selectedPlanId == selected && selected != 0) {
        QCoro::Task<> loadingPlan = loadCurrentPlan();
        co_await loadingPlan;
    }
}

QCoro::Task<> PlansViewModel::openAndLoad()
{
    QPointer self(this);
    const auto busy = m_busy.enter();
    setState(State::Opening);
    QCoro::Task<Status> opening = m_openStorage();
    const Status opened = co_await opening;
    if (!self)
        co_return;
    if (!opened) {
        m_storageFailure = opened.error().message;
        setState(State::Failed);
        showStatus(m_storageFailure, true);
        Q_EMIT storageFailed(m_storageFailure);
        co_return;
    }
    setState(State::Ready);
    QCoro::Task<> loading = loadPlans(0);
    co_await loading;
}

QCoro::Task<> PlansViewModel::loadPlans(qint64 preferredPlanId)
{
    QPointer self(this);
    const auto busy = m_busy.enter();
    const quint64 generation = ++m_listGeneration;
    const auto askedAt = std::chrono::steady_clock::now();
    QCoro::Task<Result<QList<PlanSummary>>> reading = m_service.plans();
    Result<QList<PlanSummary>> plans = co_await reading;
    if (!self || generation != m_listGeneration)
        co_return;
    if (!plans) {
        showStatus(plans.error().message, true);
        co_return;
    }
    m_plansAskedAt = askedAt;
    applyPlans(std::move(plans).value(), preferredPlanId);
}

void PlansViewModel::applyPlans(QList<PlanSummary> plans, qint64 preferredPlanId)
{
    plans.removeIf([this](const PlanSummary &plan) { return m_hidden.contains(plan.id); });
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
    const auto busy = m_busy.enter();
    const quint64 generation = ++m_selectionGeneration;
    const qint64 planId = m_selectedPlanId;
    QCoro::Task<Result<Plan>> reading = m_service.plan(planId);
    Result<Plan> plan = co_await reading;
    if (!self || generation != m_selectionGeneration)
        co_return;
    if (!plan) {
        showStatus(plan.error().message, true);
        co_return;
    }
    m_taskTable->setToday(today());
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
    if (m_state != State::Ready ||
        (m_planList->rowOfPlan(planId) < 0 && !m_hidden.contains(planId)))
        return;
    remove(planId);
}

void PlansViewModel::hidePlan(qint64 planId)
{
    const int row = m_planList->rowOfPlan(planId);
    if (m_state != State::Ready || row < 0)
        return;
    // The neighbour below, else above, is shown next, as after a deletion.
    qint64 next = m_planList->planIdAt(row + 1);
    if (next == 0 && row > 0)
        next = m_planList->planIdAt(row - 1);
    m_hidden.insert(planId);
    if (m_selectedPlanId == planId)
        selectPlan(0);
    m_plansAskedAt = std::chrono::steady_clock::now();
    applyPlans(m_planList->plans(), next);
    Q_EMIT hiddenPlansChanged(m_hidden);
}

void PlansViewModel::unhidePlan(qint64 planId)
{
    if (!m_hidden.remove(planId))
        return;
    Q_EMIT hiddenPlansChanged(m_hidden);
    if (m_state == State::Ready)
        loadPlans(planId);
}

QCoro::Task<> PlansViewModel::remove(qint64 planId)
{
    QPointer self(this);
    const auto busy = m_busy.enter();
    // The neighbour below, else above, is shown next; a hidden plan's neighbour already is.
    const int row = m_planList->rowOfPlan(planId);
    qint64 next = row < 0 ? m_selectedPlanId : m_planList->planIdAt(row + 1);
    if (next == 0 && row > 0)
        next = m_planList->planIdAt(row - 1);
    QCoro::Task<Status> deleting = m_service.deletePlan(planId);
    const Status deleted = co_await deleting;
    if (!self)
        co_return;
    if (m_hidden.remove(planId))
        Q_EMIT hiddenPlansChanged(m_hidden);
    if (!deleted) {
        showStatus(deleted.error().message, true);
        if (row < 0) // it was hidden: it is still there, so it is listed again
            loadPlans(m_selectedPlanId);
        co_return;
    }
    if (m_selectedPlanId == planId)
        selectPlan(0);
    QCoro::Task<> loading = loadPlans(next);
    co_await loading;
    if (!self)
        co_return;
    showStatus(tr("Plan deleted."), false);
    Q_EMIT planDeleted(planId);
}

QCoro::Task<> PlansViewModel::adopt(Plan plan)
{
    QPointer self(this);
    const auto busy = m_busy.enter();
    // Show the new plan at once; the list follows when the summaries come back.
    const qint64 planId = plan.id;
    ++m_selectionGeneration;
    m_selectedPlanId = planId;
    Q_EMIT selectedPlanIdChanged(planId);
    m_taskTable->setToday(today());
    m_taskTable->setPlan(plan);
    setCurrentPlan(std::move(plan));

    QCoro::Task<> loading = loadPlans(planId);
    co_await loading;
    if (!self)
        co_return;
    showStatus(tr("Plan created."), false);
    Q_EMIT planCreated(planId);
}

void PlansViewModel::beginStorageReplacement()
{
    m_stateBeforeReplacement = m_state;
    setState(State::Opening);
}

void PlansViewModel::storageKept()
{
    setState(m_stateBeforeReplacement);
}

QCoro::Task<> PlansViewModel::storageReplaced()
{
    const auto busy = m_busy.enter();
    m_storageFailure.clear();
    selectPlan(0);
    setState(State::Ready);
    QCoro::Task<> loading = loadPlans(0);
    co_await loading;
}

void PlansViewModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void PlansViewModel::showStatus(const QString &message, bool isError)
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

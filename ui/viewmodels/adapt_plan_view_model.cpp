#include "ui/viewmodels/adapt_plan_view_model.h"

#include <algorithm>

#include "core/agents/planning_team.h"
#include "core/jobs/merged_first.h"
#include "core/jobs/version_service.h"
#include "ui/models/plan_diff_model.h"
#include "ui/viewmodels/plans_view_model.h"

#include <QPointer>

namespace helios::ui {

namespace {

QString stageText(agents::PlanningStage stage)
{
    switch (stage) {
    case agents::PlanningStage::Analysing:
        return AdaptPlanViewModel::tr("Analysing the goal…");
    case agents::PlanningStage::Researching:
        return AdaptPlanViewModel::tr("Researching…");
    case agents::PlanningStage::Planning:
        return AdaptPlanViewModel::tr("The model revises the remaining tasks…");
    case agents::PlanningStage::Scheduling:
        return AdaptPlanViewModel::tr("Scheduling the tasks…");
    case agents::PlanningStage::Repairing:
        return AdaptPlanViewModel::tr("Asking the model to correct its answer…");
    }
    return {};
}

} // namespace

// Every coroutine below holds a QPointer to this object and checks it after each co_await: the
// dialog may have closed while the store or the model was busy.

AdaptPlanViewModel::AdaptPlanViewModel(VersionService &versions, PlansViewModel &plans,
                                       TeamProvider team, QObject *parent)
    : QObject(parent), m_versions(versions), m_plans(plans), m_team(std::move(team)),
      m_diffModel(new PlanDiffModel(this))
{}

AdaptPlanViewModel::~AdaptPlanViewModel()
{
    // The model's request is aborted rather than left running for nobody; the new generation
    // keeps a coroutine that the abort resumes from touching this half-destroyed object.
    ++m_generation;
    if (m_cancel)
        m_cancel->cancel();
}

bool AdaptPlanViewModel::canReviseWithModel() const
{
    return m_team && m_team() != nullptr;
}

QString AdaptPlanViewModel::summary() const
{
    return m_diffModel->summary();
}

void AdaptPlanViewModel::propose(std::optional<QDate> newDeadline,
                                 std::optional<double> newHoursPerWeek)
{
    if (isBusy() || m_plans.selectedPlanId() == 0)
        return;
    runProposal(m_plans.selectedPlanId(), newDeadline, newHoursPerWeek, false);
}

void AdaptPlanViewModel::proposeForPlan(qint64 planId)
{
    if (isBusy() || planId <= 0)
        return;
    runProposal(planId, std::nullopt, std::nullopt, false);
}

void AdaptPlanViewModel::reviseWithModel(std::optional<QDate> newDeadline,
                                         std::optional<double> newHoursPerWeek)
{
    if (isBusy() || m_plans.selectedPlanId() == 0 || !canReviseWithModel())
        return;
    runProposal(m_plans.selectedPlanId(), newDeadline, newHoursPerWeek, true);
}

void AdaptPlanViewModel::cancel()
{
    if (m_state != State::Proposing)
        return;
    ++m_generation;
    if (m_cancel)
        m_cancel->cancel();
    m_cancel.reset();
    m_progress.clear();
    Q_EMIT progressChanged(m_progress);
    setState(State::Idle);
}

void AdaptPlanViewModel::accept()
{
    if (m_state != State::Proposed)
        return;
    runApply(m_proposed, m_revision ? QStringLiteral("revision") : QStringLiteral("replan"));
}

void AdaptPlanViewModel::reject()
{
    if (m_state != State::Proposed && m_state != State::Failed)
        return;
    m_proposed = {};
    m_diff = {};
    m_diffModel->clear();
    Q_EMIT proposalChanged();
    setState(State::Idle);
}

QCoro::Task<> AdaptPlanViewModel::runProposal(qint64 planId, std::optional<QDate> deadline,
                                              std::optional<double> hours, bool withModel)
{
    QPointer self(this);
    const quint64 generation = ++m_generation;
    m_planId = planId;
    m_error.clear();
    m_streamed.clear();
    m_revision = withModel;
    m_diffModel->clear();
    Q_EMIT proposalChanged();
    setState(State::Proposing);
    const QDate today = m_plans.today();

    // A synced plan first takes in the server's edits: the re-plan runs on the merged plan.
    if (m_mergeFirst) {
        QCoro::Task<QString> merging = m_mergeFirst(planId);
        const QString note = co_await std::move(merging);
        if (!self || generation != m_generation)
            co_return;
        if (!note.isEmpty())
            m_plans.showStatus(note, true);
    }

    // The re-plan also reads the plan as it is stored, which is what the model revises.
    auto proposing = m_versions.proposeReplan(planId, today, deadline, hours);
    Result<ReplanProposal> proposal = co_await proposing;
    if (!self || generation != m_generation)
        co_return;
    if (!proposal) {
        fail(proposal.error().message);
        co_return;
    }

    if (withModel) {
        agents::PlanningTeam *team = m_team ? m_team() : nullptr;
        if (!team) {
            fail(tr("No model is configured: choose a provider in Settings."));
            co_return;
        }
        agents::ProgressSummary summary = agents::ProgressSummary::of(proposal->current, today);
        if (deadline)
            summary.deadline = *deadline;
        if (hours)
            summary.hoursPerWeek = *hours;
        m_cancel = llm::CancelToken();
        const agents::ProgressSink sink = [self, generation](const agents::ProgressEvent &event) {
            if (self && generation == self->m_generation)
                self->onProgress(event);
        };
        auto revising = team->revise(proposal->current, summary, sink, *m_cancel);
        Result<Plan> revised = co_await revising;
        if (!self || generation != m_generation)
            co_return;
        m_cancel.reset();
        m_progress.clear();
        Q_EMIT progressChanged(m_progress);
        if (!revised) {
            if (revised.error().kind == Error::Kind::Cancelled)
                setState(State::Idle);
            else
                fail(revised.error().message);
            co_return;
        }
        proposal->proposed = std::move(*revised);
        proposal->diff = diffPlans(proposal->current, proposal->proposed);
    }

    m_current = std::move(proposal->current);
    m_proposed = std::move(proposal->proposed);
    m_diff = std::move(proposal->diff);
    m_diffModel->setDiff(m_diff, m_current, m_proposed);
    Q_EMIT proposalChanged();
    setState(State::Proposed);
}

QCoro::Task<> AdaptPlanViewModel::runApply(Plan proposed, QString reason)
{
    QPointer self(this);
    // The window shows the saved plan even when the dialog closed during the save.
    QPointer<PlansViewModel> plans(&m_plans);
    const quint64 generation = ++m_generation;
    const qint64 planId = proposed.id;
    setState(State::Applying);
    const std::function<void(qint64)> synced = m_synced; // the dialog may close meanwhile
    if (m_mergeFirst) {
        // A sync may have brought the server's edits in while the proposal waited: they stay.
        auto reading = m_versions.current(planId);
        Result<Plan> now = co_await reading;
        if (!self || generation != m_generation)
            co_return;
        if (now)
            proposed = keepMergedEdits(m_current, *now, std::move(proposed));
    }
    auto applying = m_versions.applyVersion(std::move(proposed), reason);
    Result<AppliedVersion> saved = co_await applying;
    if (saved && plans)
        plans->refresh();
    if (saved && synced)
        synced(planId); // what the re-plan moved goes to the server soon
    if (!self || generation != m_generation)
        co_return;
    if (!saved) {
        fail(saved.error().message);
        co_return;
    }
    // The number of the version just saved, for the person's information.
    m_appliedVersion = saved->version;
    setState(State::Applied);
    Q_EMIT applied(planId, m_appliedVersion);
}

void AdaptPlanViewModel::onProgress(const agents::ProgressEvent &event)
{
    switch (event.kind) {
    case agents::ProgressEvent::Kind::Stage:
        m_progress = stageText(event.stage);
        Q_EMIT progressChanged(m_progress);
        break;
    case agents::ProgressEvent::Kind::Text:
        m_streamed += event.text;
        Q_EMIT textStreamed(event.text);
        break;
    case agents::ProgressEvent::Kind::Done:
        break;
    }
}

void AdaptPlanViewModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AdaptPlanViewModel::fail(const QString &message)
{
    m_error = message;
    setState(State::Failed);
    Q_EMIT failed(message);
}

int AdaptPlanViewModel::remainingTasks() const
{
    return int(std::count_if(m_current.tasks.cbegin(), m_current.tasks.cend(),
                             [](const Task &task) { return !task.isFinished(); }));
}

int AdaptPlanViewModel::removedRemainingTasks() const
{
    if (m_state != State::Proposed)
        return 0;
    return int(std::count_if(m_diff.removed.cbegin(), m_diff.removed.cend(),
                             [](const Task &task) { return !task.isFinished(); }));
}

} // namespace helios::ui

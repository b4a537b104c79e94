#include "ui/planning/goal_planning_view_model.h"

#include "core/agents/planning_team.h"
#include "core/domain/goal_validation.h"
#include "core/jobs/job_service.h"
#include "core/jobs/plan_service.h"
#include "core/llm/provider.h"
#include "ui/models/draft_task_model.h"
#include "ui/planning/planning_errors.h"
#include "ui/planning/planning_teams.h"

#include <QPointer>

namespace helios::ui {

namespace {

// Streamed text kept per agent: the end of a long answer is what a person reads.
constexpr qsizetype kMaxAgentText = 32 * 1024;

// Agents of one rank work at the same time; a later rank starting means the earlier are done.
int rankOf(const QString &agent)
{
    if (agent == QLatin1String("analyst") || agent == QLatin1String("researcher"))
        return 0;
    if (agent == QLatin1String("planner") || agent == QLatin1String("reviser"))
        return 1;
    return 2; // the scheduler
}

// Counts a coroutine of the view-model for its whole life, even after the view-model is gone.
class InFlight
{
public:
    InFlight(QObject *owner, int &counter) : m_owner(owner), m_counter(counter) { ++m_counter; }
    ~InFlight()
    {
        if (m_owner)
            --m_counter;
    }
    InFlight(const InFlight &) = delete;
    InFlight &operator=(const InFlight &) = delete;

private:
    QPointer<QObject> m_owner;
    int &m_counter;
};

} // namespace

GoalPlanningViewModel::GoalPlanningViewModel(JobService &jobs, PlanService &plans,
                                             PlanningTeams &teams, QObject *parent)
    : QObject(parent), m_jobs(jobs), m_plans(plans), m_teams(teams),
      m_draft(new DraftTaskModel(this))
{
    connect(&m_jobs, &JobService::progress, this, &GoalPlanningViewModel::onProgress);
    resetAgents();
}

GoalPlanningViewModel::~GoalPlanningViewModel()
{
    m_cancel.cancel(); // a generation still running stops; its job is recorded as cancelled
}

bool GoalPlanningViewModel::modelAvailable() const
{
    return m_teams.hasModel();
}

QString GoalPlanningViewModel::modelLabel() const
{
    return m_teams.modelLabel();
}

QString GoalPlanningViewModel::agentDisplayName(const QString &agent)
{
    if (agent == QLatin1String("analyst"))
        return tr("Analyst");
    if (agent == QLatin1String("researcher"))
        return tr("Researcher");
    if (agent == QLatin1String("planner"))
        return tr("Planner");
    if (agent == QLatin1String("reviser"))
        return tr("Reviser");
    if (agent == QLatin1String("scheduler"))
        return tr("Scheduler");
    return agent;
}

void GoalPlanningViewModel::generate(const Goal &goal, bool useModel)
{
    if (m_phase != Phase::Editing && m_phase != Phase::Preview)
        return;
    const Status valid = validateGoal(goal);
    if (!valid) {
        fail(valid.error().message);
        return;
    }
    run(goal, useModel, false);
}

void GoalPlanningViewModel::regenerate()
{
    if (m_phase != Phase::Editing && m_phase != Phase::Preview)
        return;
    if (m_goal.text.isEmpty())
        return;
    run(m_goal, m_useModel, true);
}

void GoalPlanningViewModel::cancel()
{
    if (m_phase != Phase::Generating)
        return;
    m_cancel.cancel();
    ++m_run; // whatever the run still reports is dropped
    fail(planningErrorSentence(Error::cancelled()));
}

void GoalPlanningViewModel::backToEditing()
{
    if (m_phase != Phase::Preview)
        return;
    m_draft->clear();
    setPhase(Phase::Editing);
}

void GoalPlanningViewModel::showDraft(Plan plan, const Goal &goal)
{
    if (m_phase != Phase::Editing && m_phase != Phase::Preview)
        return;
    ++m_run; // a save of an earlier preview no longer reports
    m_goal = goal;
    m_useModel = false;
    m_error.clear();
    m_jobId = 0;
    m_previousDraft.reset();
    resetAgents();
    const QDate deadline = plan.deadline;
    m_draft->setDraft(std::move(plan), {goal.today, deadline, goal.hoursPerWeek});
    setPhase(Phase::Preview);
    Q_EMIT draftReady();
}

void GoalPlanningViewModel::accept()
{
    if (m_phase != Phase::Preview)
        return;
    save();
}

QCoro::Task<> GoalPlanningViewModel::run(Goal goal, bool useModel, bool regenerate)
{
    QPointer self(this);
    const InFlight inFlight(this, m_inFlight);
    const quint64 run = ++m_run;
    m_goal = goal;
    m_useModel = useModel && m_teams.hasModel();
    m_error.clear();
    m_jobId = 0;
    m_cancel = llm::CancelToken();
    const llm::CancelToken cancel = m_cancel;
    if (regenerate && !m_draft->draft().tasks.isEmpty())
        m_previousDraft = m_draft->draft();
    else
        m_previousDraft.reset();
    m_draft->clear();
    resetAgents();
    setPhase(Phase::Generating);

    auto making = m_teams.team(m_useModel, regenerate);
    Result<std::shared_ptr<agents::PlanningTeam>> made = co_await making;
    if (!self || run != m_run)
        co_return;
    if (!made) {
        fail(planningErrorSentence(made.error()));
        Q_EMIT generationFinished(false, m_error);
        co_return;
    }
    // A local: the team lives until the job is over, even if this view-model is gone.
    const std::shared_ptr<agents::PlanningTeam> team = *made;
    const QString provider =
        m_useModel ? llm::toString(m_teams.settings().provider) : QStringLiteral("offline");
    const QString input =
        generationJobInput(goal, provider, m_useModel ? m_teams.settings().model : QString());
    auto jobCreated = [self, run](qint64 id) {
        if (self && run == self->m_run)
            self->m_jobId = id;
    };
    JobService &jobs = m_jobs;
    auto generating = jobs.generatePlan(*team, agents::GoalRequest{goal, {}, {}}, input, cancel,
                                        jobCreated, JobService::OnCompletion::ReturnDraft);
    Result<Plan> plan = co_await generating;
    if (!self || run != m_run)
        co_return;
    if (!plan) {
        fail(planningErrorSentence(plan.error()));
        Q_EMIT generationFinished(false, m_error);
        co_return;
    }
    for (AgentProgress &agent : m_agents)
        agent.state = AgentState::Done;
    for (int row = 0; row < m_agents.size(); ++row)
        Q_EMIT agentChanged(row);
    m_previousDraft.reset();
    Plan drafted = std::move(plan).value();
    // The plan's deadline: an offline event kind without one has the day its event is assumed on.
    const QDate deadline = drafted.deadline;
    m_draft->setDraft(std::move(drafted), {goal.today, deadline, goal.hoursPerWeek});
    setPhase(Phase::Preview);
    Q_EMIT draftReady();
    Q_EMIT generationFinished(true, {});
}

QCoro::Task<> GoalPlanningViewModel::save()
{
    QPointer self(this);
    const InFlight inFlight(this, m_inFlight);
    const quint64 run = m_run;
    setPhase(Phase::Saving);
    const qint64 jobId = m_jobId;
    auto saving = m_plans.savePlan(m_draft->draft());
    Result<Plan> saved = co_await saving;
    if (!self || run != m_run)
        co_return;
    if (!saved) {
        // The draft stays: the person can try again once the problem is solved.
        m_error = planningErrorSentence(saved.error());
        setPhase(Phase::Preview);
        Q_EMIT failed(m_error);
        co_return;
    }
    if (jobId > 0) {
        JobService &jobs = m_jobs;
        auto attaching = jobs.attachPlan(jobId, saved->id);
        const Status attached = co_await attaching;
        if (!attached)
            qWarning("Job %lld: %s", static_cast<long long>(jobId),
                     qPrintable(attached.error().message));
        if (!self || run != m_run)
            co_return;
    }
    m_draft->clear();
    setPhase(Phase::Editing);
    Q_EMIT planAccepted(*saved);
}

void GoalPlanningViewModel::onProgress(qint64 jobId, const agents::ProgressEvent &event)
{
    if (jobId != m_jobId || m_jobId == 0 || m_phase != Phase::Generating)
        return;
    using Kind = agents::ProgressEvent::Kind;
    if (event.kind == Kind::Done) {
        for (int row = 0; row < m_agents.size(); ++row) {
            m_agents[row].state = AgentState::Done;
            Q_EMIT agentChanged(row);
        }
        return;
    }
    const int row = agentRow(event.agent);
    AgentProgress &agent = m_agents[row];
    if (event.kind == Kind::Text) {
        agent.found.feed(event.text);
        agent.text += event.text;
        if (agent.text.size() > kMaxAgentText)
            agent.text = agent.text.right(kMaxAgentText);
        Q_EMIT textAppended(row, event.text);
        return;
    }
    agent.state = AgentState::Working;
    const bool repairing = event.stage == agents::PlanningStage::Repairing;
    if (repairing && !agent.repairing)
        agent.found.reset(); // a second answer is counted afresh
    agent.repairing = repairing;
    Q_EMIT agentChanged(row);
    const int rank = rankOf(event.agent);
    for (int other = 0; other < m_agents.size(); ++other) {
        if (rankOf(m_agents.at(other).agent) < rank &&
            m_agents.at(other).state != AgentState::Done) {
            m_agents[other].state = AgentState::Done;
            m_agents[other].repairing = false;
            Q_EMIT agentChanged(other);
        }
    }
}

void GoalPlanningViewModel::resetAgents()
{
    m_agents.clear();
    for (const char *name : {"analyst", "researcher", "planner", "scheduler"})
        m_agents.append({QString::fromLatin1(name), AgentState::Waiting, false, {}, {}});
    Q_EMIT agentsReset();
}

int GoalPlanningViewModel::agentRow(const QString &agent)
{
    for (int row = 0; row < m_agents.size(); ++row) {
        if (m_agents.at(row).agent == agent)
            return row;
    }
    m_agents.append({agent, AgentState::Waiting, false, {}, {}});
    Q_EMIT agentsReset();
    return int(m_agents.size()) - 1;
}

void GoalPlanningViewModel::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

void GoalPlanningViewModel::fail(const QString &message)
{
    m_error = message;
    if (m_previousDraft) {
        // A regeneration stopped or failed: the plan it was to replace is still there to accept.
        Plan previous = std::move(*m_previousDraft);
        m_previousDraft.reset();
        const QDate deadline = previous.deadline;
        m_draft->setDraft(std::move(previous), {m_goal.today, deadline, m_goal.hoursPerWeek});
        setPhase(Phase::Preview);
        Q_EMIT failed(message);
        return;
    }
    m_draft->clear();
    setPhase(Phase::Editing);
    Q_EMIT failed(message);
}

QString GoalPlanningViewModel::findings(int row) const
{
    if (row < 0 || row >= m_agents.size())
        return {};
    const AgentProgress &agent = m_agents.at(row);
    if (agent.text.isEmpty())
        return {};
    const agents::PartialAnswerCounter &found = agent.found;
    QStringList parts;
    auto add = [&](const char *key, const QString &words) {
        if (found.count(QString::fromLatin1(key)) > 0)
            parts << words;
    };
    const auto n = [&](const char *key) { return found.count(QString::fromLatin1(key)); };
    if (agent.agent == QLatin1String("analyst")) {
        add("risks", tr("%n risk(s)", "found so far", n("risks")));
        add("constraints", tr("%n constraint(s)", "found so far", n("constraints")));
        add("success_criteria",
            tr("%n success criterion(s)", "found so far", n("success_criteria")));
    } else if (agent.agent == QLatin1String("researcher")) {
        add("knowledge_areas", tr("%n area(s) to learn", "found so far", n("knowledge_areas")));
        add("resources", tr("%n resource(s)", "found so far", n("resources")));
        add("milestones", tr("%n milestone(s)", "found so far", n("milestones")));
    } else {
        add("tasks", tr("%n task(s)", "found so far", n("tasks")));
    }
    if (parts.isEmpty())
        return agent.state == AgentState::Done ? QString() : tr("Writing its answer…");
    const QString list = parts.join(tr(", ", "list separator"));
    return agent.state == AgentState::Done ? list : tr("%1 so far").arg(list);
}

} // namespace helios::ui

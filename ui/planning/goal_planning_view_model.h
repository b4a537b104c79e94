#pragma once

#include "core/agents/partial_answer.h"
#include "core/agents/progress.h"
#include "core/domain/goal.h"
#include "core/domain/plan.h"
#include "core/llm/provider.h"

#include <QList>
#include <QObject>

#include <qcoro/qcorotask.h>

#include <memory>
#include <optional>

namespace helios {
class JobService;
class PlanService;
namespace agents {
class PlanningTeam;
}
} // namespace helios

namespace helios::ui {

class DraftTaskModel;
class PlanningTeams;

// The New goal flow without widgets: a goal goes to the planning team (offline or the model
// server) as a persisted job; every agent's stage and streamed text is reported as it happens;
// the person can cancel; the result comes back as an unsaved draft (DraftTaskModel) to edit,
// accept (saved, the job records the plan) or regenerate (asked again, bypassing the response
// cache). A failure or cancel saves nothing and returns to editing with one sentence.
class GoalPlanningViewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(Phase phase READ phase NOTIFY phaseChanged)

public:
    enum class Phase {
        Editing,    // the goal is being written (also after a failure or a cancel)
        Generating, // the team is at work; cancel() stops it
        Preview,    // draftModel() holds the plan; accept(), regenerate() or backToEditing()
        Saving,     // the accepted draft is being written
    };
    Q_ENUM(Phase)

    enum class AgentState { Waiting, Working, Done };

    struct AgentProgress
    {
        QString agent; // "analyst", "researcher", "planner", "reviser", "scheduler"
        AgentState state = AgentState::Waiting;
        bool repairing = false; // its answer was rejected; it is asked once more
        QString text;           // what it streamed so far (the end of it when very long)
        agents::PartialAnswerCounter found; // what its answer holds so far, counted
    };

    GoalPlanningViewModel(JobService &jobs, PlanService &plans, PlanningTeams &teams,
                          QObject *parent = nullptr);
    ~GoalPlanningViewModel() override;

    Phase phase() const { return m_phase; }
    // A model server is configured (the offline planner is always available).
    bool modelAvailable() const;
    QString modelLabel() const;
    bool usesModel() const { return m_useModel; }
    const Goal &goal() const { return m_goal; }
    const QList<AgentProgress> &agents() const { return m_agents; }
    DraftTaskModel *draftModel() const { return m_draft; }
    // Why the last generation or save failed ("Planning was cancelled." after a cancel).
    QString errorMessage() const { return m_error; }
    qint64 jobId() const { return m_jobId; }
    // A generation or a save is still under way, also one already cancelled whose job is
    // still being closed (tests wait for this before the store goes away).
    bool hasWorkInFlight() const { return m_inFlight > 0; }

    // The translated name of an agent ("Analyst", "分析员").
    static QString agentDisplayName(const QString &agent);
    // What an agent has found so far, in words: "3 risks, 2 constraints so far", "6 tasks";
    // "Writing its answer…" before anything can be counted; empty before it streams anything.
    QString findings(int row) const;

public Q_SLOTS:
    // Checks the goal (a bad one fails at once, without a job) and plans it. Ignored unless
    // editing or previewing.
    void generate(const helios::Goal &goal, bool useModel);
    // The same goal again, not from the cache. From Preview or after a failure.
    void regenerate();
    void cancel();
    void accept();
    void backToEditing();
    // Shows a plan made elsewhere (a template from the gallery) as the preview of `goal`, to
    // edit and accept like a generated one; nothing is saved before accept(). Ignored unless
    // editing or previewing.
    void showDraft(helios::Plan plan, const helios::Goal &goal);

Q_SIGNALS:
    void phaseChanged(helios::ui::GoalPlanningViewModel::Phase phase);
    void agentsReset();
    void agentChanged(int row);
    void textAppended(int row, const QString &piece);
    void failed(const QString &message);
    void draftReady();
    void planAccepted(const helios::Plan &plan);
    // A generation ended: with a draft, or with the failure's sentence (for a notification when
    // the window is not in front).
    void generationFinished(bool succeeded, const QString &message);

private:
    QCoro::Task<> run(Goal goal, bool useModel, bool regenerate);
    QCoro::Task<> save();
    void onProgress(qint64 jobId, const agents::ProgressEvent &event);
    void resetAgents();
    int agentRow(const QString &agent);
    void setPhase(Phase phase);
    void fail(const QString &message);

    JobService &m_jobs;
    PlanService &m_plans;
    PlanningTeams &m_teams;
    DraftTaskModel *m_draft = nullptr;
    Phase m_phase = Phase::Editing;
    Goal m_goal;
    bool m_useModel = false;
    QList<AgentProgress> m_agents;
    QString m_error;
    qint64 m_jobId = 0;
    quint64 m_run = 0; // drops events and results of a run that was cancelled or replaced
    int m_inFlight = 0;
    llm::CancelToken m_cancel;
    std::shared_ptr<agents::PlanningTeam> m_team; // alive while it generates
    // While Regenerate runs: the preview it replaces (with the person's edits), shown again
    // when the new one is stopped or fails, instead of losing both.
    std::optional<Plan> m_previousDraft;
};

} // namespace helios::ui

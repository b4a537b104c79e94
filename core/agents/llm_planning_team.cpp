#include "core/agents/llm_planning_team.h"

#include "core/agents/agent_call.h"
#include "core/agents/answer_schemas.h"
#include "core/agents/answer_validation.h"
#include "core/agents/plan_assembly.h"
#include "core/domain/goal_validation.h"
#include "core/planning/offline_planner.h"
#include <QCoreApplication>

namespace helios::agents {

namespace {

constexpr int kMaxDescriptionInPrompt = 300;

// Removes a callback from a cancel token when the coroutine that registered it ends, however it
// ends.
struct CancelLink
{
    llm::CancelToken token;
    int id;
    ~CancelLink() { token.removeCallback(id); }
};

QString isoOrNone(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("none");
}

QString timeAvailable(const Goal &goal)
{
    QString text = QStringLiteral("%1 hours per week").arg(goal.hoursPerWeek);
    if (goal.deadline.isValid() && goal.today.isValid() && goal.deadline >= goal.today) {
        const double weeks = double(goal.today.daysTo(goal.deadline) + 1) / 7.0;
        text += QStringLiteral(", about %1 hours until the deadline")
                    .arg(qRound(weeks * goal.hoursPerWeek));
    }
    return text;
}

QString bullets(const QString &label, const QStringList &items)
{
    return label + QStringLiteral(": ") +
           (items.isEmpty() ? QStringLiteral("-") : items.join(QStringLiteral("; ")));
}

QString describe(const Analysis &a)
{
    return QStringList{QStringLiteral("Subject: ") + a.subject, QStringLiteral("Scope: ") + a.scope,
                       bullets(QStringLiteral("Constraints"), a.constraints),
                       bullets(QStringLiteral("Success criteria"), a.successCriteria),
                       bullets(QStringLiteral("Risks"), a.risks)}
        .join(u'\n');
}

QString describe(const Research &r)
{
    return QStringList{bullets(QStringLiteral("Knowledge areas"), r.knowledgeAreas),
                       bullets(QStringLiteral("Resources"), r.resources),
                       bullets(QStringLiteral("Milestones"), r.milestones)}
        .join(u'\n');
}

QString quoted(const QString &text)
{
    return u'"' + QString(text).replace(u'"', u'\'') + u'"';
}

// One line per task of the plan, named as RevisionIds names them.
QString describeTasks(const Plan &plan, const RevisionIds &ids, QDate today)
{
    QStringList lines;
    for (int i = 0; i < plan.tasks.size(); ++i) {
        const Task &t = plan.tasks[i];
        QString status = toString(t.status);
        if (!t.isFinished() && t.dueDate.isValid() && t.dueDate < today)
            status += QStringLiteral(", overdue");
        QString line = QStringLiteral("%1 [%2] %3; estimate %4 h")
                           .arg(ids.idOf[i], status, quoted(t.title))
                           .arg(t.estimateHours);
        if (t.actualHours >= 0)
            line += QStringLiteral("; spent %1 h").arg(t.actualHours);
        if (!t.isFinished() && t.dueDate.isValid())
            line += QStringLiteral("; due %1").arg(t.dueDate.toString(Qt::ISODate));
        QStringList deps;
        for (const int d : t.dependsOn)
            if (d >= 0 && d < ids.idOf.size())
                deps << ids.idOf[d];
        if (!deps.isEmpty())
            line += QStringLiteral("; depends on ") + deps.join(QStringLiteral(", "));
        if (!t.milestone.isEmpty())
            line += QStringLiteral("; milestone ") + quoted(t.milestone);
        if (!t.isFinished() && !t.notes.isEmpty())
            line += QStringLiteral("; description ") +
                    quoted(plainText(t.notes, false).left(kMaxDescriptionInPrompt));
        lines << line;
    }
    return lines.join(u'\n');
}

Result<AgentCall> makeCall(const QString &agent, PlanningStage stage,
                           const QHash<QString, QString> &values, const LlmTeamOptions &options,
                           int maxTokens)
{
    Result<PromptTemplate> prompt = PromptTemplate::load(agent);
    if (!prompt)
        return prompt.error();
    Result<RenderedPrompt> rendered = prompt->render(values);
    if (!rendered)
        return rendered.error();
    AgentCall call;
    call.agent = agent;
    call.stage = stage;
    call.prompt = std::move(rendered).value();
    call.maxTokens = maxTokens;
    call.contextTokens = options.contextTokens;
    call.temperature = options.temperature;
    return call;
}

// The error that explains a failed pair: the person's cancel, else the one that was not merely
// cancelled because its sibling failed.
template <typename A, typename B>
Error firstCause(const Result<A> &a, const Result<B> &b, const llm::CancelToken &cancel)
{
    if (cancel.isCancelled())
        return Error::cancelled();
    if (!a.ok() && a.error().kind != Error::Kind::Cancelled)
        return a.error();
    if (!b.ok() && b.error().kind != Error::Kind::Cancelled)
        return b.error();
    return a.ok() ? b.error() : a.error();
}

// What tells the analyst and the researcher apart: who, at which stage, and the answer's shape.
template <typename T> struct PairAgent
{
    QString name;
    PlanningStage stage;
    QJsonObject schema;
    QString schemaName;
    Checked<T> (*check)(const QJsonObject &);
};

// One agent of the analyst/researcher pair: asks it and checks its answer. Any failure cancels
// the pair's token, so that the sibling need not finish.
template <typename T>
QCoro::Task<Result<T>> askPairAgent(QPointer<llm::LlmClient> client, LlmTeamOptions options,
                                    PairAgent<T> agent, QHash<QString, QString> values,
                                    ProgressSink sink, llm::CancelToken cancel)
{
    Result<AgentCall> call = makeCall(agent.name, agent.stage, values, options, options.maxTokens);
    if (!call) {
        cancel.cancel();
        co_return call.error();
    }
    call->schema = agent.schema;
    call->schemaName = agent.schemaName;
    call->check = [check = agent.check](const QJsonObject &o) { return check(o).errors; };
    auto asking = askAgent(client, std::move(call).value(), options.call, sink, cancel);
    Result<QJsonObject> answer = co_await asking;
    if (!answer) {
        cancel.cancel();
        co_return answer.error();
    }
    co_return agent.check(*answer).value;
}

// The planner's or the reviser's tasks: the answer is checked with finishedIds as in
// checkTasks (empty for a new plan). A cancel wins over whatever the model answered.
QCoro::Task<Result<QList<DraftTask>>> askForTasks(QPointer<llm::LlmClient> client,
                                                  LlmTeamOptions options, QString agent,
                                                  QHash<QString, QString> values,
                                                  QSet<QString> finishedIds, ProgressSink sink,
                                                  llm::CancelToken cancel)
{
    Result<AgentCall> call =
        makeCall(agent, PlanningStage::Planning, values, options, options.plannerMaxTokens);
    if (!call)
        co_return call.error();
    call->schema = tasksSchema();
    call->schemaName = QStringLiteral("plan");
    call->check = [finishedIds](const QJsonObject &o) { return checkTasks(o, finishedIds).errors; };
    auto asking = askAgent(client, std::move(call).value(), options.call, sink, cancel);
    Result<QJsonObject> answer = co_await asking;
    if (cancel.isCancelled())
        co_return Error::cancelled();
    if (!answer)
        co_return answer.error();
    co_return checkTasks(*answer, finishedIds).value;
}

void report(const ProgressSink &sink, const ProgressEvent &event)
{
    if (sink)
        sink(event);
}

} // namespace

QString languageName(const QString &language)
{
    return language == QLatin1String("zh") ? QStringLiteral("Simplified Chinese (简体中文)")
                                           : QStringLiteral("English");
}

LlmPlanningTeam::LlmPlanningTeam(llm::LlmClient &client, LlmTeamOptions options)
    : m_client(&client), m_options(std::move(options))
{}

QCoro::Task<Result<Analysis>> LlmPlanningTeam::analyse(Values values, ProgressSink sink,
                                                       llm::CancelToken cancel)
{
    return askPairAgent(m_client, m_options,
                        PairAgent<Analysis>{QStringLiteral("analyst"), PlanningStage::Analysing,
                                            analysisSchema(), QStringLiteral("analysis"),
                                            &checkAnalysis},
                        std::move(values), std::move(sink), std::move(cancel));
}

QCoro::Task<Result<Research>> LlmPlanningTeam::research(Values values, ProgressSink sink,
                                                        llm::CancelToken cancel)
{
    return askPairAgent(m_client, m_options,
                        PairAgent<Research>{QStringLiteral("researcher"),
                                            PlanningStage::Researching, researchSchema(),
                                            QStringLiteral("research"), &checkResearch},
                        std::move(values), std::move(sink), std::move(cancel));
}

QCoro::Task<Result<Plan>> LlmPlanningTeam::generate(GoalRequest request, ProgressSink sink,
                                                    llm::CancelToken cancel)
{
    const Status valid = validateGoal(request.goal);
    if (!valid)
        co_return valid.error();
    if (cancel.isCancelled())
        co_return Error::cancelled();
    const Goal &goal = request.goal;
    const QString language =
        request.language.isEmpty() ? OfflinePlanner::analyse(goal.text).language : request.language;
    Values values{{QStringLiteral("goal"), plainText(goal.text, true)},
                  {QStringLiteral("today"), isoOrNone(goal.today)},
                  {QStringLiteral("deadline"), isoOrNone(goal.deadline)},
                  {QStringLiteral("time_available"), timeAvailable(goal)},
                  {QStringLiteral("language"), languageName(language)}};

    // The pair shares a token of its own, so that one's failure can stop the other; the
    // person's cancel reaches it through the link.
    llm::CancelToken pair;
    const CancelLink link{cancel, cancel.onCancel([pair] { pair.cancel(); })};

    Result<Analysis> analysis;
    Result<Research> research;
    report(sink, ProgressEvent::stageEntered(PlanningStage::Analysing, QStringLiteral("analyst")));
    if (m_options.parallel) {
        report(sink, ProgressEvent::stageEntered(PlanningStage::Researching,
                                                 QStringLiteral("researcher")));
        auto analysing = analyse(values, sink, pair); // both in flight before either is awaited
        auto researching = this->research(values, sink, pair);
        analysis = co_await analysing;
        research = co_await researching;
    } else {
        auto analysing = analyse(values, sink, pair);
        analysis = co_await analysing;
        if (analysis) {
            report(sink, ProgressEvent::stageEntered(PlanningStage::Researching,
                                                     QStringLiteral("researcher")));
            auto researching = this->research(values, sink, pair);
            research = co_await researching;
        }
    }
    if (!analysis || !research)
        co_return firstCause(analysis, research, cancel);

    report(sink, ProgressEvent::stageEntered(PlanningStage::Planning, QStringLiteral("planner")));
    values.insert(QStringLiteral("analysis"), describe(*analysis));
    values.insert(QStringLiteral("research"), describe(*research));
    auto planning =
        askForTasks(m_client, m_options, QStringLiteral("planner"), values, {}, sink, cancel);
    Result<QList<DraftTask>> tasks = co_await planning;
    if (!tasks)
        co_return tasks.error();

    report(sink,
           ProgressEvent::stageEntered(PlanningStage::Scheduling, QStringLiteral("scheduler")));
    Plan plan = assemblePlan(request, language, *analysis, *tasks);
    report(sink, ProgressEvent::done());
    co_return plan;
}

QCoro::Task<Result<Plan>> LlmPlanningTeam::revise(Plan plan, ProgressSummary summary,
                                                  ProgressSink sink, llm::CancelToken cancel)
{
    if (cancel.isCancelled())
        co_return Error::cancelled();
    if (!summary.today.isValid())
        co_return Error::usage(
            QCoreApplication::translate("helios", "A revision needs the date of today."));
    const bool anyRemaining = std::any_of(plan.tasks.cbegin(), plan.tasks.cend(),
                                          [](const Task &t) { return !t.isFinished(); });
    if (!anyRemaining)
        co_return Error::usage(QCoreApplication::translate(
            "helios", "Every task of the plan is finished; there is nothing to revise."));

    const RevisionIds ids = RevisionIds::of(plan);
    const QString language =
        plan.language.isEmpty() ? OfflinePlanner::analyse(plan.goal).language : plan.language;
    const Values values{{QStringLiteral("goal"), plainText(plan.goal, true)},
                        {QStringLiteral("progress"), summary.describe()},
                        {QStringLiteral("tasks"), describeTasks(plan, ids, summary.today)},
                        {QStringLiteral("language"), languageName(language)}};
    report(sink, ProgressEvent::stageEntered(PlanningStage::Planning, QStringLiteral("reviser")));
    const QStringList finishedList = ids.finished.keys();
    QSet<QString> finished(finishedList.cbegin(), finishedList.cend());
    auto revising = askForTasks(m_client, m_options, QStringLiteral("reviser"), values,
                                std::move(finished), sink, cancel);
    Result<QList<DraftTask>> tasks = co_await revising;
    if (!tasks)
        co_return tasks.error();

    report(sink,
           ProgressEvent::stageEntered(PlanningStage::Scheduling, QStringLiteral("scheduler")));
    Plan revised = assembleRevision(plan, ids, *tasks, summary);
    report(sink, ProgressEvent::done());
    co_return revised;
}

} // namespace helios::agents

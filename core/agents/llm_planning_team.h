#pragma once

#include "core/agents/answers.h"
#include "core/agents/planning_team.h"
#include "core/llm/llm_client.h"

#include <QHash>
#include <QPointer>

namespace helios::agents {

struct LlmTeamOptions
{
    llm::CallOptions call;       // timeouts, streaming, bypassCache ("regenerate")
    int contextTokens = 8192;    // the model's context; every prompt must fit with its answer
    int maxTokens = 2048;        // room for the analyst's and the researcher's answers
    int plannerMaxTokens = 4096; // room for the planner's and the reviser's answers
    double temperature = 0.2;
    // The analyst and the researcher at the same time (the point of the team); false runs them
    // one after the other, only so that the benchmark can measure the difference.
    bool parallel = true;
};

// The planning team over a model (see planning_team.h for the contract). The analyst and the
// researcher are started before either is awaited, so their requests are in flight together;
// when one fails the other is cancelled, and its error is the one returned. The planner starts
// when both have answered. Every agent's answer is validated, with one repair round.
//
// The client must outlive the team's calls or end them: a call whose client was destroyed ends
// with a Provider error. GUI thread only.
class LlmPlanningTeam : public PlanningTeam
{
public:
    explicit LlmPlanningTeam(llm::LlmClient &client, LlmTeamOptions options = {});

    QCoro::Task<Result<Plan>> generate(GoalRequest request, ProgressSink sink,
                                       llm::CancelToken cancel) override;
    QCoro::Task<Result<Plan>> revise(Plan plan, ProgressSummary summary, ProgressSink sink,
                                     llm::CancelToken cancel) override;

private:
    using Values = QHash<QString, QString>;

    QCoro::Task<Result<Analysis>> analyse(Values values, ProgressSink sink,
                                          llm::CancelToken cancel);
    QCoro::Task<Result<Research>> research(Values values, ProgressSink sink,
                                           llm::CancelToken cancel);

    QPointer<llm::LlmClient> m_client;
    LlmTeamOptions m_options;
};

// "English" or "Simplified Chinese (简体中文)": the language the prompts ask answers in.
QString languageName(const QString &language);

} // namespace helios::agents

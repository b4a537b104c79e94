#pragma once

#include "core/agents/planning_team.h"

namespace helios::agents {

// The planning team without a model (see planning_team.h for the contract): the rule-based
// OfflinePlanner drafts the tasks, the scheduler dates them. It reports the same stages as the
// model's team (analysing, researching, planning, scheduling, done), so that the jobs layer and
// the UI treat both alike. revise() reschedules the remaining tasks from summary.today (the
// re-planner); it cannot split or add tasks without a model.
class OfflinePlanningTeam : public PlanningTeam
{
public:
    QCoro::Task<Result<Plan>> generate(GoalRequest request, ProgressSink sink,
                                       llm::CancelToken cancel) override;
    QCoro::Task<Result<Plan>> revise(Plan plan, ProgressSummary summary, ProgressSink sink,
                                     llm::CancelToken cancel) override;
};

} // namespace helios::agents

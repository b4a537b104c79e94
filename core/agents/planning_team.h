#pragma once

// The planning team: what turns a goal into a dated plan, and a plan plus what really happened
// into a proposed revision. Two implementations behind one interface, so that nothing above it
// (jobs, CLI, GUI) cares which made the plan:
//
//   LlmPlanningTeam (llm_planning_team.h)         the analyst and the researcher ask the model
//                                                 at the same time; the planner combines their
//                                                 answers into tasks; the scheduler dates them.
//   OfflinePlanningTeam (offline_planning_team.h) the rule-based OfflinePlanner; no model.
//
// Use (GUI thread; the team must outlive the returned task):
//
//   agents::GoalRequest request{goal};                 // goal.today set; weekday hours optional
//   llm::CancelToken cancel;                           // cancel.cancel() from a button or Ctrl-C
//   auto running = team.generate(request, sink, cancel);
//   Result<Plan> plan = co_await running;              // named local: see DESIGN pitfalls
//
// generate: validates the goal (Kind::Usage before any model call), then reports progress to the
// sink (stage events analysing + researching, planning, scheduling, repairing when a repair
// round runs; streamed text pieces per agent; done on success) and returns a plan with its
// tasks dated but not stored (ids 0). Errors: Usage (bad goal, prompt does not fit the context),
// Provider (model server or network: exit 3), Validation (the model's answer was rejected even
// after a repair round: exit 4), Cancelled (exit 130). A failure never returns part of a plan.
//
// revise: keeps every finished (done or skipped) task exactly as it was, and replaces the
// remaining tasks by a revision (LLM: the reviser splits, adds, drops and re-estimates them;
// offline: the same tasks rescheduled), dated from summary.today. The result is a proposal,
// not stored: the plan's id and user stay, a kept task keeps its id, new tasks have id 0.

#include "core/agents/progress.h"
#include "core/domain/goal.h"
#include "core/domain/plan.h"
#include "core/domain/result.h"
#include "core/llm/provider.h"
#include "core/planning/scheduler.h"

#include <qcoro/qcorotask.h>

#include <optional>

namespace helios::agents {

struct GoalRequest
{
    Goal goal;                                // text, deadline, hoursPerWeek, today
    std::optional<WeekdayHours> weekdayHours; // replaces the even split of hoursPerWeek
    QString language;                         // "en" or "zh"; empty: detected from the goal text
};

// Where a plan stands on a given day: what the reviser is told, and the dates to revise for.
struct ProgressSummary
{
    QDate today;
    QDate deadline;           // the deadline to plan for (null: keep the plan's)
    double hoursPerWeek = 10; // the capacity to plan for (not positive: keep the plan's)
    int finishedCount = 0;    // done or skipped
    int remainingCount = 0;
    int overdueCount = 0;         // not finished and due before today
    double doneEstimateHours = 0; // estimates of the done tasks whose actual time is known
    double doneActualHours = 0;   // the actual time of those tasks
    double remainingEstimateHours = 0;
    double pace = 1; // measuredPace(): finished over planned work so far

    // The figures of plan on today, with the plan's deadline and weekly hours.
    static ProgressSummary of(const Plan &plan, QDate today);
    // A few English lines for the reviser's prompt.
    QString describe() const;
};

class PlanningTeam
{
public:
    virtual ~PlanningTeam() = default;

    virtual QCoro::Task<Result<Plan>> generate(GoalRequest request, ProgressSink sink,
                                               llm::CancelToken cancel) = 0;
    virtual QCoro::Task<Result<Plan>> revise(Plan plan, ProgressSummary summary, ProgressSink sink,
                                             llm::CancelToken cancel) = 0;
};

} // namespace helios::agents

#include "core/agents/offline_planning_team.h"

#include "core/domain/goal_validation.h"
#include "core/planning/offline_planner.h"
#include "core/planning/replanner.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include <qcoro/qcorofuture.h>

namespace helios::agents {

namespace {

void report(const ProgressSink &sink, PlanningStage stage, const char *agent)
{
    if (sink)
        sink(ProgressEvent::stageEntered(stage, QString::fromLatin1(agent)));
}

} // namespace

QCoro::Task<Result<Plan>> OfflinePlanningTeam::generate(GoalRequest request, ProgressSink sink,
                                                        llm::CancelToken cancel)
{
    const Status valid = validateGoal(request.goal);
    if (!valid)
        co_return valid.error();
    if (cancel.isCancelled())
        co_return Error::cancelled();
    report(sink, PlanningStage::Analysing, "analyst");
    report(sink, PlanningStage::Researching, "researcher");
    report(sink, PlanningStage::Planning, "planner");
    // Drafting and scheduling are pure computation; keep them off the calling (GUI) thread.
    auto draftAndSchedule = [request]() {
        const Goal &goal = request.goal;
        Plan plan = OfflinePlanner().draft(goal);
        // The plan's deadline: an event kind without one gets the day its event is assumed on.
        ScheduleOptions options{goal.today, plan.deadline, goal.hoursPerWeek};
        options.weekdayHours = request.weekdayHours;
        const ScheduleResult scheduled = Scheduler::schedule(plan.tasks, options);
        plan.atRisk = scheduled.atRisk;
        plan.hoursShort = scheduled.hoursShort;
        return plan;
    };
    QFuture<Plan> drafting = QtConcurrent::run(std::move(draftAndSchedule));
    Plan plan = co_await drafting;
    if (cancel.isCancelled())
        co_return Error::cancelled();
    report(sink, PlanningStage::Scheduling, "scheduler");
    if (sink)
        sink(ProgressEvent::done());
    co_return plan;
}

QCoro::Task<Result<Plan>> OfflinePlanningTeam::revise(Plan plan, ProgressSummary summary,
                                                      ProgressSink sink, llm::CancelToken cancel)
{
    if (cancel.isCancelled())
        co_return Error::cancelled();
    if (!summary.today.isValid())
        co_return Error::usage(
            QCoreApplication::translate("helios", "A revision needs the date of today."));
    report(sink, PlanningStage::Planning, "reviser");
    report(sink, PlanningStage::Scheduling, "scheduler");
    const std::optional<QDate> deadline =
        summary.deadline.isValid() ? std::optional<QDate>(summary.deadline) : std::nullopt;
    const std::optional<double> hours =
        summary.hoursPerWeek > 0 ? std::optional<double>(summary.hoursPerWeek) : std::nullopt;
    Plan revised = replan(plan, summary.today, deadline, hours);
    if (sink)
        sink(ProgressEvent::done());
    co_return revised;
}

} // namespace helios::agents

#include "core/jobs/plan_service.h"

#include "core/domain/goal_validation.h"
#include "core/planning/offline_planner.h"
#include "core/planning/scheduler.h"
#include "core/store/store.h"

#include <QtConcurrent/QtConcurrentRun>

#include <qcoro/qcorofuture.h>

namespace helios {

PlanService::PlanService(Store &store) : m_store(store) {}

QCoro::Task<Result<Plan>> PlanService::createPlan(Goal goal)
{
    goal.text = goal.text.trimmed();
    if (Status valid = validateGoal(goal); !valid)
        co_return valid.error();

    // Drafting and scheduling are pure computation; keep them off the calling (GUI) thread.
    // Named locals, not temporaries, in co_await expressions: see Store::savePlan.
    auto draftAndSchedule = [goal]() {
        Plan drafted = OfflinePlanner().draft(goal);
        const ScheduleResult scheduled =
            Scheduler::schedule(drafted.tasks, {goal.today, goal.deadline, goal.hoursPerWeek});
        drafted.atRisk = scheduled.atRisk;
        drafted.hoursShort = scheduled.hoursShort;
        return drafted;
    };
    QFuture<Plan> drafting = QtConcurrent::run(std::move(draftAndSchedule));
    Plan plan = co_await drafting;
    QCoro::Task<Result<Plan>> saving = m_store.savePlan(std::move(plan));
    Result<Plan> saved = co_await std::move(saving);
    co_return saved;
}

QCoro::Task<Result<QList<PlanSummary>>> PlanService::plans()
{
    return m_store.plans();
}

QCoro::Task<Result<Plan>> PlanService::plan(qint64 planId)
{
    return m_store.plan(planId);
}

QCoro::Task<Result<Task>> PlanService::setTaskStatus(qint64 taskId, TaskStatus status)
{
    return m_store.setTaskStatus(taskId, status);
}

} // namespace helios

#include "core/jobs/plan_service.h"

#include "core/domain/goal_validation.h"
#include "core/planning/offline_planner.h"
#include "core/planning/scheduler.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include <qcoro/qcorofuture.h>

namespace helios {

PlanService::PlanService(PlanQueries &queries, PlanWrites &writes, TaskWrites &taskWrites)
    : m_queries(queries), m_writes(writes), m_taskWrites(taskWrites)
{}

QCoro::Task<Result<Plan>> PlanService::createPlan(Goal goal)
{
    goal.text = goal.text.trimmed();
    if (Status valid = validateGoal(goal); !valid)
        co_return valid.error();

    // Drafting and scheduling are pure computation; keep them off the calling (GUI) thread.
    // Named locals, not temporaries, in co_await expressions (GCC 12, see ARCHITECTURE.md).
    auto draftAndSchedule = [goal]() {
        Plan drafted = OfflinePlanner().draft(goal);
        // The plan's deadline: an event kind without one gets the day its event is assumed on.
        const ScheduleResult scheduled =
            Scheduler::schedule(drafted.tasks, {goal.today, drafted.deadline, goal.hoursPerWeek});
        drafted.atRisk = scheduled.atRisk;
        drafted.hoursShort = scheduled.hoursShort;
        return drafted;
    };
    QFuture<Plan> drafting = QtConcurrent::run(std::move(draftAndSchedule));
    Plan plan = co_await drafting;
    QCoro::Task<Result<Plan>> saving = m_writes.savePlan(std::move(plan));
    Result<Plan> saved = co_await std::move(saving);
    co_return saved;
}

QCoro::Task<Result<Plan>> PlanService::savePlan(Plan plan)
{
    return m_writes.savePlan(std::move(plan));
}

QCoro::Task<Status> PlanService::deletePlan(qint64 planId)
{
    return m_writes.deletePlan(planId);
}

QCoro::Task<Result<QList<PlanSummary>>> PlanService::plans()
{
    return m_queries.plans();
}

QCoro::Task<Result<Plan>> PlanService::plan(qint64 planId)
{
    return m_queries.plan(planId);
}

QCoro::Task<Result<Task>> PlanService::setTaskStatus(qint64 taskId, TaskStatus status)
{
    return m_taskWrites.setTaskStatus(taskId, status);
}

QCoro::Task<Result<Task>> PlanService::setTaskNotes(qint64 taskId, QString notes)
{
    return m_taskWrites.setTaskNotes(taskId, std::move(notes));
}

QCoro::Task<Status> PlanService::setTemplate(qint64 planId, bool isTemplate)
{
    return m_writes.setTemplate(planId, isTemplate);
}

QCoro::Task<Result<Page<PlanSummary>>> PlanService::templates(int page, int limit)
{
    return m_queries.templates(page, limit);
}

QCoro::Task<Result<Plan>> PlanService::createFromTemplate(qint64 templateId, Goal goal)
{
    QCoro::Task<Result<Plan>> loading = m_queries.plan(templateId);
    Result<Plan> source = co_await std::move(loading);
    if (!source)
        co_return source.error();
    if (!source->isTemplate)
        co_return Error::usage(
            QCoreApplication::translate("helios", "Plan %1 is not a template.").arg(templateId));
    goal.text = goal.text.trimmed().isEmpty() ? source->goal : goal.text.trimmed();
    if (Status valid = validateGoal(goal); !valid)
        co_return valid.error();

    Plan plan = std::move(*source);
    plan.id = 0;
    plan.isTemplate = false;
    plan.createdAt = {};
    plan.goal = goal.text;
    plan.startDate = goal.today;
    plan.deadline = goal.deadline;
    plan.hoursPerWeek = goal.hoursPerWeek;
    for (Task &task : plan.tasks) {
        task.id = 0;
        task.status = TaskStatus::Todo;
        task.actualHours = -1;
        task.startDate = {};
        task.dueDate = {};
    }
    const ScheduleResult scheduled =
        Scheduler::schedule(plan.tasks, {goal.today, goal.deadline, goal.hoursPerWeek});
    plan.atRisk = scheduled.atRisk;
    plan.hoursShort = scheduled.hoursShort;
    QCoro::Task<Result<Plan>> saving = m_writes.savePlan(std::move(plan));
    Result<Plan> saved = co_await std::move(saving);
    co_return saved;
}

} // namespace helios

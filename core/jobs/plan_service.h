#pragma once

#include "core/domain/goal.h"
#include "core/domain/plan.h"
#include "core/domain/plan_queries.h"
#include "core/domain/plan_writes.h"
#include "core/domain/result.h"
#include "core/domain/task_writes.h"

#include <qcoro/qcorotask.h>

#include <concepts>

namespace helios {

// Something that keeps plans and their tasks (the Store, the tests' in-memory storage).
template <typename S>
concept PlanStorage = std::derived_from<S, PlanQueries> && std::derived_from<S, PlanWrites> &&
    std::derived_from<S, TaskWrites>;

// What the CLI and the GUI do to plans, in one place: both are thin shells over this.
class PlanService
{
public:
    // The storage must outlive the service.
    PlanService(PlanQueries &queries, PlanWrites &writes, TaskWrites &taskWrites);
    template <PlanStorage S>
    explicit PlanService(S &storage) : PlanService(storage, storage, storage)
    {}

    // Validates the goal, drafts a plan with the offline planner, schedules it and saves it.
    // Usage errors (bad goal) come back before anything is written.
    QCoro::Task<Result<Plan>> createPlan(Goal goal);
    // Saves a plan made elsewhere (a planning team's draft the person accepted); returns it with
    // its ids.
    QCoro::Task<Result<Plan>> savePlan(Plan plan);
    // Deletes a plan with its tasks and versions (there is no undo; the daily backup has it).
    QCoro::Task<Status> deletePlan(qint64 planId);
    QCoro::Task<Result<QList<PlanSummary>>> plans();
    QCoro::Task<Result<Plan>> plan(qint64 planId);
    QCoro::Task<Result<Task>> setTaskStatus(qint64 taskId, TaskStatus status);
    QCoro::Task<Result<Task>> setTaskNotes(qint64 taskId, QString notes);

    // Templates (the seed's public plans): any plan can be offered as a template; a template
    // starts a new goal with its tasks, scheduled afresh from goal.today. goal.text may be empty
    // to keep the template's goal.
    QCoro::Task<Status> setTemplate(qint64 planId, bool isTemplate);
    QCoro::Task<Result<Page<PlanSummary>>> templates(int page, int limit);
    QCoro::Task<Result<Plan>> createFromTemplate(qint64 templateId, Goal goal);

private:
    PlanQueries &m_queries;
    PlanWrites &m_writes;
    TaskWrites &m_taskWrites;
};

} // namespace helios

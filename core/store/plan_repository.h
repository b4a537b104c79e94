#pragma once

#include "core/domain/plan.h"
#include "core/domain/plan_visitor.h"
#include "core/domain/result.h"
#include "core/domain/task_queries.h"

#include <QSqlDatabase>

#include <functional>
#include <optional>

namespace helios {

// Reads and writes plans and their tasks on one connection. Synchronous: it runs on a store
// worker thread, never on the GUI thread. Every statement comes from core/store/sql.h.
class PlanRepository
{
public:
    explicit PlanRepository(QSqlDatabase db);

    // The local profile (the seed's user), created on first use.
    Result<qint64> ensureLocalUser();

    // Inserts the plan and all its tasks and dependencies in one transaction. On success the
    // plan's, tasks' and user ids are filled in.
    Result<Plan> insertPlan(Plan plan, qint64 userId);
    // More rows that belong with inserted plans (an import's plan versions): called inside the
    // transaction with the plans as saved; an error rolls everything back.
    using AlsoInTransaction = std::function<Status(QSqlDatabase &, const QList<Plan> &saved)>;
    // Inserts several plans in one transaction: all of them or none.
    Result<QList<Plan>> insertPlans(QList<Plan> plans, qint64 userId,
                                    const AlsoInTransaction &alsoInTransaction = {});
    Result<QList<PlanSummary>> planSummaries(qint64 userId);
    Result<Plan> plan(qint64 planId);
    // The plan without its tasks (plan() reads them too): for a caller that holds them already.
    Result<Plan> planWithoutTasks(qint64 planId);
    Result<qint64> planIdOfTask(qint64 taskId);
    // All of a user's plans (not templates) with all their tasks, in exactly two queries.
    Result<QList<Plan>> plansWithTasks(qint64 userId);
    Result<Task> setTaskStatus(qint64 taskId, TaskStatus status);
    // Notes are plain text, stored as given.
    Result<Task> setTaskNotes(qint64 taskId, const QString &notes);

    // Templates: plans offered as a starting point for new goals.
    Status setTemplate(qint64 planId, bool isTemplate);
    Result<Page<PlanSummary>> templates(int page, int limit);

    Result<TaskStatistics> statistics(qint64 userId, const QDate &today);
    // TaskQueries::openTasksStartingBy, for the user's plans.
    Result<QList<PlannedTask>> openTasksStartingBy(qint64 userId, const QDate &last);
    // TaskQueries::task: NotFound when there is no such task.
    Result<Task> task(qint64 taskId);
    // Visits every task of the user with a forward-only cursor, so memory stays flat however
    // many there are. Stops early when visit returns false.
    Status forEachTask(qint64 userId, const std::function<bool(const Task &)> &visit);
    // Walks one plan (planId) or all of the user's plans (no planId; templates excluded) with
    // forward-only cursors in two queries, handing each task to the visitor as it is read.
    // A visitor that stops early is not an error of the store.
    Status visitPlans(qint64 userId, std::optional<qint64> planId, PlanVisitor &visitor);
    // A plan's tasks as stored, in position order, their prerequisites as positions.
    Result<QList<Task>> tasksOf(qint64 planId);

private:
    // The stored task, read back after a write.
    Result<Task> storedTask(qint64 taskId);
    // The rows of one plan, inside a transaction the caller holds.
    Result<Plan> insertPlanRows(Plan plan, qint64 userId);

    QSqlDatabase m_db;
};

} // namespace helios

#pragma once

#include "core/domain/plan.h"
#include "core/domain/result.h"

#include <QSqlDatabase>

#include <functional>

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
    Result<QList<PlanSummary>> planSummaries(qint64 userId);
    Result<Plan> plan(qint64 planId);
    // All of a user's plans (not templates) with all their tasks, in exactly two queries.
    Result<QList<Plan>> plansWithTasks(qint64 userId);
    Result<Task> setTaskStatus(qint64 taskId, TaskStatus status);
    // Notes are plain text, stored as given.
    Result<Task> setTaskNotes(qint64 taskId, const QString &notes);

    // Templates: plans offered as a starting point for new goals.
    Status setTemplate(qint64 planId, bool isTemplate);
    Result<Page<PlanSummary>> templates(int page, int limit);

    Result<TaskStatistics> statistics(qint64 userId, const QDate &today);
    // Visits every task of the user with a forward-only cursor, so memory stays flat however
    // many there are. Stops early when visit returns false.
    Status forEachTask(qint64 userId, const std::function<bool(const Task &)> &visit);

private:
    Result<QList<Task>> tasksOf(qint64 planId);
    // The stored task, read back after a write.
    Result<Task> storedTask(qint64 taskId);

    QSqlDatabase m_db;
};

} // namespace helios

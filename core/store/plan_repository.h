#pragma once

#include "core/domain/plan.h"
#include "core/domain/result.h"

#include <QSqlDatabase>

namespace helios {

// Reads and writes plans and their tasks on one connection. Synchronous: it runs on a store
// worker thread, never on the GUI thread.
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
    Result<Task> setTaskStatus(qint64 taskId, TaskStatus status);

private:
    Result<QList<Task>> tasksOf(qint64 planId);

    QSqlDatabase m_db;
};

} // namespace helios

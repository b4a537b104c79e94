#pragma once

#include "core/domain/plan.h"
#include "core/domain/plan_visitor.h"
#include "core/domain/result.h"

#include <QDate>
#include <QList>

#include <qcoro/qcorotask.h>

#include <optional>

namespace helios {

// Reads of plans, for services, view-models and exports. Implemented by Store (SQLite, on its
// worker threads) and by the in-memory storage of the tests.
//
// What every storage interface here promises (see also PlanWrites, TaskWrites, VersionQueries,
// VersionWrites, JobQueries, JobWrites, LlmCallQueries, LlmCallWrites, LlmCacheStorage, Backups):
// - Call it from one thread (the GUI's, or the CLI's main thread); the task resumes there. It
//   may finish within the call or later: never assume either.
// - Errors are values: Storage when the storage failed, NotFound for an id that does not exist
//   (a sentence naming it), never an empty result in their place.
// - A read that starts after a write has finished sees that write, whatever the
//   implementation caches.
// - Callbacks and visitors handed in may run on another thread, and must outlive the call.
class PlanQueries
{
public:
    virtual ~PlanQueries() = default;

    // The plans (not templates), newest first (by creation time, then id), each with its task
    // count and hours.
    virtual QCoro::Task<Result<QList<PlanSummary>>> plans() = 0;
    // One plan (template or not) with its tasks in order, dependencies as positions.
    virtual QCoro::Task<Result<Plan>> plan(qint64 planId) = 0;
    // The id of the plan a task belongs to; NotFound when there is no such task.
    virtual QCoro::Task<Result<qint64>> planIdOfTask(qint64 taskId) = 0;
    // Every plan (not templates) with all its tasks, in the order they were saved. For work
    // over the whole database; exports of any size use visitPlans.
    virtual QCoro::Task<Result<QList<Plan>>> plansWithTasks() = 0;
    // One page of the templates, newest first: page counts from 1 (less is 1), limit is kept
    // within 1..500, total counts every template.
    virtual QCoro::Task<Result<Page<PlanSummary>>> templates(int page, int limit) = 0;
    // Figures over every task (templates' too); overdue: to do or in progress and due before
    // today.
    virtual QCoro::Task<Result<TaskStatistics>> statistics(QDate today) = 0;
    // Walks one plan, or every plan (not templates) in the order they were saved, task by task
    // (see PlanVisitor), so that memory stays flat however large they are. A visitor that stops
    // early is not an error.
    virtual QCoro::Task<Status> visitPlans(std::optional<qint64> planId, PlanVisitor &visitor) = 0;
};

} // namespace helios

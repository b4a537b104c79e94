#pragma once

#include "core/domain/plan.h"
#include "core/domain/plan_queries.h"
#include "core/domain/result.h"
#include "core/domain/task_queries.h"
#include "core/domain/task_writes.h"
#include "core/today/agenda.h"

#include <QDate>
#include <QLatin1StringView>

#include <qcoro/qcorotask.h>

namespace helios {

class VersionService;

// A task moved to tomorrow: the plan before and as saved after, and the other tasks that moved
// with it (those that depend on it), by id.
struct TaskMove
{
    qint64 taskId = 0;
    Plan before;
    Plan after;
    QList<qint64> alsoMoved;

    const Task *movedTask() const; // in `after`
};

// The day's list and what a person does from it, over the storage interfaces: what the CLI's
// `today`, the window's Today page, the reminders and the local API call.
class TodayService
{
public:
    // The reason recorded with the version a move to tomorrow makes.
    static constexpr QLatin1StringView kMovedToTomorrow{"moved to tomorrow"};

    // The storage and the service must outlive this.
    TodayService(TaskQueries &tasks, TaskWrites &taskWrites, PlanQueries &plans,
                 VersionService &versions);

    // Today's list across every plan (see buildAgenda): one read on a store worker, and the list
    // sorted on the thread pool, both off the calling thread.
    QCoro::Task<Result<Agenda>> agenda(QDate today, AgendaOptions options = {});
    // Marks a task done; returns it as stored.
    QCoro::Task<Result<Task>> markDone(qint64 taskId);
    // Moves an open task to tomorrow (deferToTomorrow), pushing what depends on it, recorded as
    // a new version of its plan (kMovedToTomorrow).
    QCoro::Task<Result<TaskMove>> moveToTomorrow(qint64 taskId, QDate today);

private:
    TaskQueries &m_tasks;
    TaskWrites &m_taskWrites;
    PlanQueries &m_plans;
    VersionService &m_versions;
};

} // namespace helios

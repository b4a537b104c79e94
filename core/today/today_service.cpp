#include "core/today/today_service.h"

#include "core/jobs/version_service.h"
#include "core/planning/deferral.h"

#include <QtConcurrent/QtConcurrentRun>
#include <qcoro/qcorofuture.h>

namespace helios {

TodayService::TodayService(TaskQueries &tasks, TaskWrites &taskWrites, PlanQueries &plans,
                           VersionService &versions)
    : m_tasks(tasks), m_taskWrites(taskWrites), m_plans(plans), m_versions(versions)
{}

QCoro::Task<Result<Agenda>> TodayService::agenda(QDate today, AgendaOptions options)
{
    QCoro::Task<Result<QList<PlannedTask>>> reading =
        m_tasks.openTasksStartingBy(agendaHorizon(today, options));
    Result<QList<PlannedTask>> open = co_await std::move(reading);
    if (!open)
        co_return open.error();
    // Sorting thousands of overdue tasks into the day took 4-9 ms of the window's GUI thread on
    // every read (docs/BENCHMARKS.md, Today): on the thread pool instead.
    QFuture<Agenda> building =
        QtConcurrent::run([tasks = std::move(open).value(), today, options]() {
            return buildAgenda(tasks, today, options);
        });
    co_return co_await building;
}

QCoro::Task<Result<Task>> TodayService::markDone(qint64 taskId)
{
    return m_taskWrites.setTaskStatus(taskId, TaskStatus::Done);
}

const Task *TaskMove::movedTask() const
{
    for (const Task &task : after.tasks) {
        if (task.id == taskId)
            return &task;
    }
    return nullptr;
}

QCoro::Task<Result<TaskMove>> TodayService::moveToTomorrow(qint64 taskId, QDate today)
{
    QCoro::Task<Result<Task>> readingTask = m_tasks.task(taskId);
    Result<Task> task = co_await std::move(readingTask);
    if (!task)
        co_return task.error();
    QCoro::Task<Result<Plan>> readingPlan = m_plans.plan(task->planId);
    Result<Plan> plan = co_await std::move(readingPlan);
    if (!plan)
        co_return plan.error();
    Result<Plan> moved = deferToTomorrow(*plan, taskId, today);
    if (!moved)
        co_return moved.error();
    QCoro::Task<Result<AppliedVersion>> saving =
        m_versions.applyVersion(std::move(*moved), QString(kMovedToTomorrow));
    Result<AppliedVersion> saved = co_await std::move(saving);
    if (!saved)
        co_return saved.error();
    TaskMove move{taskId, std::move(*plan), std::move(saved->plan), {}};
    for (const Task &after : std::as_const(move.after.tasks)) {
        for (const Task &before : std::as_const(move.before.tasks)) {
            if (before.id == after.id && after.id != taskId &&
                (before.startDate != after.startDate || before.dueDate != after.dueDate))
                move.alsoMoved.append(after.id);
        }
    }
    co_return move;
}

} // namespace helios

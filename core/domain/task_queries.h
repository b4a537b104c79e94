#pragma once

#include "core/domain/result.h"
#include "core/domain/task.h"

#include <QDate>
#include <QList>
#include <QString>

#include <qcoro/qcorotask.h>

namespace helios {

// A task with what a list across plans needs of its plan.
struct PlannedTask
{
    Task task; // planId set; dependsOn empty (positions mean nothing outside the plan)
    QString planGoal;
    double planHoursPerWeek = 10.0;
    friend bool operator==(const PlannedTask &, const PlannedTask &) = default;
};

// Reads of tasks across plans (see PlanQueries for what every storage interface promises), for
// the day's list (core/today), reminders and the local API, without loading whole plans.
class TaskQueries
{
public:
    virtual ~TaskQueries() = default;

    // The open tasks (to do or in progress) of every plan (not templates) whose start date is on
    // or before `last`: the overdue ones, those under way and those that start by then. Tasks
    // without dates are not listed. Ordered by due date, then plan id, then position.
    virtual QCoro::Task<Result<QList<PlannedTask>>> openTasksStartingBy(QDate last) = 0;
    // One task (of a plan or a template), dependencies as positions in its plan; NotFound for
    // an id no task has.
    virtual QCoro::Task<Result<Task>> task(qint64 taskId) = 0;
};

} // namespace helios

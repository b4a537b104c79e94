#pragma once

#include "core/domain/result.h"
#include "core/domain/task.h"

#include <QString>

#include <qcoro/qcorotask.h>

namespace helios {

// Changes to single tasks (see PlanQueries for what every storage interface promises). Each
// returns the task as stored, dependencies as positions in its plan. A later change of one
// task (the local API's patch, a sync engine's) belongs here.
class TaskWrites
{
public:
    virtual ~TaskWrites() = default;

    virtual QCoro::Task<Result<Task>> setTaskStatus(qint64 taskId, TaskStatus status) = 0;
    // Notes are plain text, stored as given (a null string as an empty one).
    virtual QCoro::Task<Result<Task>> setTaskNotes(qint64 taskId, QString notes) = 0;
};

} // namespace helios

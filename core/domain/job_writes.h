#pragma once

#include "core/domain/job.h"
#include "core/domain/result.h"

#include <qcoro/qcorotask.h>

#include <functional>

namespace helios {

// Changes to background jobs (see PlanQueries for what every storage interface promises).
class JobWrites
{
public:
    virtual ~JobWrites() = default;

    // Records a new job; returns it with its id, and createdAt and updatedAt now.
    virtual QCoro::Task<Result<Job>> insertJob(Job job) = 0;
    // Saves a job's status, error, plan, stage and owner (kind and input never change) and sets
    // updatedAt to now. A cancelled job stays cancelled: an update that would make it pending or
    // running again changes nothing and succeeds (its owner saving a stage must not undo a cancel
    // another process has just written).
    virtual QCoro::Task<Status> updateJob(Job job) = 0;
    // Pending and running jobs whose owner process is gone (no owner, or isAlive(pid) false)
    // become interrupted, without owner, with interruptedJobError(stage) as their error.
    // Returns how many. isAlive may be called on another thread.
    virtual QCoro::Task<Result<int>> interruptOrphanedJobs(std::function<bool(qint64)> isAlive) = 0;
};

} // namespace helios

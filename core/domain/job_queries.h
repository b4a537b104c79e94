#pragma once

#include "core/domain/job.h"
#include "core/domain/result.h"

#include <QList>

#include <qcoro/qcorotask.h>

#include <optional>

namespace helios {

// Reads of background jobs (see PlanQueries for what every storage interface promises). Other
// processes (another helios-cli) may change the same jobs: every read is fresh.
class JobQueries
{
public:
    virtual ~JobQueries() = default;

    // nullopt when there is no such job.
    virtual QCoro::Task<Result<std::optional<Job>>> job(qint64 jobId) = 0;
    // The newest jobs first (by id), at most limit.
    virtual QCoro::Task<Result<QList<Job>>> recentJobs(int limit) = 0;
};

} // namespace helios

// The Store's background jobs (JobQueries, JobWrites), on its workers through JobRepository.
// Jobs are never cached: other processes change them too.

#include "core/store/store.h"
#include "core/store/store_worker.h"
#include "core/store/version_repository.h"

namespace helios {

QCoro::Task<Result<std::optional<Job>>> Store::job(qint64 jobId)
{
    return resultOnWorker<std::optional<Job>>(QLatin1StringView("job"), [jobId](QSqlDatabase &db) {
        return JobRepository(db).job(jobId);
    });
}

QCoro::Task<Result<QList<Job>>> Store::recentJobs(int limit)
{
    return resultOnWorker<QList<Job>>(QLatin1StringView("recent_jobs"), [limit](QSqlDatabase &db) {
        return JobRepository(db).recent(limit);
    });
}

QCoro::Task<Result<Job>> Store::insertJob(Job job)
{
    return resultOnWorker<Job>(
        QLatin1StringView("insert_job"),
        [job = std::move(job)](QSqlDatabase &db) { return JobRepository(db).insert(job); });
}

QCoro::Task<Status> Store::updateJob(Job job)
{
    auto work = [job = std::move(job)](QSqlDatabase &db) -> Status {
        return JobRepository(db).update(job);
    };
    return runOnWorker(std::move(work), 0, QLatin1StringView("update_job"));
}

QCoro::Task<Result<int>> Store::interruptOrphanedJobs(std::function<bool(qint64)> isAlive)
{
    return resultOnWorker<int>(QLatin1StringView("interrupt_orphaned_jobs"),
                               [isAlive = std::move(isAlive)](QSqlDatabase &db) {
                                   return JobRepository(db).interruptOrphans(isAlive);
                               });
}

} // namespace helios

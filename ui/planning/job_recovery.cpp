#include "ui/planning/job_recovery.h"

#include "core/jobs/job_service.h"
#include "ui/viewmodels/plans_view_model.h"

#include <QPointer>
#include <QSet>

#include <qcoro/qcorotask.h>

namespace helios::ui {

namespace {

constexpr int kJobsLooked = 50;

// Says `running(false)` when the coroutine ends, on every path out of it.
struct RecoveryEnd
{
    explicit RecoveryEnd(std::function<void(bool)> onEnd) : running(std::move(onEnd)) {}
    RecoveryEnd(const RecoveryEnd &) = delete;
    RecoveryEnd &operator=(const RecoveryEnd &) = delete;
    ~RecoveryEnd()
    {
        if (running)
            running(false);
    }

    std::function<void(bool)> running;
};

QCoro::Task<> recover(QPointer<JobService> jobs,
                      std::function<void(const QList<Job> &)> interrupted,
                      std::function<void(bool)> running)
{
    const RecoveryEnd end{std::move(running)};
    // The jobs still marked running or pending before: those that become interrupted are this
    // start's to offer again.
    auto listing = jobs->jobs(kJobsLooked);
    const Result<QList<Job>> before = co_await listing;
    if (!jobs)
        co_return;
    QSet<qint64> unfinished;
    if (before) {
        for (const Job &job : *before) {
            if (job.status == JobStatus::Running || job.status == JobStatus::Pending)
                unfinished.insert(job.id);
        }
    }
    auto recovering = jobs->recoverInterrupted();
    const Result<int> recovered = co_await recovering;
    if (!jobs)
        co_return;
    if (!recovered) {
        qWarning("Jobs: %s", qPrintable(recovered.error().message));
        co_return;
    }
    if (*recovered == 0)
        co_return;
    qInfo("Jobs: %d interrupted job(s) marked", *recovered);
    auto relisting = jobs->jobs(kJobsLooked);
    const Result<QList<Job>> after = co_await relisting;
    if (!jobs || !after || !interrupted)
        co_return;
    QList<Job> generations;
    for (const Job &job : *after) {
        if (job.status == JobStatus::Interrupted && unfinished.contains(job.id) &&
            readGenerationJobInput(job.input))
            generations.append(job);
    }
    if (!generations.isEmpty())
        interrupted(generations);
}

} // namespace

void recoverInterruptedJobsWhenReady(PlansViewModel &plans, JobService &jobs,
                                     std::function<void(const QList<Job> &)> interrupted,
                                     std::function<void(bool)> running)
{
    auto recoverOnce = [service = QPointer<JobService>(&jobs), interrupted, running,
                        done = false](PlansViewModel::State state) mutable {
        if (state != PlansViewModel::State::Ready || done || !service)
            return;
        done = true;
        if (running)
            running(true);
        recover(service, interrupted, running);
    };
    if (plans.state() == PlansViewModel::State::Ready) {
        recoverOnce(PlansViewModel::State::Ready);
        return;
    }
    QObject::connect(&plans, &PlansViewModel::stateChanged, &jobs, std::move(recoverOnce));
}

} // namespace helios::ui

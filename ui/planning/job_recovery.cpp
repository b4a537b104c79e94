#include "ui/planning/job_recovery.h"

#include "core/jobs/job_service.h"
#include "ui/viewmodels/plans_view_model.h"

#include <QPointer>

#include <qcoro/qcorotask.h>

namespace helios::ui {

namespace {

QCoro::Task<> recover(QPointer<JobService> jobs)
{
    auto recovering = jobs->recoverInterrupted();
    const Result<int> recovered = co_await recovering;
    if (!recovered)
        qWarning("Jobs: %s", qPrintable(recovered.error().message));
    else if (*recovered > 0)
        qInfo("Jobs: %d interrupted job(s) marked", *recovered);
}

} // namespace

void recoverInterruptedJobsWhenReady(PlansViewModel &plans, JobService &jobs)
{
    auto recoverOnce = [service = QPointer<JobService>(&jobs),
                        done = false](PlansViewModel::State state) mutable {
        if (state != PlansViewModel::State::Ready || done || !service)
            return;
        done = true;
        recover(service);
    };
    if (plans.state() == PlansViewModel::State::Ready) {
        recoverOnce(PlansViewModel::State::Ready);
        return;
    }
    QObject::connect(&plans, &PlansViewModel::stateChanged, &jobs, std::move(recoverOnce));
}

} // namespace helios::ui

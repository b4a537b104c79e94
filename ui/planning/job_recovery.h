#pragma once

#include "core/domain/job.h"

#include <QList>

#include <functional>

namespace helios {
class JobService;
}

namespace helios::ui {

class PlansViewModel;

// Jobs whose process died while they ran (a crash, a kill, a power cut) are marked interrupted,
// once, as soon as the plans view-model has the database open; the CLI does the same in `plan`
// and `jobs`. The plan generations interrupted this way go to `interrupted` (not called when
// there are none), so that the window can offer to plan them again. `running` hears true when the
// recovery starts and false when it has ended (whatever the outcome), so that an owner can wait
// for it before the job service goes.
void recoverInterruptedJobsWhenReady(PlansViewModel &plans, JobService &jobs,
                                     std::function<void(const QList<Job> &)> interrupted = {},
                                     std::function<void(bool)> running = {});

} // namespace helios::ui

#pragma once

namespace helios {
class JobService;
}

namespace helios::ui {

class PlansViewModel;

// Jobs whose process died while they ran (a crash, a kill, a power cut) are marked interrupted,
// once, as soon as the plans view-model has the database open; the CLI does the same in `plan`
// and `jobs`. The outcome is only logged: nothing waits for it.
void recoverInterruptedJobsWhenReady(PlansViewModel &plans, JobService &jobs);

} // namespace helios::ui

#pragma once

// A main window over a real store, as the application wires it (for widget tests).

#include "core/jobs/job_service.h"
#include "tests/ui/ui_fixture.h"
#include "ui/planning/goal_planning_view_model.h"
#include "ui/planning/job_recovery.h"
#include "ui/planning/planning_teams.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/widgets/main_window.h"
#include "ui/widgets/plan_detail_view.h"

#include <QListView>
#include <QTreeView>

namespace helios::test {

struct WindowHarness
{
    explicit WindowHarness(StoreFixture &fixture)
        : viewModel(fixture.service(), fixture.opener()), jobs(fixture.store()),
          teams(nullptr, nullptr, nullptr, {}), planning(jobs, fixture.service(), teams),
          window(viewModel, errors)
    {
        window.setGoalPlanning(&planning);
        ui::recoverInterruptedJobsWhenReady(viewModel, jobs, [this](const QList<Job> &interrupted) {
            window.offerToPlanAgain(interrupted);
        });
        window.show();
        viewModel.start();
    }

    // Lets the store calls started by the window finish before the store goes away.
    ~WindowHarness()
    {
        if (!QTest::qWaitFor(
                [this]() { return !viewModel.isBusy() && !planning.hasWorkInFlight(); }))
            QTest::qFail("The window's store calls did not finish.", __FILE__, __LINE__);
    }

    WindowHarness(const WindowHarness &) = delete;
    WindowHarness &operator=(const WindowHarness &) = delete;

    RecordingErrorReporter errors;
    ui::PlansViewModel viewModel;
    JobService jobs;
    ui::PlanningTeams teams; // offline: no model server in these tests
    ui::GoalPlanningViewModel planning;
    ui::MainWindow window;
};

} // namespace helios::test

#pragma once

// A main window as the application wires it (for widget tests), over the fixture's storage:
// MemoryFixture (tests/ui/memory_fixture.h); a test about SQLite wires its own Store (see
// tests/ui/backups/tst_restore_backup.cpp).

#include "core/jobs/job_service.h"
#include "core/jobs/plan_edit_service.h"
#include "tests/ui/recording_error_reporter.h"
#include "ui/planning/goal_planning_view_model.h"
#include "ui/planning/job_recovery.h"
#include "ui/planning/planning_teams.h"
#include "ui/viewmodels/plan_editor.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/viewmodels/task_edits_view_model.h"
#include "ui/viewmodels/version_dialogs.h"
#include "ui/widgets/main_window.h"
#include "ui/widgets/plan_detail_view.h"

#include <QListView>
#include <QTreeView>

namespace helios::test {

// What a test adds to the window: Plan → Adapt plan… and Version history… over `versions`, with
// `team` as the model's planning team for "Revise with the model".
struct WindowOptions
{
    VersionService *versions = nullptr;
    ui::AdaptPlanViewModel::TeamProvider team = {};
    // File → Template gallery… over `gallery`, template files from `templateFiles`.
    ui::TemplateGalleryViewModel *gallery = nullptr;
    ui::FileChooser *templateFiles = nullptr;
    // The Today page over `today` (the window then opens on it once a plan exists).
    ui::TodayViewModel *today = nullptr;
    // Tools → Settings… and the settings file the window reads (closing with a tray).
    ui::SettingsServices settings = {};
    // The application's tray icon: closing can keep the window in the tray.
    QSystemTrayIcon *tray = nullptr;
};

template <typename Fixture> struct WindowHarness
{
    using Options = WindowOptions;

    explicit WindowHarness(Fixture &fixture, Options options = {})
        : viewModel({.plans = fixture.service(), .openStorage = fixture.opener()}),
          planEdits(fixture.store()),
          edits({.plans = fixture.service(), .planEdits = &planEdits}, viewModel),
          jobs(fixture.store()), teams(nullptr, nullptr, nullptr, {}),
          planning(jobs, fixture.service(), teams),
          window({.plans = viewModel,
                  .edits = edits,
                  .errors = errors,
                  .planning = &planning,
                  .settings = std::move(options.settings),
                  .versions = options.versions ? ui::versionDialogs(*options.versions, viewModel,
                                                                    std::move(options.team))
                                               : ui::VersionDialogs{},
                  .gallery = options.gallery,
                  .templateFiles = options.templateFiles,
                  .today = options.today,
                  .tray = options.tray})
    {
        ui::recoverInterruptedJobsWhenReady(
            viewModel, jobs,
            [this](const QList<Job> &interrupted) { window.offerToPlanAgain(interrupted); },
            [this](bool running) { recovering += running ? 1 : -1; });
        window.show();
        viewModel.start();
    }

    // Lets the store calls started by the window finish before the store goes away.
    ~WindowHarness()
    {
        if (!QTest::qWaitFor([this]() {
                return !viewModel.isBusy() && !edits.isBusy() && !edits.planEditor()->isBusy() &&
                       !planning.hasWorkInFlight() && recovering == 0;
            }))
            QTest::qFail("The window's store calls did not finish.", __FILE__, __LINE__);
    }

    WindowHarness(const WindowHarness &) = delete;
    WindowHarness &operator=(const WindowHarness &) = delete;

    RecordingErrorReporter errors;
    ui::PlansViewModel viewModel;
    PlanEditService planEdits; // editing the saved plan (Edit → Add task, Edit task…, …)
    ui::TaskEditsViewModel edits;
    int recovering = 0; // interrupted-job recoveries under way (their coroutines hold `jobs`)
    JobService jobs;
    ui::PlanningTeams teams; // offline: no model server in these tests
    ui::GoalPlanningViewModel planning;
    ui::MainWindow window;
};

} // namespace helios::test

#include "core/jobs/job_service.h"
#include "tests/support/team_answers.h"
#include "tests/support/test_llm_server.h"
#include "tests/support/test_main.h"
#include "tests/ui/memory_fixture.h"
#include "tests/ui/recording_error_reporter.h"
#include "tests/ui/window_harness.h"
#include "ui/dialogs/new_goal_dialog.h"
#include "ui/models/draft_task_model.h"
#include "ui/planning/goal_planning_view_model.h"
#include "ui/planning/planning_teams.h"
#include "ui/widgets/background_notifier.h"
#include "ui/widgets/date_field.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace helios;
using namespace helios::ui;
using namespace helios::test;
using namespace helios::test::answers;

namespace {

using Phase = GoalPlanningViewModel::Phase;

Goal goal(const QString &text = QStringLiteral("Learn Python programming"))
{
    Goal g;
    g.text = text;
    g.today = QDate::currentDate();
    g.deadline = g.today.addDays(60);
    g.hoursPerWeek = 5;
    return g;
}

// The Settings of a person who chose the test server as an OpenAI-compatible model server.
AppSettings modelSettings(const QUrl &endpoint)
{
    AppSettings settings;
    settings.provider = llm::ProviderKind::OpenAi;
    settings.endpoint = endpoint.toString();
    settings.model = QStringLiteral("test-model");
    settings.connectTimeoutSeconds = 2;
    settings.firstByteTimeoutSeconds = 20;
    settings.idleTimeoutSeconds = 20;
    settings.deadlineSeconds = 30;
    return settings;
}

// The New goal flow as the application wires it, over the in-memory storage (plans, jobs, the
// response cache and the call history) and, when given settings, the real test LLM server.
struct Planning
{
    explicit Planning(MemoryFixture &fixture, const AppSettings &settings = {})
        : calls(fixture.store()), jobs(fixture.store()),
          teams(nullptr, &fixture.store(), &fixture.store(), {}),
          viewModel(jobs, fixture.service(), teams)
    {
        teams.configure(settings);
    }

    ~Planning()
    {
        if (!QTest::qWaitFor([this]() { return !viewModel.hasWorkInFlight(); }, 20000))
            QTest::qFail("The generation did not end.", __FILE__, __LINE__);
        QCoro::waitFor(teams.drain());
    }

    Job job(qint64 id) { return QCoro::waitFor(jobs.job(id)).value(); }

    MemoryStorage &calls; // the call history
    JobService jobs;
    PlanningTeams teams;
    GoalPlanningViewModel viewModel;
};

} // namespace

// Opens New goal in the window once it can be, and waits until it shows; null when it does not.
template <typename Harness> NewGoalDialog *openNewGoal(Harness &ui)
{
    if (!QTest::qWaitFor([&]() { return ui.window.newGoalAction()->isEnabled(); }))
        return nullptr;
    ui.window.openNewGoalDialog();
    NewGoalDialog *dialog = ui.window.newGoalDialog();
    if (!dialog || !QTest::qWaitFor([dialog]() { return dialog->isVisible(); }))
        return nullptr;
    return dialog;
}

class TestGoalPlanning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("HeliosTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_goal_planning"));
    }

    void shouldPreviewAnOfflinePlanAndSaveItOnlyWhenAccepted()
    {
        // GIVEN the offline planner
        MemoryFixture fixture;
        Planning planning(fixture);
        GoalPlanningViewModel &vm = planning.viewModel;
        QAbstractItemModelTester tester(vm.draftModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!vm.modelAvailable());

        // WHEN a goal is planned
        vm.generate(goal(), true); // asks for the model, but none is configured
        QCOMPARE(vm.phase(), Phase::Generating);
        QTRY_COMPARE(vm.phase(), Phase::Preview);

        // THEN every agent is done, the draft is shown and nothing is saved yet
        QVERIFY(!vm.usesModel());
        for (const auto &agent : vm.agents())
            QVERIFY2(agent.state == GoalPlanningViewModel::AgentState::Done,
                     qPrintable(agent.agent));
        QVERIFY(vm.draftModel()->rowCount() >= 8);
        QVERIFY(fixture.summaries().isEmpty());
        const Job generated = planning.job(vm.jobId());
        QVERIFY(generated.status == JobStatus::Completed);
        QCOMPARE(generated.planId, 0);
        QVERIFY(generated.input.contains(QStringLiteral("\"provider\":\"offline\"")));

        // WHEN the person renames the first task and accepts
        QVERIFY(vm.draftModel()->setData(vm.draftModel()->index(0, DraftTaskModel::TitleColumn),
                                         QStringLiteral("Set up Python on my laptop")));
        QSignalSpy accepted(&vm, &GoalPlanningViewModel::planAccepted);
        QSignalSpy phases(&vm, &GoalPlanningViewModel::phaseChanged);
        vm.accept();

        // THEN the edited plan is saved once and the job records it
        QTRY_COMPARE(accepted.count(), 1);
        QCOMPARE(phases.count(), 2);
        QVERIFY(phases.at(0).at(0).value<Phase>() == Phase::Saving);
        QCOMPARE(vm.phase(), Phase::Editing);
        const Plan saved = accepted.constFirst().constFirst().value<Plan>();
        QVERIFY(saved.id > 0);
        QCOMPARE(fixture.summaries().size(), 1);
        QCOMPARE(fixture.reload(saved.id).tasks.constFirst().title,
                 QStringLiteral("Set up Python on my laptop"));
        QTRY_COMPARE(planning.job(vm.jobId()).planId, saved.id);
        QCOMPARE(vm.draftModel()->rowCount(), 0);
    }

    void shouldRefuseABadGoalAtOnceWithoutAJob()
    {
        MemoryFixture fixture;
        Planning planning(fixture);
        QSignalSpy failed(&planning.viewModel, &GoalPlanningViewModel::failed);

        planning.viewModel.generate(goal(QStringLiteral("   ")), false);

        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.constFirst().constFirst().toString(),
                 QStringLiteral("The goal is empty: describe what you want to achieve."));
        QCOMPARE(planning.viewModel.phase(), Phase::Editing);
        QVERIFY(QCoro::waitFor(planning.jobs.jobs())->isEmpty());
    }

    void shouldStreamEveryAgentAndRegenerateWithoutTheCache()
    {
        // GIVEN the test server as the model server
        TestLlmServer server;
        QVERIFY(server.listen());
        MemoryFixture fixture;
        Planning planning(fixture, modelSettings(server.baseUrl()));
        GoalPlanningViewModel &vm = planning.viewModel;
        QVERIFY(vm.modelAvailable());
        QCOMPARE(vm.modelLabel(),
                 QStringLiteral("test-model on %1").arg(server.baseUrl().toDisplayString()));
        enqueueGeneration(server);

        // WHEN the goal is planned with the model
        QSignalSpy finished(&vm, &GoalPlanningViewModel::generationFinished);
        vm.generate(goal(), true);
        QTRY_COMPARE(vm.phase(), Phase::Preview);

        // THEN the analyst, the researcher and the planner each asked once and streamed their
        // answers; the draft has the planner's three tasks
        QCOMPARE(server.requests().size(), 3);
        QVERIFY(vm.usesModel());
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        const auto agentText = [&vm](const QString &name) {
            for (const auto &agent : vm.agents())
                if (agent.agent == name)
                    return agent.text;
            return QString();
        };
        QVERIFY2(agentText(QStringLiteral("analyst")).contains(QStringLiteral("Python")),
                 qPrintable(agentText(QStringLiteral("analyst"))));
        QVERIFY(
            agentText(QStringLiteral("researcher")).contains(QStringLiteral("docs.python.org")));
        QVERIFY(agentText(QStringLiteral("planner")).contains(QStringLiteral("Install Python")));
        QCOMPARE(vm.draftModel()->rowCount(), 3);
        QVERIFY(
            planning.job(vm.jobId()).input.contains(QStringLiteral("\"model\":\"test-model\"")));

        // WHEN the same goal is planned again THEN the answers come from the cache
        vm.backToEditing();
        vm.generate(goal(), true);
        QTRY_COMPARE(vm.phase(), Phase::Preview);
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(vm.draftModel()->rowCount(), 3);

        // WHEN the person asks to regenerate THEN the model is asked again, not the cache
        enqueueGeneration(
            server, tasksJson({task(QStringLiteral("t1"), QStringLiteral("Install Python")),
                               task(QStringLiteral("t2"), QStringLiteral("Read the tutorial"), 5,
                                    {QStringLiteral("t1")}),
                               task(QStringLiteral("t3"), QStringLiteral("Solve ten exercises"), 5,
                                    {QStringLiteral("t2")}),
                               task(QStringLiteral("t4"), QStringLiteral("Write a script"), 3,
                                    {QStringLiteral("t3")})}));
        vm.regenerate();
        QTRY_COMPARE(vm.phase(), Phase::Preview);
        QCOMPARE(server.requests().size(), 6);
        QCOMPARE(vm.draftModel()->rowCount(), 4);
        QCOMPARE(vm.draftModel()->draft().tasks.at(1).title, QStringLiteral("Read the tutorial"));

        // AND every call is in the history
        QCoro::waitFor(planning.teams.drain());
        const auto calls = QCoro::waitFor(planning.calls.recentCalls(50));
        QVERIFY(calls.ok());
        QCOMPARE(calls->size(), 9); // 3 asked, 3 from the cache, 3 asked again
    }

    void shouldCancelAGenerationAndSaveNothing()
    {
        // GIVEN a model that takes its time
        TestLlmServer server;
        QVERIFY(server.listen());
        MemoryFixture fixture;
        Planning planning(fixture, modelSettings(server.baseUrl()));
        GoalPlanningViewModel &vm = planning.viewModel;
        enqueueGeneration(server, plannerJson(), 15000);
        vm.generate(goal(), true);
        QVERIFY(server.waitForRequests(2));
        const qint64 jobId = vm.jobId();
        QVERIFY(jobId > 0);

        // WHEN the person cancels
        QSignalSpy failed(&vm, &GoalPlanningViewModel::failed);
        vm.cancel();

        // THEN the flow is back at the goal at once, the job ends cancelled, nothing is saved
        QCOMPARE(vm.phase(), Phase::Editing);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(vm.errorMessage(), QStringLiteral("Planning was cancelled."));
        QTRY_VERIFY(planning.job(jobId).status == JobStatus::Cancelled);
        QVERIFY(fixture.summaries().isEmpty());
    }

    void shouldKeepThePreviewWhenARegenerationIsStopped()
    {
        // GIVEN a preview of the model's plan, with a task renamed by the person
        TestLlmServer server;
        QVERIFY(server.listen());
        MemoryFixture fixture;
        Planning planning(fixture, modelSettings(server.baseUrl()));
        GoalPlanningViewModel &vm = planning.viewModel;
        enqueueGeneration(server);
        vm.generate(goal(), true);
        QTRY_COMPARE(vm.phase(), Phase::Preview);
        QVERIFY(vm.draftModel()->setData(vm.draftModel()->index(0, DraftTaskModel::TitleColumn),
                                         QStringLiteral("Install Python 3.12")));

        // WHEN Regenerate is chosen and stopped while the model is still answering
        enqueueGeneration(server, plannerJson(), 15000);
        vm.regenerate();
        QCOMPARE(vm.phase(), Phase::Generating);
        QVERIFY(server.waitForRequests(5));
        QSignalSpy failed(&vm, &GoalPlanningViewModel::failed);
        vm.cancel();

        // THEN the preview is back as it was, edit included, with the reason; nothing is saved
        QCOMPARE(vm.phase(), Phase::Preview);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(vm.errorMessage(), QStringLiteral("Planning was cancelled."));
        QCOMPARE(vm.draftModel()->rowCount(), 3);
        QCOMPARE(vm.draftModel()->draft().tasks.at(0).title, QStringLiteral("Install Python 3.12"));
        QVERIFY(fixture.summaries().isEmpty());
        // AND it can still be accepted
        vm.accept();
        QTRY_COMPARE(fixture.summaries().size(), 1);
    }

    void shouldExplainAModelServerThatIsNotThere()
    {
        // GIVEN settings naming a port where nothing listens
        QUrl deadEndpoint;
        {
            TestLlmServer gone;
            QVERIFY(gone.listen());
            deadEndpoint = gone.baseUrl();
        }
        MemoryFixture fixture;
        AppSettings settings = modelSettings(deadEndpoint);
        settings.deadlineSeconds = 3;
        Planning planning(fixture, settings);
        GoalPlanningViewModel &vm = planning.viewModel;

        // WHEN a goal is planned
        vm.generate(goal(), true);

        // THEN it fails with a sentence naming the server; the job is failed; nothing is saved
        QTRY_VERIFY_WITH_TIMEOUT(vm.phase() == Phase::Editing, 20000);
        QVERIFY2(vm.errorMessage().startsWith(
                     QStringLiteral("The model server could not make the plan: ")),
                 qPrintable(vm.errorMessage()));
        QVERIFY2(vm.errorMessage().contains(QStringLiteral("127.0.0.1")) ||
                     vm.errorMessage().contains(QStringLiteral("connect"), Qt::CaseInsensitive) ||
                     vm.errorMessage().contains(QStringLiteral("refused"), Qt::CaseInsensitive),
                 qPrintable(vm.errorMessage()));
        QTRY_VERIFY(planning.job(vm.jobId()).status == JobStatus::Failed);
        QVERIFY(fixture.summaries().isEmpty());
    }

    void shouldShowEachAgentAtWorkAndStopFromTheDialog()
    {
        // GIVEN the window, with the test server as the model and a slow planner
        TestLlmServer server;
        QVERIFY(server.listen());
        MemoryFixture fixture;
        WindowHarness ui(fixture);
        ui.teams.configure(modelSettings(server.baseUrl()));
        server.enqueue(reply(kAnalyst, analysisJson()));
        server.enqueue(reply(kResearcher, researchJson()));
        server.enqueue(reply(kPlanner, plannerJson(), 15000));
        NewGoalDialog *dialog = openNewGoal(ui);
        QVERIFY(dialog);
        auto *planner = dialog->findChild<QComboBox *>(QStringLiteral("plannerCombo"));
        QCOMPARE(planner->count(), 2);
        QVERIFY(dialog->useModel()); // the configured model is the default

        // WHEN a goal is submitted
        // (typed text must be Latin-1 for QTest::keyClicks; an input method gives the rest)
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("goalEdit"))
            ->setPlainText(QStringLiteral("三个月内学会Python编程"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createButton")),
                          Qt::LeftButton);

        // THEN the progress page shows the analyst done with its streamed text, the planner at
        // work
        QTRY_VERIFY(dialog->page() == NewGoalDialog::Page::Progress);
        auto *analystState = dialog->findChild<QLabel *>(QStringLiteral("agentState_analyst"));
        auto *plannerState = dialog->findChild<QLabel *>(QStringLiteral("agentState_planner"));
        auto *analystText =
            dialog->findChild<QPlainTextEdit *>(QStringLiteral("agentText_analyst"));
        QVERIFY(analystState && plannerState && analystText);
        QTRY_COMPARE(plannerState->text(), QStringLiteral("Working…"));
        QCOMPARE(analystState->text(), QStringLiteral("Done"));
        // AND what the analyst found is said in words, the raw answer kept behind Details
        auto *findings = dialog->findChild<QLabel *>(QStringLiteral("agentFindings_analyst"));
        QVERIFY(findings);
        // (no catalogue is installed here, so plurals read "(s)")
        QVERIFY2(findings->text().startsWith(QStringLiteral("1 risk")) &&
                     findings->text().contains(QStringLiteral("1 constraint")) &&
                     findings->text().contains(QStringLiteral("1 success criterion")) &&
                     !findings->text().contains(QLatin1Char('{')),
                 qPrintable(findings->text()));
        QVERIFY(!analystText->isVisible());
        auto *details = dialog->findChild<QToolButton *>(QStringLiteral("agentDetails_analyst"));
        QVERIFY(details && details->isVisible());
        details->click();
        QVERIFY(analystText->isVisible());
        QVERIFY(analystText->toPlainText().contains(QStringLiteral("Python")));
        QVERIFY(dialog->isBusy());
        const QString artifacts =
            qEnvironmentVariable("HELIOS_TEST_ARTIFACTS",
                                 QDir::temp().filePath(QStringLiteral("helios-test-artifacts")));
        QDir().mkpath(artifacts);
        QVERIFY(dialog->grab().save(
            QDir(artifacts).filePath(QStringLiteral("new-goal-progress-en.png"))));

        // WHEN Stop is clicked THEN the dialog is back at the goal, saying so, with the goal kept
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("stopButton")),
                          Qt::LeftButton);
        QVERIFY(dialog->page() == NewGoalDialog::Page::Goal);
        QCOMPARE(dialog->errorText(), QStringLiteral("Planning was cancelled."));
        QCOMPARE(dialog->goal().text, QStringLiteral("三个月内学会Python编程"));
        QVERIFY(!dialog->isBusy());
        dialog->reject();
        QVERIFY(fixture.summaries().isEmpty());
    }

    void shouldSayHowTheOfflinePlannerUnderstoodTheGoal()
    {
        // GIVEN the window with the offline planner
        MemoryFixture fixture;
        WindowHarness ui(fixture);
        NewGoalDialog *dialog = openNewGoal(ui);
        QVERIFY(dialog);
        auto *goalEdit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("goalEdit"));
        auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
        auto *kind = dialog->findChild<QLabel *>(QStringLiteral("previewKind"));
        QVERIFY(goalEdit && create && kind);

        // WHEN a goal of a known kind is planned
        goalEdit->setPlainText(QStringLiteral("Pass the IELTS with band 7"));
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_VERIFY(dialog->page() == NewGoalDialog::Page::Preview);

        // THEN the preview says what it was recognised as, and from which words
        QVERIFY(kind->isVisible());
        QCOMPARE(kind->text(), QStringLiteral("Recognised as IELTS (Pass, IELTS, band)."));
        auto *summary = dialog->findChild<QLabel *>(QStringLiteral("previewSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("Sit the IELTS on ")),
                 qPrintable(summary->text()));

        // WHEN the person goes back and plans a goal Helios does not know
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("backButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(dialog->page() == NewGoalDialog::Page::Goal);
        goalEdit->setPlainText(QStringLiteral("Restore my grandfather's motorbike"));
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_VERIFY(dialog->page() == NewGoalDialog::Page::Preview);

        // THEN the preview says so and how to get a full plan
        QVERIFY(kind->isVisible());
        QVERIFY2(kind->text().contains(QStringLiteral("does not know this kind of goal")) &&
                     kind->text().contains(QStringLiteral("model server")) &&
                     kind->text().contains(QStringLiteral("template")),
                 qPrintable(kind->text()));
        QVERIFY(
            dialog->findChild<QTableView *>(QStringLiteral("previewTable"))->model()->rowCount() <=
            6);
        dialog->reject();
    }

    void shouldProposeTheDeadlineInTheGoalAndPlanOnEnter()
    {
        // GIVEN New goal open in the window, with the offline planner
        MemoryFixture fixture;
        WindowHarness ui(fixture);
        NewGoalDialog *dialog = openNewGoal(ui);
        QVERIFY(dialog);
        auto *goalEdit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("goalEdit"));
        auto *deadlineCheck = dialog->findChild<QCheckBox *>(QStringLiteral("deadlineCheck"));
        auto *deadline = dialog->findChild<DateField *>(QStringLiteral("deadlineEdit"));
        auto *hint = dialog->findChild<QLabel *>(QStringLiteral("deadlineHint"));
        auto *create = dialog->findChild<QPushButton *>(QStringLiteral("createButton"));
        QVERIFY(goalEdit && deadlineCheck && deadline && hint && create);
        QVERIFY(!deadlineCheck->isChecked());
        const QDate today = QDate::currentDate();

        // WHEN a goal with its time in words is typed
        goalEdit->setFocus();
        QTest::keyClicks(goalEdit, QStringLiteral("Learn Python in 3 months"));

        // THEN that deadline is proposed, and the dialog says where it came from
        QVERIFY(deadlineCheck->isChecked());
        QCOMPARE(deadline->date(), today.addMonths(3));
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("taken from your goal")),
                 qPrintable(hint->text()));

        // WHEN the words go THEN so does the proposal
        goalEdit->setPlainText(QStringLiteral("Learn Python"));
        QVERIFY(!deadlineCheck->isChecked());
        QVERIFY(!hint->isVisible());

        // WHEN the deadline is ticked and a two-digit year typed THEN Create is off, saying why
        deadlineCheck->setChecked(true);
        deadline->lineEdit()->selectAll();
        QTest::keyClicks(deadline->lineEdit(), QStringLiteral("4/15/27"));
        QVERIFY(!create->isEnabled());
        QVERIFY(!create->toolTip().isEmpty());
        // AND Enter in the goal does not plan it either
        QTest::keyClick(goalEdit, Qt::Key_Return);
        QVERIFY(dialog->page() == NewGoalDialog::Page::Goal);

        // WHEN the deadline is unticked and Enter is pressed in the goal
        deadlineCheck->setChecked(false);
        QVERIFY(create->isEnabled());
        QTest::keyClick(goalEdit, Qt::Key_Return, Qt::ShiftModifier); // a new line, not Enter
        QVERIFY(dialog->page() == NewGoalDialog::Page::Goal);
        QTest::keyClick(goalEdit, Qt::Key_Return);

        // THEN the goal is planned
        QTRY_VERIFY(dialog->page() == NewGoalDialog::Page::Preview);
        dialog->reject();
    }

    void shouldProposeTheHoursAWeekInTheGoalUntilThePersonSetsThem()
    {
        // GIVEN New goal open in the window
        MemoryFixture fixture;
        WindowHarness ui(fixture);
        NewGoalDialog *dialog = openNewGoal(ui);
        QVERIFY(dialog);
        auto *goalEdit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("goalEdit"));
        auto *hours = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("hoursSpin"));
        auto *hint = dialog->findChild<QLabel *>(QStringLiteral("hoursHint"));
        QVERIFY(goalEdit && hours && hint);
        QCOMPARE(hours->value(), kDefaultHoursPerWeek);

        // WHEN a goal with its hours in words is typed
        goalEdit->setFocus();
        goalEdit->insertPlainText(QStringLiteral("每天练琴一小时")); // keyClicks types ASCII only
        // THEN seven hours a week are proposed, saying where they came from
        QCOMPARE(hours->value(), 7.0);
        QVERIFY(hint->isVisible());
        // WHEN the words go THEN so does the proposal
        goalEdit->setPlainText(QStringLiteral("练琴"));
        QCOMPARE(hours->value(), kDefaultHoursPerWeek);
        QVERIFY(!hint->isVisible());

        // WHEN the person sets the hours and then writes hours in the goal
        hours->setValue(4.0);
        goalEdit->setPlainText(QStringLiteral("Learn Go, 8 hours a week"));
        // THEN the person's hours stay
        QCOMPARE(hours->value(), 4.0);
        QVERIFY(!hint->isVisible());
        dialog->reject();
    }

    void shouldHandOutOneRevisionTeamPerModelServer()
    {
        // GIVEN the test server as the model server and a stored plan
        TestLlmServer server;
        QVERIFY(server.listen());
        MemoryFixture fixture;
        const Plan plan = fixture.createPlan(QStringLiteral("Learn Python"), QDate::currentDate());
        Planning planning(fixture, modelSettings(server.baseUrl()));

        // WHEN Adapt plan asks for the model's team twice THEN it is one team
        agents::PlanningTeam *team = planning.teams.revisionTeam();
        QVERIFY(team);
        QCOMPARE(planning.teams.revisionTeam(), team);

        // AND it revises through the configured server
        server.enqueue(
            reply(kReviser, tasksJson({task(QStringLiteral("r1"), QStringLiteral("Go on"), 3)})));
        const agents::ProgressSummary summary =
            agents::ProgressSummary::of(plan, QDate::currentDate());
        const Result<Plan> revised =
            QCoro::waitFor(team->revise(plan, summary, {}, llm::CancelToken()));
        QVERIFY2(revised.ok(), qPrintable(revised ? QString() : revised.error().message));
        QCOMPARE(server.requests().size(), 1);
        QVERIFY(server.requests().constFirst().body.contains(kReviser));

        // WHEN the settings name no model server, or a server without a chosen model THEN none
        planning.teams.configure(AppSettings());
        QVERIFY(!planning.teams.revisionTeam());
        AppSettings noModel = modelSettings(server.baseUrl());
        noModel.model.clear();
        planning.teams.configure(noModel);
        QVERIFY(!planning.teams.revisionTeam());
    }

    void shouldMarkTheJobsOfADeadProcessInterruptedWhenTheWindowOpens()
    {
        // GIVEN a job left running by a process that is gone
        MemoryFixture fixture;
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForStarted());
        const qint64 deadPid = gone.processId();
        QVERIFY(gone.waitForFinished());
        Job job;
        job.kind = QStringLiteral("generate_plan");
        job.status = JobStatus::Running;
        job.stage = QStringLiteral("planning");
        job.ownerPid = deadPid;
        Goal interrupted;
        interrupted.text = QStringLiteral("Learn Go");
        interrupted.hoursPerWeek = 6;
        job.input = generationJobInput(interrupted, QStringLiteral("offline"), QString());
        const Result<Job> stored = QCoro::waitFor(fixture.store().insertJob(job));
        QVERIFY(stored.ok());
        const auto inserted = std::make_shared<qint64>(stored->id);

        // WHEN the window opens the database
        WindowHarness ui(fixture);

        // THEN the job is marked interrupted
        JobService jobs(fixture.store());
        QTRY_VERIFY(QCoro::waitFor(jobs.job(*inserted))->status == JobStatus::Interrupted);

        // AND the window offers to plan its goal again, which opens New goal filled in
        const auto findOffer = [&ui]() {
            return ui.window.findChild<QMessageBox *>(QStringLiteral("planAgainBox"));
        };
        QTRY_VERIFY(findOffer() && findOffer()->isVisible());
        QMessageBox *offer = findOffer();
        QVERIFY(offer->text().contains(QStringLiteral("Learn Go")));
        offer->findChild<QPushButton *>(QStringLiteral("planAgainButton"))->click();
        QTRY_VERIFY(ui.window.newGoalDialog() && ui.window.newGoalDialog()->isVisible());
        QCOMPARE(ui.window.newGoalDialog()->goal().text, QStringLiteral("Learn Go"));
        QCOMPARE(ui.window.newGoalDialog()->goal().hoursPerWeek, 6.0);
        QVERIFY(!ui.window.newGoalDialog()->useModel());
        ui.window.newGoalDialog()->reject();
    }

    void shouldAskForAttentionWhenAPlanIsReadyInTheBackground()
    {
        // GIVEN a window behind another one (offscreen: no system tray)
        MemoryFixture fixture;
        WindowHarness ui(fixture);
        QWidget other;
        other.show();
        QApplication::setActiveWindow(&other);
        QTRY_VERIFY(other.isActiveWindow());
        QVERIFY(!ui.window.isActiveWindow());

        // WHEN a plan is made
        QTRY_VERIFY(ui.window.newGoalAction()->isEnabled());
        ui.planning.generate(goal(), false);
        QTRY_COMPARE(ui.planning.phase(), Phase::Preview);

        // THEN the window asked for attention
        QVERIFY(ui.window.notifier()->lastDelivery() == BackgroundNotifier::Delivery::Alert ||
                ui.window.notifier()->lastDelivery() == BackgroundNotifier::Delivery::TrayMessage);
        ui.planning.backToEditing();

        // AND a window in front is not disturbed
        QApplication::setActiveWindow(&ui.window);
        QTRY_VERIFY(ui.window.isActiveWindow());
        ui.planning.generate(goal(), false);
        QTRY_COMPARE(ui.planning.phase(), Phase::Preview);
        QVERIFY(ui.window.notifier()->lastDelivery() == BackgroundNotifier::Delivery::None);
        ui.planning.backToEditing();
    }
};

HELIOS_TEST_GUI_MAIN(TestGoalPlanning)
#include "tst_goal_planning.moc"

#include "core/agents/llm_planning_team.h"
#include "core/agents/offline_planning_team.h"
#include "core/jobs/plan_snapshot.h"
#include "core/jobs/version_service.h"
#include "core/llm/llm_client.h"
#include "core/llm/openai_provider.h"
#include "tests/support/test_llm_server.h"
#include "tests/support/test_main.h"
#include "tests/ui/memory_fixture.h"
#include "tests/ui/window_harness.h"
#include "ui/dialogs/adapt_plan_dialog.h"
#include "ui/i18n/translations.h"
#include "ui/models/plan_diff_model.h"
#include "ui/viewmodels/adapt_plan_view_model.h"
#include "ui/widgets/date_field.h"
#include "ui/widgets/plan_version_actions.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDialog>
#include <QDir>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTreeWidget>

#include <memory>

using namespace helios;
using namespace helios::ui;

namespace {

using State = AdaptPlanViewModel::State;

QList<PlanVersion> versionsOf(VersionService &versions, qint64 planId)
{
    Result<QList<PlanVersion>> list = QCoro::waitFor(versions.versions(planId));
    return list ? *list : QList<PlanVersion>{};
}

QJsonObject draft(const QString &id, const QString &title, double hours, QJsonArray deps)
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("description"), QStringLiteral("As revised.")},
            {QStringLiteral("estimate_hours"), hours},
            {QStringLiteral("depends_on"), deps},
            {QStringLiteral("milestone"), QStringLiteral("Practice")}};
}

// Keeps the first two remaining tasks (the first with 3 h), drops the rest, adds one.
test::ScriptedReply revisionReply(const Plan &plan)
{
    const QJsonArray tasks{draft(QStringLiteral("r1"), plan.tasks.at(0).title, 3, {}),
                           draft(QStringLiteral("r2"), plan.tasks.at(1).title,
                                 plan.tasks.at(1).estimateHours, {QStringLiteral("r1")}),
                           draft(QStringLiteral("n1"),
                                 QStringLiteral("Practise with a study partner"), 2,
                                 {QStringLiteral("r2")})};
    test::ScriptedReply reply;
    reply.bodyContains = "You are the reviser";
    reply.content = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("tasks"), tasks}})
                                          .toJson(QJsonDocument::Compact));
    return reply;
}

// The question asked before a proposal that removes most of the work is accepted, once shown.
QMessageBox *confirmBox(QWidget *dialog)
{
    auto *box = dialog->findChild<QMessageBox *>(QStringLiteral("confirmRemovalBox"));
    return box && box->isVisible() ? box : nullptr;
}

int rowWithTask(const PlanDiffModel &model, const QString &title, PlanDiffModel::Kind kind)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, PlanDiffModel::TaskColumn);
        if (index.data().toString() == title &&
            index.data(PlanDiffModel::KindRole).toInt() == static_cast<int>(kind))
            return row;
    }
    return -1;
}

// A client and a team talking to the test LLM server.
struct ModelTeam
{
    ModelTeam()
    {
        if (!server.listen())
            QTest::qFail("The test LLM server did not start.", __FILE__, __LINE__);
        llm::ProviderConfig config;
        config.kind = llm::ProviderKind::OpenAi;
        config.endpoint = server.baseUrl();
        config.model = QStringLiteral("gpt-test");
        client = std::make_unique<llm::LlmClient>(std::make_unique<llm::OpenAiProvider>(config));
        agents::LlmTeamOptions options;
        options.call.maxRetries = 0;
        options.call.deadlineMs = 20000;
        team = std::make_unique<agents::LlmPlanningTeam>(*client, options);
    }

    test::TestLlmServer server;
    std::unique_ptr<llm::LlmClient> client;
    std::unique_ptr<agents::LlmPlanningTeam> team;
};

} // namespace

class TestAdaptPlan : public QObject
{
    Q_OBJECT

private:
    const QDate m_today = QDate::currentDate();
    AppTranslations m_translations;

    // A plan started three weeks ago with nothing done: its first tasks are overdue.
    Plan overduePlan(test::MemoryFixture &fixture)
    {
        return fixture.createPlan(QStringLiteral("Learn Python programming"), m_today.addDays(-21),
                                  m_today.addDays(60), 5);
    }

    // Opens Plan → Adapt plan… once the plan is shown.
    AdaptPlanDialog *openAdaptDialog(test::WindowHarness<test::MemoryFixture> &harness,
                                     qint64 planId)
    {
        PlanVersionActions *actions = harness.window.versionActions();
        harness.viewModel.selectPlan(planId);
        if (!QTest::qWaitFor([&]() { return actions->adaptAction()->isEnabled(); }))
            return nullptr;
        actions->adaptAction()->trigger();
        AdaptPlanDialog *dialog = actions->adaptDialog();
        if (!dialog || !QTest::qWaitFor([&]() { return dialog->isVisible(); }))
            return nullptr;
        return dialog;
    }

    static QPushButton *button(QWidget *dialog, const char *name)
    {
        return dialog->findChild<QPushButton *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("HeliosTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_adapt_plan"));
        QSettings().clear();
        QVERIFY(m_translations.use(Language::English,
                                   QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void shouldKeepTheActionsDisabledWithoutAService()
    {
        // GIVEN a plan shown in a window without versions
        test::MemoryFixture fixture;
        const Plan plan = overduePlan(fixture);
        {
            test::WindowHarness harness(fixture);
            QTRY_COMPARE(harness.viewModel.currentPlan().id, plan.id);
            // THEN both actions are disabled
            PlanVersionActions *actions = harness.window.versionActions();
            QVERIFY(!actions->adaptAction()->isEnabled());
            QVERIFY(!actions->historyAction()->isEnabled());
        }
        // WHEN the window has versions THEN both are enabled, in a Plan menu
        VersionService versions(fixture.store());
        test::WindowHarness harness(fixture, {.versions = &versions});
        QTRY_COMPARE(harness.viewModel.currentPlan().id, plan.id);
        PlanVersionActions *actions = harness.window.versionActions();
        QVERIFY(actions->adaptAction()->isEnabled());
        QVERIFY(actions->historyAction()->isEnabled());
        auto *menu = harness.window.findChild<QMenu *>(QStringLiteral("planMenu"));
        QVERIFY(menu);
        QVERIFY(harness.window.menuBar()->actions().contains(menu->menuAction()));
        QVERIFY(menu->actions().contains(actions->adaptAction()));
        // AND without a selected plan they are disabled again
        harness.viewModel.selectPlan(0);
        QVERIFY(!actions->adaptAction()->isEnabled());
        QVERIFY(!actions->historyAction()->isEnabled());
    }

    void shouldListTheNewShortcuts()
    {
        test::MemoryFixture fixture;
        test::WindowHarness harness(fixture);
        QTRY_COMPARE(harness.viewModel.state(), PlansViewModel::State::Ready);
        harness.window.findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
        auto *dialog = harness.window.findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
        QVERIFY(dialog);
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
        QStringList rows;
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            rows << list->topLevelItem(i)->text(0) + u'=' + list->topLevelItem(i)->text(1);
        QVERIFY2(rows.contains(QStringLiteral("Adapt plan=Ctrl+R")), qPrintable(rows.join(u';')));
        QVERIFY(rows.contains(QStringLiteral("Version history=Ctrl+H")));
        dialog->close();
    }

    void shouldSaveANewVersionWhenTheProposalIsAccepted()
    {
        // GIVEN a plan whose first tasks are overdue, in the window with versions enabled
        test::MemoryFixture fixture;
        const Plan plan = overduePlan(fixture);
        QVERIFY(plan.tasks.constFirst().dueDate < m_today);
        VersionService versions(fixture.store());
        test::WindowHarness harness(fixture, {.versions = &versions});
        AdaptPlanDialog *dialog = openAdaptDialog(harness, plan.id);
        QVERIFY(dialog);
        AdaptPlanViewModel &viewModel = dialog->viewModel();
        QAbstractItemModelTester tester(viewModel.diffModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!button(dialog, "acceptButton")->isEnabled());

        // WHEN Propose is clicked
        QTest::mouseClick(button(dialog, "proposeButton"), Qt::LeftButton);
        QTRY_COMPARE(viewModel.state(), State::Proposed);

        // THEN the overdue tasks move later, shown row by row with a summary
        const PlanDiffModel &diff = *viewModel.diffModel();
        QVERIFY(diff.rowCount() > 0);
        QVERIFY(rowWithTask(diff, plan.tasks.constFirst().title, PlanDiffModel::Kind::MovedLater) >=
                0);
        QVERIFY2(dialog->summaryText().contains(QLatin1String("move later")),
                 qPrintable(dialog->summaryText()));
        QVERIFY(button(dialog, "acceptButton")->isEnabled());
        // AND nothing is saved yet
        QVERIFY(versionsOf(versions, plan.id).isEmpty());

        // WHEN the proposal is accepted
        QSignalSpy applied(&viewModel, &AdaptPlanViewModel::applied);
        QTest::mouseClick(button(dialog, "acceptButton"), Qt::LeftButton);
        QTRY_COMPARE(applied.size(), 1);
        QTRY_VERIFY(!harness.window.versionActions()->adaptDialog());

        // THEN the store has the new plan as version 2 after the original
        const QList<PlanVersion> saved = versionsOf(versions, plan.id);
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(0).reason, QStringLiteral("original"));
        QCOMPARE(saved.at(1).reason, QStringLiteral("replan"));
        QCOMPARE(applied.at(0).at(1).toInt(), 2);
        const Plan stored = fixture.reload(plan.id);
        QCOMPARE(stored.tasks.size(), plan.tasks.size());
        for (const Task &task : stored.tasks)
            QVERIFY2(task.dueDate >= m_today, qPrintable(task.title));
        // AND the window shows it
        QTRY_COMPARE(harness.viewModel.currentPlan().tasks.constFirst().dueDate,
                     stored.tasks.constFirst().dueDate);
        QTRY_VERIFY(
            harness.window.statusBar()->currentMessage().contains(QLatin1String("version 2")));
    }

    void shouldMergeASyncedPlanFirstAndReplanTheMergedPlan()
    {
        // GIVEN a plan whose first tasks are overdue, shown in the window, and a sync that, asked
        // before the re-plan, brings in the phone's completion of the first one
        test::MemoryFixture fixture;
        const Plan plan = overduePlan(fixture);
        VersionService versions(fixture.store());
        test::WindowHarness harness(fixture, {.versions = &versions});
        harness.viewModel.selectPlan(plan.id);
        QTRY_COMPARE(harness.viewModel.currentPlan().id, plan.id);
        QList<qint64> merged;
        QList<qint64> sent;
        AdaptPlanViewModel viewModel(versions, harness.viewModel);
        viewModel.setSync(
            [&fixture, &merged,
             first = plan.tasks.constFirst().id](qint64 planId) -> QCoro::Task<QString> {
                merged.append(planId);
                QCoro::Task<Result<Task>> completing =
                    fixture.store().setTaskStatus(first, TaskStatus::Done);
                co_await std::move(completing);
                co_return QString();
            },
            [&sent](qint64 planId) { sent.append(planId); });
        // WHEN a re-plan is proposed
        viewModel.propose();
        QTRY_COMPARE(viewModel.state(), State::Proposed);
        // THEN it ran on the merged plan: the task completed on the phone keeps its dates
        QCOMPARE(merged, QList<qint64>{plan.id});
        QVERIFY(viewModel.currentPlan().tasks.constFirst().status == TaskStatus::Done);
        QCOMPARE(viewModel.proposedPlan().tasks.constFirst().dueDate,
                 plan.tasks.constFirst().dueDate);
        QVERIFY(viewModel.proposedPlan().tasks.at(1).dueDate >= m_today);
        QVERIFY(sent.isEmpty());
        // WHEN a background sync renames another task while the proposal waits, and it is
        // accepted
        const Task second = viewModel.proposedPlan().tasks.at(1);
        Plan synced = fixture.reload(plan.id);
        synced.tasks[1].title = QStringLiteral("Renamed on the phone meanwhile");
        QVERIFY(QCoro::waitFor(
                    fixture.store().applyVersion(synced, QStringLiteral("sync"), &planSnapshot))
                    .ok());
        QSignalSpy applied(&viewModel, &AdaptPlanViewModel::applied);
        viewModel.accept();
        QTRY_COMPARE(applied.size(), 1);
        // THEN the re-plan is saved with that rename kept, and the plan is sent soon after
        const Plan stored = fixture.reload(plan.id);
        QCOMPARE(stored.tasks.at(1).title, QStringLiteral("Renamed on the phone meanwhile"));
        QCOMPARE(stored.tasks.at(1).dueDate, second.dueDate);
        QCOMPARE(sent, QList<qint64>{plan.id});
    }

    void shouldReplanThePlanAsItIsWhenTheSyncFirstFails()
    {
        // GIVEN a plan shown in the window, and a sync that cannot reach its server
        test::MemoryFixture fixture;
        const Plan plan = overduePlan(fixture);
        VersionService versions(fixture.store());
        test::WindowHarness harness(fixture, {.versions = &versions});
        harness.viewModel.selectPlan(plan.id);
        QTRY_COMPARE(harness.viewModel.currentPlan().id, plan.id);
        const QString note = QStringLiteral("The plan could not be synced before re-planning.");
        AdaptPlanViewModel viewModel(versions, harness.viewModel);
        viewModel.setSync([note](qint64) -> QCoro::Task<QString> { co_return note; }, {});
        // WHEN a re-plan is proposed
        viewModel.propose();
        // THEN it is proposed all the same, and the status line says why it was not merged
        QTRY_COMPARE(viewModel.state(), State::Proposed);
        QVERIFY(viewModel.proposedPlan().tasks.constFirst().dueDate >= m_today);
        QCOMPARE(harness.viewModel.statusMessage(), note);
        QVERIFY(harness.viewModel.statusIsError());
    }

    void shouldSaveNothingWhenTheProposalIsRejected()
    {
        test::MemoryFixture fixture;
        const Plan plan = overduePlan(fixture);
        VersionService versions(fixture.store());
        test::WindowHarness harness(fixture, {.versions = &versions});
        AdaptPlanDialog *dialog = openAdaptDialog(harness, plan.id);
        QVERIFY(dialog);
        QPointer<AdaptPlanViewModel> viewModel = &dialog->viewModel();
        // WHEN a proposal with a new deadline and more hours is made, then rejected
        dialog->findChild<QCheckBox *>(QStringLiteral("deadlineCheck"))->setChecked(true);
        dialog->findChild<DateField *>(QStringLiteral("deadlineEdit"))
            ->setDate(m_today.addDays(90));
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("hoursSpin"))->setValue(8);
        QVERIFY(dialog->newDeadline() == std::optional<QDate>(m_today.addDays(90)));
        QVERIFY(dialog->newHoursPerWeek() == std::optional<double>(8));
        QTest::mouseClick(button(dialog, "proposeButton"), Qt::LeftButton);
        QTRY_COMPARE(viewModel->state(), State::Proposed);
        QCOMPARE(viewModel->proposedPlan().deadline, m_today.addDays(90));
        QCOMPARE(viewModel->proposedPlan().hoursPerWeek, 8.0);
        QCOMPARE(button(dialog, "rejectButton")->text(), QStringLiteral("&Reject"));
        QTest::mouseClick(button(dialog, "rejectButton"), Qt::LeftButton);
        QTRY_VERIFY(!harness.window.versionActions()->adaptDialog());
        QTRY_VERIFY(!viewModel);
        // THEN the plan is stored exactly as it was and has no versions
        const Plan stored = fixture.reload(plan.id);
        QCOMPARE(stored.deadline, plan.deadline);
        QCOMPARE(stored.hoursPerWeek, plan.hoursPerWeek);
        QVERIFY(stored.tasks == plan.tasks);
        QVERIFY(versionsOf(versions, plan.id).isEmpty());
    }

    void shouldReviseWithTheModelAndApplyTheRevision()
    {
        // GIVEN the test LLM server as the model, answering as the reviser
        test::MemoryFixture fixture;
        const Plan plan = overduePlan(fixture);
        QVERIFY(plan.tasks.size() > 3);
        VersionService versions(fixture.store());
        ModelTeam model;
        model.server.enqueue(revisionReply(plan));
        test::WindowHarness harness(
            fixture, {.versions = &versions,
                      .team = [&model]() -> agents::PlanningTeam * { return model.team.get(); }});
        AdaptPlanDialog *dialog = openAdaptDialog(harness, plan.id);
        QVERIFY(dialog);
        AdaptPlanViewModel &viewModel = dialog->viewModel();
        QAbstractItemModelTester tester(viewModel.diffModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(button(dialog, "reviseButton")->isEnabled());
        QSignalSpy stages(&viewModel, &AdaptPlanViewModel::progressChanged);
        QSignalSpy pieces(&viewModel, &AdaptPlanViewModel::textStreamed);

        // WHEN "Revise with the model" is clicked
        QTest::mouseClick(button(dialog, "reviseButton"), Qt::LeftButton);
        QVERIFY(viewModel.isBusy());
        QTRY_COMPARE(viewModel.state(), State::Proposed);

        // THEN the model was asked as the reviser, its answer streamed in, stages were shown
        QCOMPARE(model.server.requests().size(), 1);
        QVERIFY(model.server.requests().constFirst().body.contains("You are the reviser"));
        QVERIFY(pieces.size() > 1);
        QVERIFY(viewModel.streamedText().contains(QLatin1String("Practise with a study partner")));
        QVERIFY(!stages.isEmpty());
        QCOMPARE(stages.constFirst().constFirst().toString(),
                 QStringLiteral("The model revises the remaining tasks…"));
        // AND the diff shows the added and the dropped tasks and the new estimate
        const PlanDiffModel &diff = *viewModel.diffModel();
        QVERIFY(rowWithTask(diff, QStringLiteral("Practise with a study partner"),
                            PlanDiffModel::Kind::Added) >= 0);
        QVERIFY(rowWithTask(diff, plan.tasks.at(2).title, PlanDiffModel::Kind::Removed) >= 0);
        QVERIFY(dialog->summaryText().contains(QLatin1String("1 added")));
        QVERIFY(versionsOf(versions, plan.id).isEmpty());

        // WHEN it is accepted (it keeps 2 of the plan's tasks: asked about first, and confirmed)
        QTest::mouseClick(button(dialog, "acceptButton"), Qt::LeftButton);
        QTRY_VERIFY(confirmBox(dialog));
        QTest::mouseClick(button(confirmBox(dialog), "acceptAnywayButton"), Qt::LeftButton);
        QTRY_VERIFY(!harness.window.versionActions()->adaptDialog());

        // THEN the store holds the revision as a new version
        const Plan stored = fixture.reload(plan.id);
        QCOMPARE(stored.tasks.size(), 3);
        QCOMPARE(stored.tasks.at(0).id, plan.tasks.at(0).id);
        QCOMPARE(stored.tasks.at(0).estimateHours, 3.0);
        QCOMPARE(stored.tasks.at(2).title, QStringLiteral("Practise with a study partner"));
        const QList<PlanVersion> saved = versionsOf(versions, plan.id);
        QCOMPARE(saved.size(), 2);
        QCOMPARE(saved.at(1).reason, QStringLiteral("revision"));
        QTRY_COMPARE(harness.viewModel.currentPlan().tasks.size(), 3);
    }

    void shouldAskBeforeAcceptingARevisionThatDropsMostTasks()
    {
        // GIVEN a plan with many tasks still to do, and a model whose revision keeps one
        test::MemoryFixture fixture;
        const Plan plan = overduePlan(fixture);
        VersionService versions(fixture.store());
        ModelTeam model;
        test::ScriptedReply reply;
        reply.bodyContains = "You are the reviser";
        reply.content = QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("tasks"),
                                       QJsonArray{draft(QStringLiteral("r1"),
                                                        plan.tasks.at(0).title, 3, {})}}})
                .toJson(QJsonDocument::Compact));
        model.server.enqueue(reply);
        model.server.enqueue(reply);
        test::WindowHarness harness(
            fixture, {.versions = &versions,
                      .team = [&model]() -> agents::PlanningTeam * { return model.team.get(); }});
        AdaptPlanDialog *dialog = openAdaptDialog(harness, plan.id);
        QVERIFY(dialog);
        AdaptPlanViewModel &viewModel = dialog->viewModel();
        QTest::mouseClick(button(dialog, "reviseButton"), Qt::LeftButton);
        QTRY_COMPARE(viewModel.state(), State::Proposed);
        const int remaining = viewModel.remainingTasks();
        QVERIFY(remaining > 2);
        QCOMPARE(viewModel.removedRemainingTasks(), remaining - 1);

        // WHEN Accept is clicked
        QTest::mouseClick(button(dialog, "acceptButton"), Qt::LeftButton);

        // THEN it asks first, saying how many tasks go, and nothing is saved yet
        auto *box = dialog->findChild<QMessageBox *>(QStringLiteral("confirmRemovalBox"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(QStringLiteral("removes %1 of the %2 tasks")
                                          .arg(viewModel.removedRemainingTasks())
                                          .arg(viewModel.remainingTasks())),
                 qPrintable(box->text()));
        QCOMPARE(viewModel.state(), State::Proposed);
        QVERIFY(versionsOf(versions, plan.id).isEmpty());

        // WHEN the person keeps reviewing THEN the proposal is still there, unsaved
        QTest::mouseClick(button(box, "keepReviewingButton"), Qt::LeftButton);
        QCOMPARE(viewModel.state(), State::Proposed);
        QVERIFY(versionsOf(versions, plan.id).isEmpty());

        // WHEN Accept is clicked again and confirmed THEN the revision is saved
        QTest::mouseClick(button(dialog, "acceptButton"), Qt::LeftButton);
        QTRY_VERIFY(confirmBox(dialog));
        QTest::mouseClick(button(confirmBox(dialog), "acceptAnywayButton"), Qt::LeftButton);
        QTRY_VERIFY(!harness.window.versionActions()->adaptDialog());
        QCOMPARE(fixture.reload(plan.id).tasks.size(), 1 + (plan.tasks.size() - remaining));
    }

    void shouldCancelARevisionAndSaveNothing()
    {
        // GIVEN a model that takes long to answer
        test::MemoryFixture fixture;
        const Plan plan = overduePlan(fixture);
        VersionService versions(fixture.store());
        ModelTeam model;
        test::ScriptedReply slow = revisionReply(plan);
        slow.pieces = {QStringLiteral("{\"tasks\": [")};
        for (int i = 0; i < 50; ++i)
            slow.pieces << QStringLiteral(" ");
        slow.chunkDelayMs = 200;
        model.server.enqueue(slow);
        test::WindowHarness harness(
            fixture, {.versions = &versions,
                      .team = [&model]() -> agents::PlanningTeam * { return model.team.get(); }});
        AdaptPlanDialog *dialog = openAdaptDialog(harness, plan.id);
        QVERIFY(dialog);
        AdaptPlanViewModel &viewModel = dialog->viewModel();
        QSignalSpy pieces(&viewModel, &AdaptPlanViewModel::textStreamed);

        // WHEN the revision is cancelled while the answer streams in
        QTest::mouseClick(button(dialog, "reviseButton"), Qt::LeftButton);
        QTRY_VERIFY(!pieces.isEmpty());
        auto *cancel = button(dialog, "cancelButton");
        QVERIFY(cancel->isVisible());
        QVERIFY(!dialog->progressText().isEmpty());
        QVERIFY(!dialog->findChild<QPlainTextEdit *>(QStringLiteral("streamView"))->isHidden());
        // (the busy dialog, for a person to look at)
        QString folder = qEnvironmentVariable("HELIOS_TEST_ARTIFACTS");
        if (folder.isEmpty())
            folder = QDir::temp().filePath(QStringLiteral("helios-test-artifacts"));
        QDir().mkpath(folder);
        QVERIFY(dialog->grab().toImage().save(
            QDir(folder).filePath(QStringLiteral("adapt-plan-revising-en.png"))));
        QTest::mouseClick(cancel, Qt::LeftButton);

        // THEN the dialog is usable again at once, with no proposal and no error
        QCOMPARE(viewModel.state(), State::Idle);
        QVERIFY(!cancel->isVisible());
        QVERIFY(button(dialog, "proposeButton")->isEnabled());
        QVERIFY(!button(dialog, "acceptButton")->isEnabled());
        QCOMPARE(viewModel.diffModel()->rowCount(), 0);
        // AND the request is abandoned: no more pieces arrive, nothing is proposed or saved
        // (with the connection closed nothing more can come: what is queued is handled now)
        QTRY_COMPARE(model.server.openConnections(), 0);
        const qsizetype received = pieces.size();
        QCoreApplication::processEvents();
        QCOMPARE(pieces.size(), received);
        QCOMPARE(viewModel.state(), State::Idle);
        QVERIFY(dialog->errorText().isEmpty());
        QVERIFY(fixture.reload(plan.id).tasks == plan.tasks);
        QVERIFY(versionsOf(versions, plan.id).isEmpty());
        dialog->reject();
    }

    void shouldReviseWithTheOfflineTeamLikeAReplan()
    {
        test::MemoryFixture fixture;
        const Plan plan = overduePlan(fixture);
        VersionService versions(fixture.store());
        agents::OfflinePlanningTeam team;
        PlansViewModel plans({.plans = fixture.service(), .openStorage = fixture.opener()});
        plans.start();
        QTRY_COMPARE(plans.currentPlan().id, plan.id);
        AdaptPlanViewModel viewModel(versions, plans, [&team]() { return &team; });
        QAbstractItemModelTester tester(viewModel.diffModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(viewModel.canReviseWithModel());
        viewModel.reviseWithModel();
        QTRY_COMPARE(viewModel.state(), State::Proposed);
        QVERIFY(viewModel.isRevision());
        QCOMPARE(viewModel.proposedPlan().tasks.size(), plan.tasks.size());
        QVERIFY(viewModel.diff().added.isEmpty());
        QVERIFY(!viewModel.diff().shifted.isEmpty());
        viewModel.reject();
        QCOMPARE(viewModel.state(), State::Idle);
        QCOMPARE(viewModel.diffModel()->rowCount(), 0);
        QTRY_VERIFY(!plans.isBusy());
    }

    void shouldNotOfferTheModelWhenNoneIsConfigured()
    {
        test::MemoryFixture fixture;
        const Plan plan = overduePlan(fixture);
        VersionService versions(fixture.store());
        test::WindowHarness harness(
            fixture,
            {.versions = &versions, .team = []() -> agents::PlanningTeam * { return nullptr; }});
        AdaptPlanDialog *dialog = openAdaptDialog(harness, plan.id);
        QVERIFY(dialog);
        QVERIFY(!dialog->viewModel().canReviseWithModel());
        QVERIFY(!button(dialog, "reviseButton")->isEnabled());
        dialog->viewModel().reviseWithModel();
        QCOMPARE(dialog->viewModel().state(), State::Idle);
        dialog->reject();
    }

    void shouldReportAFailedProposal()
    {
        test::MemoryFixture fixture;
        const Plan plan = overduePlan(fixture);
        VersionService versions(fixture.store());
        PlansViewModel plans({.plans = fixture.service(), .openStorage = fixture.opener()});
        plans.start();
        QTRY_COMPARE(plans.currentPlan().id, plan.id);
        // WHEN the selected plan does not exist (any more)
        plans.selectPlan(plan.id + 1000);
        QTRY_VERIFY(!plans.isBusy());
        AdaptPlanViewModel viewModel(versions, plans);
        QSignalSpy failed(&viewModel, &AdaptPlanViewModel::failed);
        viewModel.propose();
        QTRY_COMPARE(viewModel.state(), State::Failed);
        // THEN the one-sentence reason is kept and nothing is proposed
        QCOMPARE(failed.size(), 1);
        QVERIFY(!viewModel.errorMessage().isEmpty());
        QCOMPARE(viewModel.diffModel()->rowCount(), 0);
        viewModel.accept(); // nothing to accept
        QCOMPARE(viewModel.state(), State::Failed);
        QTRY_VERIFY(!plans.isBusy());
    }
};

HELIOS_TEST_GUI_MAIN(TestAdaptPlan)
#include "tst_adapt_plan.moc"

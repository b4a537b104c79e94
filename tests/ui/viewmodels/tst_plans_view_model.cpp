// PlansViewModel, TaskEditsViewModel and BackupsViewModel on the in-memory storage: no database
// file, no sleeps. States "under way" are held with MemoryStorage::pause(), errors made with
// failNext().

#include "tests/support/test_main.h"
#include "tests/ui/memory_fixture.h"
#include "ui/models/plan_list_model.h"
#include "ui/models/task_table_model.h"
#include "ui/viewmodels/backups_view_model.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/viewmodels/task_edits_view_model.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace helios;
using namespace helios::ui;

namespace {

// Waits for a spy to have at least `count` signals; fails at the caller's line after 5 s.
bool waitForSignals(QSignalSpy &spy, int count = 1)
{
    QElapsedTimer timer;
    timer.start();
    while (spy.count() < count && timer.elapsed() < test::kAwaitTimeout.count())
        spy.wait(int(test::kAwaitTimeout.count() - timer.elapsed()));
    return spy.count() >= count;
}

} // namespace

class TestPlansViewModel : public QObject
{
    Q_OBJECT

private:
    const QDate m_today = QDate::currentDate();

    // A started view-model, once its first plan is shown.
    static void startAndWait(PlansViewModel &viewModel)
    {
        QSignalSpy loaded(&viewModel, &PlansViewModel::plansLoaded);
        viewModel.start();
        QVERIFY(waitForSignals(loaded));
        QTRY_VERIFY(!viewModel.isBusy());
    }

private Q_SLOTS:
    void shouldOpenTheStoreThenLoadPlansAndSelectTheFirst()
    {
        // GIVEN a storage with two plans
        test::MemoryFixture fixture;
        fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        fixture.createPlan(QStringLiteral("Run a half marathon"), m_today);
        PlansViewModel viewModel({.plans = fixture.service(), .openStorage = fixture.opener()});
        QSignalSpy states(&viewModel, &PlansViewModel::stateChanged);
        QSignalSpy hasPlans(&viewModel, &PlansViewModel::hasPlansChanged);
        QSignalSpy planChanged(&viewModel, &PlansViewModel::currentPlanChanged);

        // WHEN it starts
        viewModel.start();

        // THEN it becomes ready, lists both plans and shows the first with its tasks
        QVERIFY(waitForSignals(planChanged));
        QCOMPARE(viewModel.state(), PlansViewModel::State::Ready);
        QCOMPARE(viewModel.planListModel()->rowCount(), 2);
        QCOMPARE(hasPlans.count(), 1);
        QVERIFY(viewModel.hasPlans());
        const qint64 first = viewModel.planListModel()->planIdAt(0);
        QCOMPARE(viewModel.selectedPlanId(), first);
        QCOMPARE(viewModel.currentPlan().id, first);
        QCOMPARE(viewModel.taskTableModel()->planId(), first);
        QCOMPARE(viewModel.taskTableModel()->rowCount(), viewModel.currentPlan().tasks.size());
        QVERIFY(viewModel.taskTableModel()->rowCount() > 0);
        QTRY_VERIFY(!viewModel.isBusy());
    }

    void shouldStayOpeningWhileTheListIsRead()
    {
        // GIVEN a storage whose answers are held back
        test::MemoryFixture fixture;
        fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        PlansViewModel viewModel({.plans = fixture.service(), .openStorage = fixture.opener()});
        fixture.storage().pause();
        QSignalSpy loaded(&viewModel, &PlansViewModel::plansLoaded);

        // WHEN it starts
        viewModel.start();
        QTRY_VERIFY(fixture.storage().waitingCalls() > 0);

        // THEN nothing is listed yet and it is busy
        QCOMPARE(viewModel.planListModel()->rowCount(), 0);
        QVERIFY(viewModel.isBusy());
        QCOMPARE(loaded.count(), 0);

        // WHEN the storage answers THEN the plan is listed
        fixture.storage().resume();
        QVERIFY(waitForSignals(loaded));
        QCOMPARE(viewModel.planListModel()->rowCount(), 1);
        QTRY_VERIFY(!viewModel.isBusy());
    }

    void shouldReportAStoreThatCannotBeOpened()
    {
        // GIVEN storage that fails to open
        test::MemoryFixture fixture;
        PlansViewModel viewModel(
            {.plans = fixture.service(), .openStorage = []() -> QCoro::Task<Status> {
                 co_return Error::storage(QStringLiteral("The database file is not readable."));
             }});
        QSignalSpy failures(&viewModel, &PlansViewModel::storageFailed);

        // WHEN it starts
        viewModel.start();

        // THEN it says so once, in one sentence, and stays without plans
        QVERIFY(waitForSignals(failures));
        QCOMPARE(failures.count(), 1);
        QCOMPARE(failures.at(0).at(0).toString(),
                 QStringLiteral("The database file is not readable."));
        QCOMPARE(viewModel.state(), PlansViewModel::State::Failed);
        QVERIFY(viewModel.statusIsError());
        QVERIFY(!viewModel.hasPlans());
        QTRY_VERIFY(!viewModel.isBusy());
    }

    void shouldSayWhenThePlansCannotBeRead()
    {
        // GIVEN a storage whose list read fails
        test::MemoryFixture fixture;
        fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        fixture.storage().failNext(QLatin1StringView("plans"),
                                   Error::storage(QStringLiteral("The disk is full.")));
        PlansViewModel viewModel({.plans = fixture.service(), .openStorage = fixture.opener()});
        QSignalSpy status(&viewModel, &PlansViewModel::statusMessageChanged);

        // WHEN it starts
        viewModel.start();

        // THEN the sentence is the status, as an error, and nothing is listed
        QVERIFY(waitForSignals(status));
        QCOMPARE(viewModel.statusMessage(), QStringLiteral("The disk is full."));
        QVERIFY(viewModel.statusIsError());
        QCOMPARE(viewModel.planListModel()->rowCount(), 0);
        QTRY_VERIFY(!viewModel.isBusy());
    }

    void shouldShowACreatedPlanAndSelectIt()
    {
        // GIVEN a ready view-model on a storage with one plan
        test::MemoryFixture fixture;
        const Plan first = fixture.createPlan(QStringLiteral("Read twenty books"), m_today);
        PlansViewModel viewModel({.plans = fixture.service(), .openStorage = fixture.opener()});
        startAndWait(viewModel);
        QCOMPARE(viewModel.currentPlan().id, first.id);
        QSignalSpy created(&viewModel, &PlansViewModel::planCreated);

        // WHEN New goal saved another plan and hands it over
        const Plan plan =
            fixture.createPlan(QStringLiteral("Learn Python in three months"), m_today);
        viewModel.showCreatedPlan(plan);

        // THEN it is shown at once, then listed, selected and announced
        QCOMPARE(viewModel.currentPlan().id, plan.id);
        QCOMPARE(viewModel.taskTableModel()->rowCount(), plan.tasks.size());
        QVERIFY(waitForSignals(created));
        QCOMPARE(created.at(0).at(0).toLongLong(), plan.id);
        QVERIFY(viewModel.planListModel()->rowOfPlan(plan.id) >= 0);
        QCOMPARE(viewModel.planListModel()->rowCount(), 2);
        QCOMPARE(viewModel.selectedPlanId(), plan.id);
        QCOMPARE(viewModel.statusMessage(), QStringLiteral("Plan created."));
        QVERIFY(!viewModel.statusIsError());

        // AND a plan that was never saved is not shown
        viewModel.showCreatedPlan(Plan{});
        QCOMPARE(viewModel.currentPlan().id, plan.id);
        QTRY_VERIFY(!viewModel.isBusy());
    }

    void shouldDeleteAPlanAndSelectTheNextOne()
    {
        // GIVEN two plans, the first shown
        test::MemoryFixture fixture;
        fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        fixture.createPlan(QStringLiteral("Write a novel"), m_today);
        PlansViewModel viewModel({.plans = fixture.service(), .openStorage = fixture.opener()});
        startAndWait(viewModel);
        const qint64 shown = viewModel.selectedPlanId();
        const qint64 other = viewModel.planListModel()->planIdAt(1);
        QSignalSpy deleted(&viewModel, &PlansViewModel::planDeleted);

        // WHEN it is deleted
        viewModel.deletePlan(shown);

        // THEN the storage no longer has it and the other plan is shown
        QVERIFY(waitForSignals(deleted));
        QCOMPARE(deleted.at(0).at(0).toLongLong(), shown);
        QCOMPARE(fixture.summaries().size(), 1);
        QCOMPARE(viewModel.planListModel()->rowCount(), 1);
        QCOMPARE(viewModel.selectedPlanId(), other);
        QCOMPARE(viewModel.statusMessage(), QStringLiteral("Plan deleted."));
        QTRY_COMPARE(viewModel.currentPlan().id, other);
        QTRY_VERIFY(!viewModel.isBusy());
    }

    void shouldShowTheLatestSelectionOnly()
    {
        // GIVEN two plans
        test::MemoryFixture fixture;
        const Plan a = fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        const Plan b = fixture.createPlan(QStringLiteral("Write a novel"), m_today);
        PlansViewModel viewModel({.plans = fixture.service(), .openStorage = fixture.opener()});
        startAndWait(viewModel);

        // WHEN the person clicks one and then the other before the first has loaded
        fixture.storage().pause();
        viewModel.selectPlan(a.id == viewModel.selectedPlanId() ? b.id : a.id);
        viewModel.selectPlan(a.id == viewModel.selectedPlanId() ? b.id : a.id);
        const qint64 last = viewModel.selectedPlanId();
        fixture.storage().resume();

        // THEN the last one is shown, whatever order the loads finish in
        QTRY_VERIFY(!viewModel.isBusy());
        QCOMPARE(viewModel.currentPlan().id, last);
        QCOMPARE(viewModel.taskTableModel()->planId(), last);

        // WHEN nothing is selected THEN the table empties
        viewModel.selectPlan(0);
        QCOMPARE(viewModel.currentPlan().id, 0);
        QCOMPARE(viewModel.taskTableModel()->rowCount(), 0);
    }

    void shouldNotTouchItselfWhenDestroyedWhileListingACreatedPlan()
    {
        // GIVEN a created plan being listed
        test::MemoryFixture fixture;
        auto *viewModel =
            new PlansViewModel({.plans = fixture.service(), .openStorage = fixture.opener()});
        startAndWait(*viewModel);
        const Plan plan = fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        fixture.storage().pause();
        viewModel->showCreatedPlan(plan);
        QCOMPARE(viewModel->currentPlan().id, plan.id);

        // WHEN the view-model goes away before the storage answers
        delete viewModel;
        fixture.storage().resume();

        // THEN nothing crashes when the coroutine resumes
        QCOMPARE(fixture.summaries().size(), 1);
    }

    void shouldSaveAStatusAndRefreshProgress()
    {
        // GIVEN a plan shown with its tasks
        test::MemoryFixture fixture;
        const Plan plan = fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        PlansViewModel viewModel({.plans = fixture.service(), .openStorage = fixture.opener()});
        TaskEditsViewModel edits({.plans = fixture.service()}, viewModel);
        startAndWait(viewModel);
        QSignalSpy planChanged(&viewModel, &PlansViewModel::currentPlanChanged);
        QSignalSpy loaded(&viewModel, &PlansViewModel::plansLoaded);

        // WHEN the first task is marked done, as the person does it
        const Task first = plan.tasks.constFirst();
        edits.editTaskStatus(first.id, TaskStatus::Done);

        // THEN the storage has it, and the plan, the table and the list's progress follow
        QVERIFY(waitForSignals(loaded));
        QCOMPARE(toString(fixture.reload(plan.id).tasks.constFirst().status),
                 toString(TaskStatus::Done));
        QCOMPARE(toString(viewModel.currentPlan().tasks.constFirst().status),
                 toString(TaskStatus::Done));
        QVERIFY(planChanged.count() >= 1);
        QCOMPARE(viewModel.taskTableModel()
                     ->index(0, TaskTableModel::StatusColumn)
                     .data(TaskTableModel::StatusRole)
                     .toInt(),
                 static_cast<int>(TaskStatus::Done));
        QCOMPARE(viewModel.planListModel()->index(0).data(PlanListModel::ProgressRole).toDouble(),
                 first.estimateHours / plan.totalHours());
        QCOMPARE(edits.undoStack()->count(), 1);

        // WHEN it is undone THEN the storage has the status before
        edits.undoStack()->undo();
        QTRY_COMPARE(toString(viewModel.currentPlan().tasks.constFirst().status),
                     toString(first.status));
        QCOMPARE(toString(fixture.reload(plan.id).tasks.constFirst().status),
                 toString(first.status));
        QTRY_VERIFY(!viewModel.isBusy() && !edits.isBusy());
    }

    void shouldSaveNotesWithoutRedrawingThePlan()
    {
        // GIVEN a plan shown with its tasks
        test::MemoryFixture fixture;
        const Plan plan = fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        PlansViewModel viewModel({.plans = fixture.service(), .openStorage = fixture.opener()});
        TaskEditsViewModel edits({.plans = fixture.service()}, viewModel);
        startAndWait(viewModel);
        QSignalSpy planChanged(&viewModel, &PlansViewModel::currentPlanChanged);
        QSignalSpy status(&viewModel, &PlansViewModel::statusMessageChanged);

        // WHEN notes are typed for the first task
        const qint64 taskId = plan.tasks.constFirst().id;
        edits.editTaskNotes(taskId, QStringLiteral("先读文档"));

        // THEN they are stored and said so, without a plan redraw; the same notes again are no
        // edit
        QVERIFY(waitForSignals(status));
        QCOMPARE(fixture.reload(plan.id).tasks.constFirst().notes, QStringLiteral("先读文档"));
        QCOMPARE(viewModel.currentTask(taskId)->notes, QStringLiteral("先读文档"));
        QCOMPARE(planChanged.count(), 0);
        edits.editTaskNotes(taskId, QStringLiteral("先读文档"));
        QCOMPARE(edits.undoStack()->count(), 1);
        QTRY_VERIFY(!edits.isBusy());
    }

    void shouldSayWhenAStatusCannotBeSavedAndShowTheStoredOne()
    {
        // GIVEN a plan shown, on a storage that refuses the next status
        test::MemoryFixture fixture;
        const Plan plan = fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        PlansViewModel viewModel({.plans = fixture.service(), .openStorage = fixture.opener()});
        TaskEditsViewModel edits({.plans = fixture.service()}, viewModel);
        startAndWait(viewModel);
        fixture.storage().failNext(QLatin1StringView("set_task_status"),
                                   Error::storage(QStringLiteral("The disk is full.")));
        QSignalSpy planChanged(&viewModel, &PlansViewModel::currentPlanChanged);

        // WHEN a status is set
        edits.setTaskStatus(plan.tasks.constFirst().id, TaskStatus::Done);

        // THEN the status line says why, and the plan is read again as stored
        QVERIFY(waitForSignals(planChanged));
        QVERIFY(viewModel.statusIsError());
        QCOMPARE(viewModel.statusMessage(), QStringLiteral("The disk is full."));
        QCOMPARE(toString(viewModel.currentPlan().tasks.constFirst().status),
                 toString(plan.tasks.constFirst().status));

        // AND a task that does not exist gets a sentence too
        edits.setTaskStatus(987654321, TaskStatus::Done);
        QTRY_VERIFY(viewModel.statusMessage() != QStringLiteral("The disk is full."));
        QVERIFY(viewModel.statusIsError());
        QVERIFY(!viewModel.statusMessage().isEmpty());
        QTRY_VERIFY(!viewModel.isBusy() && !edits.isBusy());
    }

    void shouldForgetUndoOfADeletedPlan()
    {
        // GIVEN an edit of a plan's task on the undo stack
        test::MemoryFixture fixture;
        const Plan plan = fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        PlansViewModel viewModel({.plans = fixture.service(), .openStorage = fixture.opener()});
        TaskEditsViewModel edits({.plans = fixture.service()}, viewModel);
        startAndWait(viewModel);
        edits.editTaskStatus(plan.tasks.constFirst().id, TaskStatus::Done);
        QCOMPARE(edits.undoStack()->count(), 1);
        QSignalSpy deleted(&viewModel, &PlansViewModel::planDeleted);

        // WHEN the plan is deleted THEN the edit can no longer be undone
        QTRY_VERIFY(!edits.isBusy());
        viewModel.deletePlan(plan.id);
        QVERIFY(waitForSignals(deleted));
        QCOMPARE(edits.undoStack()->count(), 0);
    }

    void shouldListBackupsAndRestoreOne()
    {
        // GIVEN a backup with one plan, and a second plan made after it
        test::MemoryFixture fixture;
        fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        const QString backup = fixture.storage().takeBackup();
        fixture.createPlan(QStringLiteral("Write a novel"), m_today);
        PlansViewModel viewModel({.plans = fixture.service(), .openStorage = fixture.opener()});
        BackupsViewModel backups({.backups = fixture.storage()}, viewModel);
        startAndWait(viewModel);
        QCOMPARE(viewModel.planListModel()->rowCount(), 2);
        QSignalSpy listed(&backups, &BackupsViewModel::backupsListed);
        QSignalSpy finished(&backups, &BackupsViewModel::restoreFinished);
        QSignalSpy states(&viewModel, &PlansViewModel::stateChanged);

        // WHEN the backups are listed
        backups.requestBackups();

        // THEN the one taken is there
        QVERIFY(waitForSignals(listed));
        const auto found = listed.at(0).at(0).value<QList<BackupInfo>>();
        QVERIFY(std::any_of(found.cbegin(), found.cend(),
                            [&](const BackupInfo &b) { return b.path == backup; }));

        // WHEN it is restored
        backups.restoreBackup(backup);

        // THEN the list was Opening meanwhile and shows the backup's one plan after
        QVERIFY(waitForSignals(finished));
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(states.at(0).at(0).value<PlansViewModel::State>(), PlansViewModel::State::Opening);
        QCOMPARE(viewModel.state(), PlansViewModel::State::Ready);
        QCOMPARE(viewModel.planListModel()->rowCount(), 1);
        QCOMPARE(viewModel.statusMessage(), QStringLiteral("The backup was restored."));
        QTRY_VERIFY(!viewModel.isBusy() && !backups.isBusy());
    }

    void shouldKeepTheStorageWhenARestoreIsRefused()
    {
        // GIVEN a ready list
        test::MemoryFixture fixture;
        fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        PlansViewModel viewModel({.plans = fixture.service(), .openStorage = fixture.opener()});
        BackupsViewModel backups({.backups = fixture.storage()}, viewModel);
        startAndWait(viewModel);
        QSignalSpy finished(&backups, &BackupsViewModel::restoreFinished);

        // WHEN a backup that does not exist is restored
        backups.restoreBackup(QStringLiteral("memory:nothing"));

        // THEN it says why, and the list is as it was
        QVERIFY(waitForSignals(finished));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(!finished.at(0).at(1).toString().isEmpty());
        QCOMPARE(viewModel.state(), PlansViewModel::State::Ready);
        QVERIFY(viewModel.statusIsError());
        QCOMPARE(viewModel.planListModel()->rowCount(), 1);
    }

    void shouldFindTheBackupToOfferWhenTheStorageFails()
    {
        // GIVEN storage that fails to open, with a backup
        test::MemoryFixture fixture;
        const QString backup = fixture.storage().takeBackup(QStringLiteral("daily"));
        PlansViewModel viewModel(
            {.plans = fixture.service(), .openStorage = []() -> QCoro::Task<Status> {
                 co_return Error::storage(QStringLiteral("The database file is damaged."));
             }});
        BackupsViewModel backups({.backups = fixture.storage()}, viewModel);
        QSignalSpy failed(&backups, &BackupsViewModel::storageFailed);

        // WHEN it starts
        viewModel.start();

        // THEN the backups' failure signal comes with the backup to offer already known
        QVERIFY(waitForSignals(failed));
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("The database file is damaged."));
        QCOMPARE(backups.latestBackup().path, backup);
        QCOMPARE(viewModel.state(), PlansViewModel::State::Failed);
    }
};

HELIOS_TEST_GUI_MAIN(TestPlansViewModel)
#include "tst_plans_view_model.moc"

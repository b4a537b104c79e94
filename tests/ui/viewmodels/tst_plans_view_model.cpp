#include "tests/support/test_main.h"
#include "tests/ui/ui_fixture.h"
#include "ui/models/plan_list_model.h"
#include "ui/models/task_table_model.h"
#include "ui/viewmodels/plans_view_model.h"

#include <QSignalSpy>

using namespace helios;
using namespace helios::ui;

class TestPlansViewModel : public QObject
{
    Q_OBJECT

private:
    const QDate m_today = QDate::currentDate();

private Q_SLOTS:
    void shouldOpenTheStoreThenLoadPlansAndSelectTheFirst()
    {
        // GIVEN a store with two plans
        test::StoreFixture fixture;
        QVERIFY(fixture.open().isEmpty());
        fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        fixture.createPlan(QStringLiteral("Run a half marathon"), m_today);
        PlansViewModel viewModel(fixture.service(), fixture.opener());
        QSignalSpy states(&viewModel, &PlansViewModel::stateChanged);
        QSignalSpy hasPlans(&viewModel, &PlansViewModel::hasPlansChanged);

        // WHEN it starts
        viewModel.start();

        // THEN it becomes ready, lists both plans and shows the first with its tasks
        QTRY_COMPARE(viewModel.state(), PlansViewModel::State::Ready);
        QTRY_COMPARE(viewModel.planListModel()->rowCount(), 2);
        QCOMPARE(hasPlans.count(), 1);
        QVERIFY(viewModel.hasPlans());
        const qint64 first = viewModel.planListModel()->planIdAt(0);
        QCOMPARE(viewModel.selectedPlanId(), first);
        QTRY_COMPARE(viewModel.currentPlan().id, first);
        QCOMPARE(viewModel.taskTableModel()->planId(), first);
        QCOMPARE(viewModel.taskTableModel()->rowCount(), viewModel.currentPlan().tasks.size());
        QVERIFY(viewModel.taskTableModel()->rowCount() > 0);
        QTRY_VERIFY(!viewModel.isBusy());
    }

    void shouldReportAStoreThatCannotBeOpened()
    {
        // GIVEN storage that fails to open
        test::StoreFixture fixture;
        PlansViewModel viewModel(fixture.service(), []() -> QCoro::Task<Status> {
            co_return Error::storage(QStringLiteral("The database file is not readable."));
        });
        QSignalSpy failures(&viewModel, &PlansViewModel::storageFailed);

        // WHEN it starts
        viewModel.start();

        // THEN it says so once, in one sentence, and stays without plans
        QTRY_COMPARE(failures.count(), 1);
        QCOMPARE(failures.at(0).at(0).toString(),
                 QStringLiteral("The database file is not readable."));
        QCOMPARE(viewModel.state(), PlansViewModel::State::Failed);
        QVERIFY(viewModel.statusIsError());
        QVERIFY(!viewModel.hasPlans());
        QTRY_VERIFY(!viewModel.isBusy());
    }

    void shouldShowACreatedPlanAndSelectIt()
    {
        // GIVEN a ready view-model on a store with one plan
        test::StoreFixture fixture;
        QVERIFY(fixture.open().isEmpty());
        const Plan first = fixture.createPlan(QStringLiteral("Read twenty books"), m_today);
        PlansViewModel viewModel(fixture.service(), fixture.opener());
        viewModel.start();
        QTRY_COMPARE(viewModel.state(), PlansViewModel::State::Ready);
        QTRY_COMPARE(viewModel.currentPlan().id, first.id);
        QSignalSpy created(&viewModel, &PlansViewModel::planCreated);

        // WHEN New goal saved another plan and hands it over
        const Plan plan =
            fixture.createPlan(QStringLiteral("Learn Python in three months"), m_today);
        viewModel.showCreatedPlan(plan);

        // THEN it is shown at once, then listed, selected and announced
        QCOMPARE(viewModel.currentPlan().id, plan.id);
        QCOMPARE(viewModel.taskTableModel()->rowCount(), plan.tasks.size());
        QTRY_COMPARE(created.count(), 1);
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

    void shouldSaveAStatusAndRefreshProgress()
    {
        // GIVEN a plan shown with its tasks
        test::StoreFixture fixture;
        QVERIFY(fixture.open().isEmpty());
        const Plan plan = fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        PlansViewModel viewModel(fixture.service(), fixture.opener());
        viewModel.start();
        QTRY_COMPARE(viewModel.currentPlan().id, plan.id);
        QSignalSpy planChanged(&viewModel, &PlansViewModel::currentPlanChanged);

        // WHEN the first task is marked done
        const Task first = plan.tasks.constFirst();
        viewModel.setTaskStatus(first.id, TaskStatus::Done);

        // THEN the store has it, and the plan, the table and the list's progress follow
        QTRY_VERIFY(
            viewModel.planListModel()->index(0).data(PlanListModel::ProgressRole).toDouble() > 0);
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
        QTRY_VERIFY(!viewModel.isBusy());
    }

    void shouldSayWhenAStatusCannotBeSaved()
    {
        test::StoreFixture fixture;
        QVERIFY(fixture.open().isEmpty());
        fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        PlansViewModel viewModel(fixture.service(), fixture.opener());
        viewModel.start();
        QTRY_VERIFY(viewModel.currentPlan().id != 0);

        viewModel.setTaskStatus(987654321, TaskStatus::Done);

        QTRY_VERIFY(viewModel.statusIsError());
        QVERIFY(!viewModel.statusMessage().isEmpty());
        QTRY_VERIFY(!viewModel.isBusy());
    }

    void shouldShowTheLatestSelectionOnly()
    {
        // GIVEN two plans
        test::StoreFixture fixture;
        QVERIFY(fixture.open().isEmpty());
        const Plan a = fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        const Plan b = fixture.createPlan(QStringLiteral("Write a novel"), m_today);
        PlansViewModel viewModel(fixture.service(), fixture.opener());
        viewModel.start();
        QTRY_VERIFY(viewModel.currentPlan().id != 0);

        // WHEN the person clicks one and then the other before the first has loaded
        viewModel.selectPlan(a.id == viewModel.selectedPlanId() ? b.id : a.id);
        viewModel.selectPlan(a.id == viewModel.selectedPlanId() ? b.id : a.id);
        const qint64 last = viewModel.selectedPlanId();

        // THEN the last one is shown, whatever order the loads finish in
        QTRY_COMPARE(viewModel.currentPlan().id, last);
        QCOMPARE(viewModel.taskTableModel()->planId(), last);

        // WHEN nothing is selected THEN the table empties
        viewModel.selectPlan(0);
        QCOMPARE(viewModel.currentPlan().id, 0);
        QCOMPARE(viewModel.taskTableModel()->rowCount(), 0);
        QTRY_VERIFY(!viewModel.isBusy());
    }

    void shouldNotTouchItselfWhenDestroyedWhileListingACreatedPlan()
    {
        // GIVEN a created plan being listed
        test::StoreFixture fixture;
        QVERIFY(fixture.open().isEmpty());
        auto *viewModel = new PlansViewModel(fixture.service(), fixture.opener());
        viewModel->start();
        QTRY_COMPARE(viewModel->state(), PlansViewModel::State::Ready);
        const Plan plan = fixture.createPlan(QStringLiteral("Learn Python"), m_today);
        viewModel->showCreatedPlan(plan);
        QCOMPARE(viewModel->currentPlan().id, plan.id);

        // WHEN the view-model goes away before the store answers
        delete viewModel;

        // THEN nothing crashes when the coroutine resumes (when the list was not already cached)
        fixture.drain();
        QCOMPARE(fixture.summaries().size(), 1);
    }
};

HELIOS_TEST_GUI_MAIN(TestPlansViewModel)
#include "tst_plans_view_model.moc"

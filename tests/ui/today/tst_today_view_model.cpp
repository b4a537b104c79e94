// TodayViewModel on the in-memory storage: the day read across plans, a task done leaves the
// list at once and is stored done, a task moved to tomorrow becomes a version of its plan, a
// failure is one sentence and loses nothing.

#include "core/jobs/version_service.h"
#include "core/today/today_service.h"
#include "tests/support/test_main.h"
#include "tests/ui/memory_fixture.h"
#include "ui/i18n/translations.h"
#include "ui/models/today_model.h"
#include "ui/viewmodels/today_view_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace helios;
using namespace helios::ui;

namespace {

const QDate kToday(2026, 12, 2);

Task task(const QString &title, int startIn, int dueIn)
{
    Task t;
    t.title = title;
    t.startDate = kToday.addDays(startIn);
    t.dueDate = kToday.addDays(dueIn);
    t.estimateHours = 2.0;
    return t;
}

// A plan with a task two days late, one under way today and one that depends on it.
Plan threeTaskPlan(const QString &goal)
{
    Plan plan;
    plan.goal = goal;
    plan.startDate = kToday.addDays(-5);
    plan.deadline = kToday.addDays(30);
    plan.hoursPerWeek = 7;
    plan.tasks = {task(goal + QStringLiteral(": late"), -5, -2),
                  task(goal + QStringLiteral(": today"), 0, 1),
                  task(goal + QStringLiteral(": after"), 1, 3)};
    plan.tasks[2].dependsOn = {1};
    return plan;
}

// The view-model with what it needs, over one fixture.
struct TodayParts
{
    explicit TodayParts(test::MemoryFixture &fixture)
        : versions(fixture.storage()),
          service(fixture.storage(), fixture.storage(), fixture.storage(), versions),
          viewModel({.today = service, .clock = [] { return kToday; }}),
          tester(viewModel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest)
    {}

    VersionService versions;
    TodayService service;
    TodayViewModel viewModel;
    QAbstractItemModelTester tester;
};

} // namespace

class TestTodayViewModel : public QObject
{
    Q_OBJECT

private:
    // English as the person reads it: "1 task", "2 tasks".
    AppTranslations m_translations;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_translations.use(Language::English,
                                   QLocale(QLocale::English, QLocale::UnitedStates)));
    }

private:
    static Plan save(test::MemoryFixture &fixture, Plan plan)
    {
        const auto saved = test::await(fixture.storage().savePlan(std::move(plan)));
        return saved && saved->ok() ? saved->value() : Plan{};
    }

private Q_SLOTS:
    void shouldReadTheDayAcrossPlans()
    {
        // GIVEN two plans
        test::MemoryFixture fixture;
        const Plan a = save(fixture, threeTaskPlan(QStringLiteral("Run")));
        save(fixture, threeTaskPlan(QStringLiteral("Read")));
        TodayParts today(fixture);
        QSignalSpy changed(&today.viewModel, &TodayViewModel::agendaChanged);

        // WHEN the day is read
        today.viewModel.refresh();

        // THEN both plans' overdue, today's and next tasks are listed, with the day's hours
        QTRY_COMPARE(today.viewModel.state(), TodayViewModel::State::Ready);
        QCOMPARE(changed.size(), 1);
        const Agenda &day = today.viewModel.agenda();
        QCOMPARE(day.overdue.size(), 2);
        QCOMPARE(day.today.size(), 2);
        QCOMPARE(day.nextUp.size(), 2);
        QCOMPARE(day.overdueByPlan().value(a.id), 1);
        QCOMPARE(today.viewModel.headline(),
                 QStringLiteral("2 tasks today · 2 h planned of the 2 h you have · 2 overdue"));
        QCOMPARE(today.viewModel.model()->rowCount(), 3);
    }

    void shouldReadOnceWhenAskedSeveralTimesTogether()
    {
        // GIVEN a plan
        test::MemoryFixture fixture;
        save(fixture, threeTaskPlan(QStringLiteral("Run")));
        TodayParts today(fixture);
        const int before = fixture.storage().calls(QLatin1StringView("open_tasks_starting_by"));
        // WHEN three changes ask for the day together
        today.viewModel.refresh();
        today.viewModel.refresh();
        today.viewModel.refresh();
        QTRY_COMPARE(today.viewModel.state(), TodayViewModel::State::Ready);
        // THEN the storage is read once
        QCOMPARE(fixture.storage().calls(QLatin1StringView("open_tasks_starting_by")) - before, 1);
    }

    void shouldTakeADoneTaskOffAtOnceAndStoreIt()
    {
        // GIVEN the day read, with the storage holding its answers back
        test::MemoryFixture fixture;
        const Plan a = save(fixture, threeTaskPlan(QStringLiteral("Run")));
        TodayParts today(fixture);
        today.viewModel.refresh();
        QTRY_COMPARE(today.viewModel.state(), TodayViewModel::State::Ready);
        QSignalSpy planChanged(&today.viewModel, &TodayViewModel::planChanged);
        QSignalSpy message(&today.viewModel, &TodayViewModel::message);
        fixture.storage().pause();

        // WHEN the overdue task is marked done
        today.viewModel.markDone(a.tasks[0].id);

        // THEN it leaves the list before the storage answers
        QVERIFY(today.viewModel.agenda().overdue.isEmpty());
        QCOMPARE(today.viewModel.model()->rowCount(), 2);
        // AND once it has, it is stored done, the plan is said to have changed, and the
        // status line says what was done
        fixture.storage().resume();
        QTRY_COMPARE(planChanged.size(), 1);
        QCOMPARE(planChanged.at(0).at(0).toLongLong(), a.id);
        QVERIFY(fixture.reload(a.id).tasks[0].status == TaskStatus::Done);
        QCOMPARE(message.last().at(0).toString(), QStringLiteral("Done: Run: late"));
        QCOMPARE(message.last().at(1).toBool(), false);
        QTRY_VERIFY(!today.viewModel.isBusy());
        QVERIFY(today.viewModel.agenda().overdue.isEmpty());
    }

    void shouldPutATaskBackWhenItCouldNotBeMarkedDone()
    {
        // GIVEN the day read, and a storage whose next status change fails
        test::MemoryFixture fixture;
        const Plan a = save(fixture, threeTaskPlan(QStringLiteral("Run")));
        TodayParts today(fixture);
        today.viewModel.refresh();
        QTRY_COMPARE(today.viewModel.state(), TodayViewModel::State::Ready);
        fixture.storage().failNext(QLatin1StringView("set_task_status"),
                                   Error::storage(QStringLiteral("The disk is full.")));
        QSignalSpy message(&today.viewModel, &TodayViewModel::message);

        // WHEN the task under way is marked done
        today.viewModel.markDone(a.tasks[1].id);

        // THEN the failure is one sentence, and the task is listed again, still open
        QTRY_COMPARE(message.size(), 1);
        QCOMPARE(message.at(0).at(0).toString(),
                 QStringLiteral("“Run: today” could not be marked done: The disk is full."));
        QCOMPARE(message.at(0).at(1).toBool(), true);
        QTRY_VERIFY(today.viewModel.agenda().find(a.tasks[1].id) != nullptr);
        QVERIFY(fixture.reload(a.id).tasks[1].status == TaskStatus::Todo);
    }

    void shouldMoveATaskToTomorrowAsAVersionOfItsPlan()
    {
        // GIVEN the day read
        test::MemoryFixture fixture;
        const Plan a = save(fixture, threeTaskPlan(QStringLiteral("Run")));
        TodayParts today(fixture);
        today.viewModel.refresh();
        QTRY_COMPARE(today.viewModel.state(), TodayViewModel::State::Ready);
        QSignalSpy message(&today.viewModel, &TodayViewModel::message);
        QSignalSpy planChanged(&today.viewModel, &TodayViewModel::planChanged);

        // WHEN today's task is moved to tomorrow
        today.viewModel.moveToTomorrow(a.tasks[1].id);

        // THEN it starts tomorrow, the one that depends on it follows, and the status line says
        // both
        QTRY_COMPARE(planChanged.size(), 1);
        QCOMPARE(message.last().at(0).toString(),
                 QStringLiteral("Moved to tomorrow: Run: today, with 1 task that depends on it"));
        const Plan stored = fixture.reload(a.id);
        QCOMPARE(stored.tasks[1].startDate, kToday.addDays(1));
        // AND the day is read again: nothing under way today, the task next up
        QTRY_VERIFY(today.viewModel.agenda().today.isEmpty());
        QCOMPARE(today.viewModel.agenda().nextUp.first().task.id, a.tasks[1].id);
        // AND the plan's history has the move
        const auto versions = test::await(today.versions.versions(a.id));
        QVERIFY(versions && versions->ok());
        QCOMPARE(versions->value().last().reason, QString(TodayService::kMovedToTomorrow));
    }

    void shouldSayWhyTheDayCouldNotBeRead()
    {
        // GIVEN a storage whose next read of open tasks fails
        test::MemoryFixture fixture;
        TodayParts today(fixture);
        fixture.storage().failNext(QLatin1StringView("open_tasks_starting_by"),
                                   Error::storage(QStringLiteral("The database is damaged.")));
        QSignalSpy message(&today.viewModel, &TodayViewModel::message);
        // WHEN the day is read
        today.viewModel.refreshNow();
        // THEN the page is Failed with the reason, and a second read recovers
        QTRY_COMPARE(today.viewModel.state(), TodayViewModel::State::Failed);
        QCOMPARE(today.viewModel.errorMessage(), QStringLiteral("The database is damaged."));
        QCOMPARE(message.last().at(1).toBool(), true);
        today.viewModel.refreshNow();
        QTRY_COMPARE(today.viewModel.state(), TodayViewModel::State::Ready);
        QVERIFY(today.viewModel.agenda().isEmpty());
    }
};

HELIOS_TEST_GUI_MAIN(TestTodayViewModel)
#include "tst_today_view_model.moc"

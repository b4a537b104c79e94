// deferToTomorrow: one task moved to tomorrow, what depends on it pushed after it, nothing else.

#include "core/planning/deferral.h"
#include "tests/support/test_main.h"

#include <QTest>

using namespace helios;

namespace {

const QDate kToday(2026, 12, 2);

Task task(qint64 id, int startIn, int dueIn, QList<int> dependsOn = {})
{
    Task t;
    t.id = id;
    t.title = QStringLiteral("T%1").arg(id);
    t.startDate = kToday.addDays(startIn);
    t.dueDate = kToday.addDays(dueIn);
    t.estimateHours = 3;
    t.dependsOn = std::move(dependsOn);
    t.order = static_cast<int>(id - 1);
    return t;
}

Plan plan(QList<Task> tasks)
{
    Plan p;
    p.id = 7;
    p.goal = QStringLiteral("Goal");
    p.deadline = kToday.addDays(20);
    p.tasks = std::move(tasks);
    return p;
}

} // namespace

class TestDeferral : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldMoveATaskUnderWayToTomorrowKeepingWhatIsLeftOfIt()
    {
        // GIVEN a task under way since two days ago, due the day after tomorrow
        const Plan before = plan({task(1, -2, 2)});
        // WHEN it is moved to tomorrow
        const Result<Plan> after = deferToTomorrow(before, 1, kToday);
        // THEN it runs from tomorrow for the three days it had left (today to its due date)
        QVERIFY(after.ok());
        QCOMPARE(after->tasks[0].startDate, kToday.addDays(1));
        QCOMPARE(after->tasks[0].dueDate, kToday.addDays(3));
    }

    void shouldMoveAnOverdueTaskToTomorrowAlone()
    {
        // GIVEN a task that was due three days ago
        const Result<Plan> after = deferToTomorrow(plan({task(1, -5, -3)}), 1, kToday);
        // THEN it is tomorrow's, for one day
        QVERIFY(after.ok());
        QCOMPARE(after->tasks[0].startDate, kToday.addDays(1));
        QCOMPARE(after->tasks[0].dueDate, kToday.addDays(1));
    }

    void shouldPushOnlyWhatDependsOnIt()
    {
        // GIVEN today's task 1; task 2 depends on it and starts when it ends; task 3 depends on
        // 2; task 4 depends on nothing and runs today; task 5 depends on 1 but starts well after
        const Plan before = plan({task(1, 0, 0), task(2, 0, 1, {0}), task(3, 1, 1, {1}),
                                  task(4, 0, 0), task(5, 6, 7, {0})});
        // WHEN task 1 is moved to tomorrow
        const Result<Plan> after = deferToTomorrow(before, 1, kToday);
        // THEN 2 and 3 follow it, each keeping its length; 4 and 5 stay
        QVERIFY(after.ok());
        QCOMPARE(after->tasks[0].startDate, kToday.addDays(1));
        QCOMPARE(after->tasks[1].startDate, kToday.addDays(1));
        QCOMPARE(after->tasks[1].dueDate, kToday.addDays(2));
        QCOMPARE(after->tasks[2].startDate, kToday.addDays(2));
        QCOMPARE(after->tasks[2].dueDate, kToday.addDays(2));
        QCOMPARE(after->tasks[3], before.tasks[3]);
        QCOMPARE(after->tasks[4], before.tasks[4]);
        QVERIFY(!after->atRisk);
    }

    void shouldMakeThePlanAtRiskWhenThePushPassesTheDeadline()
    {
        // GIVEN a chain whose last task is due on the deadline
        Plan before = plan({task(1, 0, 0), task(2, 0, 20, {0})});
        // WHEN the first moves a day
        const Result<Plan> after = deferToTomorrow(before, 1, kToday);
        // THEN the second ends after the deadline and the plan is at risk by its hours
        QVERIFY(after.ok());
        QCOMPARE(after->tasks[1].dueDate, kToday.addDays(21));
        QVERIFY(after->atRisk);
        QCOMPARE(after->hoursShort, 3.0);
    }

    void shouldNotLoopOnACycle()
    {
        // GIVEN two tasks that depend on each other
        const Plan before = plan({task(1, 0, 0, {1}), task(2, 0, 0, {0})});
        // WHEN one moves, THEN the call returns and both are dated
        const Result<Plan> after = deferToTomorrow(before, 1, kToday);
        QVERIFY(after.ok());
        QVERIFY(after->tasks[1].startDate.isValid());
    }

    void shouldRefuseFinishedLaterAndUnknownTasks()
    {
        Plan before = plan({task(1, 0, 0), task(2, 5, 6)});
        before.tasks[0].status = TaskStatus::Done;
        const Result<Plan> done = deferToTomorrow(before, 1, kToday);
        QVERIFY(!done.ok());
        QVERIFY(done.error().kind == Error::Kind::Usage);
        const Result<Plan> later = deferToTomorrow(before, 2, kToday);
        QVERIFY(!later.ok());
        QVERIFY(later.error().kind == Error::Kind::Usage);
        // AND a task moved once starts tomorrow: moving it again is refused, not a new version
        Plan undone = before;
        undone.tasks[0].status = TaskStatus::Todo;
        const Result<Plan> once = deferToTomorrow(undone, 1, kToday);
        QVERIFY2(once.ok(), qPrintable(once.ok() ? QString() : once.error().message));
        const Result<Plan> twice = deferToTomorrow(*once, 1, kToday);
        QVERIFY(!twice.ok());
        QVERIFY(twice.error().kind == Error::Kind::Usage);
        QVERIFY2(twice.error().message.contains(kToday.addDays(1).toString(Qt::ISODate)),
                 qPrintable(twice.error().message));
        const Result<Plan> unknown = deferToTomorrow(before, 99, kToday);
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().kind == Error::Kind::NotFound);
    }
};

HELIOS_TEST_MAIN(TestDeferral)
#include "tst_deferral.moc"

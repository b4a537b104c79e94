#include "core/planning/replanner.h"
#include "core/planning/scheduler.h"
#include "tests/support/test_main.h"

#include <QRandomGenerator>

#include <cmath>

using namespace helios;

namespace {

const QDate kStart(2024, 1, 1); // a Monday

QDate day(int offset)
{
    return kStart.addDays(offset);
}

// A stored-looking plan: `count` tasks of `hours` each, ids 1.., in a chain when asked, scheduled
// from kStart at `hoursPerWeek` (1 h a day by default: task i on day i).
Plan makePlan(int count, double hours = 1.0, double hoursPerWeek = 7.0, QDate deadline = {},
              bool chain = false)
{
    Plan plan;
    plan.id = 42;
    plan.goal = QStringLiteral("Learn to juggle");
    plan.startDate = kStart;
    plan.deadline = deadline;
    plan.hoursPerWeek = hoursPerWeek;
    for (int i = 0; i < count; ++i) {
        Task task;
        task.id = 100 + i;
        task.planId = plan.id;
        task.title = QStringLiteral("Task %1").arg(i);
        task.estimateHours = hours;
        task.order = i;
        task.milestone = QStringLiteral("M%1").arg(i / 3);
        if (chain && i > 0)
            task.dependsOn = {i - 1};
        plan.tasks.append(task);
    }
    ScheduleOptions options;
    options.start = kStart;
    options.deadline = deadline;
    options.hoursPerWeek = hoursPerWeek;
    const ScheduleResult result = Scheduler::schedule(plan.tasks, options);
    plan.atRisk = result.atRisk;
    plan.hoursShort = result.hoursShort;
    return plan;
}

void markDone(Plan &plan, std::initializer_list<int> positions,
              TaskStatus status = TaskStatus::Done)
{
    for (const int i : positions)
        plan.tasks[i].status = status;
}

QList<int> dueDays(const Plan &plan)
{
    QList<int> days;
    for (const Task &task : plan.tasks)
        days.append(task.dueDate.isValid() ? int(kStart.daysTo(task.dueDate)) : -9999);
    return days;
}

QList<int> startDays(const Plan &plan)
{
    QList<int> days;
    for (const Task &task : plan.tasks)
        days.append(task.startDate.isValid() ? int(kStart.daysTo(task.startDate)) : -9999);
    return days;
}

// Everything but the dates of unfinished tasks is as it was.
void verifyOnlyDatesChanged(const Plan &before, const Plan &after)
{
    QCOMPARE(after.id, before.id);
    QCOMPARE(after.goal, before.goal);
    QCOMPARE(after.startDate, before.startDate);
    QCOMPARE(after.tasks.size(), before.tasks.size());
    for (int i = 0; i < before.tasks.size(); ++i) {
        Task expected = before.tasks[i];
        if (!expected.isFinished()) {
            expected.startDate = after.tasks[i].startDate;
            expected.dueDate = after.tasks[i].dueDate;
        }
        QCOMPARE(after.tasks[i], expected);
    }
}

} // namespace

class TestReplanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRescheduleOverdueWorkFromToday_data();
    void shouldRescheduleOverdueWorkFromToday();
    void shouldPullRemainingWorkEarlierWhenFinishedAhead();
    void shouldRecomputeRiskForMovedDeadline_data();
    void shouldRecomputeRiskForMovedDeadline();
    void shouldUseNewHoursPerWeek();
    void shouldScheduleRemainderOfTaskInProgress_data();
    void shouldScheduleRemainderOfTaskInProgress();
    void shouldLeaveFinishedPlanUnchanged();
    void shouldHandleEmptyPlan();
    void shouldNeverScheduleBeforeToday();
    void shouldMeasurePace_data();
    void shouldMeasurePace();
    void shouldProjectFinishFromMeasuredPace();
};

void TestReplanner::shouldRescheduleOverdueWorkFromToday_data()
{
    QTest::addColumn<QDate>("deadline");
    QTest::addColumn<bool>("expectedAtRisk");
    QTest::addColumn<double>("expectedHoursShort");

    // Ten 1 h tasks planned on days 0..9; on day 7 only tasks 0 and 1 are done: the week of
    // tasks 2..6 is overdue. Tasks 2..9 (8 h) take days 7..14.
    QTest::newRow("no deadline") << QDate() << false << 0.0;
    QTest::newRow("deadline on day 12: days 13 and 14 are late") << day(12) << true << 2.0;
    QTest::newRow("deadline on day 14: just fits") << day(14) << false << 0.0;
}

void TestReplanner::shouldRescheduleOverdueWorkFromToday()
{
    QFETCH(QDate, deadline);
    QFETCH(bool, expectedAtRisk);
    QFETCH(double, expectedHoursShort);

    // GIVEN a plan with a week of missed tasks
    Plan plan = makePlan(10, 1.0, 7.0, deadline);
    QVERIFY(!plan.atRisk);
    markDone(plan, {0, 1});

    // WHEN it is re-planned on day 7
    const Plan next = replan(plan, day(7));

    // THEN the done tasks keep their days and the rest run on from today, one a day
    QCOMPARE(startDays(next), (QList<int>{0, 1, 7, 8, 9, 10, 11, 12, 13, 14}));
    QCOMPARE(dueDays(next), (QList<int>{0, 1, 7, 8, 9, 10, 11, 12, 13, 14}));
    QCOMPARE(next.atRisk, expectedAtRisk);
    QCOMPARE(next.hoursShort, expectedHoursShort);
    QCOMPARE(next.deadline, deadline);
    verifyOnlyDatesChanged(plan, next);
}

void TestReplanner::shouldPullRemainingWorkEarlierWhenFinishedAhead()
{
    // GIVEN ten 1 h tasks planned on days 0..9 in a chain, of which six are done by day 2
    Plan plan = makePlan(10, 1.0, 7.0, day(9), true);
    markDone(plan, {0, 1, 2, 3, 4, 5});

    // WHEN it is re-planned on day 2
    const Plan next = replan(plan, day(2));

    // THEN the four remaining tasks are pulled forward to days 2..5; done ones keep their days
    QCOMPARE(dueDays(next), (QList<int>{0, 1, 2, 3, 4, 5, 2, 3, 4, 5}));
    QCOMPARE(startDays(next), (QList<int>{0, 1, 2, 3, 4, 5, 2, 3, 4, 5}));
    QVERIFY(!next.atRisk);
    QCOMPARE(next.finishDate(), day(5));
    QVERIFY(next.finishDate() < plan.finishDate());
    verifyOnlyDatesChanged(plan, next);
}

void TestReplanner::shouldRecomputeRiskForMovedDeadline_data()
{
    QTest::addColumn<QDate>("newDeadline");
    QTest::addColumn<bool>("expectedAtRisk");
    QTest::addColumn<double>("expectedHoursShort");

    // Ten 1 h tasks on days 0..9 with the deadline on day 9; re-planned on day 0, nothing done.
    QTest::newRow("earlier: day 6, three days short") << day(6) << true << 3.0;
    QTest::newRow("earlier: before today, all late") << day(-1) << true << 10.0;
    QTest::newRow("later: day 20") << day(20) << false << 0.0;
    QTest::newRow("removed") << QDate() << false << 0.0;
}

void TestReplanner::shouldRecomputeRiskForMovedDeadline()
{
    QFETCH(QDate, newDeadline);
    QFETCH(bool, expectedAtRisk);
    QFETCH(double, expectedHoursShort);

    // GIVEN a plan that just fits its deadline
    const Plan plan = makePlan(10, 1.0, 7.0, day(9));
    QVERIFY(!plan.atRisk);

    // WHEN it is re-planned with another deadline
    const Plan next = replan(plan, day(0), newDeadline);

    // THEN the deadline is replaced, the days stay (nothing forces them to move) and the risk
    // follows the new deadline
    QCOMPARE(next.deadline, newDeadline);
    QCOMPARE(dueDays(next), dueDays(plan));
    QCOMPARE(next.atRisk, expectedAtRisk);
    QCOMPARE(next.hoursShort, expectedHoursShort);
    QCOMPARE(next.hoursPerWeek, plan.hoursPerWeek);
}

void TestReplanner::shouldUseNewHoursPerWeek()
{
    // GIVEN ten 1 h tasks on days 0..9 with the deadline on day 9
    const Plan plan = makePlan(10, 1.0, 7.0, day(9));

    // WHEN it is re-planned with more hours, and with fewer
    const Plan more = replan(plan, day(0), std::nullopt, 14.0);
    const Plan fewer = replan(plan, day(0), std::nullopt, 3.5);

    // THEN two tasks fit a day with 14 h a week; at 0.5 h a day, 10 h take 20 days of which
    // days 10..19 (5 h) are late
    QCOMPARE(more.hoursPerWeek, 14.0);
    QCOMPARE(dueDays(more), (QList<int>{0, 0, 1, 1, 2, 2, 3, 3, 4, 4}));
    QVERIFY(!more.atRisk);
    QCOMPARE(fewer.hoursPerWeek, 3.5);
    QCOMPARE(fewer.finishDate(), day(19));
    QVERIFY(fewer.atRisk);
    QCOMPARE(fewer.hoursShort, 5.0);
    QCOMPARE(fewer.deadline, plan.deadline);
}

void TestReplanner::shouldScheduleRemainderOfTaskInProgress_data()
{
    QTest::addColumn<double>("actualHours");
    QTest::addColumn<int>("plannedStartDay");
    QTest::addColumn<int>("expectedStartDay");
    QTest::addColumn<QList<int>>("expectedDue"); // of the task in progress and the next one

    // A 4 h task in progress, then a 1 h task; 1 h a day; re-planned on day 10.
    QTest::newRow("1 h spent: 3 h left") << 1.0 << 8 << 8 << QList<int>{12, 13};
    QTest::newRow("unknown: the whole 4 h") << -1.0 << 8 << 8 << QList<int>{13, 14};
    // 0.2 h left is less than the minimum: 0.5 h left, and the next task shares day 10.
    QTest::newRow("3.8 h spent: at least 0.5 h left") << 3.8 << 8 << 8 << QList<int>{10, 11};
    QTest::newRow("more than the estimate spent") << 9.0 << 8 << 8 << QList<int>{10, 11};
    // A start in the future never happened as planned: the new start stands.
    QTest::newRow("planned start after today") << 1.0 << 15 << 10 << QList<int>{12, 13};
    QTest::newRow("never dated") << 1.0 << -9999 << 10 << QList<int>{12, 13};
}

void TestReplanner::shouldScheduleRemainderOfTaskInProgress()
{
    QFETCH(double, actualHours);
    QFETCH(int, plannedStartDay);
    QFETCH(int, expectedStartDay);
    QFETCH(QList<int>, expectedDue);

    // GIVEN a task in progress with some hours spent, and a task after it
    Plan plan = makePlan(2, 1.0, 7.0, {}, true);
    Task &inProgress = plan.tasks[0];
    inProgress.estimateHours = 4.0;
    inProgress.status = TaskStatus::InProgress;
    inProgress.actualHours = actualHours;
    inProgress.startDate = plannedStartDay == -9999 ? QDate() : day(plannedStartDay);
    inProgress.dueDate = day(9);

    // WHEN the plan is re-planned on day 10
    const Plan next = replan(plan, day(10));

    // THEN it keeps its start, what is left of it runs from today, and its estimate is kept
    QCOMPARE(next.tasks[0].startDate, day(expectedStartDay));
    QCOMPARE(next.tasks[0].dueDate, day(expectedDue[0]));
    QCOMPARE(next.tasks[1].dueDate, day(expectedDue[1]));
    QCOMPARE(next.tasks[0].estimateHours, 4.0);
    QCOMPARE(next.tasks[0].actualHours, actualHours);
    QVERIFY(next.tasks[0].status == TaskStatus::InProgress);
    QVERIFY(next.tasks[1].startDate >= day(10));
}

void TestReplanner::shouldLeaveFinishedPlanUnchanged()
{
    // GIVEN a plan whose tasks are all done or skipped, stored as at risk by an old schedule
    Plan plan = makePlan(5, 2.0, 7.0, day(3));
    QVERIFY(plan.atRisk);
    markDone(plan, {0, 1, 2, 4});
    markDone(plan, {3}, TaskStatus::Skipped);

    // WHEN it is re-planned later, even with another deadline
    const Plan next = replan(plan, day(30));
    const Plan moved = replan(plan, day(30), day(1));

    // THEN no task changes and nothing is at risk any more
    QCOMPARE(next.tasks, plan.tasks);
    QCOMPARE(moved.tasks, plan.tasks);
    QVERIFY(!next.atRisk);
    QCOMPARE(next.hoursShort, 0.0);
    QVERIFY(!moved.atRisk);
    QCOMPARE(next.startDate, plan.startDate);
}

void TestReplanner::shouldHandleEmptyPlan()
{
    // GIVEN a plan without tasks
    Plan plan;
    plan.startDate = kStart;
    plan.deadline = day(10);
    plan.hoursPerWeek = 5.0;

    // WHEN it is re-planned, with and without changes
    const Plan same = replan(plan, day(3));
    const Plan changed = replan(plan, day(3), day(20), 8.0);

    // THEN there is nothing to schedule and nothing at risk; only the given values change
    QVERIFY(same.tasks.isEmpty());
    QVERIFY(!same.atRisk);
    QCOMPARE(same.deadline, plan.deadline);
    QCOMPARE(same.hoursPerWeek, 5.0);
    QCOMPARE(same.startDate, kStart);
    QCOMPARE(changed.deadline, day(20));
    QCOMPARE(changed.hoursPerWeek, 8.0);
}

// Random plans with random progress, re-planned on a random day: nothing unfinished lands before
// today, finished tasks are untouched, dependencies between unfinished tasks hold, and nothing but
// the dates of unfinished tasks (and the risk) changes.
void TestReplanner::shouldNeverScheduleBeforeToday()
{
    QRandomGenerator rng(99);
    for (int iteration = 0; iteration < 200; ++iteration) {
        // GIVEN a scheduled plan with random statuses
        const int n = rng.bounded(0, 25);
        Plan plan = makePlan(n, 1.0, 7.0, day(rng.bounded(0, 40)));
        for (Task &task : plan.tasks) {
            task.estimateHours = rng.bounded(1, 13) * 0.5;
            if (task.order > 0 && rng.bounded(3) == 0)
                task.dependsOn = {int(rng.bounded(task.order))};
            const int kind = rng.bounded(8);
            task.status = kind == 0   ? TaskStatus::Done
                          : kind == 1 ? TaskStatus::Skipped
                          : kind == 2 ? TaskStatus::InProgress
                                      : TaskStatus::Todo;
            if (task.status == TaskStatus::InProgress && rng.bounded(2) == 0)
                task.actualHours = rng.bounded(0, 10) * 0.5;
        }
        const QDate today = day(rng.bounded(-5, 30));

        // WHEN it is re-planned
        const Plan next = replan(plan, today);

        // THEN ...
        verifyOnlyDatesChanged(plan, next);
        for (const Task &task : next.tasks) {
            if (task.isFinished())
                continue;
            QVERIFY(task.dueDate >= today);
            if (task.status == TaskStatus::Todo)
                QVERIFY(task.startDate >= today);
            QVERIFY(task.startDate <= task.dueDate);
            for (const int p : task.dependsOn) {
                if (!next.tasks[p].isFinished())
                    QVERIFY(next.tasks[p].dueDate <= task.dueDate);
            }
        }
        QCOMPARE(next.atRisk, next.hoursShort > 0.0);
    }
}

void TestReplanner::shouldMeasurePace_data()
{
    QTest::addColumn<QList<double>>("hours");
    QTest::addColumn<QList<int>>("dueDays");
    QTest::addColumn<QList<int>>("statuses"); // 0 to do, 1 done, 2 skipped, 3 in progress
    QTest::addColumn<double>("expected");

    // Measured on day 4.
    QTest::newRow("nothing due yet")
        << QList<double>{1, 1} << QList<int>{4, 5} << QList<int>{0, 0} << 1.0;
    QTest::newRow("nothing due yet, some done early")
        << QList<double>{1, 1} << QList<int>{4, 5} << QList<int>{1, 0} << 1.0;
    QTest::newRow("as planned") << QList<double>{1, 1, 1} << QList<int>{1, 2, 6}
                                << QList<int>{1, 1, 0} << 1.0;
    QTest::newRow("half of what was due")
        << QList<double>{1, 1, 1, 1} << QList<int>{0, 1, 2, 3} << QList<int>{1, 1, 0, 3} << 0.5;
    QTest::newRow("ahead") << QList<double>{2, 1} << QList<int>{3, 8} << QList<int>{1, 1} << 1.5;
    QTest::newRow("far ahead is clamped to 2")
        << QList<double>{1, 5} << QList<int>{3, 8} << QList<int>{1, 1} << 2.0;
    QTest::newRow("nothing done is clamped to 0.1")
        << QList<double>{3, 3} << QList<int>{0, 1} << QList<int>{0, 3} << 0.1;
    QTest::newRow("due today does not count yet")
        << QList<double>{1, 1} << QList<int>{3, 4} << QList<int>{1, 0} << 1.0;
    QTest::newRow("skipped counts on neither side")
        << QList<double>{1, 4} << QList<int>{2, 3} << QList<int>{1, 2} << 1.0;
    QTest::newRow("undated tasks are not due")
        << QList<double>{2, 2} << QList<int>{-9999, 1} << QList<int>{0, 1} << 1.0;
}

void TestReplanner::shouldMeasurePace()
{
    QFETCH(QList<double>, hours);
    QFETCH(QList<int>, dueDays);
    QFETCH(QList<int>, statuses);
    QFETCH(double, expected);

    // GIVEN tasks with due dates and statuses
    QList<Task> tasks;
    for (int i = 0; i < hours.size(); ++i) {
        Task task;
        task.estimateHours = hours[i];
        task.dueDate = dueDays[i] == -9999 ? QDate() : day(dueDays[i]);
        task.status = statuses[i] == 1   ? TaskStatus::Done
                      : statuses[i] == 2 ? TaskStatus::Skipped
                      : statuses[i] == 3 ? TaskStatus::InProgress
                                         : TaskStatus::Todo;
        tasks.append(task);
    }

    // WHEN the pace is measured on day 4
    // THEN it is done hours over hours due before today, clamped
    QCOMPARE(measuredPace(tasks, day(4)), expected);
}

void TestReplanner::shouldProjectFinishFromMeasuredPace()
{
    // GIVEN ten 1 h tasks on days 0..9 of which only two are done by day 4 (4 h were due)
    Plan plan = makePlan(10);
    markDone(plan, {0, 1});
    const double pace = measuredPace(plan.tasks, day(4));
    QCOMPARE(pace, 0.5);

    // WHEN the re-planned work is scheduled at that pace
    Plan next = replan(plan, day(4));
    ScheduleOptions options;
    options.start = day(4);
    options.hoursPerWeek = next.hoursPerWeek;
    options.pace = pace;
    const ScheduleResult result = Scheduler::schedule(next.tasks, options);

    // THEN 8 h at 1 h a day end on day 11 as planned, at half pace on day 19
    QCOMPARE(result.finish, day(11));
    QCOMPARE(result.projectedFinish, day(19));
}

HELIOS_TEST_MAIN(TestReplanner)
#include "tst_replanner.moc"

// Scheduler v2: hours per weekday, the projected finish at the person's pace, slipping milestones.
// The v1 behaviour (even split of the weekly hours) is covered by tst_scheduler.cpp.

#include "core/planning/scheduler.h"
#include "tests/support/test_main.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace helios;

namespace {

const QDate kStart(2024, 1, 1); // a Monday: day 5 is a Saturday, day 6 a Sunday

WeekdayHours weekdays(const QList<double> &hours)
{
    WeekdayHours result{};
    for (qsizetype i = 0; i < 7 && i < hours.size(); ++i)
        result[static_cast<size_t>(i)] = hours[i];
    return result;
}

QList<Task> makeTasks(const QList<double> &hours, const QList<QList<int>> &dependsOn = {},
                      const QStringList &milestones = {})
{
    QList<Task> tasks;
    for (int i = 0; i < hours.size(); ++i) {
        Task task;
        task.estimateHours = hours[i];
        task.dependsOn = i < dependsOn.size() ? dependsOn[i] : QList<int>{};
        task.milestone = i < milestones.size() ? milestones[i] : QString();
        task.order = i;
        task.title = QStringLiteral("task %1").arg(i);
        tasks.append(task);
    }
    return tasks;
}

ScheduleOptions evenOptions(double hoursPerWeek, QDate deadline = {}, double pace = 1.0)
{
    ScheduleOptions options;
    options.start = kStart;
    options.deadline = deadline;
    options.hoursPerWeek = hoursPerWeek;
    options.pace = pace;
    return options;
}

ScheduleOptions weekdayOptions(const QList<double> &hours, QDate deadline = {}, double pace = 1.0)
{
    ScheduleOptions options = evenOptions(10.0, deadline, pace);
    options.weekdayHours = weekdays(hours);
    return options;
}

constexpr int kUnscheduled = -9999;

int dayOffset(QDate date)
{
    return date.isValid() ? static_cast<int>(kStart.daysTo(date)) : kUnscheduled;
}

QList<int> startOffsets(const QList<Task> &tasks)
{
    QList<int> offsets;
    for (const Task &task : tasks)
        offsets.append(dayOffset(task.startDate));
    return offsets;
}

QList<int> dueOffsets(const QList<Task> &tasks)
{
    QList<int> offsets;
    for (const Task &task : tasks)
        offsets.append(dayOffset(task.dueDate));
    return offsets;
}

double hoursOn(const WeekdayHours &hours, QDate date)
{
    return hours[static_cast<size_t>(date.dayOfWeek() - 1)];
}

// Capacity of the days from..to, both included.
double capacityBetween(const WeekdayHours &hours, QDate from, QDate to)
{
    double sum = 0.0;
    for (QDate d = from; d <= to; d = d.addDays(1))
        sum += hoursOn(hours, d);
    return sum;
}

} // namespace

class TestSchedulerV2 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldScheduleOnlyOnDaysWithHours_data();
    void shouldScheduleOnlyOnDaysWithHours();
    void shouldKeepRandomWeekdaySchedulesWithinDailyHours();
    void shouldMatchEvenSplitWhenEveryWeekdayHasTheSameHours();
    void shouldFlagAtRiskWithWeekdayHours_data();
    void shouldFlagAtRiskWithWeekdayHours();
    void shouldLeaveWorkUnscheduledWhenNoDayHasHours_data();
    void shouldLeaveWorkUnscheduledWhenNoDayHasHours();
    void shouldNotBeAtRiskWhenNoDayHasHoursButNothingIsLeft();
    void shouldProjectFinishAtPace_data();
    void shouldProjectFinishAtPace();
    void shouldDoubleRemainingDurationAtHalfPace();
    void shouldNotChangeDatesOrRiskWithPace();
    void shouldNameSlippingMilestones_data();
    void shouldNameSlippingMilestones();
    void shouldNameMilestonesOfUnschedulableWorkAsSlipping();
    void shouldKeepASeriesRhythmWhenItSlips();
};

void TestSchedulerV2::shouldScheduleOnlyOnDaysWithHours_data()
{
    QTest::addColumn<QList<double>>("weekdayHours"); // Monday first
    QTest::addColumn<QList<double>>("hours");
    QTest::addColumn<QList<int>>("expectedStart");
    QTest::addColumn<QList<int>>("expectedDue");

    // Sat 4 h + Sun 4 h. 3 h on Sat; 1 h Sat + 2 h Sun; 2 h Sun + 2 h on the next Sat.
    QTest::newRow("weekends only") << QList<double>{0, 0, 0, 0, 0, 4, 4} << QList<double>{3, 3, 4}
                                   << QList<int>{5, 5, 6} << QList<int>{5, 6, 12};
    QTest::newRow("Mon, Wed, Fri 2 h")
        << QList<double>{2, 0, 2, 0, 2, 0, 0} << QList<double>{2, 2, 2, 2} << QList<int>{0, 2, 4, 7}
        << QList<int>{0, 2, 4, 7};
    // 1 h Monday, 3 h Tuesday, then 1 h the next Monday.
    QTest::newRow("uneven days") << QList<double>{1, 3, 0, 0, 0, 0, 0} << QList<double>{5}
                                 << QList<int>{0} << QList<int>{7};
    QTest::newRow("start on a day without hours")
        << QList<double>{0, 0, 2, 0, 0, 0, 0} << QList<double>{1, 1, 1} << QList<int>{2, 2, 9}
        << QList<int>{2, 2, 9};
    // 40 h at 8 h a weekend: five weekends, the last day Sunday 2024-02-04 (day 34).
    QTest::newRow("long task over whole weeks")
        << QList<double>{0, 0, 0, 0, 0, 4, 4} << QList<double>{40} << QList<int>{5}
        << QList<int>{34};
    // Exactly one week of work after the first day: ends on the last working day of that week.
    QTest::newRow("exactly a week after the first day")
        << QList<double>{0, 0, 0, 0, 0, 4, 4} << QList<double>{12} << QList<int>{5}
        << QList<int>{12};
    // Zero-hour work sits on the current working day, never on a day without hours.
    QTest::newRow("zero-hour task at the start")
        << QList<double>{0, 0, 0, 0, 0, 4, 4} << QList<double>{0, 4, 0} << QList<int>{5, 5, 5}
        << QList<int>{5, 5, 5};
    QTest::newRow("negative and NaN hours count as none")
        << QList<double>{-3, std::nan(""), 0, 0, 0, 4, 4} << QList<double>{3} << QList<int>{5}
        << QList<int>{5};
}

void TestSchedulerV2::shouldScheduleOnlyOnDaysWithHours()
{
    QFETCH(QList<double>, weekdayHours);
    QFETCH(QList<double>, hours);
    QFETCH(QList<int>, expectedStart);
    QFETCH(QList<int>, expectedDue);

    // GIVEN independent tasks and hours on some weekdays only
    QList<Task> tasks = makeTasks(hours);

    // WHEN they are scheduled
    const ScheduleResult result = Scheduler::schedule(tasks, weekdayOptions(weekdayHours));

    // THEN they land on days with hours only, filled in order
    QCOMPARE(startOffsets(tasks), expectedStart);
    QCOMPARE(dueOffsets(tasks), expectedDue);
    const WeekdayHours available = weekdays(weekdayHours);
    for (const Task &task : std::as_const(tasks)) {
        QVERIFY(hoursOn(available, task.startDate) > 0.0);
        QVERIFY(hoursOn(available, task.dueDate) > 0.0);
    }
    QCOMPARE(result.finish, kStart.addDays(expectedDue.last()));
    QCOMPARE(result.projectedFinish, result.finish);
    QVERIFY(!result.atRisk);
}

// Property check over random plans and random weekday hours (fixed seed): whatever the input, no
// task starts or ends on a day without hours, a task's days hold its hours (and the days strictly
// inside it are all its own), one task follows another, dependencies hold, and no capacity is
// wasted: the work ends on the first day by which the weekly hours add up to all of it.
void TestSchedulerV2::shouldKeepRandomWeekdaySchedulesWithinDailyHours()
{
    QRandomGenerator rng(20240106);
    for (int iteration = 0; iteration < 300; ++iteration) {
        // GIVEN random hours per weekday (some days without any) and a random acyclic plan
        QList<double> perDay;
        for (int d = 0; d < 7; ++d)
            perDay.append(rng.bounded(3) == 0 ? 0.0 : rng.bounded(1, 9) * 0.5);
        if (std::all_of(perDay.cbegin(), perDay.cend(), [](double h) { return h == 0.0; }))
            perDay[rng.bounded(7)] = 1.0;
        const WeekdayHours available = weekdays(perDay);
        const QDate start = kStart.addDays(rng.bounded(7)); // any weekday

        const int n = rng.bounded(1, 30);
        QList<double> hours;
        QList<QList<int>> dependsOn(n);
        for (int i = 0; i < n; ++i) {
            hours.append(rng.bounded(0, 21) * 0.5);
            for (int j = 0; j < i; ++j) {
                if (rng.bounded(5) == 0)
                    dependsOn[i].append(j);
            }
        }
        QList<Task> tasks = makeTasks(hours, dependsOn);
        ScheduleOptions options = weekdayOptions(perDay);
        options.start = start;

        // WHEN it is scheduled
        const ScheduleResult result = Scheduler::schedule(tasks, options);

        // THEN ...
        const QString where = QStringLiteral("round %1").arg(iteration);
        double total = 0.0;
        QList<const Task *> working;
        for (const Task &task : std::as_const(tasks)) {
            QVERIFY2(task.startDate >= start && task.startDate <= task.dueDate, qPrintable(where));
            QVERIFY2(hoursOn(available, task.startDate) > 0.0, qPrintable(where));
            QVERIFY2(hoursOn(available, task.dueDate) > 0.0, qPrintable(where));
            total += task.estimateHours;
            if (task.estimateHours > 0.0) {
                working.append(&task);
                QVERIFY2(task.estimateHours <=
                             capacityBetween(available, task.startDate, task.dueDate) + 1e-6,
                         qPrintable(where));
                QVERIFY2(task.estimateHours + 1e-6 >= capacityBetween(available,
                                                                      task.startDate.addDays(1),
                                                                      task.dueDate.addDays(-1)),
                         qPrintable(where));
            }
            for (const int p : task.dependsOn)
                QVERIFY2(tasks[p].dueDate <= task.startDate, qPrintable(where));
        }
        for (int i = 1; i < working.size(); ++i)
            QVERIFY2(working[i - 1]->dueDate <= working[i]->startDate, qPrintable(where));

        // ... the last day is the first one by which the hours add up to all the work
        if (total > 0.0) {
            QDate expected = start;
            double cumulative = hoursOn(available, start);
            while (cumulative < total - 1e-6) {
                expected = expected.addDays(1);
                cumulative += hoursOn(available, expected);
            }
            QCOMPARE(result.finish, expected);
        }
        QVERIFY(!result.atRisk);
    }
}

void TestSchedulerV2::shouldMatchEvenSplitWhenEveryWeekdayHasTheSameHours()
{
    QRandomGenerator rng(77);
    for (int iteration = 0; iteration < 200; ++iteration) {
        // GIVEN a random plan and a daily share that is the same on every weekday
        const double daily = QList<double>{0.5, 1.0, 1.5, 2.0, 3.0}[rng.bounded(5)];
        const int n = rng.bounded(1, 25);
        QList<double> hours;
        QList<QList<int>> dependsOn(n);
        for (int i = 0; i < n; ++i) {
            hours.append(rng.bounded(0, 17) * 0.5);
            if (i > 0 && rng.bounded(3) == 0)
                dependsOn[i].append(rng.bounded(i));
        }
        QList<Task> even = makeTasks(hours, dependsOn);
        QList<Task> byWeekday = even;
        const QDate deadline = kStart.addDays(rng.bounded(0, 30));

        // WHEN it is scheduled once as hours per week and once as the same hours per weekday
        const ScheduleResult a = Scheduler::schedule(even, evenOptions(7.0 * daily, deadline));
        const ScheduleResult b =
            Scheduler::schedule(byWeekday, weekdayOptions(QList<double>(7, daily), deadline));

        // THEN the two schedules are the same
        QCOMPARE(byWeekday, even);
        QCOMPARE(b.finish, a.finish);
        QCOMPARE(b.atRisk, a.atRisk);
        QCOMPARE(b.hoursShort, a.hoursShort);
    }
}

void TestSchedulerV2::shouldFlagAtRiskWithWeekdayHours_data()
{
    QTest::addColumn<QList<double>>("hours");
    QTest::addColumn<int>("deadlineDay");
    QTest::addColumn<bool>("expectedAtRisk");
    QTest::addColumn<double>("expectedHoursShort");
    QTest::addColumn<int>("expectedFinishDay");

    // Weekends only, 4 h a day. 10 h: Sat 4, Sun 4, next Sat 2.
    QTest::newRow("deadline on the first Sunday") << QList<double>{10} << 6 << true << 2.0 << 12;
    // Sunday's 4 h and next Saturday's 2 h are late.
    QTest::newRow("deadline on the first Saturday") << QList<double>{10} << 5 << true << 6.0 << 12;
    // The weekdays in between have no hours: a deadline on Friday is as good as on Sunday.
    QTest::newRow("deadline on the Friday after") << QList<double>{10} << 11 << true << 2.0 << 12;
    QTest::newRow("deadline on the second Saturday")
        << QList<double>{10} << 12 << false << 0.0 << 12;
    // Before any day with hours: everything is late.
    QTest::newRow("deadline on the first Wednesday")
        << QList<double>{3, 3} << 2 << true << 6.0 << 6;
}

void TestSchedulerV2::shouldFlagAtRiskWithWeekdayHours()
{
    QFETCH(QList<double>, hours);
    QFETCH(int, deadlineDay);
    QFETCH(bool, expectedAtRisk);
    QFETCH(double, expectedHoursShort);
    QFETCH(int, expectedFinishDay);

    // GIVEN work on weekends only and a deadline
    QList<Task> tasks = makeTasks(hours);

    // WHEN it is scheduled
    const ScheduleResult result = Scheduler::schedule(
        tasks, weekdayOptions({0, 0, 0, 0, 0, 4, 4}, kStart.addDays(deadlineDay)));

    // THEN the hours that fall after the deadline are counted on days with hours only
    QCOMPARE(result.atRisk, expectedAtRisk);
    QCOMPARE(result.hoursShort, expectedHoursShort);
    QCOMPARE(result.finish, kStart.addDays(expectedFinishDay));
}

void TestSchedulerV2::shouldLeaveWorkUnscheduledWhenNoDayHasHours_data()
{
    QTest::addColumn<QList<double>>("weekdayHours");
    QTest::addColumn<QDate>("deadline");

    QTest::newRow("all zero, no deadline") << QList<double>(7, 0.0) << QDate();
    QTest::newRow("all zero, with a deadline") << QList<double>(7, 0.0) << kStart.addDays(30);
    QTest::newRow("negative and NaN")
        << QList<double>{-1, std::nan(""), -0.0, 0, -5, std::numeric_limits<double>::infinity(), 0}
        << kStart.addDays(30);
}

void TestSchedulerV2::shouldLeaveWorkUnscheduledWhenNoDayHasHours()
{
    QFETCH(QList<double>, weekdayHours);
    QFETCH(QDate, deadline);

    // GIVEN unfinished tasks (one still dated from an earlier schedule), a done task, and no day
    // with any hours
    QList<Task> tasks = makeTasks({2.5, 1.5, 3.0, 0.0});
    tasks[0].startDate = tasks[0].dueDate = kStart.addDays(3);
    tasks[2].status = TaskStatus::Done;
    tasks[2].startDate = kStart.addDays(-4);
    tasks[2].dueDate = kStart.addDays(-2);
    const Task done = tasks[2];

    // WHEN they are scheduled
    const ScheduleResult result =
        Scheduler::schedule(tasks, weekdayOptions(weekdayHours, deadline));

    // THEN no unfinished task has dates, the plan is at risk by all its remaining hours, and it
    // has no projected finish
    for (const int i : {0, 1, 3}) {
        QVERIFY(tasks[i].startDate.isNull());
        QVERIFY(tasks[i].dueDate.isNull());
    }
    QCOMPARE(tasks[2], done);
    QVERIFY(result.atRisk);
    QCOMPARE(result.hoursShort, 4.0);
    QCOMPARE(result.finish, done.dueDate);
    QVERIFY(result.projectedFinish.isNull());
}

void TestSchedulerV2::shouldNotBeAtRiskWhenNoDayHasHoursButNothingIsLeft()
{
    // GIVEN only finished tasks and no day with hours
    QList<Task> tasks = makeTasks({2.0, 1.0});
    tasks[0].status = TaskStatus::Done;
    tasks[0].startDate = tasks[0].dueDate = kStart;
    tasks[1].status = TaskStatus::Skipped;

    // WHEN they are scheduled
    const ScheduleResult result =
        Scheduler::schedule(tasks, weekdayOptions(QList<double>(7, 0.0), kStart.addDays(1)));

    // THEN there is nothing to put on the calendar, so nothing is at risk
    QVERIFY(!result.atRisk);
    QCOMPARE(result.hoursShort, 0.0);
    QCOMPARE(result.finish, kStart);
    QCOMPARE(result.projectedFinish, kStart);
}

void TestSchedulerV2::shouldProjectFinishAtPace_data()
{
    QTest::addColumn<double>("pace");
    QTest::addColumn<int>("expectedFinishDay");
    QTest::addColumn<int>("expectedProjectedDay");

    // Ten 1 h tasks at 7 h/week: days 0..9 as planned.
    QTest::newRow("as planned") << 1.0 << 9 << 9;
    QTest::newRow("half as fast: twice the days") << 0.5 << 9 << 19;
    QTest::newRow("twice as fast: half the days") << 2.0 << 9 << 4;
    QTest::newRow("a quarter as fast") << 0.25 << 9 << 39;
    QTest::newRow("zero counts as planned") << 0.0 << 9 << 9;
    QTest::newRow("negative counts as planned") << -0.5 << 9 << 9;
    QTest::newRow("NaN counts as planned") << std::nan("") << 9 << 9;
}

void TestSchedulerV2::shouldProjectFinishAtPace()
{
    QFETCH(double, pace);
    QFETCH(int, expectedFinishDay);
    QFETCH(int, expectedProjectedDay);

    // GIVEN ten one-hour tasks at 1 h a day, and a pace
    QList<Task> tasks = makeTasks(QList<double>(10, 1.0));

    // WHEN they are scheduled
    const ScheduleResult result = Scheduler::schedule(tasks, evenOptions(7.0, {}, pace));

    // THEN the finish is as planned and the projected finish is where the work ends at that pace
    QCOMPARE(result.finish, kStart.addDays(expectedFinishDay));
    QCOMPARE(result.projectedFinish, kStart.addDays(expectedProjectedDay));
}

void TestSchedulerV2::shouldDoubleRemainingDurationAtHalfPace()
{
    struct Case
    {
        const char *name;
        ScheduleOptions options;
    };
    const QList<Case> cases{
        {"even split", evenOptions(7.0, {}, 0.5)},
        // Weekends at 4 h: 16 h take two weekends as planned (day 5 to 13), four at half pace
        // (day 5 to 27).
        {"weekends", weekdayOptions({0, 0, 0, 0, 0, 4, 4}, {}, 0.5)},
    };
    for (const Case &c : cases) {
        // GIVEN 16 h of remaining work and a finished task from before the start
        QList<Task> tasks = makeTasks({4, 4, 4, 4, 3});
        tasks[4].status = TaskStatus::Done;
        tasks[4].startDate = tasks[4].dueDate = kStart.addDays(-3);

        // WHEN it is scheduled at half pace
        const ScheduleResult result = Scheduler::schedule(tasks, c.options);

        // THEN the projected finish is later, and the remaining work takes twice as many days
        // with hours
        QVERIFY2(result.projectedFinish > result.finish, c.name);
        const WeekdayHours available =
            c.options.weekdayHours ? *c.options.weekdayHours : weekdays(QList<double>(7, 1.0));
        int planned = 0;
        int projected = 0;
        for (QDate d = kStart; d <= result.projectedFinish; d = d.addDays(1)) {
            if (hoursOn(available, d) > 0.0) {
                projected += 1;
                planned += d <= result.finish ? 1 : 0;
            }
        }
        QCOMPARE(projected, 2 * planned);
    }
}

void TestSchedulerV2::shouldNotChangeDatesOrRiskWithPace()
{
    // GIVEN the same plan scheduled at two paces
    QList<Task> asPlanned = makeTasks({2, 3, 1, 4}, {{}, {0}, {}, {2}});
    QList<Task> slower = asPlanned;

    // WHEN it is scheduled with a deadline at pace 1 and at pace 0.3
    const QDate deadline = kStart.addDays(8);
    const ScheduleResult a = Scheduler::schedule(asPlanned, evenOptions(7.0, deadline, 1.0));
    const ScheduleResult b = Scheduler::schedule(slower, evenOptions(7.0, deadline, 0.3));

    // THEN only the projected finish differs
    QCOMPARE(slower, asPlanned);
    QCOMPARE(b.atRisk, a.atRisk);
    QCOMPARE(b.hoursShort, a.hoursShort);
    QCOMPARE(b.finish, a.finish);
    QCOMPARE(a.projectedFinish, a.finish);
    // 10 h at 0.3 h a day: day 33 (10 / 0.3 = 33.3 days)
    QCOMPARE(b.projectedFinish, kStart.addDays(33));
}

void TestSchedulerV2::shouldNameSlippingMilestones_data()
{
    QTest::addColumn<QStringList>("milestones");
    QTest::addColumn<QList<QList<int>>>("dependsOn");
    QTest::addColumn<int>("deadlineDay"); // -1000: no deadline
    QTest::addColumn<QStringList>("expected");

    // One-hour tasks at 1 h a day: A on days 0-1, B on days 2-3, C on day 4.
    const QStringList abc{QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("B"),
                          QStringLiteral("B"), QStringLiteral("C")};
    QTest::newRow("no deadline") << abc << QList<QList<int>>{} << -1000 << QStringList{};
    QTest::newRow("everything fits") << abc << QList<QList<int>>{} << 4 << QStringList{};
    QTest::newRow("last task of B is late")
        << abc << QList<QList<int>>{} << 2 << QStringList{"B", "C"};
    QTest::newRow("only the last milestone") << abc << QList<QList<int>>{} << 3 << QStringList{"C"};
    QTest::newRow("all of them") << abc << QList<QList<int>>{} << 0 << QStringList{"A", "B", "C"};
    // "Late" comes first in the plan but waits for "Mid": days 0, 1, 2 for Early, Early, Mid, then
    // Late on day 3. Both slip, named in plan order, not date order.
    QTest::newRow("plan order, not date order")
        << QStringList{"Late", "Early", "Early", "Mid"} << QList<QList<int>>{{3}, {}, {}, {}} << 1
        << QStringList{"Late", "Mid"};
    // Tasks without a milestone are no milestone.
    QTest::newRow("unnamed milestones are ignored")
        << QStringList{"", "", "", "D", " "} << QList<QList<int>>{} << 1 << QStringList{"D"};
    // A milestone whose tasks are interleaved with others ends with its last task.
    QTest::newRow("interleaved") << QStringList{"P", "Q", "P", "Q", "P"} << QList<QList<int>>{} << 3
                                 << QStringList{"P"};
}

void TestSchedulerV2::shouldNameSlippingMilestones()
{
    QFETCH(QStringList, milestones);
    QFETCH(QList<QList<int>>, dependsOn);
    QFETCH(int, deadlineDay);
    QFETCH(QStringList, expected);

    // GIVEN one-hour tasks in milestones, 1 h a day
    QList<Task> tasks = makeTasks(QList<double>(milestones.size(), 1.0), dependsOn, milestones);
    const QDate deadline = deadlineDay == -1000 ? QDate() : kStart.addDays(deadlineDay);

    // WHEN they are scheduled
    const ScheduleResult result = Scheduler::schedule(tasks, evenOptions(7.0, deadline));

    // THEN the milestones whose last task is due after the deadline are named, in plan order
    QCOMPARE(result.slippingMilestones, expected);
    QCOMPARE(result.atRisk, !expected.isEmpty());
}

void TestSchedulerV2::shouldNameMilestonesOfUnschedulableWorkAsSlipping()
{
    // GIVEN a finished milestone dated after the deadline, an unfinished one, and no hours
    QList<Task> tasks = makeTasks({1, 1, 1}, {}, {"Done late", "Open", "Open"});
    tasks[0].status = TaskStatus::Done;
    tasks[0].startDate = tasks[0].dueDate = kStart.addDays(20);

    // WHEN they are scheduled with a deadline
    const ScheduleResult result =
        Scheduler::schedule(tasks, weekdayOptions(QList<double>(7, 0.0), kStart.addDays(10)));

    // THEN the unfinished milestone cannot be reached and slips; the finished one is reached
    QCOMPARE(result.slippingMilestones, QStringList{"Open"});
}

void TestSchedulerV2::shouldKeepASeriesRhythmWhenItSlips()
{
    // GIVEN a 20-hour task, then three weekly sessions planned a week apart from the start, at
    // 7 hours a week: the first session can only start once the long task is done, weeks late
    QList<Task> tasks = makeTasks({20.0, 2.0, 2.0, 2.0}, {{}, {0}, {1}, {2}});
    for (int k = 1; k <= 3; ++k)
        tasks[k].notBefore = kStart.addDays(7 * (k - 1));
    // WHEN they are scheduled
    Scheduler::schedule(tasks, evenOptions(7.0));
    // THEN the sessions do not follow each other day after day to catch up: each keeps at least
    // four of the planned seven days after the one before
    QVERIFY(tasks[1].startDate > kStart.addDays(14));
    for (int k = 2; k <= 3; ++k)
        QVERIFY2(tasks[k - 1].startDate.daysTo(tasks[k].startDate) >= 4,
                 qPrintable(tasks[k].startDate.toString(Qt::ISODate)));
    // AND sessions on time are not held back: planned a week apart, they stay a week apart
    QList<Task> onTime = makeTasks({2.0, 2.0}, {{}, {0}});
    onTime[0].notBefore = kStart;
    onTime[1].notBefore = kStart.addDays(7);
    Scheduler::schedule(onTime, evenOptions(7.0));
    QCOMPARE(onTime[1].startDate, kStart.addDays(7));
}

HELIOS_TEST_MAIN(TestSchedulerV2)
#include "tst_scheduler_v2.moc"

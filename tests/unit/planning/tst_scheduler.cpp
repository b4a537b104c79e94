#include "core/planning/scheduler.h"
#include "tests/support/test_main.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace helios;

namespace {

const QDate kStart(2024, 1, 1); // a Monday; the scheduler must not care

Task makeTask(double hours, QList<int> dependsOn = {}, TaskStatus status = TaskStatus::Todo)
{
    Task task;
    task.estimateHours = hours;
    task.dependsOn = std::move(dependsOn);
    task.status = status;
    return task;
}

// Tasks from parallel lists of estimates and dependencies (an empty dependency list may be
// shorter than the estimates).
QList<Task> makeTasks(const QList<double> &hours, const QList<QList<int>> &dependsOn = {})
{
    QList<Task> tasks;
    for (int i = 0; i < hours.size(); ++i) {
        Task task = makeTask(hours[i], i < dependsOn.size() ? dependsOn[i] : QList<int>{});
        task.order = i;
        task.title = QStringLiteral("task %1").arg(i);
        tasks.append(task);
    }
    return tasks;
}

ScheduleOptions makeOptions(double hoursPerWeek, QDate deadline = {})
{
    ScheduleOptions options;
    options.start = kStart;
    options.deadline = deadline;
    options.hoursPerWeek = hoursPerWeek;
    return options;
}

// Days from kStart; a null date (which QDate::daysTo would count as 0) shows as kUnscheduled.
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

bool allUnfinishedScheduledFrom(const QList<Task> &tasks, QDate start)
{
    return std::all_of(tasks.cbegin(), tasks.cend(), [&](const Task &task) {
        return task.isFinished() || (task.startDate.isValid() && task.dueDate.isValid() &&
                                     task.startDate >= start && task.startDate <= task.dueDate);
    });
}

QDate latestDue(const QList<Task> &tasks)
{
    QDate latest;
    for (const Task &task : tasks) {
        if (task.dueDate.isValid() && (!latest.isValid() || task.dueDate > latest))
            latest = task.dueDate;
    }
    return latest;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldScheduleDependenciesFirst_data();
    void shouldScheduleDependenciesFirst();
    void shouldStartDependentOnSameDayWhenCapacityRemains();
    void shouldFillDaysWithinDailyCapacity_data();
    void shouldFillDaysWithinDailyCapacity();
    void shouldScheduleZeroEstimateOnCurrentDay();
    void shouldKeepRandomSchedulesWithinCapacityAndOrder();
    void shouldNeverScheduleBeforeStart();
    void shouldNotBeAtRiskWhenDeadlineFits_data();
    void shouldNotBeAtRiskWhenDeadlineFits();
    void shouldFlagAtRiskWhenDeadlineTooShort_data();
    void shouldFlagAtRiskWhenDeadlineTooShort();
    void shouldNotBeAtRiskWithoutDeadline();
    void shouldKeepDatesOfFinishedTasksAndUseNoCapacity();
    void shouldReportLatestDueDateAsFinish();
    void shouldIgnoreBadDependenciesAndBreakCycles_data();
    void shouldIgnoreBadDependenciesAndBreakCycles();
    void shouldHandleEmptyTaskList();
    void shouldScheduleLargePlanWithManyDependencies();
};

void TestScheduler::shouldScheduleDependenciesFirst_data()
{
    QTest::addColumn<QList<QList<int>>>("dependsOn");
    QTest::addColumn<QList<int>>("expectedStart");

    // One hour per task at 7 h/week: one task a day, so the start offset is the work order.
    QTest::newRow("no dependencies keeps position order")
        << QList<QList<int>>{{}, {}, {}} << QList<int>{0, 1, 2};
    QTest::newRow("chain") << QList<QList<int>>{{}, {0}, {1}, {2}} << QList<int>{0, 1, 2, 3};
    QTest::newRow("chain given backwards")
        << QList<QList<int>>{{1}, {2}, {3}, {}} << QList<int>{3, 2, 1, 0};
    QTest::newRow("diamond") << QList<QList<int>>{{}, {0}, {0}, {1, 2}} << QList<int>{0, 1, 2, 3};
    QTest::newRow("diamond given out of position")
        << QList<QList<int>>{{1, 2}, {3}, {3}, {}} << QList<int>{3, 1, 2, 0};
    // Task 0 waits for task 3; the others keep their relative order.
    QTest::newRow("first task depends on the last")
        << QList<QList<int>>{{3}, {}, {}, {}} << QList<int>{3, 0, 1, 2};
    QTest::newRow("ready task with lowest position goes first")
        << QList<QList<int>>{{}, {4}, {}, {0}, {}} << QList<int>{0, 4, 1, 2, 3};
    QTest::newRow("duplicate dependency counts once")
        << QList<QList<int>>{{2, 2}, {}, {}} << QList<int>{2, 0, 1};
}

void TestScheduler::shouldScheduleDependenciesFirst()
{
    QFETCH(QList<QList<int>>, dependsOn);
    QFETCH(QList<int>, expectedStart);

    // GIVEN one-hour tasks with dependencies and 1 h of capacity a day
    QList<Task> tasks = makeTasks(QList<double>(dependsOn.size(), 1.0), dependsOn);

    // WHEN they are scheduled
    Scheduler::schedule(tasks, makeOptions(7.0));

    // THEN each takes its own day, in dependency order, and no task starts before a
    // prerequisite is due
    QCOMPARE(startOffsets(tasks), expectedStart);
    QCOMPARE(dueOffsets(tasks), expectedStart);
    for (const Task &task : std::as_const(tasks)) {
        for (const int prerequisite : task.dependsOn)
            QVERIFY(tasks[prerequisite].dueDate < task.startDate);
    }
}

void TestScheduler::shouldStartDependentOnSameDayWhenCapacityRemains()
{
    // GIVEN 2 h a day and a one-hour task that depends on another one-hour task
    QList<Task> tasks = makeTasks({1.0, 1.0, 1.0}, {{}, {0}, {1}});

    // WHEN they are scheduled
    Scheduler::schedule(tasks, makeOptions(14.0));

    // THEN the dependent starts the same day its prerequisite finishes; the third one next day
    QCOMPARE(startOffsets(tasks), (QList<int>{0, 0, 1}));
    QCOMPARE(dueOffsets(tasks), (QList<int>{0, 0, 1}));
}

void TestScheduler::shouldFillDaysWithinDailyCapacity_data()
{
    QTest::addColumn<double>("hoursPerWeek");
    QTest::addColumn<QList<double>>("hours");
    QTest::addColumn<QList<int>>("expectedStart");
    QTest::addColumn<QList<int>>("expectedDue");

    QTest::newRow("7 h/week, ten 1 h tasks: one a day")
        << 7.0 << QList<double>(10, 1.0) << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
        << QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    QTest::newRow("14 h/week, ten 1 h tasks: two a day")
        << 14.0 << QList<double>(10, 1.0) << QList<int>{0, 0, 1, 1, 2, 2, 3, 3, 4, 4}
        << QList<int>{0, 0, 1, 1, 2, 2, 3, 3, 4, 4};
    QTest::newRow("10 h task at 7 h/week spans 10 days")
        << 7.0 << QList<double>{10.0} << QList<int>{0} << QList<int>{9};
    QTest::newRow("task continues from a partly used day")
        << 7.0 << QList<double>{0.5, 1.0, 0.5, 2.0} << QList<int>{0, 0, 1, 2}
        << QList<int>{0, 1, 1, 3};
    QTest::newRow("10 h/week, seven tasks of 10/7 h: one a day")
        << 10.0 << QList<double>(7, 10.0 / 7.0) << QList<int>{0, 1, 2, 3, 4, 5, 6}
        << QList<int>{0, 1, 2, 3, 4, 5, 6};
    QTest::newRow("1e-9 h leftover opens no extra day")
        << 7.0 << QList<double>{3.0 + 1e-9, 1.0} << QList<int>{0, 3} << QList<int>{2, 3};
    QTest::newRow("ten 0.1 h tasks fill exactly one day")
        << 7.0 << (QList<double>(10, 0.1) << 1.0) << (QList<int>(10, 0) << 1)
        << (QList<int>(10, 0) << 1);
    QTest::newRow("3.5 h/week, 1.25 h tasks")
        << 3.5 << QList<double>{1.25, 1.25} << QList<int>{0, 2} << QList<int>{2, 4};
}

void TestScheduler::shouldFillDaysWithinDailyCapacity()
{
    QFETCH(double, hoursPerWeek);
    QFETCH(QList<double>, hours);
    QFETCH(QList<int>, expectedStart);
    QFETCH(QList<int>, expectedDue);

    // GIVEN independent tasks
    QList<Task> tasks = makeTasks(hours);

    // WHEN they are scheduled with the weekly capacity spread over the 7 days
    const ScheduleResult result = Scheduler::schedule(tasks, makeOptions(hoursPerWeek));

    // THEN days fill in order, none beyond its daily share
    QCOMPARE(startOffsets(tasks), expectedStart);
    QCOMPARE(dueOffsets(tasks), expectedDue);
    QCOMPARE(result.finish, kStart.addDays(expectedDue.last()));
    QVERIFY(!result.atRisk);
}

void TestScheduler::shouldScheduleZeroEstimateOnCurrentDay()
{
    // GIVEN zero and negative estimates between one-hour tasks, 1 h a day
    QList<Task> tasks = makeTasks({0.0, 1.0, 0.0, -2.0, 1.0, std::nan("")});

    // WHEN they are scheduled
    Scheduler::schedule(tasks, makeOptions(7.0));

    // THEN a task without work sits on the day the work before it ended and uses no capacity
    QCOMPARE(startOffsets(tasks), (QList<int>{0, 0, 0, 0, 1, 1}));
    QCOMPARE(dueOffsets(tasks), (QList<int>{0, 0, 0, 0, 1, 1}));
}

// Property check over many randomized plans (fixed seed, so reproducible): whatever the input,
// the schedule respects the daily and weekly capacity, the dependencies and the start date, is
// worked by one person one task at a time, and wastes no capacity.
void TestScheduler::shouldKeepRandomSchedulesWithinCapacityAndOrder()
{
    QRandomGenerator rng(20240101);
    const QList<double> capacities{1.0, 3.5, 7.0, 10.0, 14.0, 20.0, 37.5};

    for (int iteration = 0; iteration < 300; ++iteration) {
        // GIVEN a random acyclic plan whose dependencies point both ways in position order, with
        // some finished tasks
        const int n = rng.bounded(1, 40);
        QList<int> rank(n);
        for (int i = 0; i < n; ++i)
            rank[i] = i;
        std::shuffle(rank.begin(), rank.end(), rng);

        QList<Task> tasks;
        for (int i = 0; i < n; ++i) {
            QList<int> deps;
            for (int j = 0; j < n; ++j) {
                if (rank[j] < rank[i] && rng.bounded(6) == 0)
                    deps.append(j);
            }
            const double hours = rng.bounded(0, 25) * 0.5; // 0 .. 12 h
            const int kind = rng.bounded(10);
            const TaskStatus status = kind == 0   ? TaskStatus::Done
                                      : kind == 1 ? TaskStatus::Skipped
                                      : kind == 2 ? TaskStatus::InProgress
                                                  : TaskStatus::Todo;
            Task task = makeTask(hours, deps, status);
            task.order = i;
            if (task.isFinished() && rng.bounded(2) == 0) {
                task.startDate = kStart.addDays(rng.bounded(-20, 20));
                task.dueDate = task.startDate.addDays(rng.bounded(0, 5));
            }
            tasks.append(task);
        }
        const double hoursPerWeek = capacities[rng.bounded(int(capacities.size()))];
        const double daily = hoursPerWeek / 7.0;
        const QList<Task> before = tasks;

        // WHEN it is scheduled
        const ScheduleResult result = Scheduler::schedule(tasks, makeOptions(hoursPerWeek));

        // THEN every unfinished task is dated from the start on; finished ones are untouched
        QVERIFY2(allUnfinishedScheduledFrom(tasks, kStart), qPrintable(QString::number(iteration)));
        double remaining = 0.0;
        qint64 lastDay = -1;
        for (int i = 0; i < n; ++i) {
            if (tasks[i].isFinished()) {
                QCOMPARE(tasks[i], before[i]);
                continue;
            }
            remaining += tasks[i].estimateHours;
            lastDay = std::max(lastDay, kStart.daysTo(tasks[i].dueDate));

            // ... a task never does more than the daily share on each of its days, and the days
            // strictly between its first and last are full (it does not spread out)
            const double span = double(tasks[i].startDate.daysTo(tasks[i].dueDate));
            QVERIFY(tasks[i].estimateHours <= (span + 1.0) * daily + 1e-6);
            if (tasks[i].estimateHours > 0.0)
                QVERIFY(tasks[i].estimateHours >= (span - 1.0) * daily - 1e-6);

            // ... no task starts before an unfinished prerequisite is due
            for (const int p : tasks[i].dependsOn) {
                if (!tasks[p].isFinished())
                    QVERIFY(tasks[p].dueDate <= tasks[i].startDate);
            }
        }

        // ... one person: working tasks never overlap except on a shared boundary day
        QList<const Task *> working;
        for (const Task &task : std::as_const(tasks)) {
            if (!task.isFinished() && task.estimateHours > 0.0)
                working.append(&task);
        }
        std::sort(working.begin(), working.end(), [](const Task *a, const Task *b) {
            return std::pair(a->startDate, a->dueDate) < std::pair(b->startDate, b->dueDate);
        });
        for (int i = 1; i < working.size(); ++i)
            QVERIFY(working[i - 1]->dueDate <= working[i]->startDate);

        // ... no 7-day window aligned to the start holds more work than the weekly capacity
        for (qint64 week = 0; week * 7 <= lastDay; ++week) {
            const QDate from = kStart.addDays(week * 7);
            const QDate to = from.addDays(6);
            double inWindow = 0.0;
            for (const Task *task : std::as_const(working)) {
                if (task->startDate >= from && task->dueDate <= to)
                    inWindow += task->estimateHours;
            }
            QVERIFY2(inWindow <= hoursPerWeek + 1e-6,
                     qPrintable(QStringLiteral("round %1 week %2: %3 h > %4 h")
                                    .arg(iteration)
                                    .arg(week)
                                    .arg(inWindow)
                                    .arg(hoursPerWeek)));
        }

        // ... and no capacity is wasted: the last day is the first on which all the work fits
        if (remaining > 0.0) {
            const qint64 expectedLastDay = qint64(std::ceil(remaining / daily - 1e-9)) - 1;
            QCOMPARE(lastDay, expectedLastDay);
        }
        QCOMPARE(result.finish, latestDue(tasks));
    }
}

void TestScheduler::shouldNeverScheduleBeforeStart()
{
    // GIVEN a task whose prerequisite was done long before the start, and a done task whose
    // planned dates lie after the start
    QList<Task> tasks = makeTasks({2.0, 1.0, 3.0}, {{}, {0}, {}});
    tasks[0].status = TaskStatus::Done;
    tasks[0].startDate = kStart.addDays(-30);
    tasks[0].dueDate = kStart.addDays(-28);
    tasks[2].status = TaskStatus::Done;
    tasks[2].startDate = kStart.addDays(5);
    tasks[2].dueDate = kStart.addDays(7);
    tasks.append(makeTask(1.0, {2}));

    // WHEN they are scheduled
    Scheduler::schedule(tasks, makeOptions(7.0));

    // THEN the unfinished tasks start on the start date, not earlier; a done prerequisite
    // holds nothing back, whatever its planned dates
    QCOMPARE(tasks[1].startDate, kStart);
    QCOMPARE(tasks[1].dueDate, kStart);
    QCOMPARE(tasks[3].startDate, kStart.addDays(1));
    QCOMPARE(tasks[3].dueDate, kStart.addDays(1));
}

void TestScheduler::shouldNotBeAtRiskWhenDeadlineFits_data()
{
    QTest::addColumn<double>("hoursPerWeek");
    QTest::addColumn<QList<double>>("hours");
    QTest::addColumn<int>("deadlineDay");
    QTest::addColumn<int>("expectedFinishDay");

    QTest::newRow("exact fit") << 7.0 << QList<double>(7, 1.0) << 6 << 6;
    QTest::newRow("plenty of slack") << 14.0 << QList<double>{3.0, 3.0} << 30 << 2;
    QTest::newRow("fractional capacity, exact fit") << 10.0 << QList<double>(10, 1.0) << 6 << 6;
    QTest::newRow("deadline on start day") << 7.0 << QList<double>{0.5, 0.5} << 0 << 0;
}

void TestScheduler::shouldNotBeAtRiskWhenDeadlineFits()
{
    QFETCH(double, hoursPerWeek);
    QFETCH(QList<double>, hours);
    QFETCH(int, deadlineDay);
    QFETCH(int, expectedFinishDay);

    // GIVEN work that fits before the deadline
    QList<Task> tasks = makeTasks(hours);
    const QDate deadline = kStart.addDays(deadlineDay);

    // WHEN it is scheduled
    const ScheduleResult result = Scheduler::schedule(tasks, makeOptions(hoursPerWeek, deadline));

    // THEN it is not at risk and finishes by the deadline
    QVERIFY(!result.atRisk);
    QCOMPARE(result.hoursShort, 0.0);
    QCOMPARE(result.finish, kStart.addDays(expectedFinishDay));
    QVERIFY(result.finish <= deadline);
}

void TestScheduler::shouldFlagAtRiskWhenDeadlineTooShort_data()
{
    QTest::addColumn<double>("hoursPerWeek");
    QTest::addColumn<QList<double>>("hours");
    QTest::addColumn<int>("deadlineDay");
    QTest::addColumn<int>("expectedFinishDay");
    QTest::addColumn<double>("expectedHoursShort");

    // 1 h/day, days 0..6 hold 7 h: 3 h fall after the deadline, on days 7..9.
    QTest::newRow("7 h/week, ten 1 h tasks, one week")
        << 7.0 << QList<double>(10, 1.0) << 6 << 9 << 3.0;
    // 2 h/day, days 0..2 hold 6 h of the 9 h: the 5 h task ends on day 2 (2+2+1), the 4 h task
    // takes 1 h of day 2, day 3, and 1 h of day 4: 2 + 1 = 3 h late.
    QTest::newRow("14 h/week, 5 h + 4 h, three days")
        << 14.0 << QList<double>{5.0, 4.0} << 2 << 4 << 3.0;
    // 10/7 h a day, days 0..6 hold 10 h of 12 h: 2 h late on days 7 and 8.
    QTest::newRow("10 h/week, twelve 1 h tasks, one week")
        << 10.0 << QList<double>(12, 1.0) << 6 << 8 << 2.0;
    // 3/7 h a day: day 0 holds 0.4286 h of the hour, 0.5714 h rounds to 0.6 h.
    QTest::newRow("rounded to a tenth") << 3.0 << QList<double>{1.0} << 0 << 2 << 0.6;
    // A deadline before the start: all the work is late.
    QTest::newRow("deadline before start") << 7.0 << QList<double>{1.0, 1.5} << -3 << 2 << 2.5;
    // Only the last task crosses the deadline, 0.25 h of it: rounds to 0.3 (0.25 -> 0.3 as
    // std::round rounds half away from zero).
    QTest::newRow("small spill") << 7.0 << QList<double>{6.0, 1.25} << 6 << 7 << 0.3;
    // A spill below 0.05 h still reads as short, not as 0.0 h.
    QTest::newRow("tiny spill is at least 0.1 h")
        << 7.0 << QList<double>{7.0, 0.02} << 6 << 7 << 0.1;
}

void TestScheduler::shouldFlagAtRiskWhenDeadlineTooShort()
{
    QFETCH(double, hoursPerWeek);
    QFETCH(QList<double>, hours);
    QFETCH(int, deadlineDay);
    QFETCH(int, expectedFinishDay);
    QFETCH(double, expectedHoursShort);

    // GIVEN more work than fits before the deadline
    QList<Task> tasks = makeTasks(hours);
    const QDate deadline = kStart.addDays(deadlineDay);

    // WHEN it is scheduled
    const ScheduleResult result = Scheduler::schedule(tasks, makeOptions(hoursPerWeek, deadline));

    // THEN nothing is crammed: the work runs past the deadline and the shortfall is reported
    QVERIFY(result.atRisk);
    QCOMPARE(result.hoursShort, expectedHoursShort);
    QCOMPARE(result.finish, kStart.addDays(expectedFinishDay));
    QVERIFY(result.finish > deadline);
}

void TestScheduler::shouldNotBeAtRiskWithoutDeadline()
{
    // GIVEN a lot of work and no deadline
    QList<Task> tasks = makeTasks(QList<double>(50, 8.0));

    // WHEN it is scheduled
    const ScheduleResult result = Scheduler::schedule(tasks, makeOptions(5.0));

    // THEN it is never at risk; it simply takes long: 400 h at 5 h/week is 560 days
    QVERIFY(!result.atRisk);
    QCOMPARE(result.hoursShort, 0.0);
    QCOMPARE(result.finish, kStart.addDays(559));
}

void TestScheduler::shouldKeepDatesOfFinishedTasksAndUseNoCapacity()
{
    // GIVEN done and skipped tasks, some dated and some not, between unfinished ones
    QList<Task> tasks = makeTasks({5.0, 1.0, 4.0, 1.0, 2.0, 1.0}, {{}, {0}, {}, {2}, {}, {4}});
    tasks[0].status = TaskStatus::Done;
    tasks[0].startDate = kStart.addDays(-10);
    tasks[0].dueDate = kStart.addDays(-6);
    tasks[2].status = TaskStatus::Skipped; // never dated
    tasks[4].status = TaskStatus::Done;
    tasks[4].startDate = kStart.addDays(-2);
    tasks[4].dueDate = kStart.addDays(-1);
    tasks[5].status = TaskStatus::InProgress;
    const QList<Task> before = tasks;

    // WHEN they are scheduled with 1 h a day and a deadline of day 2
    const ScheduleResult result = Scheduler::schedule(tasks, makeOptions(7.0, kStart.addDays(2)));

    // THEN the finished tasks are untouched and the three unfinished 1 h tasks take days 0..2,
    // as if the 11 h of finished work did not exist
    QCOMPARE(tasks[0], before[0]);
    QCOMPARE(tasks[2], before[2]);
    QVERIFY(tasks[2].startDate.isNull());
    QVERIFY(tasks[2].dueDate.isNull());
    QCOMPARE(tasks[4], before[4]);
    QCOMPARE(tasks[1].startDate, kStart);
    QCOMPARE(tasks[3].startDate, kStart.addDays(1));
    QCOMPARE(tasks[5].startDate, kStart.addDays(2));
    QCOMPARE(tasks[5].dueDate, kStart.addDays(2));
    QVERIFY(!result.atRisk);
    QCOMPARE(result.finish, kStart.addDays(2));
}

void TestScheduler::shouldReportLatestDueDateAsFinish()
{
    // GIVEN a done task dated after all the remaining work
    QList<Task> tasks = makeTasks({1.0, 1.0});
    tasks[1].status = TaskStatus::Done;
    tasks[1].startDate = kStart.addDays(40);
    tasks[1].dueDate = kStart.addDays(41);

    // WHEN the plan is scheduled
    const ScheduleResult result = Scheduler::schedule(tasks, makeOptions(7.0));

    // THEN finish is the latest due date of all tasks, finished ones included
    QCOMPARE(tasks[0].dueDate, kStart);
    QCOMPARE(result.finish, kStart.addDays(41));
}

void TestScheduler::shouldIgnoreBadDependenciesAndBreakCycles_data()
{
    QTest::addColumn<QList<QList<int>>>("dependsOn");
    QTest::addColumn<QList<int>>("expectedStart");

    QTest::newRow("positions out of range")
        << QList<QList<int>>{{-1}, {99, 0}, {3, -7}} << QList<int>{0, 1, 2};
    QTest::newRow("self dependency") << QList<QList<int>>{{0}, {1, 0}} << QList<int>{0, 1};
    QTest::newRow("two-task cycle") << QList<QList<int>>{{1}, {0}} << QList<int>{0, 1};
    // Inside a cycle the tasks go by position; the edges pointing forward close it.
    QTest::newRow("three-task cycle") << QList<QList<int>>{{1}, {2}, {0}} << QList<int>{0, 1, 2};
    // The cycle {2, 3} is broken, but task 0 still waits for it: only the edge closing the cycle
    // is ignored. Task 1 is free and goes first.
    QTest::newRow("task depending on a cycle")
        << QList<QList<int>>{{2}, {}, {3}, {2}} << QList<int>{3, 0, 1, 2};
    // The cycle {1, 2} waits for task 3, which it depends on from outside.
    QTest::newRow("cycle depending on a task")
        << QList<QList<int>>{{}, {2, 3}, {1}, {}} << QList<int>{0, 2, 3, 1};
    QTest::newRow("everything depends on everything")
        << QList<QList<int>>{{1, 2, 3}, {0, 2, 3}, {0, 1, 3}, {0, 1, 2}} << QList<int>{0, 1, 2, 3};
}

void TestScheduler::shouldIgnoreBadDependenciesAndBreakCycles()
{
    QFETCH(QList<QList<int>>, dependsOn);
    QFETCH(QList<int>, expectedStart);

    // GIVEN one-hour tasks with bad positions or cyclic dependencies
    QList<Task> tasks = makeTasks(QList<double>(dependsOn.size(), 1.0), dependsOn);

    // WHEN they are scheduled (twice, to see that the result is deterministic)
    QList<Task> again = tasks;
    Scheduler::schedule(tasks, makeOptions(7.0));
    Scheduler::schedule(again, makeOptions(7.0));

    // THEN every task still gets dates, one a day, in a deterministic order
    QVERIFY(allUnfinishedScheduledFrom(tasks, kStart));
    QCOMPARE(startOffsets(tasks), expectedStart);
    QCOMPARE(tasks, again);
}

void TestScheduler::shouldHandleEmptyTaskList()
{
    // GIVEN no tasks, with and without a deadline
    for (const QDate &deadline : {QDate(), kStart.addDays(3), kStart.addDays(-3)}) {
        QList<Task> tasks;

        // WHEN they are scheduled
        const ScheduleResult result = Scheduler::schedule(tasks, makeOptions(10.0, deadline));

        // THEN there is nothing to finish and nothing at risk
        QVERIFY(tasks.isEmpty());
        QVERIFY(!result.atRisk);
        QCOMPARE(result.hoursShort, 0.0);
        QVERIFY(result.finish.isNull());
    }
}

void TestScheduler::shouldScheduleLargePlanWithManyDependencies()
{
    // GIVEN 2,000 tasks with 5,000 random dependencies in both directions (so, many cycles),
    // plus a ring through all of them
    QRandomGenerator rng(7);
    const int n = 2000;
    QList<double> hours;
    QList<QList<int>> dependsOn(n);
    for (int i = 0; i < n; ++i)
        hours.append(rng.bounded(1, 9) * 0.5);
    for (int e = 0; e < 5000; ++e)
        dependsOn[rng.bounded(n)].append(rng.bounded(n));
    for (int i = 0; i < n; ++i)
        dependsOn[i].append((i + 1) % n);
    QList<Task> cyclic = makeTasks(hours, dependsOn);

    // ... and the same plan made acyclic by keeping only dependencies on earlier positions
    for (auto &deps : dependsOn)
        deps.clear();
    for (int e = 0; e < 5000; ++e) {
        const int a = rng.bounded(n);
        const int b = rng.bounded(n);
        if (a != b)
            dependsOn[std::max(a, b)].append(std::min(a, b));
    }
    QList<Task> acyclic = makeTasks(hours, dependsOn);

    // WHEN both are scheduled
    const double total = std::accumulate(hours.cbegin(), hours.cend(), 0.0);
    const ScheduleResult cyclicResult = Scheduler::schedule(cyclic, makeOptions(10.0));
    const ScheduleResult acyclicResult = Scheduler::schedule(acyclic, makeOptions(10.0));

    // THEN every task is dated, the work ends when the hours run out, and in the acyclic plan
    // every dependency is respected
    const qint64 expectedLastDay = qint64(std::ceil(total / (10.0 / 7.0) - 1e-9)) - 1;
    QVERIFY(allUnfinishedScheduledFrom(cyclic, kStart));
    QVERIFY(allUnfinishedScheduledFrom(acyclic, kStart));
    QCOMPARE(qint64(dayOffset(cyclicResult.finish)), expectedLastDay);
    QCOMPARE(qint64(dayOffset(acyclicResult.finish)), expectedLastDay);
    for (const Task &task : std::as_const(acyclic)) {
        for (const int p : task.dependsOn)
            QVERIFY(acyclic[p].dueDate <= task.startDate);
    }
}

HELIOS_TEST_MAIN(TestScheduler)
#include "tst_scheduler.moc"

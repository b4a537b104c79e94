#include "core/planning/replanner.h"
#include "core/planning/scheduler.h"

#include "tests/support/test_main.h"

using namespace helios;

namespace {

const QDate kStart(2027, 3, 1); // a Monday

Task task(const char *title, double hours, QList<int> dependsOn = {})
{
    Task t;
    t.title = QString::fromUtf8(title);
    t.estimateHours = hours;
    t.dependsOn = std::move(dependsOn);
    return t;
}

} // namespace

// What a task says about its own dates: the event pinned to the deadline, a day a session may
// not start before, a latest day. For every planner, offline or model.
class SchedulerDatesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldPinTheEventToTheDeadlineWithoutUsingTheWeeksHours()
    {
        // GIVEN three preparation tasks and the event that depends on them, due in 30 days
        QList<Task> tasks = {task("Prepare 1", 7), task("Prepare 2", 7, {0}),
                             task("Prepare 3", 7, {1}), task("The exam", 4, {2})};
        tasks[3].event = true;
        const QDate deadline = kStart.addDays(30);

        // WHEN they are scheduled at 7 hours a week
        const ScheduleResult result = Scheduler::schedule(tasks, {kStart, deadline, 7.0});

        // THEN the exam is on the deadline, the preparation is before it, nothing is at risk
        QCOMPARE(tasks[3].startDate, deadline);
        QCOMPARE(tasks[3].dueDate, deadline);
        QVERIFY(tasks[2].dueDate < deadline);
        QCOMPARE(tasks[0].startDate, kStart);
        QVERIFY(!result.atRisk);
        QCOMPARE(result.finish, deadline);
    }

    void shouldKeepTheEventOnItsDayWhenThePreparationRunsLate()
    {
        // GIVEN more preparation than fits before the event
        QList<Task> tasks = {task("Prepare", 30), task("The race", 5, {0})};
        tasks[1].event = true;
        const QDate deadline = kStart.addDays(13);

        // WHEN scheduled at 7 hours a week
        const ScheduleResult result = Scheduler::schedule(tasks, {kStart, deadline, 7.0});

        // THEN the race stays on its day and the plan says how many hours do not fit before it
        QCOMPARE(tasks[1].dueDate, deadline);
        QVERIFY(result.atRisk);
        QCOMPARE(result.hoursShort, 16.0);
        // AND the preparation is packed before the race, not dated after it
        QCOMPARE(tasks[0].startDate, kStart);
        QVERIFY2(tasks[0].dueDate < deadline, qPrintable(tasks[0].dueDate.toString(Qt::ISODate)));
    }

    void shouldPackEveryStepOfAnEventsPreparationBeforeItButNotWhatComesAfter()
    {
        // GIVEN a chain of preparation (weekly lessons, then a mock test), the test that waits for
        // it, a task after the test, and more work than 7 hours a week hold in three weeks
        QList<Task> tasks = {task("Lesson 1", 6),       task("Lesson 2", 6, {0}),
                             task("Lesson 3", 6, {1}),  task("Mock test", 4, {2}),
                             task("The test", 2, {3}),  task("Celebrate", 1, {4}),
                             task("Unrelated chore", 3)};
        tasks[1].notBefore = kStart.addDays(7);
        tasks[2].notBefore = kStart.addDays(14);
        tasks[4].event = true;
        const QDate deadline = kStart.addDays(21);

        // WHEN scheduled at 7 hours a week
        const ScheduleResult result = Scheduler::schedule(tasks, {kStart, deadline, 7.0});

        // THEN every step the test waits for ends before it, in order, sessions on or after their
        // days; the test is on its day; what follows it comes after it
        for (int i = 0; i < 4; ++i)
            QVERIFY2(tasks[i].dueDate < deadline, qPrintable(QString::number(i)));
        QVERIFY(tasks[1].startDate >= kStart.addDays(7));
        QVERIFY(tasks[2].startDate >= kStart.addDays(14));
        QVERIFY(tasks[3].startDate >= tasks[2].dueDate);
        QCOMPARE(tasks[4].dueDate, deadline);
        QVERIFY(tasks[5].startDate > deadline);
        // AND the risk is the one at the person's own hours: 22 hours of preparation and a chore
        // in 21 days at 1 hour a day cannot all fit before the test
        QVERIFY(result.atRisk);
        QVERIFY(result.hoursShort > 0.0);
    }

    void shouldKeepTheOldDatesWhenNoPaceFitsThePreparationBeforeTheEvent()
    {
        // GIVEN a session that may not start before the day after the event
        QList<Task> tasks = {task("Session", 2), task("The event", 1, {0})};
        tasks[0].notBefore = kStart.addDays(10);
        tasks[1].event = true;
        const QDate deadline = kStart.addDays(5);

        // WHEN scheduled
        const ScheduleResult result = Scheduler::schedule(tasks, {kStart, deadline, 7.0});

        // THEN the session keeps its own day (no pace can move it) and the plan is at risk
        QCOMPARE(tasks[0].startDate, kStart.addDays(10));
        QCOMPARE(tasks[1].dueDate, deadline);
        QVERIFY(result.atRisk);
    }

    void shouldNotKeepAGapOfMonthsBetweenAPhaseAndTheNextSeries()
    {
        // GIVEN a task that shares the plan's late start (day 0) and runs 40 days late, and the
        // first session of a series planned for day 100
        QList<Task> tasks = {task("Long phase", 40), task("Series session 1", 1, {0})};
        tasks[0].notBefore = kStart;
        tasks[1].notBefore = kStart.addDays(100);

        // WHEN scheduled at 7 hours a week (the phase ends on day 39)
        Scheduler::schedule(tasks, {kStart, {}, 7.0});

        // THEN the session is on its own day: 100 days is no rhythm to keep (4/7 of it after the
        // phase's start would have been day 58, still fine, but from a phase that started late…)
        QCOMPARE(tasks[1].startDate, kStart.addDays(100));

        // AND from a phase that itself had to wait, the session is not pushed months on: the
        // phase waits for 60 days of other work first
        QList<Task> late = {task("Other work", 60), task("Long phase", 10, {0}),
                            task("Series session 1", 1, {1})};
        late[1].notBefore = kStart;
        late[2].notBefore = kStart.addDays(100);
        Scheduler::schedule(late, {kStart, {}, 7.0});
        QCOMPARE(late[1].startDate, kStart.addDays(60));
        QCOMPARE(late[2].startDate, kStart.addDays(100)); // not day 60 + 58
    }

    void shouldPutAnEventWithoutDeadlineAfterAllOtherWork()
    {
        // GIVEN an event listed first and work that does not lead to it
        QList<Task> tasks = {task("Party", 3), task("Invite", 2), task("Cook", 5)};
        tasks[0].event = true;

        // WHEN scheduled without a deadline
        Scheduler::schedule(tasks, {kStart, {}, 7.0});

        // THEN the event comes the day after the last work
        QVERIFY(tasks[0].dueDate > tasks[2].dueDate);
        QCOMPARE(tasks[0].dueDate, tasks[2].dueDate.addDays(1));
    }

    void shouldStartATaskThatDependsOnTheEventTheDayAfter()
    {
        QList<Task> tasks = {task("Wedding", 8), task("Thank-you cards", 2, {0})};
        tasks[0].event = true;
        const QDate deadline = kStart.addDays(20);
        Scheduler::schedule(tasks, {kStart, deadline, 7.0});
        QCOMPARE(tasks[1].startDate, deadline.addDays(1));
    }

    void shouldNotStartASessionBeforeItsDayAndFillTheGapWithOtherWork()
    {
        // GIVEN weekly sessions and a long task that can be done any time
        QList<Task> tasks = {task("Session 1", 1), task("Session 2", 1, {0}),
                             task("Session 3", 1, {1}), task("Read the book", 6)};
        tasks[1].notBefore = kStart.addDays(7);
        tasks[2].notBefore = kStart.addDays(14);

        // WHEN scheduled at 7 hours a week (1 a day)
        const ScheduleResult result = Scheduler::schedule(tasks, {kStart, {}, 7.0});

        // THEN each session is on or after its day, and the book fills the days between
        QCOMPARE(tasks[0].startDate, kStart);
        QCOMPARE(tasks[1].startDate, kStart.addDays(7));
        QCOMPARE(tasks[2].startDate, kStart.addDays(14));
        QVERIFY(tasks[3].startDate < kStart.addDays(7));
        QVERIFY(!result.atRisk);
    }

    void shouldDoTheTaskWithTheEarliestLatestDayFirst()
    {
        // GIVEN two independent tasks, the later-listed one with a latest day
        QList<Task> tasks = {task("Practise", 7), task("Book the venue", 1)};
        tasks[1].dueBy = kStart.addDays(2);

        // WHEN scheduled
        const ScheduleResult result = Scheduler::schedule(tasks, {kStart, {}, 7.0});

        // THEN the booking goes first and is in time
        QCOMPARE(tasks[1].dueDate, kStart);
        QVERIFY(tasks[0].startDate >= tasks[1].dueDate);
        QVERIFY(!result.atRisk);
    }

    void shouldBeAtRiskWhenALatestDayCannotBeMet()
    {
        // GIVEN a task that must wait for 14 hours of work but is due in 3 days
        QList<Task> tasks = {task("Gather documents", 14), task("Apply for the visa", 2, {0})};
        tasks[1].dueBy = kStart.addDays(3);

        // WHEN scheduled at 7 hours a week, without a deadline
        const ScheduleResult result = Scheduler::schedule(tasks, {kStart, {}, 7.0});

        // THEN the plan is at risk by the hours after that day
        QVERIFY(result.atRisk);
        QCOMPARE(result.hoursShort, 2.0);
    }

    void shouldKeepThemThroughReplanningAndMoveThemWithTheEvent()
    {
        // GIVEN a plan with a session, a booking and the event, rescheduled with a later deadline
        Plan plan;
        plan.startDate = kStart;
        plan.deadline = kStart.addDays(60);
        plan.hoursPerWeek = 7;
        plan.tasks = {task("Book", 1), task("Session", 1, {0}), task("Race", 3, {1})};
        plan.tasks[0].dueBy = kStart.addDays(10);
        plan.tasks[1].notBefore = kStart.addDays(40);
        plan.tasks[2].event = true;
        Scheduler::schedule(plan.tasks, {kStart, plan.deadline, 7.0});

        // WHEN the race moves a week later
        const Plan next = replan(plan, kStart.addDays(1), kStart.addDays(67));

        // THEN the event is still the event, on the new day, and the dates counted back from it
        // moved with it
        QVERIFY(next.tasks[2].event);
        QCOMPARE(next.tasks[2].dueDate, kStart.addDays(67));
        QCOMPARE(next.tasks[1].notBefore, kStart.addDays(47));
        QCOMPARE(next.tasks[1].startDate, kStart.addDays(47));
        QCOMPARE(next.tasks[0].dueBy, kStart.addDays(17));

        // AND without a new deadline nothing moves
        const Plan same = replan(plan, kStart.addDays(1));
        QCOMPARE(same.tasks[1].notBefore, kStart.addDays(40));
    }
};

HELIOS_TEST_MAIN(SchedulerDatesTest)
#include "tst_scheduler_dates.moc"

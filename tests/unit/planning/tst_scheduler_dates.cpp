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

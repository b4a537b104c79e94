// buildAgenda: the day's list across plans from the open tasks a TaskQueries read returns.

#include "core/today/agenda.h"
#include "tests/support/test_main.h"

#include <QTest>

using namespace helios;

namespace {

const QDate kToday(2026, 12, 2); // a Wednesday

PlannedTask open(qint64 id, qint64 planId, int order, QDate start, QDate due, double hours = 2.0,
                 TaskStatus status = TaskStatus::Todo)
{
    PlannedTask p;
    p.task.id = id;
    p.task.planId = planId;
    p.task.order = order;
    p.task.title = QStringLiteral("task %1").arg(id);
    p.task.startDate = start;
    p.task.dueDate = due;
    p.task.estimateHours = hours;
    p.task.status = status;
    p.planGoal = QStringLiteral("plan %1").arg(planId);
    p.planHoursPerWeek = planId == 1 ? 7.0 : 14.0;
    return p;
}

QList<qint64> ids(const QList<AgendaItem> &items)
{
    QList<qint64> list;
    for (const AgendaItem &item : items)
        list << item.task.id;
    return list;
}

} // namespace

class TestAgenda : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldSortOpenTasksIntoOverdueTodayAndNextUp()
    {
        // GIVEN open tasks of two plans: overdue, under way, starting today, starting later
        const QList<PlannedTask> tasks{
            open(1, 1, 0, kToday.addDays(-4), kToday.addDays(-2)),
            open(2, 2, 0, kToday.addDays(-3), kToday.addDays(-1)),
            open(3, 1, 1, kToday.addDays(-1), kToday.addDays(1)),
            open(4, 2, 1, kToday, kToday),
            open(5, 1, 2, kToday.addDays(2), kToday.addDays(3)),
            open(6, 1, 3, kToday.addDays(4), kToday.addDays(5)),
            open(7, 2, 2, kToday.addDays(1), kToday.addDays(1)),
        };

        // WHEN the agenda of today is built
        const Agenda agenda = buildAgenda(tasks, kToday);

        // THEN overdue tasks come longest overdue first, with their days late
        QCOMPARE(ids(agenda.overdue), (QList<qint64>{1, 2}));
        QCOMPARE(agenda.overdue[0].daysOverdue, 2);
        QCOMPARE(agenda.overdue[1].daysOverdue, 1);
        QVERIFY(agenda.overdue[0].section == AgendaItem::Section::Overdue);
        // AND today's are the ones under way, by due date
        QCOMPARE(ids(agenda.today), (QList<qint64>{4, 3}));
        // AND next up holds each plan's first task to start, soonest first
        QCOMPARE(ids(agenda.nextUp), (QList<qint64>{7, 5}));
        QCOMPARE(agenda.nextUp[1].planGoal, QStringLiteral("plan 1"));
        // AND overdue tasks are counted per plan, in the order they are listed
        QCOMPARE(agenda.overdueByPlan().value(1), 1);
        QCOMPARE(agenda.overdueByPlan().value(2), 1);
        QCOMPARE(agenda.plansWithOverdue(), (QList<qint64>{1, 2}));
        QVERIFY(agenda.find(6) == nullptr);
        QCOMPARE(agenda.find(3)->task.title, QStringLiteral("task 3"));
    }

    void shouldSpreadEachTasksRemainingHoursOverItsDaysLeft()
    {
        // GIVEN a 4 h task due in three days (today included), a 2 h task due today, one in
        // progress with 2.5 of its 3 h spent, and an overdue one of 5 h
        QList<PlannedTask> tasks{
            open(1, 1, 0, kToday.addDays(-1), kToday.addDays(2), 4.0),
            open(2, 1, 1, kToday, kToday, 2.0),
            open(3, 2, 0, kToday.addDays(-2), kToday, 3.0, TaskStatus::InProgress),
            open(4, 2, 1, kToday.addDays(-3), kToday.addDays(-1), 5.0)};
        tasks[2].task.actualHours = 2.5;

        // WHEN the agenda is built
        const Agenda agenda = buildAgenda(tasks, kToday);

        // THEN today holds a third of the first, all of the second, the half hour left of the
        // third (never less, as the re-planner counts)
        QCOMPARE(agenda.find(1)->hoursToday, 4.0 / 3.0);
        QCOMPARE(agenda.find(2)->hoursToday, 2.0);
        QCOMPARE(agenda.find(3)->hoursToday, 0.5);
        QCOMPARE(agenda.plannedHours, 4.0 / 3.0 + 2.0 + 0.5);
        // AND the overdue hours are all of what is left of the overdue task
        QCOMPARE(agenda.overdueHours, 5.0);
        // AND the hours the person has are the plans' daily shares: 7/7 + 14/7
        QCOMPARE(agenda.availableHours, 3.0);
    }

    void shouldTakeTheHoursOfTheWeekdayWhenTheyAreGiven()
    {
        // GIVEN hours per weekday, and a task today
        AgendaOptions options;
        options.weekdayHours = WeekdayHours{1, 1, 2.5, 1, 1, 4, 0};

        // WHEN the agenda of a Wednesday, then of a Sunday, is built
        const Agenda wednesday =
            buildAgenda({open(1, 1, 0, kToday, kToday.addDays(5))}, kToday, options);
        const Agenda sunday = buildAgenda({}, QDate(2026, 12, 6), options);

        // THEN the Wednesday's hours count, whatever the plans have
        QCOMPARE(wednesday.availableHours, 2.5);
        QCOMPARE(sunday.availableHours, 0.0);
        QVERIFY(sunday.isEmpty());
    }

    void shouldLimitNextUpToTheLookaheadAndTheLimit()
    {
        // GIVEN the first tasks of five plans, starting 1 to 5 days from now, and one in 9 days
        QList<PlannedTask> tasks;
        for (int plan = 1; plan <= 5; ++plan)
            tasks << open(plan, plan, 0, kToday.addDays(6 - plan), kToday.addDays(6 - plan));
        tasks << open(9, 9, 0, kToday.addDays(9), kToday.addDays(9));
        AgendaOptions options;
        options.nextUpLimit = 3;

        // WHEN the agenda is built with room for three
        const Agenda agenda = buildAgenda(tasks, kToday, options);

        // THEN the three soonest are next up, the one past the week is not
        QCOMPARE(ids(agenda.nextUp), (QList<qint64>{5, 4, 3}));
        QCOMPARE(agendaHorizon(kToday, options), kToday.addDays(7));
    }

    void shouldLeaveOutFinishedAndUndatedTasks()
    {
        // GIVEN a done task, a skipped one and one without dates
        const QList<PlannedTask> tasks{
            open(1, 1, 0, kToday, kToday, 1, TaskStatus::Done),
            open(2, 1, 1, kToday.addDays(-3), kToday.addDays(-2), 1, TaskStatus::Skipped),
            open(3, 1, 2, QDate(), QDate())};

        // WHEN the agenda is built
        const Agenda agenda = buildAgenda(tasks, kToday);

        // THEN nothing is on it and no plan's hours count
        QVERIFY(agenda.isEmpty());
        QCOMPARE(agenda.availableHours, 0.0);
        QCOMPARE(remainingHours(tasks[0].task), 0.0);
    }

    void shouldCallOnlyUnfinishedTasksDueBeforeTodayOverdue_data()
    {
        QTest::addColumn<int>("dueInDays");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("overdue");
        QTest::newRow("due yesterday, to do") << -1 << int(TaskStatus::Todo) << true;
        QTest::newRow("due yesterday, in progress") << -1 << int(TaskStatus::InProgress) << true;
        QTest::newRow("due yesterday, done") << -1 << int(TaskStatus::Done) << false;
        QTest::newRow("due yesterday, skipped") << -1 << int(TaskStatus::Skipped) << false;
        QTest::newRow("due today") << 0 << int(TaskStatus::Todo) << false;
    }

    void shouldCallOnlyUnfinishedTasksDueBeforeTodayOverdue()
    {
        QFETCH(int, dueInDays);
        QFETCH(int, status);
        QFETCH(bool, overdue);
        // GIVEN a task due dueInDays from today
        Task task;
        task.dueDate = kToday.addDays(dueInDays);
        task.status = static_cast<TaskStatus>(status);
        // THEN it is overdue exactly when unfinished and due before today
        QCOMPARE(isOverdue(task, kToday), overdue);
        // AND a task without a due date never is
        task.dueDate = QDate();
        QVERIFY(!isOverdue(task, kToday));
    }

    void shouldSortTwentyThousandTasksOfFiftyPlans()
    {
        // GIVEN 20,000 open tasks over 50 plans, one a day each, 200 days behind
        QList<PlannedTask> tasks;
        for (int i = 0; i < 20000; ++i)
            tasks << open(i + 1, i % 50 + 1, i / 50, kToday.addDays(i / 50 - 200),
                          kToday.addDays(i / 50 - 199));
        // WHEN the day is built (the figures of its speed are in tests/bench/gui)
        const Agenda agenda = buildAgenda(tasks, kToday);
        // THEN 199 days of each plan are overdue, two are under way, one is next
        QCOMPARE(agenda.overdue.size(), 199 * 50);
        QCOMPARE(agenda.today.size(), 2 * 50);
        QCOMPARE(agenda.nextUp.size(), 10);
        QCOMPARE(agenda.overdueByPlan().size(), 50);
    }
};

HELIOS_TEST_MAIN(TestAgenda)
#include "tst_agenda.moc"

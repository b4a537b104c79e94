#include "core/domain/plan_limits.h"
#include "tests/support/test_main.h"

using namespace helios;

namespace {

Plan planOf(int tasks)
{
    Plan plan;
    plan.goal = QStringLiteral("Learn Python");
    plan.startDate = QDate(2026, 11, 27);
    for (int i = 0; i < tasks; ++i) {
        Task task;
        task.title = QStringLiteral("Task %1").arg(i + 1);
        task.order = i;
        plan.tasks.append(task);
    }
    return plan;
}

} // namespace

class TestPlanLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAcceptAPlanAtEveryLimit()
    {
        // GIVEN a plan exactly at each limit
        Plan plan = planOf(limits::kMaxTasksPerPlan);
        plan.goal = QString(kMaxGoalLength, QChar(0x5b66));
        plan.tasks[0].title = QString(limits::kMaxTitleLength, QLatin1Char('t'));
        plan.tasks[0].milestone = QString(limits::kMaxTitleLength, QLatin1Char('m'));
        plan.tasks[0].notes = QString(limits::kMaxNotesLength, QLatin1Char('n'));
        for (int i = 1; i <= limits::kMaxDependenciesPerTask; ++i)
            plan.tasks[limits::kMaxDependenciesPerTask + 1].dependsOn.append(i - 1);
        // WHEN it is checked THEN it is accepted
        const Status status = checkPlanLimits(plan);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    }

    void shouldRefuseAPlanPastALimitSayingWhich_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("tasks") << "tasks"
                               << "20001 tasks";
        QTest::newRow("goal") << "goal"
                              << "goals of at most 2000";
        QTest::newRow("title") << "title"
                               << "title of task 2";
        QTest::newRow("milestone") << "milestone"
                                   << "milestone of task 2";
        QTest::newRow("notes") << "notes"
                               << "notes of task 2";
        QTest::newRow("dependencies") << "dependencies"
                                      << "depends on 1001 tasks";
        QTest::newRow("kind") << "kind"
                              << "kind";
    }

    void shouldRefuseAPlanPastALimitSayingWhich()
    {
        QFETCH(QString, what);
        QFETCH(QString, expected);
        // GIVEN a plan one past one limit
        Plan plan = planOf(what == QLatin1String("tasks") ? limits::kMaxTasksPerPlan + 1 : 1200);
        if (what == QLatin1String("goal"))
            plan.goal = QString(kMaxGoalLength + 1, QLatin1Char('g'));
        if (what == QLatin1String("title"))
            plan.tasks[1].title = QString(limits::kMaxTitleLength + 1, QLatin1Char('t'));
        if (what == QLatin1String("milestone"))
            plan.tasks[1].milestone = QString(limits::kMaxTitleLength + 1, QLatin1Char('m'));
        if (what == QLatin1String("notes"))
            plan.tasks[1].notes = QString(limits::kMaxNotesLength + 1, QLatin1Char('n'));
        if (what == QLatin1String("dependencies"))
            for (int i = 0; i <= limits::kMaxDependenciesPerTask; ++i)
                plan.tasks[1100].dependsOn.append(i);
        if (what == QLatin1String("kind"))
            plan.kind = QString(limits::kMaxLabelLength + 1, QLatin1Char('k'));
        // WHEN it is checked as the second plan of a file
        const Status status = checkPlanLimits(plan, QStringLiteral("plan 2 of the file"));
        // THEN it is refused with one usage sentence that names the limit and the plan
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, Error::Kind::Usage);
        QVERIFY2(status.error().message.contains(expected), qPrintable(status.error().message));
        QVERIFY2(what == QLatin1String("dependencies") || what == QLatin1String("kind") ||
                     what == QLatin1String("goal") ||
                     status.error().message.contains(QLatin1String("plan 2 of the file")),
                 qPrintable(status.error().message));
        QVERIFY(!status.error().message.contains(QLatin1Char('\n')));
    }

    void shouldAcceptDatesAPersonCouldMean()
    {
        // GIVEN a plan with an event and a session whose first and latest day are the same, at
        // the first and last years Helios takes
        Plan plan = planOf(3);
        plan.startDate = QDate(limits::kFirstYear, 1, 1);
        plan.deadline = QDate(limits::kLastYear, 12, 31);
        plan.tasks[0].notBefore = plan.tasks[0].dueBy = QDate(2027, 3, 1);
        plan.tasks[2].event = true;
        // WHEN its dates are checked THEN they are accepted
        const Status status = checkPlanDates(plan);
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
    }

    void shouldRefuseDatesNoPersonMeansNamingTheTask_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("expected");
        QTest::newRow("year 1") << "year 1"
                                << "A date of task 2 of plan 2 of the file is 0001-01-01";
        QTest::newRow("year 9999") << "year 9999"
                                   << "A date of task 2 of plan 2 of the file is 9999-12-31";
        QTest::newRow("deadline") << "deadline"
                                  << "The deadline of plan 2 of the file is 3000-01-01";
        QTest::newRow("first after latest")
            << "first after latest"
            << "Task 2 of plan 2 of the file cannot start on 2027-03-02 and be done by 2027-03-01";
        QTest::newRow("two events") << "two events"
                                    << "Tasks 1 and 3 of plan 2 of the file are both";
    }

    void shouldRefuseDatesNoPersonMeansNamingTheTask()
    {
        QFETCH(QString, what);
        QFETCH(QString, expected);
        // GIVEN a plan with one date a person could not mean
        Plan plan = planOf(3);
        plan.deadline = QDate(2027, 6, 1);
        if (what == QLatin1String("year 1"))
            plan.tasks[1].notBefore = QDate(1, 1, 1);
        if (what == QLatin1String("year 9999"))
            plan.tasks[1].dueBy = QDate(9999, 12, 31);
        if (what == QLatin1String("deadline"))
            plan.deadline = QDate(3000, 1, 1);
        if (what == QLatin1String("first after latest")) {
            plan.tasks[1].notBefore = QDate(2027, 3, 2);
            plan.tasks[1].dueBy = QDate(2027, 3, 1);
        }
        if (what == QLatin1String("two events"))
            plan.tasks[0].event = plan.tasks[2].event = true;
        // WHEN it is checked as the second plan of a file
        const Status status = checkPlanDates(plan, QStringLiteral("plan 2 of the file"));
        // THEN it is refused with one usage sentence naming the plan and the task
        QVERIFY(!status.ok());
        QCOMPARE(status.error().kind, Error::Kind::Usage);
        QVERIFY2(status.error().message.contains(expected), qPrintable(status.error().message));
        QVERIFY(!status.error().message.contains(QLatin1Char('\n')));
    }

    void shouldMakeEveryTextOfAPlanPlain()
    {
        // GIVEN a plan whose texts hold escape sequences and a bidi override
        Plan plan = planOf(1);
        plan.goal = QStringLiteral("Goal\x1b]0;x\x07");
        plan.tasks[0].title = QStringLiteral("Title") + QChar(0x202E) + QStringLiteral("cod.exe");
        plan.tasks[0].milestone = QStringLiteral("M\x1b[2J");
        plan.tasks[0].notes = QStringLiteral("line 1\nline\x07 2");
        // WHEN made plain text
        makePlainText(plan);
        // THEN they are gone, line breaks in notes kept
        QCOMPARE(plan.goal, QStringLiteral("Goal]0;x"));
        QCOMPARE(plan.tasks[0].title, QStringLiteral("Titlecod.exe"));
        QCOMPARE(plan.tasks[0].milestone, QStringLiteral("M[2J"));
        QCOMPARE(plan.tasks[0].notes, QStringLiteral("line 1\nline 2"));
    }
};

HELIOS_TEST_MAIN(TestPlanLimits)
#include "tst_plan_limits.moc"

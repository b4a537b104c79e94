// Edits of a saved plan, worked out purely (core/planning/plan_edit): what moves, what stays,
// where new and moved tasks go, and every edit refused with a sentence.

#include "core/planning/plan_edit.h"
#include "core/planning/scheduler.h"
#include "tests/support/test_main.h"

using namespace helios;

namespace {

const QDate kToday(2027, 3, 1); // a Monday

// n tasks of one hour at one hour a day from `start`, ids 101.., in milestones "A" (the first
// half) and "B"; prerequisites as given (positions).
Plan makePlan(int n, QDate start = kToday, QList<QList<int>> dependsOn = {})
{
    Plan plan;
    plan.id = 7;
    plan.userId = 1;
    plan.goal = QStringLiteral("Learn Go");
    plan.startDate = start;
    plan.hoursPerWeek = 7;
    for (int i = 0; i < n; ++i) {
        Task task;
        task.id = 101 + i;
        task.planId = plan.id;
        task.title = QStringLiteral("Task %1").arg(i);
        task.estimateHours = 1;
        task.order = i;
        task.milestone = i < n / 2 ? QStringLiteral("A") : QStringLiteral("B");
        task.dependsOn = dependsOn.value(i);
        plan.tasks.append(task);
    }
    ScheduleOptions options;
    options.start = start;
    options.hoursPerWeek = plan.hoursPerWeek;
    Scheduler::schedule(plan.tasks, options);
    return plan;
}

QStringList titles(const Plan &plan)
{
    QStringList out;
    for (const Task &task : plan.tasks)
        out << task.title;
    return out;
}

} // namespace

class TestPlanEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRescheduleTheRestWhenAnEstimateGrows()
    {
        // GIVEN four tasks, one a day, from today
        const Plan plan = makePlan(4);
        QCOMPARE(plan.tasks[3].dueDate, kToday.addDays(3));

        // WHEN the second one takes three hours instead of one
        TaskFieldsEdit fields;
        fields.estimateHours = 3;
        const Result<EditOutcome> edited = applyEdit(plan, PlanEdit::editTask(102, fields), kToday);

        // THEN it ends two days later and the two after it follow
        QVERIFY(edited.ok());
        QVERIFY(edited->rescheduled);
        QCOMPARE(edited->plan.tasks[0].dueDate, kToday);
        QCOMPARE(edited->plan.tasks[1].dueDate, kToday.addDays(3));
        QCOMPARE(edited->plan.tasks[3].dueDate, kToday.addDays(5));
        // AND the diff says so: one change, three tasks moved, the finish two days later
        QCOMPARE(edited->diff.changed.size(), 1);
        QVERIFY(edited->diff.changed[0].fields == TaskFields(TaskField::Estimate));
        QCOMPARE(edited->diff.shifted.size(), 3);
        QVERIFY(edited->diff.finish.has_value());
        QCOMPARE(edited->diff.finish->after, kToday.addDays(5));
    }

    void shouldMoveNothingWhenATaskIsRenamedOrItsMilestoneChanges()
    {
        // GIVEN a plan
        const Plan plan = makePlan(4);

        // WHEN a task is renamed and moved to another milestone, and the plan is renamed
        TaskFieldsEdit fields;
        fields.title = QStringLiteral("  Read the tour  ");
        fields.milestone = QStringLiteral("Basics");
        const Result<EditOutcome> edited = applyEdit(plan, PlanEdit::editTask(103, fields), kToday);
        const Result<EditOutcome> renamed =
            applyEdit(plan, PlanEdit::renamePlan(QStringLiteral("Learn Go properly")), kToday);

        // THEN the title is trimmed, the milestone set, and no date moved
        QVERIFY(edited.ok());
        QVERIFY(!edited->rescheduled);
        QCOMPARE(edited->plan.tasks[2].title, QStringLiteral("Read the tour"));
        QCOMPARE(edited->plan.tasks[2].milestone, QStringLiteral("Basics"));
        QVERIFY(edited->diff.shifted.isEmpty());
        QVERIFY(renamed.ok());
        QCOMPARE(renamed->plan.goal, QStringLiteral("Learn Go properly"));
        QVERIFY(renamed->diff.isEmpty()); // the diff is about tasks and dates
    }

    void shouldAddATaskAfterTheLastOfItsMilestone()
    {
        // GIVEN tasks 0 and 1 in milestone A, 2 and 3 in B
        const Plan plan = makePlan(4);

        // WHEN a two-hour task is added to A, waiting for task 0
        Task task;
        task.title = QStringLiteral("Write a CLI");
        task.estimateHours = 2;
        task.milestone = QStringLiteral("A");
        const Result<EditOutcome> edited = applyEdit(plan, PlanEdit::addTask(task, {101}), kToday);

        // THEN it comes third, after A's last task, with its prerequisite, dated, and B's tasks
        // moved two days on
        QVERIFY2(edited.ok(), qPrintable(edited.ok() ? QString() : edited.error().message));
        QCOMPARE(edited->addedPosition, 2);
        QCOMPARE(titles(edited->plan),
                 (QStringList{QStringLiteral("Task 0"), QStringLiteral("Task 1"),
                              QStringLiteral("Write a CLI"), QStringLiteral("Task 2"),
                              QStringLiteral("Task 3")}));
        const Task &added = edited->plan.tasks[2];
        QCOMPARE(added.id, 0);
        QCOMPARE(added.dependsOn, (QList<int>{0}));
        QCOMPARE(added.startDate, kToday.addDays(2));
        QCOMPARE(added.dueDate, kToday.addDays(3));
        QCOMPARE(edited->plan.tasks[4].dueDate, kToday.addDays(5));
        QCOMPARE(edited->diff.added.size(), 1);
        QCOMPARE(edited->diff.shifted.size(), 2);
    }

    void shouldKeepWhatWaitedForARemovedTaskInOrder()
    {
        // GIVEN a chain 0 → 1 → 2 and a free task 3
        const Plan plan = makePlan(4, kToday, {{}, {0}, {1}, {}});

        // WHEN the middle of the chain is removed
        const Result<EditOutcome> edited = applyEdit(plan, PlanEdit::removeTask(102), kToday);

        // THEN task 2 waits for task 0 now, the later tasks move a day earlier
        QVERIFY(edited.ok());
        QCOMPARE(edited->plan.tasks.size(), 3);
        QCOMPARE(edited->plan.tasks[1].title, QStringLiteral("Task 2"));
        QCOMPARE(edited->plan.tasks[1].dependsOn, (QList<int>{0}));
        QCOMPARE(edited->plan.tasks[1].order, 1);
        QCOMPARE(edited->plan.tasks[2].dueDate, kToday.addDays(2));
        QCOMPARE(edited->diff.removed.size(), 1);
    }

    void shouldMoveATaskToTheDayAsked()
    {
        // GIVEN five independent tasks, one a day from today
        const Plan plan = makePlan(5);

        // WHEN the first is moved to the fourth day
        TaskFieldsEdit fields;
        fields.start = kToday.addDays(3);
        const Result<EditOutcome> edited = applyEdit(plan, PlanEdit::editTask(101, fields), kToday);

        // THEN it starts then, the three after it move a day earlier, the last stays
        QVERIFY(edited.ok());
        QCOMPARE(titles(edited->plan),
                 (QStringList{QStringLiteral("Task 1"), QStringLiteral("Task 2"),
                              QStringLiteral("Task 3"), QStringLiteral("Task 0"),
                              QStringLiteral("Task 4")}));
        QCOMPARE(edited->plan.tasks[3].startDate, kToday.addDays(3));
        QCOMPARE(edited->plan.tasks[0].startDate, kToday);
        QCOMPARE(edited->plan.tasks[4].startDate, kToday.addDays(4));
        QCOMPARE(edited->diff.shifted.size(), 4);

        // WHEN it is moved back to today
        TaskFieldsEdit back;
        back.start = kToday;
        const Result<EditOutcome> again =
            applyEdit(edited->plan, PlanEdit::editTask(101, back), kToday);
        // THEN the plan is as it was
        QVERIFY(again.ok());
        QCOMPARE(titles(again->plan), titles(plan));
        QCOMPARE(again->plan.tasks[0].startDate, kToday);
        QCOMPARE(again->plan.tasks[4].startDate, kToday.addDays(4));

        // WHEN it is moved past the end THEN it comes last, on the day asked, not earlier
        TaskFieldsEdit far;
        far.start = kToday.addDays(60);
        const Result<EditOutcome> last = applyEdit(plan, PlanEdit::editTask(101, far), kToday);
        QVERIFY(last.ok());
        QCOMPARE(last->plan.tasks.last().title, QStringLiteral("Task 0"));
        QCOMPARE(last->plan.tasks.last().startDate, kToday.addDays(60));
        QCOMPARE(last->plan.tasks.last().notBefore, kToday.addDays(60));
    }

    void shouldStartAMovedPrerequisiteNoEarlierThanAsked()
    {
        // GIVEN task 2 waits for task 1
        const Plan plan = makePlan(4, kToday, {{}, {}, {1}, {}});

        // WHEN task 1 is moved to the tenth day
        TaskFieldsEdit fields;
        fields.start = kToday.addDays(10);
        const Result<EditOutcome> edited = applyEdit(plan, PlanEdit::editTask(102, fields), kToday);

        // THEN it starts then (kept as its first possible day), and task 2 after it
        QVERIFY(edited.ok());
        const int moved = positionOfTask(edited->plan, 102);
        const int dependent = positionOfTask(edited->plan, 103);
        QCOMPARE(edited->plan.tasks[moved].startDate, kToday.addDays(10));
        QVERIFY(edited->plan.tasks[dependent].startDate > edited->plan.tasks[moved].dueDate ||
                edited->plan.tasks[dependent].startDate == edited->plan.tasks[moved].dueDate);
        QVERIFY(edited->plan.tasks[dependent].startDate >= kToday.addDays(10));
        // AND a task that must be done by an earlier day cannot be moved past it
        Plan bounded = plan;
        bounded.tasks[1].dueBy = kToday.addDays(5);
        const Result<EditOutcome> refused =
            applyEdit(bounded, PlanEdit::editTask(102, fields), kToday);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("must be done by")),
                 qPrintable(refused.error().message));
    }

    void shouldNotMoveATaskBeforeItsPrerequisites()
    {
        // GIVEN task 3 waits for task 2
        const Plan plan = makePlan(4, kToday, {{}, {}, {}, {2}});

        // WHEN task 3 is moved to today
        TaskFieldsEdit fields;
        fields.start = kToday;
        const Result<EditOutcome> edited = applyEdit(plan, PlanEdit::editTask(104, fields), kToday);

        // THEN it still comes after task 2, as early as that allows
        QVERIFY(edited.ok());
        const int moved = positionOfTask(edited->plan, 104);
        const int prerequisite = positionOfTask(edited->plan, 103);
        QVERIFY(edited->plan.tasks[moved].startDate > edited->plan.tasks[prerequisite].dueDate ||
                edited->plan.tasks[moved].startDate == edited->plan.tasks[prerequisite].dueDate);
        QCOMPARE(edited->plan.tasks[moved].dependsOn, (QList<int>{prerequisite}));
    }

    void shouldLeaveOverdueWorkWhereItIs()
    {
        // GIVEN a plan begun ten days ago whose first task is still to do, five days overdue
        Plan plan = makePlan(12, kToday.addDays(-10));
        for (int i = 1; i < 10; ++i)
            plan.tasks[i].status = TaskStatus::Done;
        QCOMPARE(plan.tasks[0].dueDate, kToday.addDays(-10));

        // WHEN the last task is re-estimated
        TaskFieldsEdit fields;
        fields.estimateHours = 2;
        const Result<EditOutcome> edited = applyEdit(plan, PlanEdit::editTask(112, fields), kToday);

        // THEN the overdue task keeps its dates, done tasks theirs, the rest starts today
        QVERIFY(edited.ok());
        QCOMPARE(edited->plan.tasks[0].dueDate, kToday.addDays(-10));
        QVERIFY(edited->plan.tasks[0].status == TaskStatus::Todo);
        QCOMPARE(edited->plan.tasks[5].dueDate, plan.tasks[5].dueDate);
        QCOMPARE(edited->plan.tasks[10].startDate, kToday);
        QCOMPARE(edited->plan.tasks[11].dueDate, kToday.addDays(2));
    }

    void shouldNotPullAFuturePlanToToday()
    {
        // GIVEN a plan that starts in a week
        const Plan plan = makePlan(3, kToday.addDays(7));

        // WHEN a task is added
        Task task;
        task.title = QStringLiteral("More");
        const Result<EditOutcome> edited = applyEdit(plan, PlanEdit::addTask(task), kToday);

        // THEN nothing is scheduled before the plan's start
        QVERIFY(edited.ok());
        QCOMPARE(edited->plan.tasks[0].startDate, kToday.addDays(7));
        QCOMPARE(edited->plan.tasks[3].startDate, kToday.addDays(10));
    }

    void shouldReadAQuickTask_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("title");
        QTest::addColumn<double>("hours");
        QTest::addColumn<QString>("milestone");
        QTest::newRow("all of it") << "Read chapter 4 2h #Basics"
                                   << "Read chapter 4" << 2.0 << "Basics";
        QTest::newRow("title only") << "  Call the plumber "
                                    << "Call the plumber" << 1.0 << "";
        QTest::newRow("decimal hours") << "Write tests 1.5 h"
                                       << "Write tests" << 1.5 << "";
        QTest::newRow("minutes") << "Stretch 30m"
                                 << "Stretch" << 0.5 << "";
        QTest::newRow("milestone of words") << "Book the venue # The wedding day"
                                            << "Book the venue" << 1.0 << "The wedding day";
        QTest::newRow("Chinese") << "复习第三章 2小时 #期中考试"
                                 << "复习第三章" << 2.0 << "期中考试";
        QTest::newRow("Chinese minutes") << "背单词 30分钟"
                                         << "背单词" << 0.5 << "";
        QTest::newRow("a number in the title") << "Read chapter 4"
                                               << "Read chapter 4" << 1.0 << "";
    }

    void shouldReadAQuickTask()
    {
        QFETCH(QString, line);
        QFETCH(QString, title);
        QFETCH(double, hours);
        QFETCH(QString, milestone);
        const Task task = quickTask(line);
        QCOMPARE(task.title, title);
        QCOMPARE(task.estimateHours, hours);
        QCOMPARE(task.milestone, milestone);
    }

    void shouldRefuseABadEditWithASentence_data()
    {
        QTest::addColumn<int>("kind"); // 0 edit, 1 remove, 2 rename, 3 add
        QTest::addColumn<qint64>("taskId");
        QTest::addColumn<QString>("title");
        QTest::addColumn<double>("hours");
        QTest::addColumn<QList<qint64>>("after");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<bool>("notFound");

        const QList<qint64> none;
        QTest::newRow("empty title")
            << 0 << qint64(101) << "   " << -1.0 << none << QDate() << false;
        QTest::newRow("long title") << 0 << qint64(101) << QString(501, QLatin1Char('x')) << -1.0
                                    << none << QDate() << false;
        QTest::newRow("zero hours")
            << 0 << qint64(101) << QString() << 0.0 << none << QDate() << false;
        QTest::newRow("too many hours")
            << 0 << qint64(101) << QString() << 1000.5 << none << QDate() << false;
        QTest::newRow("waits for itself")
            << 0 << qint64(101) << QString() << -1.0 << QList<qint64>{101} << QDate() << false;
        QTest::newRow("closes a cycle")
            << 0 << qint64(101) << QString() << -1.0 << QList<qint64>{102} << QDate() << false;
        QTest::newRow("unknown prerequisite")
            << 0 << qint64(101) << QString() << -1.0 << QList<qint64>{999} << QDate() << true;
        QTest::newRow("before today")
            << 0 << qint64(102) << QString() << -1.0 << none << kToday.addDays(-1) << false;
        QTest::newRow("finished task moved")
            << 0 << qint64(104) << QString() << -1.0 << none << kToday.addDays(2) << false;
        QTest::newRow("unknown task") << 0 << qint64(999) << "x" << -1.0 << none << QDate() << true;
        QTest::newRow("unknown task removed")
            << 1 << qint64(999) << QString() << -1.0 << none << QDate() << true;
        QTest::newRow("empty goal") << 2 << qint64(0) << " " << -1.0 << none << QDate() << false;
        QTest::newRow("task without title")
            << 3 << qint64(0) << "" << 1.0 << none << QDate() << false;
        QTest::newRow("task with NaN hours")
            << 3 << qint64(0) << "x" << std::nan("") << none << QDate() << false;
    }

    void shouldRefuseABadEditWithASentence()
    {
        QFETCH(int, kind);
        QFETCH(qint64, taskId);
        QFETCH(QString, title);
        QFETCH(double, hours);
        QFETCH(QList<qint64>, after);
        QFETCH(QDate, start);
        QFETCH(bool, notFound);

        // GIVEN a plan where task 102 waits for 101, and 104 is done
        Plan plan = makePlan(4, kToday, {{}, {0}, {}, {}});
        plan.tasks[3].status = TaskStatus::Done;

        // WHEN the edit is applied
        PlanEdit edit;
        if (kind == 0) {
            TaskFieldsEdit fields;
            if (!title.isNull())
                fields.title = title;
            if (hours >= 0 || std::isnan(hours))
                fields.estimateHours = hours;
            if (!after.isEmpty())
                fields.dependsOn = after;
            if (start.isValid())
                fields.start = start;
            edit = PlanEdit::editTask(taskId, fields);
        } else if (kind == 1) {
            edit = PlanEdit::removeTask(taskId);
        } else if (kind == 2) {
            edit = PlanEdit::renamePlan(title);
        } else {
            Task task;
            task.title = title;
            task.estimateHours = hours;
            edit = PlanEdit::addTask(task);
        }
        const Result<EditOutcome> edited = applyEdit(plan, edit, kToday);

        // THEN it is refused with one sentence of the right kind
        QVERIFY(!edited.ok());
        QVERIFY(edited.error().kind == (notFound ? Error::Kind::NotFound : Error::Kind::Usage));
        QVERIFY(!edited.error().message.isEmpty());
        QVERIFY(edited.error().message.endsWith(QLatin1Char('.')));
    }
};

HELIOS_TEST_MAIN(TestPlanEdit)
#include "tst_plan_edit.moc"

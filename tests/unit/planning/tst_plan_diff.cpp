#include "core/planning/plan_diff.h"
#include "core/planning/replanner.h"
#include "tests/support/test_main.h"

using namespace helios;

namespace {

const QDate kStart(2026, 11, 30);

Task makeTask(qint64 id, const QString &title, QDate start, QDate due, double hours = 2.0,
              const QString &milestone = QStringLiteral("Basics"))
{
    Task task;
    task.id = id;
    task.title = title;
    task.estimateHours = hours;
    task.startDate = start;
    task.dueDate = due;
    task.milestone = milestone;
    return task;
}

// Three stored tasks in a chain: Read the guide (Nov 30), Write code (Dec 1-2), Write tests
// (Dec 3).
Plan makePlan()
{
    Plan plan;
    plan.id = 7;
    plan.goal = QStringLiteral("Learn Rust");
    plan.startDate = kStart;
    plan.deadline = QDate(2026, 12, 20);
    plan.hoursPerWeek = 10.0;
    plan.tasks = {
        makeTask(1, QStringLiteral("Read the guide"), kStart, kStart),
        makeTask(2, QStringLiteral("Write code"), QDate(2026, 12, 1), QDate(2026, 12, 2), 3.0),
        makeTask(3, QStringLiteral("Write tests"), QDate(2026, 12, 3), QDate(2026, 12, 3)),
    };
    plan.tasks[1].dependsOn = {0};
    plan.tasks[2].dependsOn = {1};
    for (int i = 0; i < plan.tasks.size(); ++i)
        plan.tasks[i].order = i;
    return plan;
}

// Positions of a list of tasks: by title, for short comparisons.
QStringList titles(const QList<Task> &tasks)
{
    QStringList result;
    for (const Task &task : tasks)
        result.append(task.title);
    return result;
}

void renumber(Plan &plan)
{
    for (int i = 0; i < plan.tasks.size(); ++i)
        plan.tasks[i].order = i;
}

} // namespace

class TestPlanDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFindNothingBetweenIdenticalPlans();
    void shouldReportMovedDates_data();
    void shouldReportMovedDates();
    void shouldReportAddedAndRemovedTasks();
    void shouldReportChangedFields_data();
    void shouldReportChangedFields();
    void shouldCompareDependenciesThroughTheMatching();
    void shouldMatchByTitleAndMilestoneWithoutIds_data();
    void shouldMatchByTitleAndMilestoneWithoutIds();
    void shouldReportPlanLevelChanges_data();
    void shouldReportPlanLevelChanges();
    void shouldDescribeReplanAsReadableText();
};

void TestPlanDiff::shouldFindNothingBetweenIdenticalPlans()
{
    // GIVEN a plan and a copy of it
    const Plan plan = makePlan();
    const Plan copy = plan;

    // WHEN they are compared, and an empty plan with itself
    const PlanDiff diff = diffPlans(plan, copy);
    const PlanDiff emptyDiff = diffPlans(Plan{}, Plan{});

    // THEN there is no difference
    QVERIFY(diff.isEmpty());
    QVERIFY(emptyDiff.isEmpty());
    QCOMPARE(describe(diff), QStringLiteral("No changes."));
}

void TestPlanDiff::shouldReportMovedDates_data()
{
    QTest::addColumn<QDate>("newStart");
    QTest::addColumn<QDate>("newDue");
    QTest::addColumn<qint64>("expectedDays");
    QTest::addColumn<QString>("expectedLine");

    // "Write tests" was on 2026-12-03.
    QTest::newRow("a week later") << QDate(2026, 12, 10) << QDate(2026, 12, 10) << qint64(7)
                                  << QStringLiteral(
                                         "~ Write tests: due 2026-12-03 → 2026-12-10 (+7 days)");
    QTest::newRow("a day earlier")
        << QDate(2026, 12, 2) << QDate(2026, 12, 2) << qint64(-1)
        << QStringLiteral("~ Write tests: due 2026-12-03 → 2026-12-02 (-1 day)");
    QTest::newRow("longer: only the due date moves")
        << QDate(2026, 12, 3) << QDate(2026, 12, 5) << qint64(2)
        << QStringLiteral("~ Write tests: due 2026-12-03 → 2026-12-05 (+2 days)");
    QTest::newRow("earlier start only")
        << QDate(2026, 12, 1) << QDate(2026, 12, 3) << qint64(0)
        << QStringLiteral("~ Write tests: start 2026-12-03 → 2026-12-01 (-2 days)");
    QTest::newRow("start and due by different amounts")
        << QDate(2026, 12, 4) << QDate(2026, 12, 8) << qint64(5)
        << QStringLiteral("~ Write tests: start 2026-12-03 → 2026-12-04, due 2026-12-03 → "
                          "2026-12-08 (+5 days)");
    QTest::newRow("no longer dated") << QDate() << QDate() << qint64(0)
                                     << QStringLiteral("~ Write tests: due 2026-12-03 → none");
}

void TestPlanDiff::shouldReportMovedDates()
{
    QFETCH(QDate, newStart);
    QFETCH(QDate, newDue);
    QFETCH(qint64, expectedDays);
    QFETCH(QString, expectedLine);

    // GIVEN a plan and a version in which "Write tests" moved
    const Plan before = makePlan();
    Plan after = before;
    after.tasks[2].startDate = newStart;
    after.tasks[2].dueDate = newDue;

    // WHEN they are compared
    const PlanDiff diff = diffPlans(before, after);

    // THEN the move is reported with the old and new dates and the shift in days
    QCOMPARE(diff.shifted.size(), 1);
    const DateShift &shift = diff.shifted.first();
    QCOMPARE(shift.after.title, QStringLiteral("Write tests"));
    QCOMPARE(shift.position, 2);
    QCOMPARE(shift.oldStart, QDate(2026, 12, 3));
    QCOMPARE(shift.oldDue, QDate(2026, 12, 3));
    QCOMPARE(shift.newStart, newStart);
    QCOMPARE(shift.newDue, newDue);
    QCOMPARE(shift.days, expectedDays);
    QVERIFY(diff.changed.isEmpty());
    QVERIFY(diff.added.isEmpty());
    QVERIFY(diff.removed.isEmpty());
    QVERIFY(describe(diff).split(QLatin1Char('\n')).contains(expectedLine));
}

void TestPlanDiff::shouldReportAddedAndRemovedTasks()
{
    // GIVEN a version in which "Write code" was removed and two tasks were added (one without an
    // id yet)
    const Plan before = makePlan();
    Plan after = before;
    after.tasks.removeAt(1);
    after.tasks.insert(0,
                       makeTask(0, QStringLiteral("Install the toolchain"), kStart, kStart, 1.0));
    after.tasks.append(
        makeTask(9, QStringLiteral("Ship it"), QDate(2026, 12, 4), QDate(2026, 12, 4), 0.5));
    after.tasks[2].dependsOn = {1};
    renumber(after);

    // WHEN they are compared
    const PlanDiff diff = diffPlans(before, after);

    // THEN the added and removed tasks are listed, and the rest is matched in spite of the moved
    // positions
    QCOMPARE(titles(diff.added), (QStringList{"Install the toolchain", "Ship it"}));
    QCOMPARE(titles(diff.removed), QStringList{"Write code"});
    QVERIFY(diff.shifted.isEmpty());
    // "Write tests" depended on "Write code" and now on "Read the guide"
    QCOMPARE(diff.changed.size(), 1);
    QCOMPARE(diff.changed.first().after.title, QStringLiteral("Write tests"));
    QCOMPARE(diff.changed.first().fields, TaskFields(TaskField::Dependencies));
    QCOMPARE(describe(diff), QStringLiteral("* Finish: 2026-12-03 → 2026-12-04 (+1 day)\n"
                                            "- Removed: Write code\n"
                                            "+ Added: Install the toolchain (1 h)\n"
                                            "+ Added: Ship it (0.5 h)\n"
                                            "~ Write tests: prerequisites changed"));
}

void TestPlanDiff::shouldReportChangedFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<TaskFields>("expectedFields");
    QTest::addColumn<QString>("expectedLine");

    QTest::newRow("title") << "title" << TaskFields(TaskField::Title)
                           << QStringLiteral("~ Write unit tests: renamed from \"Write tests\"");
    QTest::newRow("notes") << "notes" << TaskFields(TaskField::Notes)
                           << QStringLiteral("~ Write tests: notes changed");
    QTest::newRow("status") << "status" << TaskFields(TaskField::TaskStatus)
                            << QStringLiteral("~ Write tests: status to do → done");
    QTest::newRow("estimate") << "estimate" << TaskFields(TaskField::Estimate)
                              << QStringLiteral("~ Write tests: estimate 2 h → 3.5 h");
    QTest::newRow("milestone") << "milestone" << TaskFields(TaskField::Milestone)
                               << QStringLiteral(
                                      "~ Write tests: milestone \"Basics\" → \"Quality\"");
    QTest::newRow("dependencies") << "dependencies" << TaskFields(TaskField::Dependencies)
                                  << QStringLiteral("~ Write tests: prerequisites changed");
    QTest::newRow("several") << "status+estimate" << (TaskField::TaskStatus | TaskField::Estimate)
                             << QStringLiteral(
                                    "~ Write tests: status to do → done, estimate 2 h → 3.5 h");
    // Below a millionth of an hour is the same estimate.
    QTest::newRow("rounding noise") << "noise" << TaskFields() << QString();
}

void TestPlanDiff::shouldReportChangedFields()
{
    QFETCH(QString, field);
    QFETCH(TaskFields, expectedFields);
    QFETCH(QString, expectedLine);

    // GIVEN a version of the plan in which one task (matched by id) changed
    const Plan before = makePlan();
    Plan after = before;
    Task &task = after.tasks[2];
    if (field == QLatin1String("title"))
        task.title = QStringLiteral("Write unit tests");
    if (field == QLatin1String("notes"))
        task.notes = QStringLiteral("Cover the parser first.");
    if (field.contains(QLatin1String("status")))
        task.status = TaskStatus::Done;
    if (field.contains(QLatin1String("estimate")))
        task.estimateHours = 3.5;
    if (field == QLatin1String("milestone"))
        task.milestone = QStringLiteral("Quality");
    if (field == QLatin1String("dependencies"))
        task.dependsOn = {0, 1};
    if (field == QLatin1String("noise"))
        task.estimateHours += 1e-9;

    // WHEN they are compared
    const PlanDiff diff = diffPlans(before, after);

    // THEN the task is reported changed in exactly those fields, and nothing was added or removed
    QVERIFY(diff.added.isEmpty());
    QVERIFY(diff.removed.isEmpty());
    QVERIFY(diff.shifted.isEmpty());
    if (!expectedFields) {
        QVERIFY(diff.isEmpty());
        return;
    }
    QCOMPARE(diff.changed.size(), 1);
    QCOMPARE(diff.changed.first().fields, expectedFields);
    QCOMPARE(diff.changed.first().position, 2);
    QCOMPARE(diff.changed.first().before.title, QStringLiteral("Write tests"));
    QCOMPARE(describe(diff), expectedLine);
}

void TestPlanDiff::shouldCompareDependenciesThroughTheMatching()
{
    // GIVEN a version with a new first task, so every position moved by one but every task still
    // depends on the same task as before
    const Plan before = makePlan();
    Plan after = before;
    after.tasks.prepend(makeTask(0, QStringLiteral("Warm up"), kStart, kStart, 0.5));
    after.tasks[2].dependsOn = {1};
    after.tasks[3].dependsOn = {2};
    renumber(after);

    // WHEN they are compared
    const PlanDiff diff = diffPlans(before, after);

    // THEN only the new task is a change
    QCOMPARE(titles(diff.added), QStringList{"Warm up"});
    QVERIFY(diff.changed.isEmpty());
    QVERIFY(diff.removed.isEmpty());
}

void TestPlanDiff::shouldMatchByTitleAndMilestoneWithoutIds_data()
{
    QTest::addColumn<QList<qint64>>("beforeIds");
    QTest::addColumn<QList<qint64>>("afterIds");
    QTest::addColumn<QStringList>("afterMilestones");
    QTest::addColumn<QStringList>("expectedAdded");
    QTest::addColumn<QStringList>("expectedRemoved");

    const QStringList same{"Basics", "Basics", "Basics"};
    QTest::newRow("no ids on either side") << QList<qint64>{0, 0, 0} << QList<qint64>{0, 0, 0}
                                           << same << QStringList{} << QStringList{};
    QTest::newRow("ids on one side only") << QList<qint64>{1, 2, 3} << QList<qint64>{0, 0, 0}
                                          << same << QStringList{} << QStringList{};
    // Same title, different milestone: a different task.
    QTest::newRow("milestone differs") << QList<qint64>{0, 0, 0} << QList<qint64>{0, 0, 0}
                                       << QStringList{"Basics", "Basics", "Advanced"}
                                       << QStringList{"Write tests"} << QStringList{"Write tests"};
    // Both have ids and they differ: different tasks, whatever their titles.
    QTest::newRow("different ids, same titles")
        << QList<qint64>{1, 2, 3} << QList<qint64>{1, 2, 30} << same << QStringList{"Write tests"}
        << QStringList{"Write tests"};
    // Ids on both sides, the same: matched.
    QTest::newRow("same ids") << QList<qint64>{1, 2, 3} << QList<qint64>{1, 2, 3} << same
                              << QStringList{} << QStringList{};
}

void TestPlanDiff::shouldMatchByTitleAndMilestoneWithoutIds()
{
    QFETCH(QList<qint64>, beforeIds);
    QFETCH(QList<qint64>, afterIds);
    QFETCH(QStringList, afterMilestones);
    QFETCH(QStringList, expectedAdded);
    QFETCH(QStringList, expectedRemoved);

    // GIVEN two versions of a plan with or without ids
    Plan before = makePlan();
    Plan after = before;
    for (int i = 0; i < 3; ++i) {
        before.tasks[i].id = beforeIds[i];
        after.tasks[i].id = afterIds[i];
        after.tasks[i].milestone = afterMilestones[i];
    }

    // WHEN they are compared
    const PlanDiff diff = diffPlans(before, after);

    // THEN tasks are matched by id when both have one, else by title and milestone
    QCOMPARE(titles(diff.added), expectedAdded);
    QCOMPARE(titles(diff.removed), expectedRemoved);
    QVERIFY(diff.changed.isEmpty());
}

void TestPlanDiff::shouldReportPlanLevelChanges_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expectedText");

    QTest::newRow("deadline") << "deadline"
                              << QStringLiteral("* Deadline: 2026-12-20 → 2026-12-27");
    QTest::newRow("deadline removed")
        << "no deadline" << QStringLiteral("* Deadline: 2026-12-20 → none");
    QTest::newRow("hours per week") << "hours" << QStringLiteral("* Hours per week: 10 → 7.5");
    QTest::newRow("now at risk") << "at risk" << QStringLiteral("* Now at risk: 4.5 h short");
    QTest::newRow("no longer at risk") << "safe" << QStringLiteral("* No longer at risk");
    QTest::newRow("more hours short") << "short" << QStringLiteral("* Hours short: 2.0 → 6.5");
}

void TestPlanDiff::shouldReportPlanLevelChanges()
{
    QFETCH(QString, what);
    QFETCH(QString, expectedText);

    // GIVEN a version of the plan with one plan-level change
    Plan before = makePlan();
    if (what == QLatin1String("safe") || what == QLatin1String("short")) {
        before.atRisk = true;
        before.hoursShort = 2.0;
    }
    Plan after = before;
    if (what == QLatin1String("deadline"))
        after.deadline = QDate(2026, 12, 27);
    if (what == QLatin1String("no deadline"))
        after.deadline = QDate();
    if (what == QLatin1String("hours"))
        after.hoursPerWeek = 7.5;
    if (what == QLatin1String("at risk")) {
        after.atRisk = true;
        after.hoursShort = 4.5;
    }
    if (what == QLatin1String("safe")) {
        after.atRisk = false;
        after.hoursShort = 0.0;
    }
    if (what == QLatin1String("short"))
        after.hoursShort = 6.5;

    // WHEN they are compared
    const PlanDiff diff = diffPlans(before, after);

    // THEN the change is reported on one line, and no task changed
    QVERIFY(!diff.isEmpty());
    QVERIFY(diff.changed.isEmpty() && diff.shifted.isEmpty());
    QCOMPARE(describe(diff), expectedText);
    QCOMPARE(bool(diff.deadline), what.contains(QLatin1String("deadline")));
    QCOMPARE(bool(diff.hoursPerWeek), what == QLatin1String("hours"));
    QCOMPARE(bool(diff.atRisk), what == QLatin1String("at risk") || what == QLatin1String("safe"));
}

void TestPlanDiff::shouldDescribeReplanAsReadableText()
{
    // GIVEN the plan, "Read the guide" done, and a re-plan a week late on Dec 7 with the deadline
    // moved to Dec 8: 3 h of "Write code" and 2 h of "Write tests" at 10/7 h a day take Dec 7-10,
    // and 5 h - 2 x 10/7 h = 2.14 h fall after the deadline
    Plan before = makePlan();
    before.tasks[0].status = TaskStatus::Done;
    const Plan after = replan(before, QDate(2026, 12, 7), QDate(2026, 12, 8));

    // WHEN the two are compared and described
    const PlanDiff diff = diffPlans(before, after);

    // THEN each change is one readable line, plan first, then task by task
    QCOMPARE(describe(diff), QStringLiteral("* Deadline: 2026-12-20 → 2026-12-08\n"
                                            "* Now at risk: 2.1 h short\n"
                                            "* Finish: 2026-12-03 → 2026-12-10 (+7 days)\n"
                                            "~ Write code: start 2026-12-01 → 2026-12-07, due "
                                            "2026-12-02 → 2026-12-09 (+7 days)\n"
                                            "~ Write tests: start 2026-12-03 → 2026-12-09, due "
                                            "2026-12-03 → 2026-12-10 (+7 days)"));
    QCOMPARE(diff.finish->after, QDate(2026, 12, 10));
}

HELIOS_TEST_MAIN(TestPlanDiff)
#include "tst_plan_diff.moc"

#include "core/planning/critical_path.h"
#include "tests/support/test_main.h"
#include "ui/charts/timeline_layout.h"

using namespace helios;
using namespace helios::ui;

namespace {

QDate jan(int day)
{
    return QDate(2026, 1, day);
}

Task task(const QString &title, const QDate &start, const QDate &due, double hours = 2,
          QList<int> dependsOn = {}, const QString &milestone = {})
{
    Task t;
    t.title = title;
    t.startDate = start;
    t.dueDate = due;
    t.estimateHours = hours;
    t.dependsOn = std::move(dependsOn);
    t.milestone = milestone;
    return t;
}

int rowOf(const TimelineLayout &layout, int position)
{
    return layout.rowOfTask.at(position);
}

} // namespace

class TestTimelineLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldPlaceEachTaskFromStartToDueInDays()
    {
        // GIVEN two tasks from Jan 5 to 7 and Jan 8 to 8, a Jan 20 deadline, seen on Jan 6
        Plan plan;
        plan.startDate = jan(5);
        plan.deadline = jan(20);
        plan.tasks = {task(QStringLiteral("a"), jan(5), jan(7)),
                      task(QStringLiteral("b"), jan(8), jan(8))};

        const TimelineLayout layout = computeTimelineLayout(plan, jan(6));

        // THEN day 0 is two days before the earliest date and the bars cover whole days
        QCOMPARE(layout.origin, jan(3));
        QCOMPARE(layout.rows.size(), 2);
        QCOMPARE(layout.rows.at(0).startDay, 2);
        QCOMPARE(layout.rows.at(0).endDay, 5); // Jan 7 is day 4, exclusive end 5
        QCOMPARE(layout.rows.at(1).startDay, 5);
        QCOMPARE(layout.rows.at(1).endDay, 6);
        QCOMPARE(layout.todayDay, 3);
        QCOMPARE(layout.deadlineDay, 17);
        // AND the timeline runs a week past the latest date (the deadline)
        QCOMPARE(layout.dayCount, 17 + 7 + 1);
        QCOMPARE(layout.dateOfDay(layout.rows.at(0).startDay), jan(5));
    }

    void shouldGroupTasksUnderTheirMilestones()
    {
        // GIVEN milestones A, B, A in plan order and one task without a milestone
        Plan plan;
        plan.tasks = {task(QStringLiteral("a1"), jan(5), jan(6), 1, {}, QStringLiteral("A")),
                      task(QStringLiteral("b1"), jan(7), jan(9), 2, {}, QStringLiteral("B")),
                      task(QStringLiteral("a2"), jan(10), jan(12), 3, {}, QStringLiteral("A")),
                      task(QStringLiteral("loose"), jan(13), jan(13))};

        const TimelineLayout layout = computeTimelineLayout(plan, jan(5));

        // THEN each milestone leads its tasks, in the order milestones first appear
        QStringList labels;
        for (const TimelineRow &row : layout.rows)
            labels << row.label;
        QCOMPARE(labels,
                 (QStringList{QStringLiteral("A"), QStringLiteral("a1"), QStringLiteral("a2"),
                              QStringLiteral("B"), QStringLiteral("b1"), QStringLiteral("loose")}));
        QVERIFY(layout.rows.at(0).kind == TimelineRow::Kind::Milestone);
        QCOMPARE(layout.rows.at(0).taskPosition, -1);
        // AND a milestone spans its tasks, with their hours
        QCOMPARE(layout.dateOfDay(layout.rows.at(0).startDay), jan(5));
        QCOMPARE(layout.dateOfDay(layout.rows.at(0).endDay - 1), jan(12));
        QCOMPARE(layout.rows.at(0).estimateHours, 4.0);
        // AND every task knows its row
        QCOMPARE(layout.rowOfTask, (QList<int>{1, 4, 2, 5}));
    }

    void shouldFlagTheCriticalPathAndItsArrows()
    {
        // GIVEN a chain 0 → 1 → 2 of 9 h and a lone 1 h task; 3 also needs 0
        Plan plan;
        plan.tasks = {task(QStringLiteral("design"), jan(5), jan(6), 3),
                      task(QStringLiteral("build"), jan(7), jan(9), 4, {0}),
                      task(QStringLiteral("ship"), jan(10), jan(10), 2, {1}),
                      task(QStringLiteral("note"), jan(7), jan(7), 1, {0})};

        const TimelineLayout layout = computeTimelineLayout(plan, jan(5));

        // THEN the chain is critical, as core/planning says, and the lone task is not
        const CriticalPath expected = criticalPath(plan);
        QCOMPARE(expected.path, (QList<int>{0, 1, 2}));
        for (int i = 0; i < plan.tasks.size(); ++i)
            QCOMPARE(layout.rows.at(rowOf(layout, i)).critical, expected.isCritical(i));
        QCOMPARE(layout.criticalHours, 9.0);
        // AND the arrows along the chain are critical, the other is not
        QCOMPARE(layout.arrows.size(), 3);
        QVERIFY(layout.arrows.contains(TimelineArrow{0, 1, true}));
        QVERIFY(layout.arrows.contains(TimelineArrow{1, 2, true}));
        QVERIFY(layout.arrows.contains(TimelineArrow{0, 3, false}));
    }

    void shouldDrawEveryEdgeOfACycleWithoutLooping()
    {
        // GIVEN three tasks that depend on each other in a circle
        Plan plan;
        plan.tasks = {task(QStringLiteral("a"), jan(5), jan(5), 1, {2}),
                      task(QStringLiteral("b"), jan(6), jan(6), 1, {0}),
                      task(QStringLiteral("c"), jan(7), jan(7), 1, {1})};

        // WHEN it is laid out
        const TimelineLayout layout = computeTimelineLayout(plan, jan(5));

        // THEN every row and edge is there, one arrow pointing back up to close the circle
        QCOMPARE(layout.rows.size(), 3);
        QCOMPARE(layout.arrows.size(), 3);
        QVERIFY(layout.arrows.contains(TimelineArrow{2, 0, false}));
        // AND the critical flags follow criticalPath(), which breaks the cycle
        const CriticalPath expected = criticalPath(plan);
        QVERIFY(!expected.path.isEmpty());
        int critical = 0;
        for (int i = 0; i < plan.tasks.size(); ++i) {
            QCOMPARE(layout.rows.at(rowOf(layout, i)).critical, expected.isCritical(i));
            critical += layout.rows.at(rowOf(layout, i)).critical ? 1 : 0;
        }
        QCOMPARE(critical, int(expected.path.size()));
        // AND the closing edge is not on it
        for (const TimelineArrow &arrow : layout.arrows) {
            if (arrow.fromRow > arrow.toRow)
                QVERIFY(!arrow.critical);
        }
    }

    void shouldIgnoreBadSelfAndRepeatedDependencies()
    {
        Plan plan;
        plan.tasks = {task(QStringLiteral("a"), jan(5), jan(5)),
                      task(QStringLiteral("b"), jan(6), jan(6), 1, {-1, 7, 1, 0, 0})};

        const TimelineLayout layout = computeTimelineLayout(plan, jan(5));

        QCOMPARE(layout.arrows.size(), 1);
        QCOMPARE(layout.arrows.first().fromRow, 0);
        QCOMPARE(layout.arrows.first().toRow, 1);
    }

    void shouldDrawWhatDatesThereAre()
    {
        // GIVEN a task without dates, one with only a due date, one with start after due
        Plan plan;
        plan.tasks = {task(QStringLiteral("none"), {}, {}),
                      task(QStringLiteral("due only"), {}, jan(9)),
                      task(QStringLiteral("backwards"), jan(12), jan(10))};

        const TimelineLayout layout = computeTimelineLayout(plan, jan(8));

        // THEN the first has no bar, the second lasts its due day, the third runs due → start
        QVERIFY(!layout.rows.at(0).isScheduled());
        QCOMPARE(layout.rows.at(0).startDay, -1);
        QVERIFY(layout.rows.at(1).isScheduled());
        QCOMPARE(layout.rows.at(1).endDay - layout.rows.at(1).startDay, 1);
        QCOMPARE(layout.dateOfDay(layout.rows.at(2).startDay), jan(10));
        QCOMPARE(layout.dateOfDay(layout.rows.at(2).endDay - 1), jan(12));
        QCOMPARE(layout.deadlineDay, -1);
    }

    void shouldLayOutTwoThousandTasksWithTheirDependencies()
    {
        // GIVEN 2,000 tasks in 40 milestones, each needing the one before
        Plan plan;
        for (int i = 0; i < 2000; ++i)
            plan.tasks.append(task(
                QStringLiteral("t%1").arg(i), jan(1).addDays(i / 4), jan(1).addDays(i / 4 + 1), 1,
                i > 0 ? QList<int>{i - 1} : QList<int>{}, QStringLiteral("m%1").arg(i / 50)));

        const TimelineLayout layout = computeTimelineLayout(plan, jan(1));

        // THEN every task and milestone has a row and every dependency an arrow, all critical
        QCOMPARE(layout.rows.size(), 2040);
        QCOMPARE(layout.arrows.size(), 1999);
        QVERIFY(std::all_of(layout.arrows.cbegin(), layout.arrows.cend(),
                            [](const TimelineArrow &a) { return a.critical; }));
        QCOMPARE(layout.criticalHours, 2000.0);
    }
};

HELIOS_TEST_MAIN(TestTimelineLayout)
#include "tst_timeline_layout.moc"

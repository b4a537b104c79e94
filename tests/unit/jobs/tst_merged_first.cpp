// A restore on top of a plan a sync just merged the server's edits into (core/jobs/merged_first):
// the fields the sync changed stay, the rest is the restored version's; tasks the sync added stay.

#include "core/jobs/merged_first.h"
#include "tests/support/test_main.h"

#include <QTest>

using namespace helios;

namespace {

Plan planOf(int tasks)
{
    Plan plan;
    plan.id = 7;
    for (int i = 0; i < tasks; ++i) {
        Task t;
        t.id = 100 + i;
        t.title = QStringLiteral("Task %1").arg(i);
        t.startDate = QDate(2026, 12, 2 + i);
        t.dueDate = t.startDate.addDays(1);
        plan.tasks.append(t);
    }
    return plan;
}

} // namespace

class TestMergedFirst : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepWhatTheSyncChangedAndRestoreTheRest()
    {
        // GIVEN a plan, the same after a sync (task 0 renamed and done on the phone, one added
        // there), and an older version with other dates and another title for task 0 and task 1
        const Plan before = planOf(2);
        Plan merged = before;
        merged.tasks[0].title = QStringLiteral("Renamed on the phone");
        merged.tasks[0].status = TaskStatus::Done;
        Task added;
        added.id = 200;
        added.title = QStringLiteral("Added on the phone");
        added.dependsOn = {0};
        merged.tasks.append(added);
        Plan old = before;
        for (Task &t : old.tasks) {
            t.title += QStringLiteral(" (old)");
            t.startDate = t.startDate.addDays(-10);
        }
        Task gone; // a task of the old version that no longer exists: no id
        gone.title = QStringLiteral("Dropped since");
        old.tasks.append(gone);
        // WHEN the old version is kept with the sync's edits
        const Plan kept = keepMergedEdits(before, merged, old);
        // THEN task 0 keeps the phone's title and status with the old dates, task 1 is all old
        QCOMPARE(kept.tasks.size(), 4);
        QCOMPARE(kept.tasks.at(0).title, QStringLiteral("Renamed on the phone"));
        QVERIFY(kept.tasks.at(0).status == TaskStatus::Done);
        QCOMPARE(kept.tasks.at(0).startDate, before.tasks.at(0).startDate.addDays(-10));
        QCOMPARE(kept.tasks.at(1).title, QStringLiteral("Task 1 (old)"));
        QCOMPARE(kept.tasks.at(2).title, QStringLiteral("Dropped since"));
        // AND the task the phone added is kept, without the merged plan's positions
        QCOMPARE(kept.tasks.at(3).id, qint64(200));
        QVERIFY(kept.tasks.at(3).dependsOn.isEmpty());
    }

    void shouldChangeNothingWhenNothingWasMerged()
    {
        const Plan before = planOf(3);
        Plan old = before;
        old.tasks[1].title = QStringLiteral("Old title");
        QCOMPARE(keepMergedEdits(before, before, old).tasks, old.tasks);
        QCOMPARE(keepMergedEdits(Plan(), Plan(), old).tasks, old.tasks);
    }
};

HELIOS_TEST_MAIN(TestMergedFirst)
#include "tst_merged_first.moc"

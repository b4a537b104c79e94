#include "tests/support/test_main.h"
#include "ui/charts/status_breakdown.h"

#include <cmath>
#include <limits>

using namespace helios;
using namespace helios::ui;

namespace {

Task task(double hours, TaskStatus status)
{
    Task t;
    t.estimateHours = hours;
    t.status = status;
    return t;
}

} // namespace

class TestStatusBreakdown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldCountTasksAndHoursPerStatus()
    {
        // GIVEN a plan with tasks in every status
        Plan plan;
        plan.tasks = {task(2, TaskStatus::Todo), task(3, TaskStatus::Todo),
                      task(1.5, TaskStatus::InProgress), task(4, TaskStatus::Done),
                      task(0.5, TaskStatus::Skipped)};

        // WHEN it is broken down
        const StatusBreakdown b = computeStatusBreakdown(plan);

        // THEN every status has its tasks and hours, in the fixed order
        QCOMPARE(b.totalTasks, 5);
        QCOMPARE(b.totalHours, 11.0);
        QVERIFY(b.shares.at(0).status == TaskStatus::Todo);
        QVERIFY(b.shares.at(3).status == TaskStatus::Skipped);
        QCOMPARE(b.share(TaskStatus::Todo).tasks, 2);
        QCOMPARE(b.share(TaskStatus::Todo).hours, 5.0);
        QCOMPARE(b.share(TaskStatus::InProgress).hours, 1.5);
        QCOMPARE(b.share(TaskStatus::Done).tasks, 1);
        QCOMPARE(b.share(TaskStatus::Skipped).hours, 0.5);
        QCOMPARE(b.hoursFraction(TaskStatus::Done), 4.0 / 11.0);
    }

    void shouldGiveAllFourStatusesEvenForAnEmptyPlan()
    {
        const StatusBreakdown b = computeStatusBreakdown(Plan{});
        QCOMPARE(b.totalTasks, 0);
        for (const StatusShare &s : b.shares) {
            QCOMPARE(s.tasks, 0);
            QCOMPARE(s.hours, 0.0);
        }
        // A plan without hours has no shares rather than a division by zero.
        QCOMPARE(b.hoursFraction(TaskStatus::Todo), 0.0);
    }

    void shouldCountBadEstimatesAsNoHours()
    {
        // GIVEN estimates that are negative, NaN and infinite
        Plan plan;
        plan.tasks = {task(-3, TaskStatus::Done), task(std::nan(""), TaskStatus::Done),
                      task(std::numeric_limits<double>::infinity(), TaskStatus::Todo),
                      task(2, TaskStatus::Done)};

        const StatusBreakdown b = computeStatusBreakdown(plan);

        // THEN the tasks count, their hours do not
        QCOMPARE(b.share(TaskStatus::Done).tasks, 3);
        QCOMPARE(b.share(TaskStatus::Done).hours, 2.0);
        QCOMPARE(b.share(TaskStatus::Todo).hours, 0.0);
        QCOMPARE(b.totalHours, 2.0);
    }
};

HELIOS_TEST_MAIN(TestStatusBreakdown)
#include "tst_status_breakdown.moc"

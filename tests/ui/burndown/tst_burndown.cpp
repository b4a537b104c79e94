#include "core/planning/replanner.h"
#include "core/planning/scheduler.h"
#include "tests/support/test_main.h"
#include "ui/charts/burndown.h"
#include "ui/charts/burndown_chart_view.h"

#include <QDateTimeAxis>
#include <QLineSeries>

#include <algorithm>
#include <utility>

using namespace helios;
using namespace helios::ui;

using Points = QList<BurndownPoint>;

namespace {

QDate jan(int day)
{
    return QDate(2026, 1, day);
}

Task task(double hours, const QDate &due, TaskStatus status = TaskStatus::Todo)
{
    Task t;
    t.estimateHours = hours;
    t.startDate = due.addDays(-2);
    t.dueDate = due;
    t.status = status;
    return t;
}

// 20 hours from Jan 1 to a Jan 31 deadline: 4 h due Jan 5 (done), 6 h due Jan 10, 10 h due Jan 20.
Plan samplePlan()
{
    Plan plan;
    plan.id = 1;
    plan.startDate = jan(1);
    plan.deadline = jan(31);
    plan.tasks = {task(4, jan(5), TaskStatus::Done), task(6, jan(10)), task(10, jan(20))};
    return plan;
}

// Remaining hours on the y axis of a series, lowest and highest.
std::pair<double, double> yRange(const QLineSeries *series)
{
    const QList<QPointF> points = series->points();
    auto [low, high] =
        std::minmax_element(points.cbegin(), points.cend(),
                            [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); });
    return {low->y(), high->y()};
}

qreal msecs(const QDate &date)
{
    return qreal(date.startOfDay().toMSecsSinceEpoch());
}

QString describe(const Points &points)
{
    QStringList parts;
    for (const BurndownPoint &p : points)
        parts << QStringLiteral("(%1, %2)").arg(p.date.toString(Qt::ISODate)).arg(p.hours);
    return parts.join(QLatin1Char(' '));
}

} // namespace

class TestBurndown : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldDrawIdealPlannedAndActualLines()
    {
        // GIVEN a plan with one task done, looked at on Jan 12
        const Burndown chart = computeBurndown(samplePlan(), jan(12));

        // THEN the ideal line runs from all the hours at the start to 0 at the deadline
        QCOMPARE(chart.start, jan(1));
        QCOMPARE(chart.end, jan(31));
        QCOMPARE(chart.totalHours, 20.0);
        QCOMPARE(chart.ideal, (Points{{jan(1), 20}, {jan(31), 0}}));
        // AND the planned line steps down on each due date
        const Points planned{{jan(1), 20},  {jan(5), 20},  {jan(5), 16}, {jan(10), 16},
                             {jan(10), 10}, {jan(20), 10}, {jan(20), 0}};
        QVERIFY2(chart.planned == planned, qPrintable(describe(chart.planned)));
        // AND the actual line steps down on the done task's due date and stops today
        const Points actual{{jan(1), 20}, {jan(5), 20}, {jan(5), 16}, {jan(12), 16}};
        QVERIFY2(chart.actual == actual, qPrintable(describe(chart.actual)));
    }

    void shouldCountWorkFinishedAheadOfItsDueDateToday()
    {
        // GIVEN the Jan 20 task already done (and the Jan 10 one skipped) on Jan 12
        Plan plan = samplePlan();
        plan.tasks[1].status = TaskStatus::Skipped;
        plan.tasks[2].status = TaskStatus::Done;
        const Burndown chart = computeBurndown(plan, jan(12));
        // THEN the skipped task counts on its due date, the early one today, not in the future
        const Points actual{{jan(1), 20},  {jan(5), 20},  {jan(5), 16}, {jan(10), 16},
                            {jan(10), 10}, {jan(12), 10}, {jan(12), 0}};
        QVERIFY2(chart.actual == actual, qPrintable(describe(chart.actual)));
    }

    void shouldEndAtTheFinishDateWithoutADeadline()
    {
        Plan plan = samplePlan();
        plan.deadline = {};
        const Burndown chart = computeBurndown(plan, jan(12));
        QCOMPARE(chart.end, jan(20));
        QCOMPARE(chart.ideal.constLast(), (BurndownPoint{jan(20), 0}));
    }

    void shouldShowOnlyTheStartBeforeThePlanBegins()
    {
        const Burndown chart = computeBurndown(samplePlan(), QDate(2025, 12, 24));
        QCOMPARE(chart.actual, (Points{{jan(1), 20}}));
    }

    void shouldCopeWithAPlanWithoutTasksOrDates()
    {
        Plan plan;
        plan.createdAt = QDateTime(jan(3), QTime(9, 0));
        const Burndown chart = computeBurndown(plan, jan(3));
        QCOMPARE(chart.start, jan(3));
        QCOMPARE(chart.end, jan(4));
        QCOMPARE(chart.totalHours, 0.0);
        QCOMPARE(chart.planned, (Points{{jan(3), 0}}));
    }

    void shouldProjectTheFinishAtTheMeasuredPace()
    {
        // GIVEN ten 1 h tasks due Jan 1..10 at 7 h a week (1 h a day), of which only the first
        // two are done on Jan 5 (4 h were due): half the planned pace
        Plan plan;
        plan.id = 1;
        plan.startDate = jan(1);
        plan.deadline = jan(15);
        plan.hoursPerWeek = 7;
        for (int i = 0; i < 10; ++i)
            plan.tasks.append(task(1, jan(1 + i), i < 2 ? TaskStatus::Done : TaskStatus::Todo));

        // WHEN the burn-down is computed on Jan 5
        const Burndown chart = computeBurndown(plan, jan(5));

        // THEN the pace and the projected finish are the scheduler's: the plan re-planned from
        // today and scheduled at that pace (8 h at half an hour a day)
        QCOMPARE(chart.pace, measuredPace(plan.tasks, jan(5)));
        QCOMPARE(chart.pace, 0.5);
        Plan next = replan(plan, jan(5));
        ScheduleOptions options;
        options.start = jan(5);
        options.deadline = plan.deadline;
        options.hoursPerWeek = next.hoursPerWeek;
        options.pace = chart.pace;
        const QDate expected = Scheduler::schedule(next.tasks, options).projectedFinish;
        QCOMPARE(chart.projectedFinish, expected);
        QCOMPARE(chart.projectedFinish, jan(20));
        // AND the projection runs from today's remaining hours down to 0 on that day
        QCOMPARE(chart.remainingHours, 8.0);
        QCOMPARE(chart.projected, (Points{{jan(5), 8}, {jan(20), 0}}));
        // AND the ideal line still ends at the deadline
        QCOMPARE(chart.ideal.constLast(), (BurndownPoint{jan(15), 0}));
    }

    void shouldNotProjectWhenNothingIsLeft()
    {
        Plan plan = samplePlan();
        for (Task &t : plan.tasks)
            t.status = TaskStatus::Done;
        const Burndown chart = computeBurndown(plan, jan(12));
        QVERIFY(chart.projected.isEmpty());
        QVERIFY(!chart.projectedFinish.isValid());
    }

    void shouldPlotTheLinesInTheChartView()
    {
        // GIVEN the chart view WHEN it shows the sample plan
        BurndownChartView view;
        const Burndown chart = computeBurndown(samplePlan(), jan(12));
        view.setBurndown(chart);
        // THEN each series holds its line, and "today" is a vertical marker
        QCOMPARE(view.series(QStringLiteral("ideal"))->count(), chart.ideal.size());
        QCOMPARE(view.series(QStringLiteral("planned"))->count(), chart.planned.size());
        QCOMPARE(view.series(QStringLiteral("actual"))->count(), chart.actual.size());
        QLineSeries *today = view.series(QStringLiteral("today"));
        QCOMPARE(today->count(), 2);
        QCOMPARE(today->at(0).x(), today->at(1).x());
        QCOMPARE(view.series(QStringLiteral("planned"))->at(2).y(), 16.0);
        // AND clearing empties them
        view.clear();
        QCOMPARE(view.series(QStringLiteral("actual"))->count(), 0);
    }

    void shouldShowTheYearOnTheAxisWhenTheRangeSpansYears()
    {
        // GIVEN the chart view over a plan within January
        BurndownChartView view;
        view.setBurndown(computeBurndown(samplePlan(), jan(12)));
        auto *axis = qobject_cast<QDateTimeAxis *>(view.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        // THEN its labels have no year
        QVERIFY2(!axis->format().contains(QLatin1String("yy")), qPrintable(axis->format()));

        // WHEN the plan runs from December into the next February
        Plan longer = samplePlan();
        longer.startDate = QDate(2025, 12, 1);
        longer.deadline = QDate(2026, 2, 20);
        longer.tasks.append(task(5, QDate(2026, 2, 10)));
        view.setBurndown(computeBurndown(longer, jan(12)));
        // THEN each label says its year
        QVERIFY2(axis->format().contains(QLatin1String("yyyy")), qPrintable(axis->format()));
        QVERIFY(axis->min().date().year() != axis->max().date().year());
    }

    void shouldBoundThePointsOfALongPlanAndKeepItsExtremes()
    {
        // GIVEN 20,000 tasks due on about 2,000 distinct days over five and a half years, the
        // first 6,000 done, looked at in the plan's second year
        Plan plan;
        plan.id = 7;
        plan.startDate = QDate(2024, 1, 1);
        plan.deadline = QDate(2030, 6, 30);
        plan.hoursPerWeek = 40;
        for (int i = 0; i < 20000; ++i) {
            const QDate due = plan.startDate.addDays(i * 2000 / 20000 + i % 3);
            plan.tasks.append(
                task(1.0 + i % 5, due, i < 6000 ? TaskStatus::Done : TaskStatus::Todo));
        }
        const QDate today = QDate(2025, 6, 1);
        const Burndown chart = computeBurndown(plan, today);
        QVERIFY(chart.planned.size() > 3000);

        // WHEN the chart view shows it
        BurndownChartView view;
        view.resize(900, 300);
        view.setBurndown(chart);

        // THEN no line has more than two points a pixel (plus its ends)
        const int budget = view.pixelBudget();
        QVERIFY(budget >= 640 && budget < 20000);
        QLineSeries *planned = view.series(QStringLiteral("planned"));
        QLineSeries *actual = view.series(QStringLiteral("actual"));
        QVERIFY2(planned->count() <= 2 * budget + 2, qPrintable(QString::number(planned->count())));
        QVERIFY(planned->count() < chart.planned.size());
        QVERIFY(actual->count() <= 2 * budget + 2);
        // AND each line still runs from the same first to the same last point, through the
        // same highest and lowest values
        for (const auto &[series, line] :
             {std::pair{planned, &chart.planned}, std::pair{actual, &chart.actual}}) {
            QCOMPARE(series->at(0),
                     QPointF(msecs(line->constFirst().date), line->constFirst().hours));
            QCOMPARE(series->at(series->count() - 1),
                     QPointF(msecs(line->constLast().date), line->constLast().hours));
            const auto [low, high] = yRange(series);
            QCOMPARE(high, chart.totalHours);
            double lowest = chart.totalHours;
            for (const BurndownPoint &p : *line)
                lowest = std::min(lowest, p.hours);
            QCOMPARE(low, lowest);
        }
        QCOMPARE(yRange(planned).first, 0.0);
        // AND the deadline line and the projection are drawn exactly
        QLineSeries *ideal = view.series(QStringLiteral("ideal"));
        QCOMPARE(ideal->count(), 2);
        QCOMPARE(ideal->at(1), QPointF(msecs(plan.deadline), 0.0));
        QLineSeries *projected = view.series(QStringLiteral("projected"));
        QCOMPARE(projected->count(), chart.projected.size());
        QVERIFY(chart.projectedFinish.isValid());
        QCOMPARE(projected->at(projected->count() - 1), QPointF(msecs(chart.projectedFinish), 0.0));
    }
};

HELIOS_TEST_GUI_MAIN(TestBurndown)
#include "tst_burndown.moc"

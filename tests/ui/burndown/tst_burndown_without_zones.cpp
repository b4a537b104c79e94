// The burn-down on a system with no time zone database (minimal systems, containers, the clean
// room): ctest runs this test with TZ naming a zone that does not exist, which leaves Qt as
// unable to know the system's zone as a missing /usr/share/zoneinfo does.

#include "tests/support/test_main.h"
#include "ui/charts/burndown.h"
#include "ui/charts/burndown_chart_view.h"

#include <QDateTimeAxis>
#include <QLineSeries>
#include <QTimeZone>

using namespace helios;
using namespace helios::ui;

namespace {

Task task(double hours, const QDate &due, TaskStatus status = TaskStatus::Todo)
{
    Task t;
    t.estimateHours = hours;
    t.startDate = due.addDays(-2);
    t.dueDate = due;
    t.status = status;
    return t;
}

} // namespace

class TestBurndownWithoutZones : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldDrawThePlanOnItsDatesWhenTheSystemZoneIsUnknown()
    {
        // GIVEN a system whose time zone Qt cannot know
        QVERIFY2(!QTimeZone::systemTimeZone().isValid(),
                 "this test must run with TZ naming a zone that does not exist (see CMakeLists)");
        // AND a plan from Jan 1 2026 to Jan 31, one task done
        Plan plan;
        plan.id = 1;
        plan.startDate = QDate(2026, 1, 1);
        plan.deadline = QDate(2026, 1, 31);
        plan.tasks = {task(4, QDate(2026, 1, 5), TaskStatus::Done), task(6, QDate(2026, 1, 10)),
                      task(10, QDate(2026, 1, 20))};
        const Burndown chart = computeBurndown(plan, QDate(2026, 1, 8));

        // WHEN the chart view shows it
        BurndownChartView view;
        view.resize(900, 300);
        view.setBurndown(chart);

        // THEN every line starts on its first date, as local time counts it, not at 1970
        for (const QString &name :
             {QStringLiteral("ideal"), QStringLiteral("planned"), QStringLiteral("actual")}) {
            const QLineSeries *series = view.series(name);
            QVERIFY2(series && series->count() > 0, qPrintable(name));
            const QDateTime first = QDateTime::fromMSecsSinceEpoch(qint64(series->at(0).x()));
            QCOMPARE(first.date(), QDate(2026, 1, 1));
            QCOMPARE(first.time(), QTime(0, 0));
        }
        // AND the date axis spans the plan
        const auto axes = view.chart()->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        const auto *dates = qobject_cast<QDateTimeAxis *>(axes.constFirst());
        QVERIFY(dates);
        QCOMPARE(dates->min().date(), QDate(2026, 1, 1));
        QVERIFY(dates->max().date() >= QDate(2026, 1, 20));
    }
};

HELIOS_TEST_GUI_MAIN(TestBurndownWithoutZones)
#include "tst_burndown_without_zones.moc"

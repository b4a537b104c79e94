#include "tests/support/test_main.h"
#include "ui/charts/burndown_chart_view.h"
#include "ui/charts/plan_charts_view.h"
#include "ui/charts/status_chart_view.h"
#include "ui/charts/timeline_view.h"
#include "ui/i18n/translations.h"

#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QScrollBar>
#include <QSignalSpy>

using namespace helios;
using namespace helios::ui;

namespace {

QDate jan(int day)
{
    return QDate(2026, 1, day);
}

// Ten 2 h tasks on Jan 1..10 in two milestones, the first four done, a Jan 20 deadline.
Plan samplePlan()
{
    Plan plan;
    plan.id = 7;
    plan.startDate = jan(1);
    plan.deadline = jan(20);
    plan.hoursPerWeek = 7; // 1 h a day
    for (int i = 0; i < 10; ++i) {
        Task t;
        t.title = QStringLiteral("Task %1").arg(i + 1);
        t.estimateHours = 2;
        t.startDate = t.dueDate = jan(1 + i);
        t.status = i < 4 ? TaskStatus::Done : TaskStatus::Todo;
        t.milestone = i < 5 ? QStringLiteral("First") : QStringLiteral("Second");
        if (i > 0)
            t.dependsOn = {i - 1};
        plan.tasks.append(t);
    }
    return plan;
}

Plan bigPlan(int tasks)
{
    Plan plan;
    plan.id = 8;
    plan.startDate = jan(1);
    for (int i = 0; i < tasks; ++i) {
        Task t;
        t.title = QStringLiteral("Task %1").arg(i + 1);
        t.startDate = jan(1).addDays(i / 3);
        t.dueDate = t.startDate.addDays(2);
        t.dependsOn = i > 0 ? QList<int>{i - 1} : QList<int>{};
        plan.tasks.append(t);
    }
    return plan;
}

} // namespace

class TestPlanChartsView : public QObject
{
    Q_OBJECT

private:
    AppTranslations m_translations;

private Q_SLOTS:
    void initTestCase()
    {
        // The English catalogue holds the plural forms ("1 task", "6 tasks").
        QVERIFY(m_translations.use(Language::English,
                                   QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void shouldShowBurndownStatusAndTimelineOfAPlan()
    {
        // GIVEN the charts of a plan looked at on Jan 9, with 8 h done of 16 h due
        PlanChartsView charts;
        charts.resize(900, 640);
        charts.show();
        QVERIFY(QTest::qWaitForWindowExposed(&charts));
        charts.setPlan(samplePlan(), jan(9));
        QTRY_VERIFY(!charts.isComputing());

        // THEN there are three tabs
        QCOMPARE(charts.count(), 3);
        // AND the burn-down projects the rest at half pace, past the deadline
        QLineSeries *projected = charts.burndownView()->series(QStringLiteral("projected"));
        QVERIFY(projected);
        QCOMPARE(projected->count(), 2);
        QCOMPARE(projected->at(0).y(), 12.0);
        QCOMPARE(projected->at(1).y(), 0.0);
        QVERIFY(charts.burndownView()->series(QStringLiteral("ideal"))->count() == 2);
        QVERIFY2(charts.projectionText().contains(QStringLiteral("50%")),
                 qPrintable(charts.projectionText()));
        QVERIFY2(charts.projectionText().contains(QStringLiteral("after the deadline")),
                 qPrintable(charts.projectionText()));
        // AND the status ring has a slice for each status with tasks
        QCOMPARE(charts.statusView()->series()->count(), 2);
        QVERIFY(charts.statusView()->series()->slices().at(0)->label().startsWith(
            QStringLiteral("To do: 6 tasks")));
        // AND the timeline, computed only once its tab is shown, has the tasks under their two
        // milestones, the chain critical
        QCOMPARE(charts.timelineView()->timeline().rows.size(), 0);
        QSignalSpy drawn(&charts, &PlanChartsView::chartDrawn);
        charts.setCurrentWidget(charts.widget(2));
        QTRY_COMPARE(drawn.count(), 1);
        QCOMPARE(drawn.at(0).at(0).toInt(), 2);
        QCOMPARE(charts.timelineView()->timeline().rows.size(), 12);
        QVERIFY2(charts.criticalPathText().contains(QStringLiteral("6 tasks")),
                 qPrintable(charts.criticalPathText()));
        QCoreApplication::processEvents();
        const QImage image = charts.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY(charts.timelineView()->lastPaintedRows() == 12);
        QVERIFY(charts.timelineView()->lastPaintedArrows() > 0);
    }

    void shouldDropChartsComputedForAPlanNoLongerShown()
    {
        // GIVEN the charts of a long plan being computed (a re-plan and schedule of 20,000 tasks,
        // far longer than the next line takes) WHEN another plan comes before they are done
        PlanChartsView charts;
        QSignalSpy drawn(&charts, &PlanChartsView::chartDrawn);
        charts.setPlan(bigPlan(20000), jan(9));
        Plan other = samplePlan();
        other.id = 2;
        other.tasks.removeLast();
        charts.setPlan(other, jan(9));
        QTRY_VERIFY(!charts.isComputing());
        // THEN only the last plan's burn-down is drawn
        QCOMPARE(drawn.count(), 1);
        double total = 0;
        for (const Task &t : other.tasks)
            total += t.estimateHours;
        QCOMPARE(charts.burndownView()->series(QStringLiteral("ideal"))->at(0).y(), total);
    }

    void shouldClearEverything()
    {
        PlanChartsView charts;
        charts.setPlan(samplePlan(), jan(9));
        charts.setCurrentIndex(2);
        charts.clear();
        QTRY_VERIFY(!charts.isComputing());
        QCOMPARE(charts.statusView()->series()->count(), 0);
        QCOMPARE(charts.timelineView()->timeline().rows.size(), 0);
        QCOMPARE(charts.burndownView()->series(QStringLiteral("projected"))->count(), 0);
        QVERIFY(charts.projectionText().isEmpty());
    }

    void shouldPaintOnlyTheRowsInViewOfALargePlan()
    {
        // GIVEN a timeline of 2,000 chained tasks in a 700 × 400 view
        TimelineView view;
        view.resize(700, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setTimeline(computeTimelineLayout(bigPlan(2000), jan(1)));

        // WHEN it is painted at the top and scrolled to the middle
        (void)view.grab();
        const int rowsInView = 400 / view.rowHeight() + 1;
        const int paintedAtTop = view.lastPaintedRows();
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum() / 2);
        (void)view.grab();

        // THEN only the rows in view were drawn, and a handful of arrows
        QVERIFY2(paintedAtTop > 0 && paintedAtTop <= rowsInView,
                 qPrintable(QString::number(paintedAtTop)));
        QVERIFY(view.lastPaintedRows() > 0 && view.lastPaintedRows() <= rowsInView);
        QVERIFY(view.lastPaintedArrows() <= rowsInView + 1);
        // AND the row under a point is the scrolled one
        const int row = view.rowAt(QPoint(10, 400 - 5));
        QVERIFY(row > 900 && row < 1100);
    }

    void shouldZoomWithinLimits()
    {
        TimelineView view;
        view.setTimeline(computeTimelineLayout(samplePlan(), jan(9)));
        view.setDayWidth(1000);
        QCOMPARE(view.dayWidth(), 60);
        view.setDayWidth(0);
        QCOMPARE(view.dayWidth(), 3);
    }
};

HELIOS_TEST_GUI_MAIN(TestPlanChartsView)
#include "tst_plan_charts_view.moc"

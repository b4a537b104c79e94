#include "tests/support/test_main.h"
#include "ui/charts/line_decimation.h"

#include <algorithm>

using namespace helios::ui;

namespace {

double lowest(const QList<QPointF> &points)
{
    return std::min_element(points.cbegin(), points.cend(),
                            [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); })
        ->y();
}

double highest(const QList<QPointF> &points)
{
    return std::max_element(points.cbegin(), points.cend(),
                            [](const QPointF &a, const QPointF &b) { return a.y() < b.y(); })
        ->y();
}

bool orderedByX(const QList<QPointF> &points)
{
    return std::is_sorted(points.cbegin(), points.cend(),
                          [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); });
}

} // namespace

class TestLineDecimation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepAShortLineUnchanged()
    {
        const QList<QPointF> line{{0, 5}, {1, 4}, {1, 3}, {2, 3}};
        QCOMPARE(decimateLine(line, 10), line);
        QCOMPARE(decimateLine(line, 1), line); // 4 points fit in 2 * 1 + 2
    }

    void shouldBoundTheCountAndKeepEveryBucketsExtremes()
    {
        // GIVEN a zig-zag of 100,000 points with one spike up and one down in the middle
        QList<QPointF> line;
        for (int i = 0; i < 100000; ++i)
            line.append({double(i), double(i % 7)});
        line[50001].setY(1000.0);
        line[60003].setY(-1000.0);

        // WHEN it is thinned for 500 pixels
        const QList<QPointF> thin = decimateLine(line, 500);

        // THEN it has at most two points a pixel plus the ends, still in x order
        QVERIFY2(thin.size() <= 2 * 500 + 2, qPrintable(QString::number(thin.size())));
        QVERIFY(thin.size() >= 500);
        QVERIFY(orderedByX(thin));
        // AND the ends and both spikes are points of it
        QCOMPARE(thin.constFirst(), line.constFirst());
        QCOMPARE(thin.constLast(), line.constLast());
        QVERIFY(thin.contains(line.at(50001)));
        QVERIFY(thin.contains(line.at(60003)));
        // AND every point is a point of the line
        for (const QPointF &p : thin)
            QCOMPARE(line.at(int(p.x())), p);
    }

    void shouldKeepTheDropsOfAStepLine()
    {
        // GIVEN a step line down from 30,000 h, one step of 3 h a day for 10,000 days
        QList<QPointF> steps{{0, 30000}};
        double remaining = 30000;
        for (int day = 1; day <= 10000; ++day) {
            steps.append({double(day), remaining});
            remaining -= 3;
            steps.append({double(day), remaining});
        }
        // WHEN thinned to 800 pixels
        const QList<QPointF> thin = decimateLine(steps, 800);
        // THEN it still starts at the total and ends at 0, and never rises
        QVERIFY(thin.size() <= 2 * 800 + 2);
        QCOMPARE(highest(thin), 30000.0);
        QCOMPARE(lowest(thin), 0.0);
        QCOMPARE(thin.constLast(), QPointF(10000, 0));
        for (qsizetype i = 1; i < thin.size(); ++i)
            QVERIFY(thin.at(i).y() <= thin.at(i - 1).y());
    }

    void shouldDrawAVerticalLineFromOnePlace()
    {
        QList<QPointF> line;
        for (int i = 0; i < 100; ++i)
            line.append({7.0, double((i * 37) % 100)});
        const QList<QPointF> thin = decimateLine(line, 3);
        QCOMPARE(thin.size(), 4);
        QCOMPARE(lowest(thin), 0.0);
        QCOMPARE(highest(thin), 99.0);
        QCOMPARE(thin.constFirst(), line.constFirst());
        QCOMPARE(thin.constLast(), line.constLast());
    }
};

HELIOS_TEST_MAIN(TestLineDecimation)
#include "tst_line_decimation.moc"

// The burn-down chart's hour labels, drawn whole at every height the chart may take, in English
// and in Chinese. Qt Charts replaces a value label with "..." when the gap between two ticks is
// lower than the label's line plus 8 px; with six ticks on the chart's least height (and the
// taller Chinese legend and axis texts) every label of an 84.5-hour plan read "...".

#include "tests/support/test_main.h"
#include "ui/charts/burndown_chart_view.h"
#include "ui/i18n/translations.h"

#include <QDateTimeAxis>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QTest>
#include <QValueAxis>

using namespace helios;
using namespace helios::ui;

namespace {

Burndown burndownOf(double hours, QDate start = QDate(2026, 11, 27), QDate end = QDate(2027, 1, 25))
{
    Burndown b;
    b.start = start;
    b.end = end;
    b.today = b.start;
    b.totalHours = hours;
    b.remainingHours = hours;
    b.ideal = {{b.start, hours}, {b.end, 0.0}};
    b.planned = {{b.start, hours}, {b.end, hours}, {b.end, 0.0}};
    return b;
}

} // namespace

class TestBurndownLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldDrawTheHourLabelsWhole_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<int>("height");
        QTest::addColumn<double>("hours");
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale chinese(QLocale::Chinese, QLocale::China);
        for (int height : {180, 240, 420}) {
            for (double hours : {20.0, 84.5, 1234.0}) {
                const QByteArray suffix =
                    QByteArray::number(height) + " px, " + QByteArray::number(hours) + " h";
                QTest::newRow("English, " + suffix)
                    << Language::English << english << height << hours;
                QTest::newRow("Chinese, " + suffix)
                    << Language::Chinese << chinese << height << hours;
            }
        }
    }

    void shouldDrawTheHourLabelsWhole()
    {
        QFETCH(Language, language);
        QFETCH(QLocale, locale);
        QFETCH(int, height);
        QFETCH(double, hours);
        // GIVEN the chart in the language at the height
        AppTranslations translations;
        QVERIFY(translations.use(language, locale));
        BurndownChartView view;
        view.resize(880, height);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // WHEN it shows a plan of so many hours
        view.setBurndown(burndownOf(hours));
        // The axes lay out their labels in posted events: deliver them, no fixed wait.
        QCoreApplication::processEvents();

        // THEN it has at least two hour labels, each whole, and the axis reaches the total
        auto *axis = qobject_cast<QValueAxis *>(view.chart()->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        QVERIFY(axis->max() >= hours);
        QVERIFY(axis->tickCount() >= 2);
        QStringList texts;
        const QList<QGraphicsItem *> items = view.scene()->items();
        for (QGraphicsItem *item : items) {
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item); text && text->isVisible())
                texts << text->toPlainText();
        }
        for (const QString &text : std::as_const(texts))
            QVERIFY2(!text.endsWith(QStringLiteral("...")), qPrintable(texts.join(u'|')));
    }

    // "Hours left", readable at every height: along the axis when the plot is tall enough, else
    // above it, level (Qt Charts elided it to "Ho..." at 900 x 600, where the chart is ~120 px
    // high); and the legend's four entries all inside the chart then.
    void shouldShowTheHourTitleWhole_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<int>("height");
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale chinese(QLocale::Chinese, QLocale::China);
        for (int height : {120, 135, 160, 200, 300}) {
            const QByteArray suffix = QByteArray::number(height) + " px";
            QTest::newRow("English, " + suffix) << Language::English << english << height;
            QTest::newRow("Chinese, " + suffix) << Language::Chinese << chinese << height;
        }
    }

    void shouldShowTheHourTitleWhole()
    {
        QFETCH(Language, language);
        QFETCH(QLocale, locale);
        QFETCH(int, height);
        // GIVEN the chart in the language at the height, showing a plan
        AppTranslations translations;
        QVERIFY(translations.use(language, locale));
        BurndownChartView view;
        view.resize(620, height);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setBurndown(burndownOf(84.5));
        QCoreApplication::processEvents();
        QTest::qWait(50); // a title moved above the plot after a layout is moved in a posted call
        QCoreApplication::processEvents();

        // THEN "Hours left" is drawn whole, nothing is elided
        const QString title = BurndownChartView::tr("Hours left");
        QStringList texts;
        QList<QRectF> legendRects;
        QStringList legendNames;
        for (QLegendMarker *marker : view.chart()->legend()->markers()) {
            if (marker->isVisible())
                legendNames << marker->label();
        }
        const QList<QGraphicsItem *> items = view.scene()->items();
        for (QGraphicsItem *item : items) {
            auto *text = dynamic_cast<QGraphicsTextItem *>(item);
            if (!text || !text->isVisible())
                continue;
            texts << text->toPlainText();
            if (legendNames.contains(text->toPlainText()))
                legendRects << text->sceneBoundingRect();
        }
        QVERIFY2(texts.contains(title), qPrintable(texts.join(u'|')));
        for (const QString &text : std::as_const(texts))
            QVERIFY2(!text.endsWith(QStringLiteral("...")) && !text.endsWith(QChar(0x2026)),
                     qPrintable(texts.join(u'|')));
        // AND along the axis only when it is tall enough; above the plot at 900 x 600's height
        if (height <= 135)
            QVERIFY(!view.isHourTitleOnAxis());
        if (height >= 300)
            QVERIFY(view.isHourTitleOnAxis());
        // AND every legend entry is inside the chart
        QCOMPARE(legendRects.size(), legendNames.size());
        const QRectF chartRect = view.chart()->geometry();
        for (const QRectF &rect : std::as_const(legendRects))
            QVERIFY2(chartRect.adjusted(-1, -1, 1, 1).contains(rect),
                     qPrintable(QStringLiteral("legend text at %1,%2 %3x%4 outside %5x%6")
                                    .arg(rect.x())
                                    .arg(rect.y())
                                    .arg(rect.width())
                                    .arg(rect.height())
                                    .arg(chartRect.width())
                                    .arg(chartRect.height())));
    }

    // The date labels, whole at every width and on a short chart. At 900 x 600 the chart is
    // ~600 px wide and ~110 px high: Qt Charts then gives the date axis only the height of
    // "...", so a Chinese "2026年11月27日" (its CJK glyphs taller than the digits) read "2026...".
    void shouldDrawTheDateLabelsWhole_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("height");
        QTest::addColumn<QDate>("end");
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale chinese(QLocale::Chinese, QLocale::China);
        for (int width : {300, 400, 600, 880, 1300}) {
            for (int height : {120, 260}) {
                for (const QDate &end : {QDate(2026, 12, 30), QDate(2027, 3, 1)}) {
                    const QByteArray suffix = QByteArray::number(width) + "x" +
                                              QByteArray::number(height) + ", to " +
                                              end.toString(Qt::ISODate).toLatin1();
                    QTest::newRow("English, " + suffix)
                        << Language::English << english << width << height << end;
                    QTest::newRow("Chinese, " + suffix)
                        << Language::Chinese << chinese << width << height << end;
                }
            }
        }
    }

    void shouldDrawTheDateLabelsWhole()
    {
        QFETCH(Language, language);
        QFETCH(QLocale, locale);
        QFETCH(int, width);
        QFETCH(int, height);
        QFETCH(QDate, end);
        // GIVEN the chart in the language at the size
        AppTranslations translations;
        QVERIFY(translations.use(language, locale));
        BurndownChartView view;
        view.resize(width, height);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // WHEN it shows a plan from 27 November
        view.setBurndown(burndownOf(40.0, QDate(2026, 11, 27), end));
        QCoreApplication::processEvents();

        // THEN at least two date labels, none cut to "...", and six on a wide chart
        auto *axis = qobject_cast<QDateTimeAxis *>(view.chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(axis);
        QVERIFY(axis->tickCount() >= 2);
        if (width >= 880)
            QCOMPARE(axis->tickCount(), 6);
        // The date labels are the texts under the plot, above the legend.
        QStringList texts;
        const QList<QGraphicsItem *> items = view.scene()->items();
        const qreal plotBottom = view.chart()->plotArea().bottom();
        for (QGraphicsItem *item : items) {
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item);
                text && text->isVisible() && !view.chart()->legend()->isAncestorOf(text) &&
                text->sceneBoundingRect().top() >= plotBottom)
                texts << text->toPlainText();
        }
        QVERIFY2(texts.size() >= 2, qPrintable(texts.join(u'|')));
        for (const QString &text : std::as_const(texts))
            QVERIFY2(!text.endsWith(QStringLiteral("...")), qPrintable(texts.join(u'|')));
    }

    void shouldChooseFewerTicksThenAShorterFormat()
    {
        AppTranslations translations;
        QVERIFY(
            translations.use(Language::English, QLocale(QLocale::English, QLocale::UnitedStates)));
        const QFontMetrics metrics(QApplication::font());
        const QDate first(2026, 3, 2);
        const QDate last(2026, 5, 28);
        const int label = metrics.horizontalAdvance(QStringLiteral("May 28"));
        // Wide: six ticks, "Mar 2"
        auto ticks = BurndownChartView::dateTicks(first, last, 6 * (label + 30), metrics);
        QCOMPARE(ticks.count, 6);
        QCOMPARE(ticks.format, QStringLiteral("MMM d"));
        // Narrower: fewer ticks, same format
        ticks = BurndownChartView::dateTicks(first, last, 4 * (label + 12), metrics);
        QVERIFY(ticks.count >= 3 && ticks.count < 6);
        QCOMPARE(ticks.format, QStringLiteral("MMM d"));
        // Too narrow for three of them: the short format
        const int digits = metrics.horizontalAdvance(QStringLiteral("5/28"));
        ticks = BurndownChartView::dateTicks(first, last, 3 * (digits + 12), metrics);
        QCOMPARE(ticks.format, QStringLiteral("M/d"));
        QCOMPARE(ticks.count, 3);
        // Across New Year: the year is in every label, then month and year
        ticks = BurndownChartView::dateTicks(QDate(2026, 11, 2), QDate(2027, 2, 1), 2000, metrics);
        QCOMPARE(ticks.format, QStringLiteral("MMM d, yyyy"));
        int monthYear = 0;
        for (const char *text : {"Nov 2026", "Dec 2026", "Feb 2027"})
            monthYear = std::max(monthYear, metrics.horizontalAdvance(QString::fromLatin1(text)));
        ticks = BurndownChartView::dateTicks(QDate(2026, 11, 2), QDate(2027, 2, 1),
                                             3 * (monthYear + 12), metrics);
        QCOMPARE(ticks.format, QStringLiteral("MMM yyyy"));
        QCOMPARE(ticks.count, 3);
    }
};

HELIOS_TEST_GUI_MAIN(TestBurndownLabels)
#include "tst_burndown_labels.moc"

// The burn-down chart's hour labels, drawn whole at every height the chart may take, in English
// and in Chinese. Qt Charts replaces a value label with "..." when the gap between two ticks is
// lower than the label's line plus 8 px; with six ticks on the chart's least height (and the
// taller Chinese legend and axis texts) every label of an 84.5-hour plan read "...".

#include "tests/support/test_main.h"
#include "ui/charts/burndown_chart_view.h"
#include "ui/i18n/translations.h"

#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QTest>
#include <QValueAxis>

using namespace helios;
using namespace helios::ui;

namespace {

Burndown burndownOf(double hours)
{
    Burndown b;
    b.start = QDate(2026, 11, 27);
    b.end = QDate(2027, 1, 25);
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
};

HELIOS_TEST_GUI_MAIN(TestBurndownLabels)
#include "tst_burndown_labels.moc"

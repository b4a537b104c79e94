// The timeline's month labels: whole or short, never clipped. A month cut by the left edge of
// the view (the plan starts on 27 November) has little room; it used to read "Nove" in English
// and a bare "2026" in Chinese.

#include "tests/support/test_main.h"
#include "ui/charts/timeline_view.h"
#include "ui/i18n/translations.h"

#include <QFontMetrics>
#include <QTest>

using namespace helios;
using namespace helios::ui;

class TestTimelineHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFitTheMonthLabelToItsRoom_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("full");
        QTest::addColumn<QString>("brief");
        QTest::newRow("English") << Language::English
                                 << QLocale(QLocale::English, QLocale::UnitedStates)
                                 << QStringLiteral("November 2026") << QStringLiteral("Nov");
        QTest::newRow("Chinese") << Language::Chinese << QLocale(QLocale::Chinese, QLocale::China)
                                 << QStringLiteral("2026年11月") << QStringLiteral("11月");
    }

    void shouldFitTheMonthLabelToItsRoom()
    {
        QFETCH(Language, language);
        QFETCH(QLocale, locale);
        QFETCH(QString, full);
        QFETCH(QString, brief);
        AppTranslations translations;
        QVERIFY(translations.use(language, locale));
        const QDate november(2026, 11, 27);
        const QFontMetrics metrics(QApplication::font());

        // Room for all of it: month and year
        QCOMPARE(TimelineView::monthLabel(november, 400, metrics), full);
        // Room for less: the month alone, whole
        const int fullWidth = metrics.horizontalAdvance(full);
        QCOMPARE(TimelineView::monthLabel(november, fullWidth - 1, metrics), brief);
        QCOMPARE(TimelineView::monthLabel(november, metrics.horizontalAdvance(brief), metrics),
                 brief);
        // Room for not even that: nothing rather than a piece
        QCOMPARE(TimelineView::monthLabel(november, metrics.horizontalAdvance(brief) - 1, metrics),
                 QString());
    }
};

HELIOS_TEST_GUI_MAIN(TestTimelineHeader)
#include "tst_timeline_header.moc"

// The filter bar above the tasks: its controls stay where they are while it says how many
// tasks a filter shows, so that a second click on a check box lands on it again.

#include "tests/support/test_main.h"
#include "ui/i18n/translations.h"
#include "ui/models/task_filter_model.h"
#include "ui/widgets/task_filter_bar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QTest>

using namespace helios;
using namespace helios::ui;

class TestTaskFilterBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepTheControlsInPlaceWhileTheCountShows_data()
    {
        QTest::addColumn<Language>("language");
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("English") << Language::English
                                 << QLocale(QLocale::English, QLocale::UnitedStates);
        QTest::newRow("Chinese") << Language::Chinese << QLocale(QLocale::Chinese, QLocale::China);
    }

    void shouldKeepTheControlsInPlaceWhileTheCountShows()
    {
        QFETCH(Language, language);
        QFETCH(QLocale, locale);
        // GIVEN the filter bar with nothing filtered
        AppTranslations translations;
        QVERIFY(translations.use(language, locale));
        TaskFilterModel filter;
        TaskFilterBar bar(filter);
        bar.resize(700, bar.sizeHint().height());
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        auto *count = bar.findChild<QLabel *>(QStringLiteral("taskFilterCount"));
        QVERIFY(count->text().isEmpty());
        const QPoint week = bar.thisWeekCheck()->pos();
        const QPoint overdue = bar.overdueCheck()->pos();
        const QPoint status = bar.statusCombo()->pos();

        // WHEN "This week" is ticked and the bar says how many tasks it shows
        bar.thisWeekCheck()->click();
        QTRY_VERIFY(!count->text().isEmpty());
        QCoreApplication::processEvents();

        // THEN nothing moved: the same click unticks it again
        QCOMPARE(bar.thisWeekCheck()->pos(), week);
        QCOMPARE(bar.overdueCheck()->pos(), overdue);
        QCOMPARE(bar.statusCombo()->pos(), status);
        QVERIFY(bar.thisWeekCheck()->isChecked());
        QTest::mouseClick(bar.thisWeekCheck(), Qt::LeftButton, {},
                          QPoint(6, bar.thisWeekCheck()->height() / 2));
        QVERIFY(!bar.thisWeekCheck()->isChecked());
        QTRY_VERIFY(count->text().isEmpty());
        QCOMPARE(bar.thisWeekCheck()->pos(), week);
    }
};

HELIOS_TEST_GUI_MAIN(TestTaskFilterBar)
#include "tst_task_filter_bar.moc"

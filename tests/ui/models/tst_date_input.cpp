// Dates as a person types them: the locale's order with four-digit years; what does not parse
// (a two-digit year included) is refused in place with a sentence, never read as another date.

#include "tests/support/test_main.h"
#include "ui/models/date_input.h"
#include "ui/widgets/date_field.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace helios::ui;

class TestDateInput : public QObject
{
    Q_OBJECT

private:
    const QDate m_today{2026, 12, 3};
    const QLocale m_us{QLocale::English, QLocale::UnitedStates};

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(m_us); }

    void shouldWriteYearsWithFourDigits()
    {
        QCOMPARE(fourDigitYearFormat(m_us), QStringLiteral("M/d/yyyy"));
        QVERIFY(fourDigitYearFormat(QLocale(QLocale::German, QLocale::Germany))
                    .contains(QStringLiteral("yyyy")));
        QVERIFY(fourDigitYearFormat(QLocale(QLocale::Chinese, QLocale::China))
                    .contains(QStringLiteral("yyyy")));
    }

    void shouldReadADateInTheLocalesOrder_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QDate>("date");
        QTest::newRow("en_US") << QStringLiteral("4/15/2027") << QStringLiteral("en_US")
                               << QDate(2027, 4, 15);
        QTest::newRow("en_US spaced")
            << QStringLiteral(" 9/30/2027 ") << QStringLiteral("en_US") << QDate(2027, 9, 30);
        QTest::newRow("de_DE") << QStringLiteral("15.04.2027") << QStringLiteral("de_DE")
                               << QDate(2027, 4, 15);
        QTest::newRow("zh_CN") << QStringLiteral("2027/4/15") << QStringLiteral("zh_CN")
                               << QDate(2027, 4, 15);
        QTest::newRow("ISO anywhere")
            << QStringLiteral("2027-04-15") << QStringLiteral("en_US") << QDate(2027, 4, 15);
    }

    void shouldReadADateInTheLocalesOrder()
    {
        QFETCH(QString, text);
        QFETCH(QString, locale);
        QFETCH(QDate, date);
        const DateInput input = parseDateInput(text, QLocale(locale), m_today);
        QCOMPARE(input.date, date);
        QVERIFY(input.problem.isEmpty());
    }

    void shouldRefuseWhatIsNotADateWithASentence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("two-digit year")
            << QStringLiteral("4/15/27") << QStringLiteral("four digits");
        QTest::newRow("9/30/27") << QStringLiteral("9/30/27") << QStringLiteral("four digits");
        QTest::newRow("day 35") << QStringLiteral("4/35/2027") << QStringLiteral("not a date");
        QTest::newRow("day first in en_US")
            << QStringLiteral("15/4/2027") << QStringLiteral("not a date");
        QTest::newRow("words") << QStringLiteral("next week") << QStringLiteral("not a date");
        QTest::newRow("three-digit year")
            << QStringLiteral("4/15/202") << QStringLiteral("four digits");
    }

    void shouldRefuseWhatIsNotADateWithASentence()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        const DateInput input = parseDateInput(text, m_us, m_today);
        QVERIFY(!input.date.isValid());
        QVERIFY2(input.problem.contains(says), qPrintable(input.problem));
        QVERIFY2(input.problem.contains(QStringLiteral("4/15/2026")), qPrintable(input.problem));
        QVERIFY(input.problem.endsWith(QLatin1Char('.')));
    }

    void shouldKeepWhatWasTypedInTheFieldAndSayWhy()
    {
        // GIVEN a date field showing a date no earlier than today
        DateField field(m_today);
        field.setMinimumDate(m_today);
        field.setDate(QDate(2027, 1, 10));
        field.show();
        QVERIFY(QTest::qWaitForWindowExposed(&field));
        QCOMPARE(field.date(), QDate(2027, 1, 10));
        QCOMPARE(field.lineEdit()->text(), QStringLiteral("1/10/2027"));
        QSignalSpy acceptable(&field, &DateField::acceptableInputChanged);

        // WHEN "4/15/27" is typed and typing ends
        field.lineEdit()->selectAll();
        QTest::keyClicks(field.lineEdit(), QStringLiteral("4/15/27"));
        QMetaObject::invokeMethod(field.lineEdit(), "editingFinished");

        // THEN it stays as typed, no date, with the sentence shown under it
        QCOMPARE(field.lineEdit()->text(), QStringLiteral("4/15/27"));
        QVERIFY(!field.date().isValid());
        QVERIFY(!field.hasAcceptableInput());
        QCOMPARE(acceptable.count(), 1);
        auto *problem = field.findChild<QLabel *>(QStringLiteral("dateProblem"));
        QVERIFY(problem && problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("four digits")),
                 qPrintable(problem->text()));

        // WHEN the year is written whole THEN it is that date, and the sentence goes
        field.lineEdit()->selectAll();
        QTest::keyClicks(field.lineEdit(), QStringLiteral("4/15/2027"));
        QCOMPARE(field.date(), QDate(2027, 4, 15));
        QVERIFY(!problem->isVisible());

        // WHEN a day before the minimum is typed THEN it is refused, naming the first allowed day
        field.lineEdit()->selectAll();
        QTest::keyClicks(field.lineEdit(), QStringLiteral("12/1/2026"));
        QVERIFY(!field.date().isValid());
        QVERIFY2(field.problem().contains(QStringLiteral("12/3/2026")),
                 qPrintable(field.problem()));
        // AND an ISO date is shown in the locale's format once typing ends
        field.lineEdit()->selectAll();
        QTest::keyClicks(field.lineEdit(), QStringLiteral("2027-05-01"));
        QMetaObject::invokeMethod(field.lineEdit(), "editingFinished");
        QCOMPARE(field.lineEdit()->text(), QStringLiteral("5/1/2027"));
        QCOMPARE(field.date(), QDate(2027, 5, 1));
    }
};

HELIOS_TEST_GUI_MAIN(TestDateInput)
#include "tst_date_input.moc"

#include "core/domain/goal_validation.h"
#include "core/domain/plan.h"
#include "tests/support/test_main.h"

using namespace helios;

class TestGoalValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRejectBadGoals_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("deadline");
        QTest::addColumn<double>("hours");
        QTest::addColumn<QString>("expected"); // a fragment of the message, or "" for accepted

        QTest::newRow("ok") << "Learn Python"
                            << "2027-03-01" << 10.0 << "";
        QTest::newRow("ok chinese, no deadline") << "学习Python编程"
                                                 << "" << 5.0 << "";
        QTest::newRow("empty") << ""
                               << "" << 10.0 << "empty";
        QTest::newRow("only spaces") << "   \t\n"
                                     << "" << 10.0 << "empty";
        QTest::newRow("too long") << QString(2001, QLatin1Char('x')) << "" << 10.0 << "too long";
        QTest::newRow("exactly the limit") << QString(2000, QChar(0x5b66)) << "" << 10.0 << "";
        QTest::newRow("zero hours") << "Run"
                                    << "" << 0.0 << "Hours per week";
        QTest::newRow("negative hours") << "Run"
                                        << "" << -3.0 << "Hours per week";
        QTest::newRow("more hours than a week") << "Run"
                                                << "" << 169.0 << "Hours per week";
        QTest::newRow("past deadline") << "Run"
                                       << "2026-01-01" << 10.0 << "in the past";
        QTest::newRow("deadline today") << "Run"
                                        << "2026-11-27" << 10.0 << "";
    }

    void shouldRejectBadGoals()
    {
        QFETCH(QString, text);
        QFETCH(QString, deadline);
        QFETCH(double, hours);
        QFETCH(QString, expected);

        // GIVEN a goal as a person would type it
        Goal goal{text, parseIsoDate(deadline), hours, QDate(2026, 11, 27)};
        // WHEN it is validated
        const Status status = validateGoal(goal);
        // THEN it is accepted, or refused with one sentence that says why
        if (expected.isEmpty()) {
            QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
        } else {
            QVERIFY(!status.ok());
            QCOMPARE(status.error().kind, Error::Kind::Usage);
            QVERIFY2(status.error().message.contains(expected), qPrintable(status.error().message));
        }
    }

    void shouldParseOnlyStrictIsoDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("iso") << "2027-02-28" << QDate(2027, 2, 28);
        QTest::newRow("no such day") << "2027-02-30" << QDate();
        QTest::newRow("slashes") << "2027/02/28" << QDate();
        QTest::newRow("short") << "27-2-28" << QDate();
        QTest::newRow("trailing junk") << "2027-02-28x" << QDate();
        QTest::newRow("empty") << "" << QDate();
    }

    void shouldParseOnlyStrictIsoDates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(parseIsoDate(text), expected);
    }

    void shouldMapErrorKindsToExitCodes()
    {
        QCOMPARE(exitCodeFor(Error::Kind::Usage), 2);
        QCOMPARE(exitCodeFor(Error::Kind::NotFound), 2);
        QCOMPARE(exitCodeFor(Error::Kind::Provider), 3);
        QCOMPARE(exitCodeFor(Error::Kind::Validation), 4);
        QCOMPARE(exitCodeFor(Error::Kind::Storage), 5);
        QCOMPARE(exitCodeFor(Error::Kind::Cancelled), 130);
    }

    void shouldSumPlanHours()
    {
        Plan plan;
        Task a;
        a.estimateHours = 2;
        a.status = TaskStatus::Done;
        Task b;
        b.estimateHours = 6;
        Task c;
        c.estimateHours = 2;
        c.status = TaskStatus::Skipped;
        plan.tasks = {a, b, c};
        QCOMPARE(plan.totalHours(), 10.0);
        QCOMPARE(plan.remainingHours(), 6.0);
        QCOMPARE(plan.progress(), 0.4);
    }
};

HELIOS_TEST_MAIN(TestGoalValidation)
#include "tst_goal_validation.moc"

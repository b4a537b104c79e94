// What an agent has found so far, counted from its answer as it streams.

#include "core/agents/partial_answer.h"
#include "tests/support/test_main.h"

using namespace helios::agents;

class TestPartialAnswer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldCountEntriesOnceTheyAreComplete()
    {
        // GIVEN an analyst's answer, cut in the middle of its third risk
        const QString answer = QStringLiteral(
            "Sure! Here is the analysis:\n```json\n{\"subject\": \"Python\", \"scope\": \"a, [b]\","
            " \"constraints\": [\"time\", \"money \\\"]\\\" x\"], \"risks\": [\"burn-out\", "
            "\"{scope creep}\", \"no pla");
        PartialAnswerCounter counter;

        // WHEN it is fed
        counter.feed(answer);

        // THEN two constraints and two risks are counted, brackets and quotes in text ignored
        QCOMPARE(counter.count(QStringLiteral("constraints")), 2);
        QCOMPARE(counter.count(QStringLiteral("risks")), 2);
        QCOMPARE(counter.count(QStringLiteral("scope")), 0);

        // WHEN the rest arrives THEN the third counts
        counter.feed(u"n B\"], \"success_criteria\": []}");
        QCOMPARE(counter.count(QStringLiteral("risks")), 3);
        QCOMPARE(counter.count(QStringLiteral("success_criteria")), 0);
    }

    void shouldCountTasksWhateverTheSplit_data()
    {
        QTest::addColumn<int>("chunk");
        for (int chunk : {1, 2, 3, 7, 64, 100000})
            QTest::newRow(qPrintable(QString::number(chunk))) << chunk;
    }

    void shouldCountTasksWhateverTheSplit()
    {
        QFETCH(int, chunk);
        // GIVEN a planner's answer with six tasks, each with a list of prerequisites
        QString answer = QStringLiteral("{\"tasks\": [");
        for (int i = 0; i < 6; ++i) {
            if (i > 0)
                answer += QStringLiteral(", ");
            answer += QStringLiteral("{\"id\": \"t%1\", \"title\": \"Task {%1}\", "
                                     "\"estimate_hours\": 2.5, \"depends_on\": [%2], "
                                     "\"milestone\": \"M\"}")
                          .arg(i)
                          .arg(i > 0 ? QStringLiteral("\"t%1\"").arg(i - 1) : QString());
        }
        answer += QStringLiteral("]}");

        // WHEN it arrives in pieces of `chunk` characters
        PartialAnswerCounter counter;
        for (qsizetype at = 0; at < answer.size(); at += chunk)
            counter.feed(QStringView(answer).mid(at, chunk));

        // THEN six tasks and five prerequisites are counted
        QCOMPARE(counter.count(QStringLiteral("tasks")), 6);
        QCOMPARE(counter.count(QStringLiteral("depends_on")), 5);
    }

    void shouldCountNothingInProseOrAfterTheAnswer()
    {
        PartialAnswerCounter counter;
        counter.feed(u"I cannot help with that [\"a\", \"b\"].");
        QVERIFY(counter.counts().isEmpty());
        counter.feed(u"{\"risks\": [\"x\"]} and then {\"risks\": [\"y\", \"z\"]}");
        QCOMPARE(counter.count(QStringLiteral("risks")), 1);
        counter.reset();
        QVERIFY(counter.counts().isEmpty());
    }
};

HELIOS_TEST_MAIN(TestPartialAnswer)
#include "tst_partial_answer.moc"

#include "core/llm/retry_policy.h"
#include "tests/support/test_main.h"

#include <QTest>

using namespace helios::llm;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepFullJitterWithinItsBounds_data()
    {
        QTest::addColumn<int>("retry");
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("first retry, lowest") << 0 << 0.0 << qint64(0);
        QTest::newRow("first retry, highest") << 0 << 1.0 << qint64(500);
        QTest::newRow("second retry, half") << 1 << 0.5 << qint64(500);
        QTest::newRow("third retry, highest") << 2 << 1.0 << qint64(2000);
        QTest::newRow("capped") << 10 << 1.0 << qint64(30'000);
        QTest::newRow("huge retry stays capped") << 100 << 1.0 << qint64(30'000);
        QTest::newRow("capped, half") << 12 << 0.5 << qint64(15'000);
    }

    void shouldKeepFullJitterWithinItsBounds()
    {
        QFETCH(int, retry);
        QFETCH(double, random);
        QFETCH(qint64, expected);
        // GIVEN a fixed random source
        const RetryPolicy policy([random] { return random; });
        // WHEN the delay is asked for / THEN it is random * min(cap, base * 2^retry)
        QCOMPARE(policy.backoffMs(retry), expected);
    }

    void shouldNeverExceedTheBoundWithTheRealRandomSource()
    {
        const RetryPolicy policy;
        for (int retry = 0; retry < 8; ++retry) {
            const qint64 bound = std::min<qint64>(30'000, 500LL << retry);
            for (int i = 0; i < 50; ++i) {
                const qint64 delay = policy.backoffMs(retry);
                QVERIFY(delay >= 0 && delay <= bound);
            }
        }
    }

    void shouldParseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("seconds") << QByteArray("2") << true << qint64(2000);
        QTest::newRow("seconds with spaces") << QByteArray(" 1 ") << true << qint64(1000);
        QTest::newRow("zero") << QByteArray("0") << true << qint64(0);
        QTest::newRow("capped at a minute") << QByteArray("3600") << true << qint64(60'000);
        QTest::newRow("http date 10 s ahead")
            << QByteArray("Wed, 21 Oct 2015 07:28:10 GMT") << true << qint64(10'000);
        QTest::newRow("http date in the past")
            << QByteArray("Wed, 21 Oct 2015 07:27:00 GMT") << true << qint64(0);
        QTest::newRow("http date far ahead")
            << QByteArray("Thu, 22 Oct 2015 07:28:00 GMT") << true << qint64(60'000);
        QTest::newRow("negative") << QByteArray("-5") << false << qint64(0);
        QTest::newRow("garbage") << QByteArray("soon") << false << qint64(0);
        QTest::newRow("empty") << QByteArray() << false << qint64(0);
        QTest::newRow("fraction") << QByteArray("1.5") << false << qint64(0);
    }

    void shouldParseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(bool, valid);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 28, 0), Qt::UTC);
        const std::optional<qint64> parsed = RetryPolicy::parseRetryAfter(value, now);
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(*parsed, expectedMs);
    }

    void shouldClassifyFailures_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("connectionFailed");
        QTest::addColumn<bool>("retryable");
        const QByteArray quota(
            "{\"error\":{\"message\":\"You exceeded your current "
            "quota\",\"type\":\"insufficient_quota\",\"code\":\"insufficient_quota\"}}");
        const QByteArray rate("{\"error\":{\"message\":\"Slow "
                              "down\",\"type\":\"requests\",\"code\":\"rate_limit_exceeded\"}}");
        QTest::newRow("connection refused") << 0 << QByteArray() << true << true;
        QTest::newRow("408") << 408 << QByteArray() << false << true;
        QTest::newRow("409") << 409 << QByteArray() << false << true;
        QTest::newRow("429 rate limit") << 429 << rate << false << true;
        QTest::newRow("429 quota") << 429 << quota << false << false;
        QTest::newRow("500") << 500 << QByteArray() << false << true;
        QTest::newRow("503") << 503 << QByteArray() << false << true;
        QTest::newRow("400") << 400 << QByteArray() << false << false;
        QTest::newRow("401") << 401 << QByteArray() << false << false;
        QTest::newRow("403") << 403 << QByteArray() << false << false;
        QTest::newRow("404") << 404 << QByteArray() << false << false;
        QTest::newRow("200 cut") << 200 << QByteArray() << false << false;
    }

    void shouldClassifyFailures()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(bool, connectionFailed);
        QFETCH(bool, retryable);
        QCOMPARE(RetryPolicy::isRetryable(status, body, connectionFailed), retryable);
    }
};

HELIOS_TEST_MAIN(TestRetryPolicy)
#include "tst_retry_policy.moc"

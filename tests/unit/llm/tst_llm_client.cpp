#include "core/llm/llm_client.h"
#include "core/llm/openai_provider.h"
#include "tests/support/llm_test_helpers.h"
#include "tests/support/test_llm_server.h"
#include "tests/support/test_main.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <qcoro/qcorotask.h>

#include <memory>
#include <vector>

using namespace helios;
using namespace helios::llm;
using namespace helios::test;

namespace {

// Retries on, as a real run has them.
CallOptions quick(bool stream = false)
{
    return quickOptions(stream, 8000, 3);
}

} // namespace

class TestLlmClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestLlmServer> m_server;

    std::unique_ptr<LlmClient> client(int maxConcurrent = 4)
    {
        ProviderConfig config;
        config.kind = ProviderKind::OpenAi;
        config.endpoint = m_server->baseUrl();
        config.model = QStringLiteral("gpt-test");
        config.maxConcurrent = maxConcurrent;
        // A fast backoff so that tests of retries stay short.
        return std::make_unique<LlmClient>(std::make_unique<OpenAiProvider>(config), nullptr,
                                           RetryPolicy([] { return 0.1; }));
    }

    static ScriptedReply status(int code, QByteArray retryAfter = {})
    {
        ScriptedReply reply;
        reply.status = code;
        if (!retryAfter.isEmpty())
            reply.headers.append({"Retry-After", retryAfter});
        return reply;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestLlmServer>();
        QVERIFY(m_server->listen());
    }

    void shouldSendMoreThanSixCallsToOneServerAtOnce()
    {
        // GIVEN a server that holds every answer for 2 s, and a limit of 12 calls at once
        ScriptedReply held;
        held.delayMs = 2000;
        m_server->setDefaultReply(held);
        auto c = client(12);
        // WHEN 12 calls start
        std::vector<QCoro::Task<Result<ChatResult>>> calls;
        for (int i = 0; i < 12; ++i)
            calls.push_back(c->chat(question(QStringLiteral("question %1").arg(i)), quick()));
        // THEN all 12 reach the server before the first answer comes back (Qt opens only six
        // connections per manager to one host)
        QVERIFY2(
            m_server->waitForRequests(12, 1500),
            qPrintable(QStringLiteral("%1 requests arrived").arg(m_server->requests().size())));
        for (auto &call : calls)
            QVERIFY(QCoro::waitFor(call).ok());
    }

    void shouldMeasureTheCallAndReportIt()
    {
        auto c = client();
        QSignalSpy finished(c.get(), &LlmClient::callFinished);
        const Result<ChatResult> r = QCoro::waitFor(c->chat(question(), quick(true)));
        QVERIFY2(r.ok(), qPrintable(messageOf(r)));
        QCOMPARE(r->attempts, 1);
        QVERIFY(r->latencyMs > 0);
        QVERIFY(r->timeToFirstTokenMs >= 0);
        QVERIFY(!r->sharedFlight);
        QCOMPARE(finished.size(), 1);
        const auto record = finished.at(0).at(0).value<CallRecord>();
        QCOMPARE(record.status, QStringLiteral("ok"));
        QCOMPARE(record.provider, QStringLiteral("openai"));
        QCOMPARE(record.model, QStringLiteral("gpt-test"));
        QVERIFY(record.tokensOut > 0);
        QVERIFY(!record.cached);
    }

    void shouldTimeOutWaitingForTheFirstByte()
    {
        // GIVEN a server that answers after 2 s and a first-byte timeout of 300 ms
        ScriptedReply slow;
        slow.delayMs = 2000;
        m_server->enqueue(slow);
        auto c = client();
        QSignalSpy finished(c.get(), &LlmClient::callFinished);
        CallOptions options = quick();
        options.firstByteTimeoutMs = 300;
        options.maxRetries = 0;
        // WHEN a call is made
        QElapsedTimer clock;
        clock.start();
        const Result<ChatResult> r = QCoro::waitFor(c->chat(question(), options));
        // THEN it fails with a clear sentence, soon
        QVERIFY(!r.ok());
        QVERIFY(r.error().kind == Error::Kind::Provider);
        QCOMPARE(r.error().message,
                 QStringLiteral("The model server did not answer within 0.3 s."));
        QVERIFY(clock.elapsed() < 1500);
        QCOMPARE(finished.at(0).at(0).value<CallRecord>().status, QStringLiteral("timeout"));
    }

    void shouldTimeOutWhenAStreamStalls()
    {
        // GIVEN a stream dripping a piece every 800 ms and an idle timeout of 300 ms
        ScriptedReply drip;
        drip.chunkDelayMs = 800;
        m_server->enqueue(drip);
        auto c = client();
        CallOptions options = quick(true);
        options.idleTimeoutMs = 300;
        // WHEN it is streamed
        const Result<ChatResult> r = QCoro::waitFor(c->chat(question(), options));
        // THEN the idle timeout ends it
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("sent nothing for 0.3 s")),
                 qPrintable(r.error().message));
    }

    void shouldStopAtTheOverallDeadline()
    {
        ScriptedReply slow;
        slow.delayMs = 2000;
        m_server->enqueue(slow);
        auto c = client();
        CallOptions options = quick();
        options.deadlineMs = 400;
        QElapsedTimer clock;
        clock.start();
        const Result<ChatResult> r = QCoro::waitFor(c->chat(question(), options));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("deadline")),
                 qPrintable(r.error().message));
        QVERIFY(clock.elapsed() < 1500);
    }

    void shouldRetryA503AndSucceed()
    {
        // GIVEN a server that is unavailable once
        m_server->enqueue(status(503));
        auto c = client();
        // WHEN a call is made
        const Result<ChatResult> r = QCoro::waitFor(c->chat(question(), quick()));
        // THEN the second attempt answers
        QVERIFY2(r.ok(), qPrintable(messageOf(r)));
        QCOMPARE(r->attempts, 2);
        QCOMPARE(m_server->requests().size(), 2);
    }

    void shouldHonourRetryAfter()
    {
        // GIVEN a 429 asking to wait one second
        m_server->enqueue(status(429, "1"));
        auto c = client();
        // WHEN a call is made
        const Result<ChatResult> r = QCoro::waitFor(c->chat(question(), quick()));
        // THEN the retry came at least ~1 s later
        QVERIFY2(r.ok(), qPrintable(messageOf(r)));
        const auto sent = m_server->requests();
        QCOMPARE(sent.size(), 2);
        QVERIFY2(sent[1].arrivalMs - sent[0].arrivalMs >= 900,
                 qPrintable(QString::number(sent[1].arrivalMs - sent[0].arrivalMs)));
    }

    void shouldGiveUpWhenRetryAfterIsPastTheDeadline()
    {
        m_server->enqueue(status(503, "30"));
        auto c = client();
        CallOptions options = quick();
        options.deadlineMs = 2000;
        QElapsedTimer clock;
        clock.start();
        const Result<ChatResult> r = QCoro::waitFor(c->chat(question(), options));
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.startsWith(QLatin1String("The model server answered 503")));
        QCOMPARE(m_server->requests().size(), 1);
        QVERIFY(clock.elapsed() < 1000);
    }

    void shouldNotRetry_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("401") << 401 << QByteArray();
        QTest::newRow("403") << 403 << QByteArray();
        QTest::newRow("400") << 400 << QByteArray();
        QTest::newRow("insufficient_quota")
            << 429
            << QByteArray("{\"error\":{\"message\":\"You exceeded your current "
                          "quota.\",\"type\":\"insufficient_quota\",\"param\":null,\"code\":"
                          "\"insufficient_quota\"}}");
    }

    void shouldNotRetry()
    {
        QFETCH(int, code);
        QFETCH(QByteArray, body);
        ScriptedReply reply = status(code);
        reply.rawBody = body;
        m_server->enqueue(reply);
        auto c = client();
        const Result<ChatResult> r = QCoro::waitFor(c->chat(question(), quick()));
        QVERIFY(!r.ok());
        QVERIFY(r.error().kind == Error::Kind::Provider);
        QVERIFY(
            r.error().message.startsWith(QStringLiteral("The model server answered %1").arg(code)));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void shouldNotRetryOnceContentStarted()
    {
        // GIVEN a stream cut after content
        ScriptedReply cut;
        cut.errorMessage = QStringLiteral("overloaded");
        cut.errorAfterPieces = 2;
        m_server->enqueue(cut);
        auto c = client();
        QStringList pieces;
        const Result<ChatResult> r = QCoro::waitFor(
            c->chat(question(), quick(true), [&pieces](const QString &p) { pieces.append(p); }));
        // THEN it is an error, not a silent retry
        QVERIFY(!r.ok());
        QCOMPARE(pieces.size(), 2);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void shouldCancelInTheMiddleOfAStream()
    {
        // GIVEN a slowly dripping stream
        ScriptedReply drip;
        drip.chunkDelayMs = 200;
        drip.pieces = QStringList(20, QStringLiteral("word "));
        m_server->enqueue(drip);
        auto c = client();
        CancelToken token;
        QSignalSpy finished(c.get(), &LlmClient::callFinished);
        // WHEN the caller cancels after the first piece
        int pieces = 0;
        const Result<ChatResult> r = QCoro::waitFor(c->chat(
            question(), quick(true),
            [&](const QString &) {
                if (++pieces == 1)
                    QTimer::singleShot(0, c.get(), [token] { token.cancel(); });
            },
            token));
        // THEN the result is Cancelled, not retried, and the server saw the connection close
        QVERIFY(!r.ok());
        QVERIFY(r.error().kind == Error::Kind::Cancelled);
        QCOMPARE(m_server->requests().size(), 1);
        QTRY_COMPARE(m_server->openConnections(), 0);
        QCOMPARE(finished.at(0).at(0).value<CallRecord>().status, QStringLiteral("cancelled"));
    }

    void shouldLimitConcurrentCalls()
    {
        // GIVEN a server answering after 300 ms and a limit of 2
        ScriptedReply slow;
        slow.delayMs = 300;
        m_server->setDefaultReply(slow);
        auto c = client(2);
        // WHEN 6 different calls start at once
        std::vector<QCoro::Task<Result<ChatResult>>> tasks;
        for (int i = 0; i < 6; ++i)
            tasks.push_back(c->chat(question(QStringLiteral("call %1").arg(i)), quick()));
        for (auto &task : tasks) {
            const Result<ChatResult> r = QCoro::waitFor(std::move(task));
            QVERIFY2(r.ok(), qPrintable(messageOf(r)));
        }
        // THEN the server never had more than 2 at a time: the third came after the first answered
        const auto sent = m_server->requests();
        QCOMPARE(sent.size(), 6);
        for (qsizetype i = 2; i < sent.size(); ++i)
            QVERIFY2(
                sent[i].arrivalMs - sent[i - 2].arrivalMs >= 250,
                qPrintable(
                    QStringLiteral("%1 -> %2").arg(sent[i - 2].arrivalMs).arg(sent[i].arrivalMs)));
    }

    void shouldShareOneFlightBetweenIdenticalCalls()
    {
        // GIVEN a slow server
        ScriptedReply slow;
        slow.delayMs = 200;
        m_server->setDefaultReply(slow);
        auto c = client();
        QSignalSpy finished(c.get(), &LlmClient::callFinished);
        // WHEN 3 identical calls run at once
        std::vector<QCoro::Task<Result<ChatResult>>> tasks;
        for (int i = 0; i < 3; ++i)
            tasks.push_back(c->chat(question(), quick()));
        int shared = 0;
        for (auto &task : tasks) {
            const Result<ChatResult> r = QCoro::waitFor(std::move(task));
            QVERIFY2(r.ok(), qPrintable(messageOf(r)));
            QCOMPARE(r->answer.content, QStringLiteral("Hello from the Helios test server."));
            shared += r->sharedFlight ? 1 : 0;
        }
        // THEN the server saw one request and two callers joined it
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(shared, 2);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(c->callsInFlight(), 0);
    }

    void shouldKeepTheRequestKeyStable()
    {
        ProviderConfig config;
        config.kind = ProviderKind::OpenAi;
        config.endpoint = QUrl(QStringLiteral("http://localhost:8080"));
        config.model = QStringLiteral("m");
        const QByteArray a = LlmClient::requestKey(config, question());
        QCOMPARE(a.size(), 64);
        QCOMPARE(LlmClient::requestKey(config, question()), a);
        QVERIFY(LlmClient::requestKey(config, question(QStringLiteral("other"))) != a);
    }

    void shouldAbortAnAnswerThatIsTooLarge()
    {
        // GIVEN a 2 MiB answer and a 64 KiB cap
        ScriptedReply huge;
        huge.contentBytes = 2 * 1024 * 1024;
        m_server->enqueue(huge);
        auto c = client();
        CallOptions options = quick();
        options.maxAnswerBytes = 64 * 1024;
        // WHEN it is read
        const Result<ChatResult> r = QCoro::waitFor(c->chat(question(), options));
        // THEN the transfer is stopped with a clear error and not retried
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QLatin1String("larger than the limit")),
                 qPrintable(r.error().message));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void shouldDecodeAGzippedAnswer()
    {
        ScriptedReply reply;
        reply.content = QString(QStringLiteral("Stretch daily. ")).repeated(300);
        m_server->enqueue(reply);
        auto c = client();
        const Result<ChatResult> r = QCoro::waitFor(c->chat(question(), quick()));
        QVERIFY2(r.ok(), qPrintable(messageOf(r)));
        QCOMPARE(r->answer.content, reply.content);
        QVERIFY(m_server->requests().constFirst().header("Accept-Encoding").contains("gzip"));
    }
};

HELIOS_TEST_MAIN(TestLlmClient)
#include "tst_llm_client.moc"

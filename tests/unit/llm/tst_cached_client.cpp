// LlmClient with a ResponseCache and a CallRecorder: what a real run of Helios wires together.
#include "core/llm/call_recorder.h"
#include "core/llm/llm_client.h"
#include "core/llm/openai_provider.h"
#include "core/llm/response_cache.h"
#include "core/metrics/helios_metrics.h"
#include "core/metrics/metric.h"
#include "core/metrics/metrics_registry.h"
#include "core/store/llm_store.h"
#include "tests/support/llm_test_helpers.h"
#include "tests/support/test_llm_server.h"
#include "tests/support/test_main.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <qcoro/qcorotask.h>

#include <memory>

using namespace helios;
using namespace helios::llm;
using namespace helios::test;

namespace {

// No retries: each test sees exactly the calls it made.
CallOptions quick(bool stream = false)
{
    return quickOptions(stream, 8000, 0);
}

int chatRequests(const TestLlmServer &server)
{
    int n = 0;
    for (const RecordedRequest &r : server.requests())
        n += r.path.endsWith("/chat/completions") ? 1 : 0;
    return n;
}

} // namespace

class TestCachedClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestLlmServer> m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LlmStore> m_store;
    std::unique_ptr<metrics::MetricsRegistry> m_registry;
    std::unique_ptr<metrics::HeliosMetrics> m_metrics;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("helios.db")); }

    std::unique_ptr<LlmClient> client()
    {
        ProviderConfig config;
        config.kind = ProviderKind::OpenAi;
        config.endpoint = m_server->baseUrl();
        config.model = QStringLiteral("gpt-test");
        return std::make_unique<LlmClient>(std::make_unique<OpenAiProvider>(config));
    }

    // A cache over the test's database, counting into the test's metrics.
    std::unique_ptr<ResponseCache> cache()
    {
        auto c = std::make_unique<ResponseCache>(m_store.get());
        c->countInto(m_metrics->llmCacheRequests);
        return c;
    }

    double cacheCount(QLatin1StringView result)
    {
        return m_metrics->llmCacheRequests.labels({QString(result)}).value();
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestLlmServer>();
        QVERIFY(m_server->listen());
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<LlmStore>(dbPath());
        const Status opened = QCoro::waitFor(m_store->open());
        QVERIFY2(opened.ok(), qPrintable(messageOf(opened)));
        m_registry = std::make_unique<metrics::MetricsRegistry>();
        m_metrics =
            std::make_unique<metrics::HeliosMetrics>(metrics::registerHeliosMetrics(*m_registry));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void shouldAnswerARepeatedQuestionFromTheCacheWithoutAskingTheServer()
    {
        // GIVEN a client with a cache
        auto cached = cache();
        auto c = client();
        c->setResponseCache(cached.get());
        // WHEN the same question is asked twice
        const Result<ChatResult> first = QCoro::waitFor(c->chat(question(), quick()));
        QVERIFY(first.ok());
        QString streamed;
        const Result<ChatResult> second = QCoro::waitFor(
            c->chat(question(), quick(true), [&](const QString &piece) { streamed += piece; }));
        // THEN the server saw one request, and the second answer came from the cache whole
        QVERIFY(second.ok());
        QCOMPARE(chatRequests(*m_server), 1);
        QVERIFY(!first->cached);
        QVERIFY(second->cached);
        QCOMPARE(second->answer.content, first->answer.content);
        QCOMPARE(streamed, first->answer.content);
        QCOMPARE(cacheCount(metrics::values::kCacheMiss), 1.0);
        QCOMPARE(cacheCount(metrics::values::kCacheHit), 1.0);
    }

    void shouldAskAgainWhenAnyOutputAffectingInputDiffers()
    {
        auto cached = cache();
        auto c = client();
        c->setResponseCache(cached.get());
        QVERIFY(QCoro::waitFor(c->chat(question(), quick())).ok());
        ChatRequest warmer = question();
        warmer.temperature = 0.9;
        QVERIFY(QCoro::waitFor(c->chat(warmer, quick())).ok());
        ChatRequest newerPrompt = question();
        newerPrompt.promptVersion = QStringLiteral("planner-2");
        QVERIFY(QCoro::waitFor(c->chat(newerPrompt, quick())).ok());
        QCOMPARE(chatRequests(*m_server), 3);
    }

    void shouldBypassTheCacheOnRegenerateAndStoreTheFreshAnswer()
    {
        // GIVEN a cached answer
        auto cached = cache();
        auto c = client();
        c->setResponseCache(cached.get());
        QVERIFY(QCoro::waitFor(c->chat(question(), quick())).ok());
        // WHEN the question is regenerated and the server now says something else
        ScriptedReply fresh;
        fresh.content = QStringLiteral("A fresher answer.");
        m_server->enqueue(fresh);
        CallOptions regenerate = quick();
        regenerate.bypassCache = true;
        const Result<ChatResult> regenerated = QCoro::waitFor(c->chat(question(), regenerate));
        // THEN the model was asked, and the next plain call gets the fresh answer from the cache
        QVERIFY(regenerated.ok());
        QVERIFY(!regenerated->cached);
        QCOMPARE(chatRequests(*m_server), 2);
        const Result<ChatResult> after = QCoro::waitFor(c->chat(question(), quick()));
        QVERIFY(after.ok());
        QVERIFY(after->cached);
        QCOMPARE(after->answer.content, QStringLiteral("A fresher answer."));
    }

    void shouldNeverStoreErrorsOrCutAnswers_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("finishReason");
        QTest::newRow("server error") << 500 << QStringLiteral("stop");
        QTest::newRow("cut by the token limit") << 200 << QStringLiteral("length");
    }

    void shouldNeverStoreErrorsOrCutAnswers()
    {
        QFETCH(int, status);
        QFETCH(QString, finishReason);
        auto cached = cache();
        auto c = client();
        c->setResponseCache(cached.get());
        ScriptedReply reply;
        reply.status = status;
        reply.finishReason = finishReason;
        if (status != 200)
            reply.errorMessage = QStringLiteral("model crashed");
        m_server->enqueue(reply);
        (void)QCoro::waitFor(c->chat(question(), quick()));
        // THEN the next identical call asks the model again
        QVERIFY(QCoro::waitFor(c->chat(question(), quick())).ok());
        QCOMPARE(chatRequests(*m_server), 2);
    }

    void shouldServeAnswersFromDiskAfterARestart()
    {
        {
            auto cached = cache();
            auto c = client();
            c->setResponseCache(cached.get());
            QVERIFY(QCoro::waitFor(c->chat(question(), quick())).ok());
        }
        // WHEN a new cache and client start over the same database (a restart)
        auto cached = cache();
        auto c = client();
        c->setResponseCache(cached.get());
        const Result<ChatResult> r = QCoro::waitFor(c->chat(question(), quick()));
        // THEN the answer comes from disk
        QVERIFY(r.ok());
        QVERIFY(r->cached);
        QCOMPARE(chatRequests(*m_server), 1);
        QCOMPARE(cached->stats().diskHits, quint64(1));
    }

    void shouldCountAJoinWhenAnIdenticalCallIsInFlight()
    {
        auto cached = cache();
        auto c = client();
        c->setResponseCache(cached.get());
        ScriptedReply slow;
        slow.delayMs = 300;
        m_server->enqueue(slow);
        auto first = c->chat(question(), quick());
        auto second = c->chat(question(), quick());
        const Result<ChatResult> a = QCoro::waitFor(first);
        const Result<ChatResult> b = QCoro::waitFor(second);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(b->sharedFlight);
        QCOMPARE(chatRequests(*m_server), 1);
        QCOMPARE(cacheCount(metrics::values::kCacheJoin), 1.0);
    }

    void shouldRecordEveryCallInMetricsAndHistory()
    {
        // GIVEN a client with a cache and a recorder
        auto cached = cache();
        auto c = client();
        c->setResponseCache(cached.get());
        CallRecorder recorder(m_metrics.get(), m_store.get());
        recorder.watch(*c);
        ScriptedReply failing;
        failing.status = 500;
        failing.errorMessage = QStringLiteral("model crashed");
        m_server->enqueue(failing);
        // WHEN one call fails, one succeeds and one is a cache hit
        QVERIFY(!QCoro::waitFor(c->chat(question(), quick())).ok());
        QVERIFY(QCoro::waitFor(c->chat(question(), quick(true))).ok());
        QVERIFY(QCoro::waitFor(c->chat(question(), quick())).ok());
        QCoro::waitFor(recorder.drain());
        // THEN the API metrics count the two real requests, by status
        const QString model = QStringLiteral("gpt-test");
        QCOMPARE(m_metrics->llmApiRequests.labels({model, QStringLiteral("ok")}).value(), 1.0);
        QCOMPARE(m_metrics->llmApiRequests.labels({model, QStringLiteral("error")}).value(), 1.0);
        QCOMPARE(m_metrics->llmApiResponseTime.labels({model}).count(), std::uint64_t(2));
        QCOMPARE(m_metrics->llmTimeToFirstToken.labels({model}).count(), std::uint64_t(1));
        QVERIFY(m_metrics->llmTokens.labels({model, QStringLiteral("out")}).value() > 0);
        // AND the history holds all three calls, the cache hit marked and costing no tokens
        const auto rows = QCoro::waitFor(m_store->recentCalls(10));
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 3);
        QVERIFY(rows->at(0).cached);
        QCOMPARE(rows->at(0).tokensOut, qint64(0));
        QCOMPARE(rows->at(1).status, QStringLiteral("ok"));
        QVERIFY(rows->at(1).tokensOut > 0);
        QCOMPARE(rows->at(2).status, QStringLiteral("error"));
    }
};

HELIOS_TEST_MAIN(TestCachedClient)
#include "tst_cached_client.moc"

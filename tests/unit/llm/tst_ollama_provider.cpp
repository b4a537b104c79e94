#include "core/llm/ollama_provider.h"
#include "tests/support/llm_test_helpers.h"
#include "tests/support/test_llm_server.h"
#include "tests/support/test_main.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <qcoro/qcorotask.h>

#include <memory>

using namespace helios;
using namespace helios::llm;
using namespace helios::test;

namespace {

ChatRequest planRequest()
{
    ChatRequest request;
    request.messages = {{QStringLiteral("user"), QStringLiteral("Learn Python")}};
    request.temperature = 0.4;
    request.topP = 0.8;
    request.maxTokens = 256;
    request.contextTokens = 4096;
    return request;
}

} // namespace

class TestOllamaProvider : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestLlmServer> m_server;

    std::unique_ptr<OllamaProvider> provider()
    {
        ProviderConfig config;
        config.kind = ProviderKind::Ollama;
        config.endpoint = m_server->baseUrl();
        config.model = QStringLiteral("qwen2.5:7b");
        return std::make_unique<OllamaProvider>(config);
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestLlmServer>();
        QVERIFY(m_server->listen());
    }

    void shouldReadAPlainAnswer()
    {
        auto p = provider();
        const Result<ChatAnswer> answer = chatOnce(*p, planRequest(), false);
        QVERIFY2(answer.ok(), qPrintable(messageOf(answer)));
        QCOMPARE(answer->content, QStringLiteral("Hello from the Helios test server."));
        QVERIFY(answer->hasUsage);
        const RecordedRequest sent = m_server->requests().constFirst();
        QCOMPARE(sent.path, QByteArray("/api/chat"));
        QCOMPARE(sent.json().value(QLatin1String("stream")).toBool(true), false);
        QVERIFY(sent.header("Accept-Encoding").contains("gzip"));
    }

    void shouldStreamNdjson()
    {
        // GIVEN a streamed reply in pieces
        ScriptedReply reply;
        reply.pieces = {QStringLiteral("Install "), QStringLiteral("Python.")};
        reply.content = reply.pieces.join(QString());
        m_server->enqueue(reply);
        auto p = provider();
        // WHEN it is streamed
        QStringList pieces;
        const Result<ChatAnswer> answer = chatOnce(*p, planRequest(), true, &pieces);
        // THEN the pieces arrive in order and the final line gives the counts
        QVERIFY2(answer.ok(), qPrintable(messageOf(answer)));
        QCOMPARE(pieces, reply.pieces);
        QCOMPARE(answer->content, reply.content);
        QVERIFY(answer->hasUsage);
        QVERIFY(m_server->requests().constFirst().json().value(QLatin1String("stream")).toBool());
    }

    void shouldReportAnErrorLineInTheMiddleOfAStream()
    {
        ScriptedReply reply;
        reply.errorMessage = QStringLiteral("model runner has unexpectedly stopped");
        m_server->enqueue(reply);
        auto p = provider();
        const Result<ChatAnswer> answer = chatOnce(*p, planRequest(), true);
        QVERIFY(!answer.ok());
        QVERIFY(answer.error().kind == Error::Kind::Provider);
        QVERIFY2(
            answer.error().message.contains(QLatin1String("model runner has unexpectedly stopped")),
            qPrintable(answer.error().message));
    }

    void shouldReportAnErrorBody()
    {
        ScriptedReply reply;
        reply.status = 404;
        reply.errorMessage = QStringLiteral("model 'qwen2.5:7b' not found");
        m_server->enqueue(reply);
        auto p = provider();
        const Result<ChatAnswer> answer = chatOnce(*p, planRequest(), false);
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().message,
                 QStringLiteral("The model server answered 404: model 'qwen2.5:7b' not found."));
    }

    void shouldSendOptionsAndTheSchema()
    {
        // GIVEN a request with a seed, stop words and a schema
        ChatRequest request = planRequest();
        request.seed = 7;
        request.stop = {QStringLiteral("###")};
        request.jsonSchema = QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}};
        auto p = provider();
        // WHEN it is sent
        QVERIFY(chatOnce(*p, request, false).ok());
        // THEN the options are explicit and the schema is the format
        const QJsonObject body = m_server->requests().constFirst().json();
        const QJsonObject options = body.value(QLatin1String("options")).toObject();
        QCOMPARE(options.value(QLatin1String("temperature")).toDouble(), 0.4);
        QCOMPARE(options.value(QLatin1String("top_p")).toDouble(), 0.8);
        QCOMPARE(options.value(QLatin1String("seed")).toInteger(), 7);
        QCOMPARE(options.value(QLatin1String("num_ctx")).toInt(), 4096);
        QCOMPARE(options.value(QLatin1String("num_predict")).toInt(), 256);
        QCOMPARE(options.value(QLatin1String("stop")).toArray().at(0).toString(),
                 QStringLiteral("###"));
        QCOMPARE(body.value(QLatin1String("format")).toObject(), request.jsonSchema);
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("qwen2.5:7b"));
    }

    void shouldListModelsAndSayItsVersion()
    {
        m_server->setModels({QStringLiteral("llama3:8b"), QStringLiteral("qwen2.5:7b")});
        auto p = provider();
        const Result<QStringList> models = QCoro::waitFor(p->models());
        QVERIFY(models.ok());
        QCOMPARE(*models, (QStringList{QStringLiteral("llama3:8b"), QStringLiteral("qwen2.5:7b")}));
        QCOMPARE(m_server->requests().constLast().path, QByteArray("/api/tags"));
        const Result<QString> health = QCoro::waitFor(p->health());
        QVERIFY2(health.ok(), qPrintable(messageOf(health)));
        QVERIFY(health->startsWith(QLatin1String("Ollama ")));
        QCOMPARE(m_server->requests().constLast().path, QByteArray("/api/version"));
    }

    void shouldFailHealthWhenNothingListens()
    {
        ProviderConfig config;
        config.kind = ProviderKind::Ollama;
        config.endpoint = QUrl(QStringLiteral("http://127.0.0.1:1"));
        OllamaProvider p(config);
        const Result<QString> health = QCoro::waitFor(p.health());
        QVERIFY(!health.ok());
        QVERIFY(health.error().kind == Error::Kind::Provider);
    }
};

HELIOS_TEST_MAIN(TestOllamaProvider)
#include "tst_ollama_provider.moc"

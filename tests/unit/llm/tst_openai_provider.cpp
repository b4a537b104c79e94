#include "core/llm/openai_provider.h"
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
    request.messages = {{QStringLiteral("system"), QStringLiteral("You plan goals.")},
                        {QStringLiteral("user"), QStringLiteral("Run a half marathon")}};
    request.temperature = 0.3;
    request.topP = 0.9;
    request.maxTokens = 512;
    return request;
}

QJsonObject planSchema()
{
    return QJsonObject{
        {QStringLiteral("type"), QStringLiteral("object")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("title"),
                      QJsonObject{{QStringLiteral("type"), QStringLiteral("string")}}}}}};
}

} // namespace

class TestOpenAiProvider : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestLlmServer> m_server;

    std::unique_ptr<OpenAiProvider> provider(QString key = {}, bool maxCompletion = false)
    {
        ProviderConfig config;
        config.kind = ProviderKind::OpenAi;
        config.endpoint = m_server->baseUrl();
        config.model = QStringLiteral("gpt-test");
        config.useMaxCompletionTokens = maxCompletion;
        return std::make_unique<OpenAiProvider>(config, [key] { return key; });
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestLlmServer>();
        QVERIFY(m_server->listen());
    }

    void shouldReadAPlainJsonAnswerWithUsage()
    {
        // GIVEN a server answering with its default reply
        auto p = provider();
        // WHEN a non-streamed chat is sent
        const Result<ChatAnswer> answer = chatOnce(*p, planRequest(), false);
        // THEN the content and the usage are read, and the request asked for gzip
        QVERIFY2(answer.ok(), qPrintable(messageOf(answer)));
        QCOMPARE(answer->content, QStringLiteral("Hello from the Helios test server."));
        QVERIFY(answer->hasUsage);
        QVERIFY(answer->usage.totalTokens > 0);
        QCOMPARE(m_server->requests().size(), 1);
        const RecordedRequest sent = m_server->requests().constFirst();
        QCOMPARE(sent.path, QByteArray("/v1/chat/completions"));
        QVERIFY(sent.header("Accept-Encoding").contains("gzip"));
        QCOMPARE(sent.json().value(QLatin1String("stream")).toBool(true), false);
    }

    void shouldSendSamplingParametersExplicitly()
    {
        // GIVEN a request with seed and stop, and a provider using max_completion_tokens
        auto p = provider({}, true);
        ChatRequest request = planRequest();
        request.seed = 42;
        request.stop = {QStringLiteral("END")};
        // WHEN it is sent
        const Result<ChatAnswer> answer = chatOnce(*p, request, false);
        QVERIFY(answer.ok());
        // THEN every sampling parameter is in the body
        const QJsonObject body = m_server->requests().constFirst().json();
        QCOMPARE(body.value(QLatin1String("temperature")).toDouble(), 0.3);
        QCOMPARE(body.value(QLatin1String("top_p")).toDouble(), 0.9);
        QCOMPARE(body.value(QLatin1String("seed")).toInteger(), 42);
        QCOMPARE(body.value(QLatin1String("stop")).toArray().at(0).toString(),
                 QStringLiteral("END"));
        QCOMPARE(body.value(QLatin1String("max_completion_tokens")).toInt(), 512);
        QVERIFY(!body.contains(QLatin1String("max_tokens")));
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("gpt-test"));
    }

    void shouldLeaveOutSeedAndStopWhenUnset()
    {
        auto p = provider();
        const Result<ChatAnswer> answer = chatOnce(*p, planRequest(), false);
        QVERIFY(answer.ok());
        const QJsonObject body = m_server->requests().constFirst().json();
        QVERIFY(!body.contains(QLatin1String("seed")));
        QVERIFY(!body.contains(QLatin1String("stop")));
        QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 512);
        QVERIFY(body.contains(QLatin1String("temperature")));
        QVERIFY(body.contains(QLatin1String("top_p")));
    }

    void shouldStreamSse_data()
    {
        QTest::addColumn<bool>("nullFirst");
        QTest::newRow("plain") << false;
        QTest::newRow("null first content") << true;
    }

    void shouldStreamSse()
    {
        QFETCH(bool, nullFirst);
        // GIVEN a streamed reply in pieces
        ScriptedReply reply;
        reply.pieces = {QStringLiteral("Run "), QStringLiteral("three "), QStringLiteral("times.")};
        reply.content = reply.pieces.join(QString());
        reply.contentNullFirst = nullFirst;
        m_server->enqueue(reply);
        auto p = provider();
        // WHEN it is streamed
        QStringList pieces;
        const Result<ChatAnswer> answer = chatOnce(*p, planRequest(), true, &pieces);
        // THEN each piece arrives in order, and usage comes from the usage-only final chunk
        QVERIFY2(answer.ok(), qPrintable(messageOf(answer)));
        QCOMPARE(pieces, reply.pieces);
        QCOMPARE(answer->content, QStringLiteral("Run three times."));
        QCOMPARE(answer->finishReason, QStringLiteral("stop"));
        QVERIFY(answer->hasUsage);
        const QJsonObject body = m_server->requests().constFirst().json();
        QVERIFY(body.value(QLatin1String("stream")).toBool());
        QVERIFY(body.value(QLatin1String("stream_options"))
                    .toObject()
                    .value(QLatin1String("include_usage"))
                    .toBool());
    }

    void shouldReadRawSseWithCommentsAndDoneWithoutBlankLine()
    {
        // GIVEN a hand-written stream: comment line, null content, usage-only chunk, unterminated
        // [DONE]
        ScriptedReply reply;
        reply.rawChunks = {
            QByteArray(": keep-alive\n\n"),
            QByteArray("data: "
                       "{\"choices\":[{\"index\":0,\"delta\":{\"role\":\"assistant\",\"content\":"
                       "null}}]}\n\n"),
            QByteArray("data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"Hi\"}}]}\n\n"),
            QByteArray(
                "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"),
            QByteArray("data: "
                       "{\"choices\":[],\"usage\":{\"prompt_tokens\":3,\"completion_tokens\":1,"
                       "\"total_tokens\":4}}\n\n"),
            QByteArray("data: [DONE]")};
        m_server->enqueue(reply);
        auto p = provider();
        // WHEN it is streamed
        QStringList pieces;
        const Result<ChatAnswer> answer = chatOnce(*p, planRequest(), true, &pieces);
        // THEN the answer is whole
        QVERIFY2(answer.ok(), qPrintable(messageOf(answer)));
        QCOMPARE(answer->content, QStringLiteral("Hi"));
        QCOMPARE(pieces, QStringList{QStringLiteral("Hi")});
        QCOMPARE(answer->usage.totalTokens, 4);
    }

    void shouldReportAnErrorEventInTheMiddleOfAStream()
    {
        // GIVEN a stream that fails after one piece
        ScriptedReply reply;
        reply.errorMessage = QStringLiteral("The model ran out of memory");
        reply.errorAfterPieces = 1;
        m_server->enqueue(reply);
        auto p = provider();
        // WHEN it is streamed
        AttemptInfo info;
        QStringList pieces;
        const Result<ChatAnswer> answer = chatOnce(*p, planRequest(), true, &pieces, &info);
        // THEN the call fails with the server's message, and content had started
        QVERIFY(!answer.ok());
        QVERIFY(answer.error().kind == Error::Kind::Provider);
        QVERIFY2(answer.error().message.contains(QLatin1String("The model ran out of memory")),
                 qPrintable(answer.error().message));
        QCOMPARE(pieces.size(), 1);
        QVERIFY(info.contentStarted);
    }

    void shouldSendTheJsonSchemaStrictly()
    {
        auto p = provider();
        ChatRequest request = planRequest();
        request.jsonSchema = planSchema();
        request.schemaName = QStringLiteral("plan");
        const Result<ChatAnswer> answer = chatOnce(*p, request, false);
        QVERIFY(answer.ok());
        const QJsonObject format = m_server->requests()
                                       .constFirst()
                                       .json()
                                       .value(QLatin1String("response_format"))
                                       .toObject();
        QCOMPARE(format.value(QLatin1String("type")).toString(), QStringLiteral("json_schema"));
        const QJsonObject schema = format.value(QLatin1String("json_schema")).toObject();
        QCOMPARE(schema.value(QLatin1String("name")).toString(), QStringLiteral("plan"));
        QVERIFY(schema.value(QLatin1String("strict")).toBool());
        QCOMPARE(schema.value(QLatin1String("schema")).toObject(), planSchema());
        QVERIFY(p->schemaMode() == OpenAiProvider::SchemaMode::JsonSchema);
    }

    void shouldFallBackToJsonObjectWhenTheSchemaIsRejected()
    {
        // GIVEN a server that rejects json_schema once
        ScriptedReply rejected;
        rejected.status = 400;
        rejected.errorMessage = QStringLiteral("response_format json_schema is not supported");
        m_server->enqueue(rejected);
        auto p = provider();
        ChatRequest request = planRequest();
        request.jsonSchema = planSchema();
        // WHEN a schema call is sent
        const Result<ChatAnswer> answer = chatOnce(*p, request, false);
        // THEN the same call is repeated with json_object, and that level is remembered
        QVERIFY(answer.ok());
        const auto sent = m_server->requests();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent[0]
                     .json()
                     .value(QLatin1String("response_format"))
                     .toObject()
                     .value(QLatin1String("type"))
                     .toString(),
                 QStringLiteral("json_schema"));
        QCOMPARE(sent[1]
                     .json()
                     .value(QLatin1String("response_format"))
                     .toObject()
                     .value(QLatin1String("type"))
                     .toString(),
                 QStringLiteral("json_object"));
        QVERIFY(p->schemaMode() == OpenAiProvider::SchemaMode::JsonObject);
        const Result<ChatAnswer> again = chatOnce(*p, request, false);
        QVERIFY(again.ok());
        QCOMPARE(m_server->requests().size(), 3);
        QCOMPARE(m_server->requests()[2]
                     .json()
                     .value(QLatin1String("response_format"))
                     .toObject()
                     .value(QLatin1String("type"))
                     .toString(),
                 QStringLiteral("json_object"));
    }

    void shouldFallBackToInstructionsWhenNoResponseFormatIsAccepted()
    {
        // GIVEN a server that rejects both response formats
        ScriptedReply rejected;
        rejected.status = 400;
        rejected.errorMessage = QStringLiteral("Unknown field: response_format");
        m_server->enqueue(rejected);
        m_server->enqueue(rejected);
        auto p = provider();
        ChatRequest request = planRequest();
        request.jsonSchema = planSchema();
        // WHEN a schema call is sent
        const Result<ChatAnswer> answer = chatOnce(*p, request, false);
        // THEN the third request has no response_format and the schema is in the system message
        QVERIFY(answer.ok());
        const auto sent = m_server->requests();
        QCOMPARE(sent.size(), 3);
        const QJsonObject last = sent[2].json();
        QVERIFY(!last.contains(QLatin1String("response_format")));
        const QString system = last.value(QLatin1String("messages"))
                                   .toArray()
                                   .at(0)
                                   .toObject()
                                   .value(QLatin1String("content"))
                                   .toString();
        QVERIFY(system.startsWith(QLatin1String("You plan goals.")));
        QVERIFY(system.contains(QLatin1String("Answer with JSON only, matching this schema: {")));
        QVERIFY(p->schemaMode() == OpenAiProvider::SchemaMode::Instructions);
    }

    void shouldNotFallBackOnOtherBadRequests()
    {
        ScriptedReply rejected;
        rejected.status = 400;
        rejected.errorMessage = QStringLiteral("messages must not be empty");
        m_server->enqueue(rejected);
        auto p = provider();
        ChatRequest request = planRequest();
        request.jsonSchema = planSchema();
        const Result<ChatAnswer> answer = chatOnce(*p, request, false);
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().message,
                 QStringLiteral("The model server answered 400: messages must not be empty."));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void shouldListModels()
    {
        m_server->setModels({QStringLiteral("gpt-a"), QStringLiteral("gpt-b")});
        auto p = provider();
        const Result<QStringList> models = QCoro::waitFor(p->models());
        QVERIFY(models.ok());
        QCOMPARE(*models, (QStringList{QStringLiteral("gpt-a"), QStringLiteral("gpt-b")}));
        const Result<QString> health = QCoro::waitFor(p->health());
        QVERIFY(health.ok());
        QCOMPARE(m_server->requests().constLast().path, QByteArray("/v1/models"));
    }

    void shouldTakeABaseUrlWithOrWithoutTheApiVersion_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("bare") << QString();
        QTest::newRow("/v1") << QStringLiteral("/v1");
        QTest::newRow("/v1/") << QStringLiteral("/v1/");
    }

    void shouldTakeABaseUrlWithOrWithoutTheApiVersion()
    {
        // GIVEN the endpoint as a user copies it from a server's documentation
        QFETCH(QString, suffix);
        ProviderConfig config;
        config.kind = ProviderKind::OpenAi;
        config.endpoint = QUrl(m_server->baseUrl().toString() + suffix);
        config.model = QStringLiteral("gpt-test");
        OpenAiProvider p(config, {});
        // WHEN it lists the models and chats
        QVERIFY(QCoro::waitFor(p.models()).ok());
        const Result<ChatAnswer> answer = chatOnce(p, planRequest(), false);
        // THEN both go to the server's /v1 paths, never /v1/v1
        QVERIFY2(answer.ok(), qPrintable(messageOf(answer)));
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().at(0).path, QByteArray("/v1/models"));
        QCOMPARE(m_server->requests().at(1).path, QByteArray("/v1/chat/completions"));
    }

    void shouldSendTheKeyOnlyWhenThereIsOne()
    {
        // GIVEN one provider with a key and one without
        auto withKey = provider(QStringLiteral("sk-secret-123"));
        auto without = provider();
        // WHEN each sends a chat
        QVERIFY(chatOnce(*withKey, planRequest(), false).ok());
        QVERIFY(chatOnce(*without, planRequest(), false).ok());
        // THEN only the first carried an Authorization header
        const auto sent = m_server->requests();
        QCOMPARE(sent[0].header("Authorization"), QByteArray("Bearer sk-secret-123"));
        QVERIFY(sent[1].header("Authorization").isEmpty());
    }

    void shouldSayTheServersMessageAndNeverTheKey()
    {
        // GIVEN a server refusing the key
        ScriptedReply refused;
        refused.status = 401;
        refused.errorMessage = QStringLiteral("Invalid API key");
        m_server->enqueue(refused);
        auto p = provider(QStringLiteral("sk-secret-123"));
        // WHEN a chat is sent
        AttemptInfo info;
        const Result<ChatAnswer> answer = chatOnce(*p, planRequest(), false, nullptr, &info);
        // THEN the error is the server's message with the status, without the key
        QVERIFY(!answer.ok());
        QCOMPARE(answer.error().message,
                 QStringLiteral("The model server answered 401: Invalid API key."));
        QVERIFY(!answer.error().message.contains(QLatin1String("sk-secret")));
        QCOMPARE(info.httpStatus, 401);
    }

    void shouldDecodeAGzippedBody()
    {
        // GIVEN a long plain answer the server compresses
        ScriptedReply reply;
        reply.content = QString(QStringLiteral("Train four times a week. ")).repeated(200);
        reply.gzip = true;
        m_server->enqueue(reply);
        auto p = provider();
        // WHEN it is read
        const Result<ChatAnswer> answer = chatOnce(*p, planRequest(), false);
        // THEN the text arrives decompressed
        QVERIFY(answer.ok());
        QCOMPARE(answer->content, reply.content);
        QVERIFY(m_server->requests().constFirst().header("Accept-Encoding").contains("gzip"));
    }
};

HELIOS_TEST_MAIN(TestOpenAiProvider)
#include "tst_openai_provider.moc"

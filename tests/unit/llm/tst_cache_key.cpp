#include "core/llm/cache_key.h"
#include "tests/support/test_main.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

using namespace helios::llm;

namespace {

struct Inputs
{
    ProviderConfig provider;
    ChatRequest request;
    CallOptions options;
};

Inputs baseline()
{
    Inputs in;
    in.provider.kind = ProviderKind::OpenAi;
    in.provider.endpoint = QUrl(QStringLiteral("http://127.0.0.1:8080"));
    in.provider.model = QStringLiteral("qwen2.5:7b");
    in.request.messages = {{QStringLiteral("system"), QStringLiteral("You plan goals.")},
                           {QStringLiteral("user"), QStringLiteral("学习Python编程")}};
    in.request.temperature = 0.2;
    in.request.topP = 1.0;
    in.request.maxTokens = 2048;
    in.request.stop = {QStringLiteral("</plan>")};
    in.request.jsonSchema =
        QJsonObject{{QStringLiteral("type"), QStringLiteral("object")},
                    {QStringLiteral("required"), QJsonArray{QStringLiteral("tasks")}}};
    in.request.schemaName = QStringLiteral("plan");
    in.request.promptVersion = QStringLiteral("planner-3");
    return in;
}

using Change = std::function<void(Inputs &)>;

} // namespace

Q_DECLARE_METATYPE(Change)

class TestCacheKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldBeSha256HexOfTheRequest()
    {
        // GIVEN a request WHEN its key is computed THEN it is 64 lower-case hex digits, stable
        const Inputs in = baseline();
        const QByteArray key = cacheKey(in.provider, in.request);
        QCOMPARE(key.size(), 64);
        QCOMPARE(key, key.toLower());
        QCOMPARE(cacheKey(in.provider, in.request), key);
    }

    void shouldDifferWhenAnOutputAffectingInputDiffers_data()
    {
        QTest::addColumn<Change>("change");
        QTest::newRow("provider kind")
            << Change([](Inputs &i) { i.provider.kind = ProviderKind::Ollama; });
        QTest::newRow("endpoint host") << Change(
            [](Inputs &i) { i.provider.endpoint = QUrl(QStringLiteral("http://10.0.0.2:8080")); });
        QTest::newRow("endpoint path") << Change([](Inputs &i) {
            i.provider.endpoint = QUrl(QStringLiteral("http://127.0.0.1:8080/v2"));
        });
        QTest::newRow("model") << Change(
            [](Inputs &i) { i.provider.model = QStringLiteral("llama3.1:8b"); });
        QTest::newRow("message content") << Change(
            [](Inputs &i) { i.request.messages[1].content = QStringLiteral("学习Rust编程"); });
        QTest::newRow("message role")
            << Change([](Inputs &i) { i.request.messages[1].role = QStringLiteral("assistant"); });
        QTest::newRow("message added") << Change([](Inputs &i) {
            i.request.messages.append({QStringLiteral("user"), QStringLiteral("in 3 months")});
        });
        QTest::newRow("message order")
            << Change([](Inputs &i) { i.request.messages.swapItemsAt(0, 1); });
        QTest::newRow("content split differently") << Change([](Inputs &i) {
            i.request.messages[0].content = QStringLiteral("You plan");
            i.request.messages[1].content = QStringLiteral(" goals.学习Python编程");
        });
        QTest::newRow("temperature") << Change([](Inputs &i) { i.request.temperature = 0.7; });
        QTest::newRow("temperature tiny")
            << Change([](Inputs &i) { i.request.temperature = 0.2000000001; });
        QTest::newRow("top_p") << Change([](Inputs &i) { i.request.topP = 0.9; });
        QTest::newRow("seed set") << Change([](Inputs &i) { i.request.seed = 42; });
        QTest::newRow("seed zero") << Change([](Inputs &i) { i.request.seed = 0; });
        QTest::newRow("max tokens") << Change([](Inputs &i) { i.request.maxTokens = 1024; });
        QTest::newRow("stop") << Change(
            [](Inputs &i) { i.request.stop = {QStringLiteral("</tasks>")}; });
        QTest::newRow("stop removed") << Change([](Inputs &i) { i.request.stop.clear(); });
        QTest::newRow("schema") << Change([](Inputs &i) {
            i.request.jsonSchema[QStringLiteral("additionalProperties")] = false;
        });
        QTest::newRow("schema removed") << Change([](Inputs &i) { i.request.jsonSchema = {}; });
        QTest::newRow("schema name")
            << Change([](Inputs &i) { i.request.schemaName = QStringLiteral("plan2"); });
        QTest::newRow("prompt version")
            << Change([](Inputs &i) { i.request.promptVersion = QStringLiteral("planner-4"); });
    }

    void shouldDifferWhenAnOutputAffectingInputDiffers()
    {
        // GIVEN a baseline request and the same request with one output-affecting input changed
        QFETCH(Change, change);
        const Inputs a = baseline();
        Inputs b = baseline();
        change(b);
        // WHEN both keys are computed THEN they differ
        QVERIFY(cacheKey(a.provider, a.request) != cacheKey(b.provider, b.request));
    }

    void shouldBeEqualWhenOnlyNonAffectingThingsDiffer_data()
    {
        QTest::addColumn<Change>("change");
        QTest::newRow("stream flag")
            << Change([](Inputs &i) { i.options.stream = !i.options.stream; });
        QTest::newRow("timeouts") << Change([](Inputs &i) {
            i.options.connectTimeoutMs = 1;
            i.options.firstByteTimeoutMs = 2;
            i.options.idleTimeoutMs = 3;
            i.options.deadlineMs = 4;
            i.options.maxRetries = 0;
        });
        QTest::newRow("bypass cache") << Change([](Inputs &i) { i.options.bypassCache = true; });
        QTest::newRow("api key in url") << Change([](Inputs &i) {
            i.provider.endpoint = QUrl(QStringLiteral("http://user:sk-secret@127.0.0.1:8080"));
        });
        QTest::newRow("trailing slash") << Change([](Inputs &i) {
            i.provider.endpoint = QUrl(QStringLiteral("http://127.0.0.1:8080/"));
        });
        QTest::newRow("context tokens")
            << Change([](Inputs &i) { i.request.contextTokens = 32768; });
        QTest::newRow("max completion tokens spelling")
            << Change([](Inputs &i) { i.provider.useMaxCompletionTokens = true; });
        QTest::newRow("max concurrent") << Change([](Inputs &i) { i.provider.maxConcurrent = 1; });
        QTest::newRow("schema key order") << Change([](Inputs &i) {
            const QByteArray reordered = "{\"required\":[\"tasks\"],  \"type\":\"object\"}";
            i.request.jsonSchema = QJsonDocument::fromJson(reordered).object();
        });
        QTest::newRow("integral double") << Change([](Inputs &i) { i.request.topP = 1; });
    }

    void shouldBeEqualWhenOnlyNonAffectingThingsDiffer()
    {
        // GIVEN a baseline request and one that differs only in something the answer ignores
        QFETCH(Change, change);
        const Inputs a = baseline();
        Inputs b = baseline();
        change(b);
        // WHEN both keys are computed THEN they are equal
        QCOMPARE(cacheKey(b.provider, b.request), cacheKey(a.provider, a.request));
    }

    void shouldWriteCanonicalJson_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("canonical");
        QTest::newRow("sorted keys, no spaces") << QByteArray("{ \"b\": 1, \"a\": [true, null] }")
                                                << QByteArray("{\"a\":[true,null],\"b\":1}");
        QTest::newRow("nested objects sorted")
            << QByteArray("{\"z\":{\"y\":1,\"x\":2}}") << QByteArray("{\"z\":{\"x\":2,\"y\":1}}");
        QTest::newRow("shortest doubles")
            << QByteArray("[0.2, 1.0, -0.0, 1e21, 0.1]") << QByteArray("[0.2,1,0,1e+21,0.1]");
        QTest::newRow("escapes") << QByteArray("[\"a\\\"b\\\\c\\n\\u0001\"]")
                                 << QByteArray("[\"a\\\"b\\\\c\\n\\u0001\"]");
        QTest::newRow("utf-8 kept") << QByteArray("[\"\xe5\xad\xa6 \xf0\x9f\x99\x82\"]")
                                    << QByteArray("[\"\xe5\xad\xa6 \xf0\x9f\x99\x82\"]");
    }

    void shouldWriteCanonicalJson()
    {
        // GIVEN JSON text WHEN written canonically THEN the bytes are exactly the expected ones
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, canonical);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(input, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonValue value = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
        QCOMPARE(canonicalJson(value), canonical);
    }
};

HELIOS_TEST_MAIN(TestCacheKey)
#include "tst_cache_key.moc"

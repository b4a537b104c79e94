#include "core/llm/ndjson_parser.h"
#include "core/llm/ollama_stream_decoder.h"
#include "tests/support/stream_test_helpers.h"
#include "tests/support/test_main.h"

using namespace helios;
using namespace helios::llm;

namespace {

using helios::test::describe;
using helios::test::randomCuts;
using helios::test::runInPieces;

QString describe(const QList<QByteArray> &lines)
{
    QStringList out;
    for (const QByteArray &line : lines)
        out << QString::fromUtf8(line);
    return out.join(QLatin1Char('\n'));
}

QString linesInPieces(const QByteArray &bytes, const QList<qsizetype> &cuts)
{
    NdjsonParser parser;
    return describe(runInPieces(parser, bytes, cuts));
}

QString decodeInPieces(const QByteArray &bytes, const QList<qsizetype> &cuts)
{
    OllamaStreamDecoder decoder;
    return describe(runInPieces(decoder, bytes, cuts));
}

// What Ollama 0.5 sends for a streamed /api/chat.
QByteArray ollamaStream()
{
    return QByteArray(
        R"({"model":"qwen2.5:7b","created_at":"2026-11-27T10:00:00.1Z","message":{"role":"assistant","content":"学习"},"done":false})"
        "\n"
        R"({"model":"qwen2.5:7b","created_at":"2026-11-27T10:00:00.2Z","message":{"role":"assistant","content":" Python"},"done":false})"
        "\r\n"
        "\n"
        R"({"model":"qwen2.5:7b","created_at":"2026-11-27T10:00:00.3Z","message":{"role":"assistant","content":""},"done_reason":"stop","done":true,"total_duration":5191566416,"load_duration":2154458,"prompt_eval_count":26,"prompt_eval_duration":383809000,"eval_count":298,"eval_duration":4799921000})");
}

} // namespace

class TestNdjsonParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldSplitLines_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QString>("expected");
        QTest::newRow("LF") << QByteArray("{\"a\":1}\n{\"b\":2}\n") << "{\"a\":1}\n{\"b\":2}";
        QTest::newRow("CRLF") << QByteArray("{\"a\":1}\r\n{\"b\":2}\r\n") << "{\"a\":1}\n{\"b\":2}";
        QTest::newRow("blank lines skipped")
            << QByteArray("\n{\"a\":1}\n\n \t\r\n{\"b\":2}\n\n") << "{\"a\":1}\n{\"b\":2}";
        QTest::newRow("last line without newline")
            << QByteArray("{\"a\":1}\n{\"b\":2}") << "{\"a\":1}\n{\"b\":2}";
        QTest::newRow("UTF-8") << QByteArray("{\"t\":\"学习\"}\n") << "{\"t\":\"学习\"}";
        QTest::newRow("lone CR stays inside a line") << QByteArray("a\rb\n") << "a\rb";
        QTest::newRow("empty") << QByteArray() << "";
    }

    void shouldSplitLines()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QString, expected);
        QCOMPARE(linesInPieces(stream, {}), expected);
    }

    void shouldGiveTheLastLineOnlyOnFinish()
    {
        NdjsonParser parser;
        QCOMPARE(describe(parser.feed("{\"a\":1}\n{\"b\"")), QStringLiteral("{\"a\":1}"));
        QCOMPARE(describe(parser.feed(":2}")), QString());
        QCOMPARE(describe(parser.finish()), QStringLiteral("{\"b\":2}"));
        QCOMPARE(parser.finish().size(), 0);
    }

    void shouldStopAtTheLineSizeCap()
    {
        // GIVEN a parser capped at 1 KiB and a line that never ends
        NdjsonParser parser(1024);
        QList<QByteArray> lines = parser.feed("{\"a\":1}\n");
        for (int i = 0; i < 200 && !parser.hasError(); ++i)
            lines += parser.feed("0123456789abcdef");
        // THEN it stops with an error and ignores the rest
        QVERIFY(parser.hasError());
        QVERIFY(parser.errorString().contains(QLatin1String("1024")));
        QCOMPARE(describe(lines), QStringLiteral("{\"a\":1}"));
        QCOMPARE(parser.feed("\n{}\n").size(), 0);
        QCOMPARE(parser.finish().size(), 0);
    }

    void shouldAcceptALineOfExactlyTheCap()
    {
        NdjsonParser parser(8);
        QCOMPARE(describe(parser.feed("12345678\n")), QStringLiteral("12345678"));
        QVERIFY(!parser.hasError());
    }

    void shouldGiveTheSameLinesWhateverTheSplit()
    {
        const QByteArray stream = ollamaStream();
        const QString whole = linesInPieces(stream, {});
        QCOMPARE(whole.count(QLatin1Char('\n')), 2);
        for (qsizetype i = 0; i <= stream.size(); ++i) {
            QCOMPARE(linesInPieces(stream, {i}), whole);
            for (qsizetype j = i; j <= stream.size(); j += 7)
                QCOMPARE(linesInPieces(stream, {i, j}), whole);
        }
        QRandomGenerator random(20261127);
        for (int round = 0; round < 500; ++round)
            QCOMPARE(linesInPieces(stream, randomCuts(random, stream.size())), whole);
    }

    // --- OllamaStreamDecoder ---

    void shouldDecodeAnOllamaStream()
    {
        QCOMPARE(decodeInPieces(ollamaStream(), {}),
                 QStringLiteral("content:学习\ncontent: Python\nfinished:stop\nusage:26/298/324\n"
                                "done"));
    }

    void shouldDecodeTheSameWhateverTheSplit()
    {
        const QByteArray stream = ollamaStream();
        const QString whole = decodeInPieces(stream, {});
        for (qsizetype i = 0; i <= stream.size(); ++i)
            QCOMPARE(decodeInPieces(stream, {i}), whole);
        QRandomGenerator random(7);
        for (int round = 0; round < 200; ++round)
            QCOMPARE(decodeInPieces(stream, randomCuts(random, stream.size())), whole);
    }

    void shouldDecodeStreamEdgeCases_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QString>("expected");
        QTest::newRow("error line")
            << QByteArray("{\"message\":{\"content\":\"Hi\"},\"done\":false}\n"
                          "{\"error\":\"an error was encountered while running the model: "
                          "unexpected EOF\"}\n"
                          "{\"message\":{\"content\":\"ignored\"},\"done\":false}\n")
            << "content:Hi\nerror:an error was encountered while running the model: unexpected "
               "EOF";
        QTest::newRow("malformed line")
            << QByteArray("{\"message\":{\"content\":\"Hi\"},\"done\":false}\n{\"message\":\n")
            << "content:Hi\nerror:The server sent a stream line that is not valid JSON: invalid "
               "JSON (unterminated object at offset 11).";
        QTest::newRow("not an object") << QByteArray("[1, 2]\n")
                                       << "error:The server sent a stream line that is not valid "
                                          "JSON: a JSON object was expected.";
        QTest::newRow("done without reason or counts")
            << QByteArray("{\"message\":{\"content\":\"Hi\"},\"done\":true}")
            << "content:Hi\nfinished:stop\ndone";
        QTest::newRow("done with length")
            << QByteArray("{\"done\":true,\"done_reason\":\"length\",\"eval_count\":4}\n")
            << "finished:length\nusage:0/4/4\ndone";
        QTest::newRow("generate endpoint") << QByteArray("{\"response\":\"Hi\",\"done\":false}\n"
                                                         "{\"response\":\"\",\"done\":true}\n")
                                           << "content:Hi\nfinished:stop\ndone";
        QTest::newRow("nothing after done")
            << QByteArray("{\"done\":true}\n{\"message\":{\"content\":\"late\"}}\n")
            << "finished:stop\ndone";
        QTest::newRow("cut short")
            << QByteArray("{\"message\":{\"content\":\"Hi\"},\"done\":false}\n")
            << "content:Hi\nerror:The stream ended before the answer was complete.";
        QTest::newRow("wrong types ignored")
            << QByteArray("{\"message\":\"x\",\"done\":\"yes\"}\n"
                          "{\"message\":{\"content\":5},\"done\":true,\"eval_count\":\"7\"}\n")
            << "finished:stop\ndone";
    }

    void shouldDecodeStreamEdgeCases()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QString, expected);
        OllamaStreamDecoder decoder;
        QList<StreamEvent> events = decoder.feed(stream);
        events += decoder.finish();
        QCOMPARE(describe(events), expected);
        QVERIFY(decoder.isFinished());
        QCOMPARE(decoder.hasError(), expected.contains(QLatin1String("error:")));
        QCOMPARE(decoder.feed("{\"done\":true}\n").size(), 0);
    }

    void shouldFailOnALinePastTheCap()
    {
        OllamaStreamDecoder decoder(64);
        const QList<StreamEvent> events = decoder.feed(QByteArray(100, 'x'));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, StreamEvent::Kind::Error);
        QCOMPARE(decoder.finish().size(), 0);
    }

    void shouldParseAPlainAnswer_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("content"); // or the error message
        QTest::addColumn<bool>("ok");
        QTest::newRow("answer")
            << QByteArray(
                   R"({"model":"llama3.2","created_at":"2026-11-27T10:00:00Z","message":{"role":"assistant","content":"学习 plan"},"done_reason":"stop","done":true,"prompt_eval_count":26,"eval_count":298})")
            << "学习 plan" << true;
        QTest::newRow("streamed by default") << ollamaStream() << "学习 Python" << true;
        QTest::newRow("error body")
            << QByteArray("{\"error\":\"model \\\"llama9\\\" not found, try pulling it first\"}")
            << "model \"llama9\" not found, try pulling it first" << false;
        QTest::newRow("not done") << QByteArray(R"({"message":{"content":"x"},"done":false})")
                                  << "The stream ended before the answer was complete." << false;
        QTest::newRow("malformed") << QByteArray("{\"message\"")
                                   << "The server sent a stream line that is not valid JSON: "
                                      "invalid JSON (unterminated string at offset 10)."
                                   << false;
    }

    void shouldParseAPlainAnswer()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, content);
        QFETCH(bool, ok);
        const Result<ChatAnswer> answer = OllamaStreamDecoder::parseAnswer(body);
        QCOMPARE(answer.ok(), ok);
        if (ok) {
            QCOMPARE(answer->content, content);
            QCOMPARE(answer->finishReason, QStringLiteral("stop"));
        } else {
            QCOMPARE(answer.error().kind, Error::Kind::Provider);
            QCOMPARE(answer.error().message, content);
        }
    }

    void shouldReadUsageOfAnAnswer()
    {
        const Result<ChatAnswer> answer = OllamaStreamDecoder::parseAnswer(ollamaStream());
        QVERIFY(answer.ok());
        QVERIFY(answer->hasUsage);
        QCOMPARE(answer->usage, (TokenUsage{26, 298, 324}));
    }

    void shouldFindTheMessageOfAnErrorBody()
    {
        QCOMPARE(OllamaStreamDecoder::errorMessage(R"({"error":"model is required"})"),
                 QStringLiteral("model is required"));
        QCOMPARE(OllamaStreamDecoder::errorMessage("404 page not found"), QString());
    }
};

HELIOS_TEST_MAIN(TestNdjsonParser)
#include "tst_ndjson_parser.moc"

#include "core/llm/openai_stream_decoder.h"
#include "core/llm/sse_parser.h"
#include "tests/support/stream_test_helpers.h"
#include "tests/support/test_main.h"

using namespace helios;
using namespace helios::llm;

namespace {

using helios::test::describe;
using helios::test::randomCuts;
using helios::test::runInPieces;

// "event|data|id" per event, one per line, so that a failed comparison reads well.
QString describe(const QList<SseEvent> &events)
{
    QStringList lines;
    for (const SseEvent &e : events)
        lines << e.event + QLatin1Char('|') + QString::fromUtf8(e.data) + QLatin1Char('|') + e.id;
    return lines.join(QLatin1Char('\n'));
}

QList<SseEvent> parseWhole(QByteArrayView bytes)
{
    SseParser parser;
    QList<SseEvent> events = parser.feed(bytes);
    events.append(parser.finish());
    return events;
}

QList<SseEvent> parseInPieces(const QByteArray &bytes, const QList<qsizetype> &cuts)
{
    SseParser parser;
    return runInPieces(parser, bytes, cuts);
}

QList<StreamEvent> decodeInPieces(const QByteArray &bytes, const QList<qsizetype> &cuts)
{
    OpenAiStreamDecoder decoder;
    return runInPieces(decoder, bytes, cuts);
}

// A stream that uses every feature at once: BOM, all three line ends, comments, fields
// without a space, multi-line data, ids, retry, UTF-8 in several places.
QByteArray richStream()
{
    return QByteArray("\xEF\xBB\xBF: comment\r\n"
                      "retry: 2500\n"
                      "event: greeting\r"
                      "data: 你好\r\n"
                      "data:second line\n"
                      "id: 7\n\n"
                      "data: {\"text\": \"éte\u2014\"}\r\r"
                      "id\n"
                      "data\n\n"
                      "event: ignored without data\n\n"
                      ":ping\r\n"
                      "data:  kept space\r\n\r\n"
                      "data: [DONE]");
}

// A realistic OpenAI stream: role-only first delta, pieces, finish, usage chunk, [DONE].
QByteArray openAiStream()
{
    const char *head =
        R"("id":"chatcmpl-1","object":"chat.completion.chunk","created":1,"model":"m")";
    auto chunk = [head](const char *rest) {
        return QByteArray("data: {") + head + "," + rest + "}\n\n";
    };
    return chunk(
               R"("choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}],"usage":null)") +
           chunk(
               R"("choices":[{"index":0,"delta":{"content":"Learn "},"finish_reason":null}],"usage":null)") +
           QByteArray(": keep-alive\n\n") +
           chunk(
               R"("choices":[{"index":0,"delta":{"content":"Python 学习"},"finish_reason":null}],"usage":null)") +
           chunk(R"("choices":[{"index":0,"delta":{},"finish_reason":"stop"}],"usage":null)") +
           chunk(
               R"("choices":[],"usage":{"prompt_tokens":12,"completion_tokens":3,"total_tokens":15})") +
           QByteArray("data: [DONE]\n\n");
}

} // namespace

class TestSseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldParseEventsAsTheSpecSays_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QString>("expected");

        QTest::newRow("LF") << QByteArray("data: hello\n\n") << "message|hello|";
        QTest::newRow("CRLF") << QByteArray("data: hello\r\n\r\n") << "message|hello|";
        QTest::newRow("CR") << QByteArray("data: hello\r\r") << "message|hello|";
        QTest::newRow("mixed line ends")
            << QByteArray("data: a\r\ndata: b\rdata: c\n\r\n") << "message|a\nb\nc|";
        QTest::newRow("data lines joined")
            << QByteArray("data: one\ndata: two\n\n") << "message|one\ntwo|";
        QTest::newRow("one leading space stripped")
            << QByteArray("data:  two spaces\n\n") << "message| two spaces|";
        QTest::newRow("no space after colon") << QByteArray("data:tight\n\n") << "message|tight|";
        QTest::newRow("colon in value") << QByteArray("data: a: b\n\n") << "message|a: b|";
        QTest::newRow("comment") << QByteArray(": ping\n\ndata: x\n\n") << "message|x|";
        QTest::newRow("event type") << QByteArray("event: update\ndata: x\n\n") << "update|x|";
        QTest::newRow("event type resets")
            << QByteArray("event: update\ndata: x\n\ndata: y\n\n") << "update|x|\nmessage|y|";
        QTest::newRow("id persists")
            << QByteArray("id: 1\ndata: a\n\ndata: b\n\n") << "message|a|1\nmessage|b|1";
        QTest::newRow("empty id resets")
            << QByteArray("id: 1\ndata: a\n\nid\ndata: b\n\n") << "message|a|1\nmessage|b|";
        QTest::newRow("id with NUL ignored")
            << QByteArray("id: 1\n\nid: 2\0x\ndata: a\n\n", 24) << "message|a|1";
        QTest::newRow("data without colon") << QByteArray("data\n\n") << "message||";
        QTest::newRow("empty data twice") << QByteArray("data:\ndata:\n\n") << "message|\n|";
        QTest::newRow("no data, no event") << QByteArray("event: x\nid: 3\n\n") << "";
        QTest::newRow("unknown field") << QByteArray("foo: bar\ndata: x\n\n") << "message|x|";
        QTest::newRow("field names are case-sensitive")
            << QByteArray("Data: x\n\ndata: y\n\n") << "message|y|";
        QTest::newRow("BOM") << QByteArray("\xEF\xBB\xBF"
                                           "data: x\n\n")
                             << "message|x|";
        QTest::newRow("only one BOM stripped") << QByteArray("\xEF\xBB\xBF\xEF\xBB\xBF"
                                                             "data: x\n\ndata: y\n\n")
                                               << "message|y|";
        QTest::newRow("UTF-8") << QByteArray("data: 学习Python编程\n\n")
                               << "message|学习Python编程|";
        QTest::newRow("blank lines only") << QByteArray("\n\n\r\n\r") << "";
        QTest::newRow("empty") << QByteArray() << "";
    }

    void shouldParseEventsAsTheSpecSays()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QString, expected);
        // GIVEN a whole stream WHEN it is parsed THEN the events are the spec's
        QCOMPARE(describe(parseWhole(stream)), expected);
    }

    void shouldReadRetryOnlyWhenAllDigits()
    {
        SseParser parser;
        QVERIFY(!parser.retryMs());
        (void)parser.feed("retry: 3000\n");
        QCOMPARE(parser.retryMs(), std::optional<qint64>(3000));
        (void)parser.feed("retry: 4s\nretry:\nretry: -1\n");
        QCOMPARE(parser.retryMs(), std::optional<qint64>(3000));
    }

    void shouldDispatchTheLastEventOnFinish()
    {
        // GIVEN a server that ends with "data: [DONE]" and closes without a blank line
        SseParser parser;
        QCOMPARE(describe(parser.feed("data: a\n\ndata: [DONE]")), QStringLiteral("message|a|"));
        // WHEN the body ends THEN the last event is dispatched, once
        QCOMPARE(describe(parser.finish()), QStringLiteral("message|[DONE]|"));
        QCOMPARE(parser.finish().size(), 0);
    }

    void shouldNotDispatchTwiceWhenTheStreamEndsCleanly()
    {
        SseParser parser;
        QCOMPARE(parser.feed("data: a\n\n").size(), 1);
        QCOMPARE(parser.finish().size(), 0);
    }

    void shouldTreatCrLfSplitAcrossChunksAsOneLineEnd()
    {
        // GIVEN CR at the end of one chunk and LF at the start of the next
        SseParser parser;
        QList<SseEvent> events = parser.feed("data: a\r");
        events += parser.feed("\ndata: b\r");
        events += parser.feed("\n\r");
        events += parser.feed("\n");
        // THEN they are one line end, not a line end and a blank line
        QCOMPARE(describe(events), QStringLiteral("message|a\nb|"));
    }

    void shouldStripABomSplitAcrossChunks()
    {
        SseParser parser;
        QList<SseEvent> events = parser.feed("\xEF");
        events += parser.feed("\xBB");
        events += parser.feed("\xBF"
                              "data: x\n\n");
        QCOMPARE(describe(events), QStringLiteral("message|x|"));
    }

    void shouldKeepAShortStreamThatOnlyLooksLikeABom()
    {
        SseParser parser;
        QCOMPARE(parser.feed("\xEF\xBB").size(), 0);
        QCOMPARE(parser.finish().size(), 0); // a field named "\xEF\xBB" without value: ignored
        QVERIFY(!parser.hasError());
    }

    void shouldStopAtTheEventSizeCap_data()
    {
        QTest::addColumn<QByteArray>("piece");
        QTest::newRow("many data lines") << QByteArray("data: 0123456789abcdef\n");
        QTest::newRow("one endless line") << QByteArray("data: 0123456789abcdef");
        QTest::newRow("one endless comment") << QByteArray(": 0123456789abcdef");
    }

    void shouldStopAtTheEventSizeCap()
    {
        QFETCH(QByteArray, piece);
        // GIVEN a parser capped at 1 KiB and a server that never ends its event
        SseParser parser(1024);
        QList<SseEvent> events = parser.feed("data: small\n\n");
        for (int i = 0; i < 200 && !parser.hasError(); ++i)
            events += parser.feed(piece);
        // THEN it stops with an error instead of growing
        QVERIFY(parser.hasError());
        QVERIFY(parser.errorString().contains(QLatin1String("1024")));
        QCOMPARE(describe(events), QStringLiteral("message|small|"));
        // AND ignores everything after
        QCOMPARE(parser.feed("\n\ndata: more\n\n").size(), 0);
        QCOMPARE(parser.finish().size(), 0);
    }

    void shouldCountTheLineBeingReadAgainstTheCap()
    {
        // GIVEN a 21-byte line: the cap counts the data so far plus the line being read
        const QByteArray stream("data: 0123456789abcde\n\n");
        SseParser exact(21);
        QCOMPARE(describe(exact.feed(stream)), QStringLiteral("message|0123456789abcde|"));
        QVERIFY(!exact.hasError());
        SseParser tooSmall(20);
        QCOMPARE(tooSmall.feed(stream).size(), 0);
        QVERIFY(tooSmall.hasError());
    }

    void shouldGiveTheSameEventsWhateverTheSplit()
    {
        // GIVEN a stream using every feature
        const QByteArray stream = richStream();
        const QString whole = describe(parseWhole(stream));
        QCOMPARE(whole, QStringLiteral("greeting|你好\nsecond line|7\n"
                                       "message|{\"text\": \"éte\u2014\"}|7\n"
                                       "message||\n"
                                       "message| kept space|\n"
                                       "message|[DONE]|"));
        // WHEN it arrives split in two at every position, and in three at every pair
        for (qsizetype i = 0; i <= stream.size(); ++i) {
            QCOMPARE(describe(parseInPieces(stream, {i})), whole);
            for (qsizetype j = i; j <= stream.size(); j += 3)
                QCOMPARE(describe(parseInPieces(stream, {i, j})), whole);
        }
        // AND one byte at a time, and in many random pieces (fixed seed)
        QList<qsizetype> everyByte;
        for (qsizetype i = 1; i < stream.size(); ++i)
            everyByte << i;
        QCOMPARE(describe(parseInPieces(stream, everyByte)), whole);
        QRandomGenerator random(20261127);
        for (int round = 0; round < 500; ++round)
            QCOMPARE(describe(parseInPieces(stream, randomCuts(random, stream.size()))), whole);
    }

    // --- OpenAiStreamDecoder ---

    void shouldDecodeAnOpenAiStream()
    {
        QCOMPARE(describe(decodeInPieces(openAiStream(), {})),
                 QStringLiteral("content:Learn \ncontent:Python 学习\nfinished:stop\n"
                                "usage:12/3/15\ndone"));
    }

    void shouldDecodeTheSameWhateverTheSplit()
    {
        const QByteArray stream = openAiStream();
        const QString whole = describe(decodeInPieces(stream, {}));
        for (qsizetype i = 0; i <= stream.size(); ++i)
            QCOMPARE(describe(decodeInPieces(stream, {i})), whole);
        QRandomGenerator random(7);
        for (int round = 0; round < 200; ++round)
            QCOMPARE(describe(decodeInPieces(stream, randomCuts(random, stream.size()))), whole);
    }

    void shouldDecodeStreamEdgeCases_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::addColumn<QString>("expected");

        QTest::newRow("content null first")
            << QByteArray(R"(data: {"choices":[{"delta":{"role":"assistant","content":null}}]})"
                          "\n\n"
                          R"(data: {"choices":[{"delta":{"content":"Hi"}}]})"
                          "\n\ndata: [DONE]\n\n")
            << "content:Hi\ndone";
        QTest::newRow("role only first")
            << QByteArray(
                   R"(data: {"choices":[{"delta":{"role":"assistant"}}]})"
                   "\n\n"
                   R"(data: {"choices":[{"delta":{"content":"Hi"},"finish_reason":"length"}]})"
                   "\n\ndata: [DONE]\n\n")
            << "content:Hi\nfinished:length\ndone";
        QTest::newRow("[DONE] without blank line")
            << QByteArray(R"(data: {"choices":[{"delta":{"content":"Hi"}}]})"
                          "\n\ndata: [DONE]")
            << "content:Hi\ndone";
        QTest::newRow("nothing after [DONE]")
            << QByteArray("data: [DONE]\n\n"
                          R"(data: {"choices":[{"delta":{"content":"late"}}]})"
                          "\n\n")
            << "done";
        QTest::newRow("error mid-stream")
            << QByteArray(
                   R"(data: {"choices":[{"delta":{"content":"Hi"}}]})"
                   "\n\n"
                   R"(data: {"error":{"message":"Rate limit reached for requests","type":"requests","code":"rate_limit_exceeded"}})"
                   "\n\n"
                   R"(data: {"choices":[{"delta":{"content":"ignored"}}]})"
                   "\n\ndata: [DONE]\n\n")
            << "content:Hi\nerror:Rate limit reached for requests";
        QTest::newRow("error as a plain string")
            << QByteArray(R"(data: {"error":"model not loaded"})"
                          "\n\n")
            << "error:model not loaded";
        QTest::newRow("error event type") << QByteArray("event: error\ndata: {}\n\n")
                                          << "error:The server reported an error in the stream.";
        QTest::newRow("malformed JSON")
            << QByteArray(R"(data: {"choices":[{"delta":{"content":"Hi"})"
                          "\n\n")
            << "error:The server sent a stream event that is not valid JSON: invalid JSON "
               "(unterminated object at offset 37).";
        QTest::newRow("not an object") << QByteArray("data: [1,2]\n\n")
                                       << "error:The server sent a stream event that is not "
                                          "valid JSON: a JSON object was expected.";
        QTest::newRow("finish reason then close without [DONE]")
            << QByteArray(R"(data: {"choices":[{"delta":{"content":"Hi"},"finish_reason":"stop"}]})"
                          "\n\n")
            << "content:Hi\nfinished:stop\ndone";
        QTest::newRow("cut short")
            << QByteArray(R"(data: {"choices":[{"delta":{"content":"Hi"}}]})"
                          "\n\n")
            << "content:Hi\nerror:The stream ended before the answer was complete.";
        QTest::newRow("empty body")
            << QByteArray() << "error:The stream ended before the answer was complete.";
        QTest::newRow("usage without total")
            << QByteArray(
                   R"(data: {"choices":[],"usage":{"prompt_tokens":2,"completion_tokens":5}})"
                   "\n\ndata: [DONE]\n\n")
            << "usage:2/5/7\ndone";
        QTest::newRow("content as parts")
            << QByteArray(
                   R"(data: {"choices":[{"delta":{"content":[{"type":"text","text":"a"},{"type":"image"},{"type":"text","text":"b"}]}}]})"
                   "\n\ndata: [DONE]\n\n")
            << "content:ab\ndone";
        QTest::newRow("wrong types ignored")
            << QByteArray(R"(data: {"choices":"x","usage":7})"
                          "\n\n"
                          R"(data: {"choices":[5,{"delta":{"content":"z"}}]})"
                          "\n\ndata: [DONE]\n\n")
            << "done";
    }

    void shouldDecodeStreamEdgeCases()
    {
        QFETCH(QByteArray, stream);
        QFETCH(QString, expected);
        OpenAiStreamDecoder decoder;
        QList<StreamEvent> events = decoder.feed(stream);
        events += decoder.finish();
        QCOMPARE(describe(events), expected);
        // THEN it has stopped for good, one way or the other
        QVERIFY(decoder.isFinished());
        QCOMPARE(decoder.hasError(), expected.contains(QLatin1String("error:")));
        QCOMPARE(decoder.feed("data: [DONE]\n\n").size(), 0);
    }

    void shouldFailOnAnEventPastTheCap()
    {
        OpenAiStreamDecoder decoder(64);
        QList<StreamEvent> events =
            decoder.feed("data: {\"choices\":[{\"delta\":{\"content\":\"" + QByteArray(100, 'x'));
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().kind, StreamEvent::Kind::Error);
        QVERIFY(decoder.hasError());
        QCOMPARE(decoder.finish().size(), 0);
    }

    void shouldParseAPlainAnswer_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("content"); // or the error message
        QTest::addColumn<bool>("ok");

        QTest::newRow("answer")
            << QByteArray(
                   R"({"id":"chatcmpl-1","object":"chat.completion","model":"m","choices":[{"index":0,"message":{"role":"assistant","content":"学习 plan"},"finish_reason":"stop"}],"usage":{"prompt_tokens":9,"completion_tokens":2,"total_tokens":11}})")
            << "学习 plan" << true;
        QTest::newRow("content null")
            << QByteArray(
                   R"({"choices":[{"message":{"role":"assistant","content":null},"finish_reason":"tool_calls"}]})")
            << "" << true;
        QTest::newRow("error body")
            << QByteArray(
                   R"({"error":{"message":"Incorrect API key provided.","type":"invalid_request_error","param":null,"code":"invalid_api_key"}})")
            << "Incorrect API key provided." << false;
        QTest::newRow("no choices")
            << QByteArray(R"({"choices":[]})") << "The server's answer has no message." << false;
        QTest::newRow("malformed") << QByteArray("{\"choices\": [")
                                   << "The server's answer is not valid JSON: invalid JSON "
                                      "(unterminated array at offset 13)."
                                   << false;
        QTest::newRow("HTML") << QByteArray("<html>502 Bad Gateway</html>")
                              << "The server's answer is not valid JSON: invalid JSON "
                                 "(illegal value at offset 1)."
                              << false;
    }

    void shouldParseAPlainAnswer()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, content);
        QFETCH(bool, ok);
        const Result<ChatAnswer> answer = OpenAiStreamDecoder::parseAnswer(body);
        QCOMPARE(answer.ok(), ok);
        if (ok) {
            QCOMPARE(answer->content, content);
        } else {
            QCOMPARE(answer.error().kind, Error::Kind::Provider);
            QCOMPARE(answer.error().message, content);
        }
    }

    void shouldReadUsageAndFinishReasonOfAnAnswer()
    {
        const Result<ChatAnswer> answer = OpenAiStreamDecoder::parseAnswer(
            R"({"choices":[{"message":{"content":"x"},"finish_reason":"length"}],"usage":{"prompt_tokens":9,"completion_tokens":2,"total_tokens":11}})");
        QVERIFY(answer.ok());
        QCOMPARE(answer->finishReason, QStringLiteral("length"));
        QVERIFY(answer->hasUsage);
        QCOMPARE(answer->usage, (TokenUsage{9, 2, 11}));
    }

    void shouldFindTheMessageOfAnErrorBody()
    {
        QCOMPARE(OpenAiStreamDecoder::errorMessage(
                     R"({"error":{"message":"Rate limit reached","type":"requests"}})"),
                 QStringLiteral("Rate limit reached"));
        QCOMPARE(OpenAiStreamDecoder::errorMessage(R"({"error":{"type":"server_error"}})"),
                 QStringLiteral("server_error"));
        QCOMPARE(OpenAiStreamDecoder::errorMessage("Bad Gateway"), QString());
        QCOMPARE(OpenAiStreamDecoder::errorMessage(R"({"ok":true})"), QString());
    }
};

HELIOS_TEST_MAIN(TestSseParser)
#include "tst_sse_parser.moc"

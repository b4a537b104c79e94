// LLM client benchmark (issue 4), against helios-test-llm running as its own process on loopback:
//   sequential  N calls one after the other to a server that answers at once (no cache): calls
//               per second, against curl doing the same POSTs (one process per call, and one
//               process reusing its connection) as the baseline;
//   concurrent  64 calls at once to a server that waits 200 ms before answering: total wall time
//               as a multiple of the 200 ms that perfect concurrency would take, with the
//               per-provider limit raised to 64 and at the default of 4;
//   sse         parsing a 32 MiB OpenAI stream (SseParser + OpenAiStreamDecoder, in 4 KiB network
//               chunks) in MB/s, against parsing the events' JSON payloads alone, already cut
//               out (the floor any decoder of this protocol pays).
// Usage: bench_llm_client [--quick]

#include "core/llm/llm_client.h"
#include "core/llm/openai_provider.h"
#include "core/llm/openai_stream_decoder.h"
#include "tests/support/test_paths.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryFile>
#include <QUrl>

#include <qcoro/qcorotask.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

using namespace helios;
using namespace helios::llm;

namespace {

void must(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "bench_llm_client: %s failed\n", what);
        std::exit(1);
    }
}

// helios-test-llm in its own process; the URL it prints is where it listens.
struct ServerProcess
{
    QProcess process;
    QUrl url;

    explicit ServerProcess(int delayMs)
    {
        process.start(helios::test::testLlmPath(),
                      {QStringLiteral("--delay-ms"), QString::number(delayMs)});
        must(process.waitForStarted(10000), "starting helios-test-llm");
        must(process.waitForReadyRead(10000), "reading helios-test-llm's URL");
        url = QUrl(QString::fromUtf8(process.readLine().trimmed()));
        must(url.isValid() && url.port() > 0, "helios-test-llm's URL");
    }
    ~ServerProcess()
    {
        process.kill();
        process.waitForFinished();
    }
};

std::unique_ptr<LlmClient> client(const QUrl &url, int maxConcurrent)
{
    ProviderConfig config;
    config.kind = ProviderKind::OpenAi;
    config.endpoint = url;
    config.model = QStringLiteral("test-model");
    config.maxConcurrent = maxConcurrent;
    return std::make_unique<LlmClient>(std::make_unique<OpenAiProvider>(config));
}

ChatRequest question(int i)
{
    ChatRequest r;
    r.messages = {{QStringLiteral("user"), QStringLiteral("Question %1: plan my week").arg(i)}};
    return r;
}

CallOptions plainCall()
{
    CallOptions o;
    o.stream = false;
    o.maxRetries = 0;
    o.deadlineMs = 60000;
    return o;
}

QCoro::Task<int> sequentialCalls(LlmClient &c, int n)
{
    int ok = 0;
    for (int i = 0; i < n; ++i) {
        auto call = c.chat(question(i), plainCall());
        const Result<ChatResult> r = co_await call;
        ok += r.ok() ? 1 : 0;
    }
    co_return ok;
}

QCoro::Task<int> concurrentCalls(LlmClient &c, int n)
{
    std::vector<QCoro::Task<Result<ChatResult>>> calls;
    calls.reserve(size_t(n));
    for (int i = 0; i < n; ++i)
        calls.push_back(c.chat(question(i), plainCall()));
    int ok = 0;
    for (auto &call : calls) {
        const Result<ChatResult> r = co_await call;
        ok += r.ok() ? 1 : 0;
    }
    co_return ok;
}

QByteArray requestBody()
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("model"), QStringLiteral("test-model")},
                           {QStringLiteral("stream"), false},
                           {QStringLiteral("messages"),
                            QJsonArray{QJsonObject{
                                {QStringLiteral("role"), QStringLiteral("user")},
                                {QStringLiteral("content"), QStringLiteral("plan my week")}}}}})
        .toJson(QJsonDocument::Compact);
}

// Seconds for curl to make n POSTs, one process each, or in one process when reuse is set.
double curlSeconds(const QString &curl, const QUrl &server, int n, bool reuse)
{
    QTemporaryFile body;
    must(body.open() && body.write(requestBody()) > 0 && body.flush(), "writing the curl body");
    const QString url = server.toString() + QStringLiteral("/v1/chat/completions");
    const QStringList common{QStringLiteral("-s"),
                             QStringLiteral("-o"),
                             QStringLiteral("/dev/null"),
                             QStringLiteral("-H"),
                             QStringLiteral("Content-Type: application/json"),
                             QStringLiteral("--data-binary"),
                             QLatin1Char('@') + body.fileName()};
    QElapsedTimer clock;
    clock.start();
    if (reuse) {
        QStringList args = common;
        for (int i = 0; i < n; ++i)
            args << url;
        QProcess p;
        p.start(curl, args);
        must(p.waitForFinished(120000) && p.exitCode() == 0, "curl (one process)");
    } else {
        for (int i = 0; i < n; ++i) {
            QProcess p;
            p.start(curl, common + QStringList{url});
            must(p.waitForFinished(30000) && p.exitCode() == 0, "curl");
        }
    }
    return double(clock.nsecsElapsed()) / 1e9;
}

QByteArray sseStream(qint64 bytes)
{
    QByteArray out;
    out.reserve(bytes + 1024);
    out += ": keep-alive comment\n\n";
    int i = 0;
    while (out.size() < bytes) {
        out +=
            "data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
            "\"delta\":{\"content\":\"word";
        out += QByteArray::number(i++);
        out += " 学习 \"},\"finish_reason\":null}]}\n\n";
    }
    out += "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
           "data: [DONE]\n\n";
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int sequential = quick ? 100 : 1000;
    const int curlCalls = quick ? 20 : 200;
    const int concurrent = 64;

    std::printf("bench_llm_client%s\n", quick ? " (quick)" : "");

    // Sequential calls against curl.
    {
        ServerProcess server(0);
        auto c = client(server.url, 4);
        QCoro::waitFor(sequentialCalls(*c, 10)); // warm the connection
        QElapsedTimer clock;
        clock.start();
        const int ok = QCoro::waitFor(sequentialCalls(*c, sequential));
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        must(ok == sequential, "every sequential call");
        const double helios = sequential / seconds;
        std::printf("sequential: %d calls in %.3f s = %.0f calls/s (%.3f ms a call)\n", sequential,
                    seconds, helios, 1000.0 * seconds / sequential);
        const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
        if (curl.isEmpty()) {
            std::printf("  curl baseline skipped: curl is not installed\n");
        } else {
            const double each = curlCalls / curlSeconds(curl, server.url, curlCalls, false);
            const double reuse = curlCalls / curlSeconds(curl, server.url, curlCalls, true);
            std::printf("  curl, a process per call:         %.0f calls/s -> Helios is %.1fx\n",
                        each, helios / each);
            std::printf("  curl, one process, keep-alive:    %.0f calls/s -> Helios is %.2fx\n",
                        reuse, helios / reuse);
        }
    }

    // 64 concurrent calls to a server that waits 200 ms.
    {
        ServerProcess server(200);
        for (const int limit : {concurrent, 4}) {
            auto c = client(server.url, limit);
            QElapsedTimer clock;
            clock.start();
            const int ok = QCoro::waitFor(concurrentCalls(*c, concurrent));
            const double ms = double(clock.nsecsElapsed()) / 1e6;
            must(ok == concurrent, "every concurrent call");
            std::printf("concurrent: %d calls, limit %2d: %.0f ms = %.2fx the 200 ms of one call "
                        "(ideal %.2fx)\n",
                        concurrent, limit, ms, ms / 200.0,
                        double((concurrent + limit - 1) / limit));
        }
    }

    // SSE parsing throughput.
    {
        const QByteArray stream = sseStream(quick ? 4 << 20 : 32 << 20);
        const double mb = double(stream.size()) / 1e6;
        constexpr qsizetype kChunk = 4096;

        // The floor: parsing each event's JSON payload, already cut out of the stream.
        QList<QByteArray> payloads;
        for (qsizetype from = 0; from < stream.size();) {
            const qsizetype nl = stream.indexOf('\n', from);
            if (nl < 0)
                break;
            const QByteArrayView line = QByteArrayView(stream).sliced(from, nl - from);
            if (line.startsWith("data: {"))
                payloads.append(line.sliced(6).toByteArray());
            from = nl + 1;
        }
        QElapsedTimer clock;
        clock.start();
        qsizetype lines = 0;
        for (const QByteArray &payload : payloads)
            lines += QJsonDocument::fromJson(payload).isObject() ? 1 : 0;
        const double baseline = mb / (double(clock.nsecsElapsed()) / 1e9);

        clock.restart();
        OpenAiStreamDecoder decoder;
        qsizetype pieces = 0;
        for (qsizetype at = 0; at < stream.size(); at += kChunk) {
            for (const StreamEvent &e : decoder.feed(
                     QByteArrayView(stream).sliced(at, std::min(kChunk, stream.size() - at))))
                pieces += e.kind == StreamEvent::Kind::Content ? 1 : 0;
        }
        decoder.finish();
        const double parsed = mb / (double(clock.nsecsElapsed()) / 1e9);
        must(decoder.isDone() && pieces > 0 && lines > 0, "decoding the stream");
        std::printf("sse: %.1f MB, %lld content events: %.1f MB/s (%.0f events/s); parsing the "
                    "events' JSON alone %.1f MB/s (the whole decoder runs at %.2f of that)\n",
                    mb, static_cast<long long>(pieces), parsed, double(pieces) / (mb / parsed),
                    baseline, parsed / baseline);
    }
    return 0;
}

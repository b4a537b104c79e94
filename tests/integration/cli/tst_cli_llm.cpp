// helios-cli's model server commands (ask, models, cache) end to end: the real binary, over
// loopback, against the real test LLM server running in this process.
#include "cli_process.h"
#include "tests/support/test_llm_server.h"
#include "tests/support/test_main.h"
#include "tests/support/test_paths.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace helios::test;

namespace {

// A key that must never show up anywhere but in the Authorization header.
const QByteArray kSentinelKey = "sk-helios-sentinel-9f2c41d7e8";

} // namespace

class TestCliLlm : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestLlmServer> m_server;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("data/helios.db")); }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = cliEnvironment(m_dir->path());
        e.remove(QStringLiteral("HELIOS_PROVIDER"));
        e.remove(QStringLiteral("HELIOS_ENDPOINT"));
        e.remove(QStringLiteral("HELIOS_MODEL"));
        e.insert(QStringLiteral("HELIOS_API_KEY"), QString::fromLatin1(kSentinelKey));
        return e;
    }

    QStringList serverArgs(const QString &provider = QStringLiteral("openai")) const
    {
        return {QStringLiteral("--db"),       dbPath(),
                QStringLiteral("--provider"), provider,
                QStringLiteral("--endpoint"), m_server->baseUrl().toString()};
    }

    // Runs helios-cli while this event loop keeps serving the test server's connections.
    CliRun run(const QStringList &arguments, int killAfterMs = -1)
    {
        QProcess process;
        process.setProcessEnvironment(env());
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(helios::test::cliPath(), arguments);
        if (killAfterMs >= 0) {
            QTest::qWait(killAfterMs);
            process.terminate(); // SIGTERM, as Ctrl+C would send SIGINT
        }
        return finishRun(process, finished.wait(30000));
    }

    int chatRequests() const
    {
        int n = 0;
        for (const RecordedRequest &r : m_server->requests())
            n += (r.path.endsWith("/chat/completions") || r.path == "/api/chat") ? 1 : 0;
        return n;
    }

    // Every file Helios wrote in the temporary folder (database, log, backups).
    QByteArray everythingWritten() const
    {
        QByteArray all;
        QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            all += fileBytes(it.next());
        return all;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(m_dir->filePath(QStringLiteral("data"))));
        m_server = std::make_unique<TestLlmServer>();
        QVERIFY(m_server->listen());
    }

    void shouldStreamTheAnswerAndSendTheKeyOnlyInTheAuthorizationHeader()
    {
        // GIVEN an OpenAI-compatible server and a key in HELIOS_API_KEY
        ScriptedReply reply;
        reply.content = QStringLiteral("你好, Helios!");
        m_server->enqueue(reply);
        // WHEN ask runs with --verbose
        const CliRun r =
            run(serverArgs() + QStringList{QStringLiteral("--verbose"), QStringLiteral("--model"),
                                           QStringLiteral("test-model"), QStringLiteral("ask"),
                                           QStringLiteral("Say hello")});
        // THEN the answer is on stdout, the key went in the header
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QCOMPARE(r.outText(), QStringLiteral("你好, Helios!\n"));
        QCOMPARE(chatRequests(), 1);
        const RecordedRequest sent = m_server->requests().constLast();
        QCOMPARE(sent.header("Authorization"), QByteArray("Bearer " + kSentinelKey));
        QVERIFY(sent.json().value(QLatin1String("stream")).toBool());
        // AND it is nowhere else: not on stderr, not in the log, not in the database
        QVERIFY(!r.err.contains(kSentinelKey));
        QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("data/helios.log"))));
        QVERIFY(!everythingWritten().contains(kSentinelKey));
    }

    void shouldAnswerTheSameQuestionFromTheCacheAcrossRuns()
    {
        const QStringList ask =
            serverArgs() + QStringList{QStringLiteral("--model"), QStringLiteral("test-model"),
                                       QStringLiteral("ask"), QStringLiteral("Plan my week"),
                                       QStringLiteral("--json")};
        const CliRun first = run(ask);
        QVERIFY2(first.exitCode == 0, qPrintable(first.describe()));
        const CliRun second = run(ask);
        QVERIFY2(second.exitCode == 0, qPrintable(second.describe()));
        QCOMPARE(chatRequests(), 1);
        QVERIFY(!first.json().value(QLatin1String("cached")).toBool());
        QVERIFY(second.json().value(QLatin1String("cached")).toBool());
        QCOMPARE(second.json().value(QLatin1String("answer")),
                 first.json().value(QLatin1String("answer")));

        // --no-cache asks the model again
        const CliRun third = run(ask + QStringList{QStringLiteral("--no-cache")});
        QVERIFY2(third.exitCode == 0, qPrintable(third.describe()));
        QCOMPARE(chatRequests(), 2);

        // cache stats sees the entry and the calls; cache clear forgets it
        const CliRun stats = run({QStringLiteral("--db"), dbPath(), QStringLiteral("cache"),
                                  QStringLiteral("stats"), QStringLiteral("--json")});
        QVERIFY2(stats.exitCode == 0, qPrintable(stats.describe()));
        QCOMPARE(stats.json().value(QLatin1String("entries")).toInt(), 1);
        QCOMPARE(stats.json().value(QLatin1String("calls")).toInt(), 3);
        QCOMPARE(stats.json().value(QLatin1String("cached_calls")).toInt(), 1);
        const CliRun cleared = run({QStringLiteral("--db"), dbPath(), QStringLiteral("cache"),
                                    QStringLiteral("clear"), QStringLiteral("--json")});
        QCOMPARE(cleared.json().value(QLatin1String("cleared")).toInt(), 1);
        const CliRun fourth = run(ask);
        QVERIFY(!fourth.json().value(QLatin1String("cached")).toBool());
        QCOMPARE(chatRequests(), 3);
    }

    void shouldUseTheServersFirstModelWhenNoneIsNamed()
    {
        m_server->setModels({QStringLiteral("qwen2.5:7b"), QStringLiteral("llama3")});
        const CliRun r = run(serverArgs(QStringLiteral("ollama")) +
                             QStringList{QStringLiteral("ask"), QStringLiteral("Hi"),
                                         QStringLiteral("--no-stream")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const RecordedRequest sent = m_server->requests().constLast();
        QCOMPARE(sent.path, QByteArray("/api/chat"));
        QCOMPARE(sent.json().value(QLatin1String("model")).toString(),
                 QStringLiteral("qwen2.5:7b"));
        QVERIFY(!sent.json().value(QLatin1String("stream")).toBool(true));
    }

    void shouldListTheServersModels()
    {
        m_server->setModels({QStringLiteral("alpha"), QStringLiteral("beta")});
        const CliRun text = run(serverArgs() + QStringList{QStringLiteral("models")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QCOMPARE(text.outText(), QStringLiteral("alpha\nbeta\n"));
        const CliRun json = run(serverArgs(QStringLiteral("ollama")) +
                                QStringList{QStringLiteral("models"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.describe()));
        QCOMPARE(json.json().value(QLatin1String("models")).toArray().size(), 2);
    }

    void shouldFailWithTheServersOwnMessageAndExit3()
    {
        ScriptedReply broken;
        broken.status = 400;
        broken.errorMessage = QStringLiteral("model 'nope' not found, try pulling it first");
        m_server->enqueue(broken);
        const CliRun r =
            run(serverArgs() + QStringList{QStringLiteral("--model"), QStringLiteral("nope"),
                                           QStringLiteral("ask"), QStringLiteral("Hi")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.errLines().constFirst().contains(QLatin1String("try pulling it first")),
                 qPrintable(r.describe()));
    }

    void shouldFailClearlyWhenNothingListens()
    {
        const quint16 port = m_server->port();
        m_server.reset(); // the port is free now
        const CliRun r =
            run({QStringLiteral("--db"), dbPath(), QStringLiteral("--provider"),
                 QStringLiteral("ollama"), QStringLiteral("--endpoint"),
                 QStringLiteral("http://127.0.0.1:%1").arg(port), QStringLiteral("--model"),
                 QStringLiteral("m"), QStringLiteral("ask"), QStringLiteral("Hi"),
                 QStringLiteral("--timeout"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.errLines().size(), 1);
    }

    void shouldGiveUpAtTheTimeout()
    {
        ScriptedReply slow;
        slow.delayMs = 20000;
        m_server->setDefaultReply(slow);
        QElapsedTimer clock;
        clock.start();
        const CliRun r =
            run(serverArgs() + QStringList{QStringLiteral("--model"), QStringLiteral("m"),
                                           QStringLiteral("--timeout"), QStringLiteral("1"),
                                           QStringLiteral("ask"), QStringLiteral("Hi")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(clock.elapsed() < 15000, "the deadline was not kept");
    }

    void shouldCancelOnSigtermWithExit130()
    {
        ScriptedReply slow;
        slow.delayMs = 20000;
        m_server->setDefaultReply(slow);
        const CliRun r =
            run(serverArgs() + QStringList{QStringLiteral("--model"), QStringLiteral("m"),
                                           QStringLiteral("ask"), QStringLiteral("Hi")},
                /*killAfterMs=*/1500);
        QCOMPARE(r.exitCode, 130);
        QCOMPARE(r.errLines().size(), 1);
    }

    void shouldWriteTheMetricsAtExit()
    {
        const QString metricsFile = m_dir->filePath(QStringLiteral("metrics.prom"));
        const CliRun r =
            run(serverArgs() + QStringList{QStringLiteral("--model"), QStringLiteral("test-model"),
                                           QStringLiteral("--metrics-out"), metricsFile,
                                           QStringLiteral("ask"), QStringLiteral("Hi")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QByteArray text = fileBytes(metricsFile);
        QVERIFY2(text.contains("llm_api_requests_total{model=\"test-model\",status=\"ok\"} 1"),
                 text.constData());
        QVERIFY(text.contains("llm_api_response_time_seconds_count{model=\"test-model\"} 1"));
        QVERIFY(text.contains("llm_cache_requests_total{result=\"miss\"} 1"));
        QVERIFY(text.contains("process_resident_memory_bytes "));
    }

    void shouldRefuseBadModelServerOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("offline ask") << QStringList{QStringLiteral("ask"), QStringLiteral("Hi")};
        QTest::newRow("unknown provider")
            << QStringList{QStringLiteral("ask"), QStringLiteral("Hi"),
                           QStringLiteral("--provider"), QStringLiteral("gpt")};
        QTest::newRow("temperature out of range")
            << QStringList{QStringLiteral("ask"),           QStringLiteral("Hi"),
                           QStringLiteral("--provider"),    QStringLiteral("ollama"),
                           QStringLiteral("--temperature"), QStringLiteral("3")};
        QTest::newRow("not a URL") << QStringList{
            QStringLiteral("models"), QStringLiteral("--provider"), QStringLiteral("openai"),
            QStringLiteral("--endpoint"), QStringLiteral("localhost:8080")};
        QTest::newRow("no prompt") << QStringList{
            QStringLiteral("ask"), QStringLiteral("--provider"), QStringLiteral("ollama")};
        QTest::newRow("zero timeout") << QStringList{
            QStringLiteral("ask"),    QStringLiteral("Hi"),        QStringLiteral("--provider"),
            QStringLiteral("ollama"), QStringLiteral("--timeout"), QStringLiteral("0")};
        QTest::newRow("cache without action") << QStringList{QStringLiteral("cache")};
    }

    void shouldRefuseBadModelServerOptions()
    {
        QFETCH(QStringList, arguments);
        const CliRun r = run(QStringList{QStringLiteral("--db"), dbPath()} + arguments);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.errLines().size(), 1);
        QCOMPARE(m_server->requests().size(), 0);
    }
};

HELIOS_TEST_MAIN(TestCliLlm)
#include "tst_cli_llm.moc"

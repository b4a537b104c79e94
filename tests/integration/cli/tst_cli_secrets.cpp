// The API key in use never leaves helios-cli's LLM layer, whatever its shape and whatever the
// server does with it: the real binary against the real test LLM server in this process, which
// answers 401 with a body that repeats the key it was sent (as some OpenAI-compatible proxies
// do), lists it as a model, or streams it back in the answer.
#include "cli_process.h"
#include "tests/support/test_llm_server.h"
#include "tests/support/test_main.h"
#include "tests/support/test_paths.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace helios::test;

class TestCliSecrets : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestLlmServer> m_server;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("data/helios.db")); }

    QProcessEnvironment env(const QString &key) const
    {
        QProcessEnvironment e = cliEnvironment(m_dir->path());
        e.remove(QStringLiteral("HELIOS_PROVIDER"));
        e.remove(QStringLiteral("HELIOS_ENDPOINT"));
        e.remove(QStringLiteral("HELIOS_MODEL"));
        e.insert(QStringLiteral("HELIOS_API_KEY"), key);
        return e;
    }

    QStringList serverArgs() const
    {
        return {QStringLiteral("--db"),       dbPath(),
                QStringLiteral("--provider"), QStringLiteral("openai"),
                QStringLiteral("--endpoint"), m_server->baseUrl().toString(),
                QStringLiteral("--model"),    QStringLiteral("test-model")};
    }

    // Runs helios-cli while this event loop keeps serving the test server's connections.
    CliRun run(const QString &key, const QStringList &arguments)
    {
        QProcess process;
        process.setProcessEnvironment(env(key));
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(helios::test::cliPath(), serverArgs() + arguments);
        return finishRun(process, finished.wait(60000));
    }

    // Every file Helios wrote in the temporary folder (database and its WAL, log, backups).
    QByteArray everythingWritten() const
    {
        QByteArray all;
        QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            all += fileBytes(it.next());
        return all;
    }

    // The key must not be anywhere: neither whole nor as a long run of it.
    static void verifyNoKey(const QByteArray &where, const QString &key, const char *what)
    {
        const QByteArray bytes = key.toUtf8();
        QVERIFY2(!where.contains(bytes),
                 qPrintable(QStringLiteral("%1 holds the key").arg(QLatin1String(what))));
        if (bytes.size() >= 16) {
            for (qsizetype i = 0; i + 8 <= bytes.size(); ++i)
                QVERIFY2(
                    !where.contains(bytes.mid(i, 8)),
                    qPrintable(
                        QStringLiteral("%1 holds 8 bytes of the key").arg(QLatin1String(what))));
        }
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

    void shouldNeverRepeatAKeyTheServerEchoes_data()
    {
        QTest::addColumn<QString>("key");
        // None of them looks like sk-... of a known length, which is all a shape can catch.
        QTest::newRow("short") << QStringLiteral("Qv7#");
        QTest::newRow("odd") << QStringLiteral("p@ss w\"rd/ü9=");
        QTest::newRow("long, no prefix") << QStringLiteral("Zt8kQ2mW9xVb4nLr7sYp3cHf6jDg1aUe");
        QTest::newRow("sk-, too short for its pattern") << QStringLiteral("sk-7fQa2");
    }

    void shouldNeverRepeatAKeyTheServerEchoes()
    {
        QFETCH(QString, key);
        // GIVEN a server that answers every call with 401 and the key it was sent
        ScriptedReply refuse;
        refuse.status = 401;
        refuse.echoKey = true;
        m_server->setDefaultReply(refuse);
        ScriptedReply refuseModels = refuse;
        refuseModels.path = QStringLiteral("/v1/models");
        m_server->enqueue(refuseModels);

        // WHEN ask, models and plan run against it
        const CliRun asked = run(key, {QStringLiteral("ask"), QStringLiteral("Hello")});
        const CliRun listed = run(key, {QStringLiteral("models")});
        const CliRun planned = run(key, {QStringLiteral("plan"), QStringLiteral("Learn Go"),
                                         QStringLiteral("--today"), QStringLiteral("2026-11-27")});

        // THEN each fails as a provider failure (exit 3) with the server's words, not its key
        for (const CliRun *r : {&asked, &listed, &planned}) {
            QVERIFY2(r->exitCode == 3, qPrintable(r->describe()));
            QVERIFY2(r->err.contains("Incorrect API key provided: [redacted]"),
                     qPrintable(r->describe()));
            verifyNoKey(r->err, key, "stderr");
            verifyNoKey(r->out, key, "stdout");
        }
        // AND the server did receive it, in the header only
        QVERIFY(m_server->requests().constLast().header("Authorization").endsWith(key.toUtf8()));
        // AND the failed job, the call history, the log and the backups do not hold it
        const CliRun jobs = runCli(
            {QStringLiteral("--db"), dbPath(), QStringLiteral("jobs"), QStringLiteral("--json")},
            env(key));
        const QJsonObject job =
            jobs.json().value(QLatin1String("jobs")).toArray().first().toObject();
        QCOMPARE(job.value(QLatin1String("status")).toString(), QStringLiteral("failed"));
        QVERIFY2(job.value(QLatin1String("error")).toString().contains(QLatin1String("[redacted]")),
                 qPrintable(jobs.describe()));
        QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("data/helios.log"))));
        QVERIFY(QFile::exists(dbPath()));
        verifyNoKey(everythingWritten(), key, "the files Helios wrote");
    }

    void shouldNotShowAKeyTheServerListsAsAModelOrStreamsBack()
    {
        // GIVEN a key, a server that lists it among its models and streams it back in pieces
        const QString key = QStringLiteral("k3y-Odd_9");
        m_server->setModels({QStringLiteral("test-model"), key});
        ScriptedReply reply;
        reply.pieces = QStringList{QStringLiteral("Your key is ")};
        for (const QChar c : key)
            reply.pieces.append(QString(c));
        reply.pieces.append(QStringLiteral(" - keep it safe."));
        m_server->enqueue(reply);

        // WHEN models and a streamed ask run
        const CliRun listed = run(key, {QStringLiteral("models")});
        const CliRun asked = run(key, {QStringLiteral("ask"), QStringLiteral("What is my key?")});

        // THEN neither shows it: the model list keeps the other model, the answer its words
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.describe()));
        QVERIFY(listed.outText().contains(QLatin1String("test-model")));
        verifyNoKey(listed.out, key, "the model list");
        QVERIFY2(asked.exitCode == 0, qPrintable(asked.describe()));
        QCOMPARE(asked.outText(), QStringLiteral("Your key is [redacted] - keep it safe.\n"));
        // AND the answer cached in the database does not hold it either
        verifyNoKey(everythingWritten(), key, "the files Helios wrote");
    }
};

HELIOS_TEST_MAIN(TestCliSecrets)
#include "tst_cli_secrets.moc"

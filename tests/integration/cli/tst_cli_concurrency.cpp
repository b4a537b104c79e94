// Several helios-cli processes at once on one database, end to end with the real binary: a
// restore while another process holds the database, twelve re-plans accepted at once, and a
// disk that fills up under the log.
#include "cli_process.h"
#include "tests/support/test_main.h"
#include "tests/support/test_paths.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <memory>
#include <vector>

using namespace helios::test;

class TestCliConcurrency : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString db() const { return m_dir->filePath(QStringLiteral("helios.db")); }
    QProcessEnvironment env() const { return cliEnvironment(m_dir->path()); }

    CliRun cli(const QStringList &args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), db()} + args, env());
    }

    QJsonArray jobs() const
    {
        return cli({QStringLiteral("jobs"), QStringLiteral("--json")})
            .json()
            .value(QLatin1String("jobs"))
            .toArray();
    }

    // helios-test-llm answering every request after delayMs; its URL.
    static QString startSlowServer(QProcess &server, int delayMs)
    {
        server.start(helios::test::testLlmPath(),
                     {QStringLiteral("--delay-ms"), QString::number(delayMs)});
        if (!server.waitForStarted(10000) || !server.waitForReadyRead(10000))
            return {};
        return QString::fromUtf8(server.readLine().trimmed());
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void shouldRefuseToRestoreWhileAnotherProcessUsesTheDatabase()
    {
        // GIVEN a database, a backup of it, and another helios-cli that has it open (a plan
        // waiting for a slow model, as the window would hold it)
        QVERIFY(cli({QStringLiteral("plan"), QStringLiteral("Learn Python"),
                     QStringLiteral("--today"), QStringLiteral("2026-11-27")})
                    .exitCode == 0);
        const QString backup = m_dir->filePath(QStringLiteral("backup.db"));
        QVERIFY(cli({QStringLiteral("backup"), QStringLiteral("-o"), backup}).exitCode == 0);
        QProcess server;
        const QString url = startSlowServer(server, 30000);
        QVERIFY(!url.isEmpty());
        QProcess planner;
        planner.setProcessEnvironment(env());
        planner.start(helios::test::cliPath(),
                      {QStringLiteral("--db"), db(), QStringLiteral("plan"),
                       QStringLiteral("Learn Go"), QStringLiteral("--provider"),
                       QStringLiteral("openai"), QStringLiteral("--endpoint"), url,
                       QStringLiteral("--model"), QStringLiteral("m")});
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 15000 &&
               !(jobs().size() == 1 &&
                 jobs().first().toObject().value(QLatin1String("status")).toString() ==
                     QLatin1String("running")))
            QThread::msleep(100);
        QCOMPARE(jobs().first().toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("running"));
        const QByteArray before = fileBytes(db());

        // WHEN the backup is restored
        const CliRun refused = cli({QStringLiteral("restore"), backup});

        // THEN it is refused with one sentence saying why, and the database is the same file
        QVERIFY2(refused.exitCode == 5, qPrintable(refused.describe()));
        QCOMPARE(refused.errLines().size(), 1);
        QVERIFY2(refused.err.contains("Another Helios program is using"),
                 qPrintable(refused.describe()));
        QVERIFY(fileBytes(db()) == before);
        QVERIFY(!QDir(m_dir->filePath(QStringLiteral("backups")))
                     .entryList({QStringLiteral("*replaced*")})
                     .size());

        // AND the other process's edits still land in the database: its job, cancelled
        ::kill(pid_t(planner.processId()), SIGTERM);
        QVERIFY(planner.waitForFinished(15000));
        server.kill();
        server.waitForFinished();
        QCOMPARE(jobs().first().toObject().value(QLatin1String("status")).toString(),
                 QStringLiteral("cancelled"));

        // AND once it is gone, the restore goes through
        const CliRun restored = cli({QStringLiteral("restore"), backup});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));
    }

    void shouldReportTheVersionEachConcurrentReplanWrote()
    {
        // GIVEN a plan
        const CliRun made =
            cli({QStringLiteral("plan"), QStringLiteral("Learn Python"), QStringLiteral("--today"),
                 QStringLiteral("2026-11-02"), QStringLiteral("--json")});
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        const QString planId = QString::number(made.json()
                                                   .value(QLatin1String("plan"))
                                                   .toObject()
                                                   .value(QLatin1String("id"))
                                                   .toInteger());

        // WHEN twelve processes accept a re-plan of it at once
        constexpr int kProcesses = 12;
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < kProcesses; ++i) {
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(env());
            process->start(helios::test::cliPath(),
                           {QStringLiteral("--db"), db(), QStringLiteral("replan"), planId,
                            QStringLiteral("--today"),
                            QStringLiteral("2026-12-%1").arg(i + 1, 2, 10, QLatin1Char('0')),
                            QStringLiteral("--accept"), QStringLiteral("--json")});
            processes.push_back(std::move(process));
        }
        QList<int> reported;
        for (auto &process : processes) {
            const CliRun r = finishRun(*process, process->waitForFinished(120000));
            QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
            reported.append(int(r.json().value(QLatin1String("version")).toInteger()));
        }

        // THEN each reported the version it wrote: 2 to 13, each once (1 is the original)
        std::sort(reported.begin(), reported.end());
        QList<int> expected;
        for (int v = 2; v <= kProcesses + 1; ++v)
            expected.append(v);
        QCOMPARE(reported, expected);
        const QJsonArray versions =
            cli({QStringLiteral("versions"), planId, QStringLiteral("--json")})
                .json()
                .value(QLatin1String("versions"))
                .toArray();
        QCOMPARE(versions.size(), kProcesses + 1);
        int originals = 0;
        for (const QJsonValue &v : versions)
            originals +=
                v.toObject().value(QLatin1String("reason")).toString() == QLatin1String("original");
        QCOMPARE(originals, 1);
    }

    void shouldSayOneSentenceWhenTheDiskFillsUnderTheLog()
    {
        // GIVEN a database and a log larger than the files this process may now grow
        QVERIFY(cli({QStringLiteral("plan"), QStringLiteral("Learn Python"),
                     QStringLiteral("--today"), QStringLiteral("2026-11-27")})
                    .exitCode == 0);
        {
            QFile log(m_dir->filePath(QStringLiteral("helios.log")));
            QVERIFY(log.open(QIODevice::Append));
            log.write(QByteArray(64 * 1024, '.') + '\n');
        }
        // WHEN a plan is made with no room to grow any file (writes fail as on a full disk;
        // SIGXFSZ ignored so that they fail instead of killing the process)
        QProcess shell;
        shell.setProcessEnvironment(env());
        shell.start(QStringLiteral("/bin/sh"),
                    {QStringLiteral("-c"),
                     QStringLiteral("trap '' XFSZ; ulimit -f 8; exec \"$0\" \"$@\""),
                     helios::test::cliPath(), QStringLiteral("--db"), db(), QStringLiteral("plan"),
                     QStringLiteral("Run a half marathon"), QStringLiteral("--today"),
                     QStringLiteral("2026-11-27")});
        const CliRun r = finishRun(shell, shell.waitForFinished(60000));

        // THEN it fails with one error sentence and nothing else on stderr
        QVERIFY2(r.exitCode == 5, qPrintable(r.describe()));
        QVERIFY2(r.errLines().size() == 1, qPrintable(r.describe()));
        QVERIFY2(!r.err.contains("LOG ERROR"), qPrintable(r.describe()));
    }
};

HELIOS_TEST_MAIN(TestCliConcurrency)
#include "tst_cli_concurrency.moc"

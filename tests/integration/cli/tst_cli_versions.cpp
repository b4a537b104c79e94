// helios-cli replan, versions, diff, jobs and cancel end to end: the real binary on a temporary
// database; the model server, where one is needed, is helios-test-llm in its own process.
#include "cli_process.h"
#include "tests/support/test_main.h"
#include "tests/support/test_paths.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <memory>

using namespace helios::test;

class TestCliVersions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString db() const { return m_dir->filePath(QStringLiteral("helios.db")); }
    QProcessEnvironment env() const { return cliEnvironment(m_dir->path()); }

    CliRun cli(QStringList args)
    {
        return runCli(QStringList{QStringLiteral("--db"), db()} + args, env());
    }

    qint64 createPlan()
    {
        const CliRun r =
            cli({QStringLiteral("plan"), QStringLiteral("Learn Python"), QStringLiteral("--today"),
                 QStringLiteral("2026-11-02"), QStringLiteral("--deadline"),
                 QStringLiteral("2027-03-01"), QStringLiteral("--json")});
        if (r.exitCode != 0)
            qFatal("plan failed: %s", qPrintable(r.describe()));
        return r.json()
            .value(QLatin1String("plan"))
            .toObject()
            .value(QLatin1String("id"))
            .toInteger();
    }

    QJsonArray tasksOf(qint64 planId)
    {
        const CliRun r =
            cli({QStringLiteral("show"), QString::number(planId), QStringLiteral("--json")});
        return r.json()
            .value(QLatin1String("plan"))
            .toObject()
            .value(QLatin1String("tasks"))
            .toArray();
    }

    // helios-test-llm answering every request after delayMs; its URL.
    QString startSlowServer(QProcess &server, int delayMs)
    {
        server.start(helios::test::testLlmPath(),
                     {QStringLiteral("--delay-ms"), QString::number(delayMs)});
        if (!server.waitForStarted(10000) || !server.waitForReadyRead(10000))
            return {};
        return QString::fromUtf8(server.readLine().trimmed());
    }

    // Polls `jobs --json` until the newest job has that status.
    QJsonObject waitForJob(const QString &status, int timeoutMs = 15000)
    {
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < timeoutMs) {
            const CliRun r = cli({QStringLiteral("jobs"), QStringLiteral("--json")});
            const QJsonArray jobs = r.json().value(QLatin1String("jobs")).toArray();
            if (!jobs.isEmpty() &&
                jobs.first().toObject().value(QLatin1String("status")).toString() == status)
                return jobs.first().toObject();
            QThread::msleep(200);
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void shouldProposeAReplanAndChangeNothingWithoutAccept()
    {
        const qint64 id = createPlan();
        const QJsonArray before = tasksOf(id);
        const CliRun r = cli({QStringLiteral("replan"), QString::number(id),
                              QStringLiteral("--today"), QStringLiteral("2026-12-15")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(r.outText().contains(QLatin1String("--accept")), qPrintable(r.outText()));
        QVERIFY(r.outText().contains(QStringLiteral("→")));
        QCOMPARE(tasksOf(id), before);
        const CliRun versions =
            cli({QStringLiteral("versions"), QString::number(id), QStringLiteral("--json")});
        QCOMPARE(versions.json().value(QLatin1String("versions")).toArray().size(), 0);
    }

    void shouldAcceptListDiffAndRestoreVersions()
    {
        // GIVEN a plan six weeks behind
        const qint64 id = createPlan();
        const QJsonArray original = tasksOf(id);
        // WHEN the re-plan is accepted
        const CliRun accepted = cli({QStringLiteral("replan"), QString::number(id),
                                     QStringLiteral("--today"), QStringLiteral("2026-12-15"),
                                     QStringLiteral("--accept"), QStringLiteral("--json")});
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.describe()));
        QVERIFY(accepted.json().value(QLatin1String("accepted")).toBool());
        QCOMPARE(accepted.json().value(QLatin1String("version")).toInt(), 2);
        // THEN no task starts before the new today, and there are two versions
        for (const QJsonValue &t : tasksOf(id))
            QVERIFY(t.toObject().value(QLatin1String("start_date")).toString() >=
                    QLatin1String("2026-12-15"));
        const CliRun versions =
            cli({QStringLiteral("versions"), QString::number(id), QStringLiteral("--json")});
        const QJsonArray list = versions.json().value(QLatin1String("versions")).toArray();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0].toObject().value(QLatin1String("reason")).toString(),
                 QStringLiteral("original"));
        // AND diff shows the moved dates
        const CliRun diff = cli({QStringLiteral("diff"), QString::number(id), QStringLiteral("1"),
                                 QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(diff.exitCode == 0, qPrintable(diff.describe()));
        QVERIFY(!diff.json()
                     .value(QLatin1String("diff"))
                     .toObject()
                     .value(QLatin1String("shifted"))
                     .toArray()
                     .isEmpty());
        // WHEN version 1 is restored THEN the tasks are as they were, as version 3
        const CliRun restored = cli({QStringLiteral("versions"), QString::number(id),
                                     QStringLiteral("--restore"), QStringLiteral("1")});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));
        QCOMPARE(tasksOf(id), original);
        const CliRun after =
            cli({QStringLiteral("versions"), QString::number(id), QStringLiteral("--json")});
        QCOMPARE(after.json().value(QLatin1String("versions")).toArray().size(), 3);
    }

    void shouldRefuseUnknownPlansAndVersions()
    {
        const qint64 id = createPlan();
        QCOMPARE(cli({QStringLiteral("replan"), QStringLiteral("999")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("diff"), QString::number(id), QStringLiteral("1"),
                      QStringLiteral("9")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("versions"), QString::number(id), QStringLiteral("--restore"),
                      QStringLiteral("4")})
                     .exitCode,
                 2);
        QCOMPARE(
            cli({QStringLiteral("replan"), QString::number(id), QStringLiteral("--llm")}).exitCode,
            2);
        QCOMPARE(cli({QStringLiteral("replan"), QStringLiteral("x")}).exitCode, 2);
    }

    void shouldRecordThePlanAsACompletedJob()
    {
        const qint64 id = createPlan();
        const CliRun r = cli({QStringLiteral("jobs"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonArray jobs = r.json().value(QLatin1String("jobs")).toArray();
        QCOMPARE(jobs.size(), 1);
        const QJsonObject job = jobs.first().toObject();
        QCOMPARE(job.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(job.value(QLatin1String("plan_id")).toInteger(), id);
        QCOMPARE(
            job.value(QLatin1String("input")).toObject().value(QLatin1String("goal")).toString(),
            QStringLiteral("Learn Python"));
        // A finished job cannot be cancelled
        const CliRun cancel = cli({QStringLiteral("cancel"),
                                   QString::number(job.value(QLatin1String("id")).toInteger())});
        QCOMPARE(cancel.exitCode, 2);
        QCOMPARE(cancel.errLines().size(), 1);
    }

    void shouldShowAKilledJobAsInterrupted()
    {
        // GIVEN a plan generation waiting for a slow model
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
        QVERIFY(!waitForJob(QStringLiteral("running")).isEmpty());
        // WHEN its process is killed
        ::kill(pid_t(planner.processId()), SIGKILL);
        QVERIFY(planner.waitForFinished(10000));
        // THEN the next start shows the job as interrupted, with what it was doing
        const QJsonObject job = waitForJob(QStringLiteral("interrupted"));
        QVERIFY2(!job.isEmpty(), "the killed job was not interrupted");
        QVERIFY(!job.value(QLatin1String("error")).toString().isEmpty());
        QCOMPARE(cli({QStringLiteral("plans"), QStringLiteral("--json")})
                     .json()
                     .value(QLatin1String("plans"))
                     .toArray()
                     .size(),
                 0);
        server.kill();
        server.waitForFinished();

        // WHEN it is retried (offline this time) THEN its goal becomes a plan through a new job
        const QString jobId = QString::number(job.value(QLatin1String("id")).toInteger());
        const CliRun retried = cli({QStringLiteral("retry"), jobId, QStringLiteral("--provider"),
                                    QStringLiteral("offline"), QStringLiteral("--json")});
        QVERIFY2(retried.exitCode == 0, qPrintable(retried.describe()));
        const QJsonArray plans = cli({QStringLiteral("plans"), QStringLiteral("--json")})
                                     .json()
                                     .value(QLatin1String("plans"))
                                     .toArray();
        QCOMPARE(plans.size(), 1);
        QCOMPARE(plans.first().toObject().value(QLatin1String("goal")).toString(),
                 QStringLiteral("Learn Go"));
        const QJsonArray jobs = cli({QStringLiteral("jobs"), QStringLiteral("--json")})
                                    .json()
                                    .value(QLatin1String("jobs"))
                                    .toArray();
        QCOMPARE(jobs.size(), 2);
        const QJsonObject newest = jobs.first().toObject();
        QCOMPARE(newest.value(QLatin1String("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(newest.value(QLatin1String("input"))
                     .toObject()
                     .value(QLatin1String("provider"))
                     .toString(),
                 QStringLiteral("offline"));

        // AND a completed job, or one that does not exist, cannot be retried
        const CliRun twice = cli({QStringLiteral("retry"),
                                  QString::number(newest.value(QLatin1String("id")).toInteger())});
        QCOMPARE(twice.exitCode, 2);
        QVERIFY(QString::fromUtf8(twice.err).contains(QStringLiteral("only a failed")));
        QCOMPARE(cli({QStringLiteral("retry"), QStringLiteral("999")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("retry")}).exitCode, 2);
    }

    void shouldCancelARunningJobFromAnotherProcess()
    {
        QProcess server;
        const QString url = startSlowServer(server, 30000);
        QVERIFY(!url.isEmpty());
        QProcess planner;
        planner.setProcessEnvironment(env());
        planner.start(helios::test::cliPath(),
                      {QStringLiteral("--db"), db(), QStringLiteral("plan"),
                       QStringLiteral("Learn Go"), QStringLiteral("--provider"),
                       QStringLiteral("ollama"), QStringLiteral("--endpoint"), url,
                       QStringLiteral("--model"), QStringLiteral("m")});
        const QJsonObject running = waitForJob(QStringLiteral("running"));
        QVERIFY(!running.isEmpty());
        // WHEN another process cancels it
        const CliRun cancel =
            cli({QStringLiteral("cancel"),
                 QString::number(running.value(QLatin1String("id")).toInteger())});
        QVERIFY2(cancel.exitCode == 0, qPrintable(cancel.describe()));
        // THEN the generating process stops with 130 and nothing is saved
        QVERIFY(planner.waitForFinished(10000));
        QCOMPARE(planner.exitCode(), 130);
        QVERIFY(!waitForJob(QStringLiteral("cancelled")).isEmpty());
        QCOMPARE(cli({QStringLiteral("plans"), QStringLiteral("--json")})
                     .json()
                     .value(QLatin1String("plans"))
                     .toArray()
                     .size(),
                 0);
        server.kill();
        server.waitForFinished();
    }
};

HELIOS_TEST_MAIN(TestCliVersions)
#include "tst_cli_versions.moc"

// helios-cli serve, the real binary, driven by curl: it says where it listens, answers /healthz
// without the token and everything else only with it, makes a plan, stops cleanly on SIGTERM and
// never writes the token into its log; bad addresses, short tokens and a missing keychain are
// refused in one sentence.

#include "tests/integration/cli/cli_process.h"
#include "tests/support/team_answers.h"
#include "tests/support/test_llm_server.h"
#include "tests/support/test_main.h"

#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using helios::test::CliRun;
using helios::test::fileBytes;

namespace {

const QString kToken = QStringLiteral("serve-test-token-0123456789");
const QString kModelKey = QStringLiteral("sk-serve-model-key-8c2e41d07a");

struct Curl
{
    int status = 0;
    QByteArray body;
};

// curl with these arguments: the status and the body.
Curl curl(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("curl"), QStringList{QStringLiteral("-s"), QStringLiteral("-w"),
                                                      QStringLiteral("\n%{http_code}")} +
                                              arguments);
    if (!process.waitForFinished(30000))
        return {};
    QByteArray out = process.readAllStandardOutput();
    const qsizetype cut = out.lastIndexOf('\n');
    return {out.mid(cut + 1).toInt(), out.left(cut)};
}

} // namespace

class TestCliServe : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("helios.db")); }

    QProcessEnvironment environment(const QString &token) const
    {
        QProcessEnvironment env = helios::test::cliEnvironment(m_dir->path());
        env.remove(QStringLiteral("HELIOS_API_TOKEN"));
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain to reach
        env.remove(QStringLiteral("DISPLAY"));
        if (!token.isEmpty())
            env.insert(QStringLiteral("HELIOS_API_TOKEN"), token);
        return env;
    }

    CliRun cli(const QStringList &arguments, const QString &token) const
    {
        return helios::test::runCli(QStringList{QStringLiteral("--db"), dbPath()} + arguments,
                                    environment(token));
    }

    // Starts helios-cli serve on a free port with these extra arguments; its port, 0 when it did
    // not say where it listens within 30 s.
    int startServe(QProcess &serve, const QStringList &extra, const QProcessEnvironment &env)
    {
        serve.setProcessEnvironment(env);
        serve.start(helios::test::cliPath(),
                    QStringList{QStringLiteral("--db"), dbPath(), QStringLiteral("serve"),
                                QStringLiteral("--port"), QStringLiteral("0"),
                                QStringLiteral("--json")} +
                        extra);
        if (!serve.waitForStarted())
            return 0;
        QByteArray out;
        QElapsedTimer clock;
        clock.start();
        while (!out.trimmed().endsWith('}') && clock.elapsed() < 30000 &&
               serve.state() == QProcess::Running) {
            serve.waitForReadyRead(200);
            out += serve.readAllStandardOutput();
        }
        return QJsonDocument::fromJson(out).object().value(QLatin1String("port")).toInt();
    }

private Q_SLOTS:
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }

    void shouldServeWithTheTokenAndStopCleanly()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QSKIP("curl (scripts/dev's PKGS) is not installed.");
        // GIVEN helios-cli serve on a free port with a token from the environment
        QProcess serve;
        serve.setProcessEnvironment(environment(kToken));
        serve.start(helios::test::cliPath(),
                    {QStringLiteral("--db"), dbPath(), QStringLiteral("serve"),
                     QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--json")});
        QVERIFY(serve.waitForStarted());
        QByteArray out;
        QElapsedTimer clock;
        clock.start();
        while (!out.trimmed().endsWith('}') && clock.elapsed() < 30000 &&
               serve.state() == QProcess::Running) {
            serve.waitForReadyRead(200);
            out += serve.readAllStandardOutput();
        }
        const QJsonObject ready = QJsonDocument::fromJson(out).object();
        const int port = ready.value(QLatin1String("port")).toInt();
        QVERIFY2(port > 0, out.constData());
        // THEN it listens on loopback and shows no token (it did not make one)
        QCOMPARE(ready.value(QLatin1String("url")).toString(),
                 QStringLiteral("http://127.0.0.1:%1").arg(port));
        QVERIFY(!ready.contains(QLatin1String("token")));
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
        const QString bearer = QStringLiteral("Authorization: Bearer ") + kToken;

        // WHEN curl calls it without and with the token
        const Curl health = curl({base + QStringLiteral("/healthz")});
        const Curl refused = curl({base + QStringLiteral("/api/v1/plans")});
        const Curl created =
            curl({QStringLiteral("-H"), bearer, QStringLiteral("-H"),
                  QStringLiteral("Content-Type: application/json"), QStringLiteral("-d"),
                  QStringLiteral(R"({"goal":"Learn to juggle"})"),
                  base + QStringLiteral("/api/v1/plans")});
        // THEN /healthz is open, the rest needs the token, and a plan is accepted
        QCOMPARE(health.status, 200);
        QCOMPARE(refused.status, 401);
        QCOMPARE(created.status, 202);
        // AND without model server options the model planner is refused in one sentence
        const Curl noModel =
            curl({QStringLiteral("-H"), bearer, QStringLiteral("-H"),
                  QStringLiteral("Content-Type: application/json"), QStringLiteral("-d"),
                  QStringLiteral(R"({"goal":"Learn to juggle","planner":"model"})"),
                  base + QStringLiteral("/api/v1/plans")});
        QCOMPARE(noModel.status, 400);
        QCOMPARE(
            QJsonDocument::fromJson(noModel.body).object().value(QLatin1String("error")).toString(),
            QStringLiteral("No model server is set up for the local API; use \"planner\": "
                           "\"offline\"."));
        const qint64 job = QJsonDocument::fromJson(created.body)
                               .object()
                               .value(QLatin1String("taskId"))
                               .toInteger();
        QVERIFY(job > 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            QJsonDocument::fromJson(curl({QStringLiteral("-H"), bearer,
                                          base + QStringLiteral("/api/v1/jobs/%1").arg(job)})
                                        .body)
                    .object()
                    .value(QLatin1String("status"))
                    .toString() == QLatin1String("completed"),
            30000);

        // WHEN it is asked to stop THEN it ends with 0, and its log never holds the token
        serve.terminate();
        QVERIFY(serve.waitForFinished(30000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
        const QByteArray log = fileBytes(m_dir->filePath(QStringLiteral("helios.log")));
        QVERIFY(log.contains("Serving the local API on"));
        QVERIFY(!log.contains(kToken.toUtf8()));
        QVERIFY(!serve.readAllStandardError().contains(kToken.toUtf8()));
        // AND the plan is in the database for the other commands
        const CliRun plans = cli({QStringLiteral("plans"), QStringLiteral("--json")}, {});
        QCOMPARE(plans.exitCode, 0);
        QVERIFY(plans.outText().contains(QStringLiteral("Learn to juggle")));
    }

    void shouldPlanOnTheModelServerOfItsOptions()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QSKIP("curl (scripts/dev's PKGS) is not installed.");
        // GIVEN a model server answering as the team's agents, and serve started with the model
        // server options of `plan` and the key in $HELIOS_API_KEY
        helios::test::TestLlmServer llm;
        QVERIFY(llm.listen());
        helios::test::answers::enqueueGeneration(llm);
        QProcessEnvironment env = environment(kToken);
        env.insert(QStringLiteral("HELIOS_API_KEY"), kModelKey);
        QProcess serve;
        const int port = startServe(serve,
                                    {QStringLiteral("--provider"), QStringLiteral("openai"),
                                     QStringLiteral("--endpoint"), llm.baseUrl().toString(),
                                     QStringLiteral("--model"), QStringLiteral("test-model")},
                                    env);
        QVERIFY(port > 0);
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
        const QString bearer = QStringLiteral("Authorization: Bearer ") + kToken;

        // WHEN curl asks for a plan with the model planner
        const Curl created =
            curl({QStringLiteral("-H"), bearer, QStringLiteral("-H"),
                  QStringLiteral("Content-Type: application/json"), QStringLiteral("-d"),
                  QStringLiteral(R"({"goal":"Learn Python","planner":"model"})"),
                  base + QStringLiteral("/api/v1/plans")});
        QCOMPARE(created.status, 202);
        const qint64 job = QJsonDocument::fromJson(created.body)
                               .object()
                               .value(QLatin1String("taskId"))
                               .toInteger();
        // THEN the job completes (the model server answers while the test waits)
        const auto jobNow = [&] {
            return QJsonDocument::fromJson(curl({QStringLiteral("-H"), bearer,
                                                 base + QStringLiteral("/api/v1/jobs/%1").arg(job)})
                                               .body)
                .object();
        };
        QTRY_COMPARE_WITH_TIMEOUT(jobNow().value(QLatin1String("status")).toString(),
                                  QStringLiteral("completed"), 30000);
        const QJsonObject finished = jobNow();
        // AND the plan is the model's, made with the key
        const qint64 planId = finished.value(QLatin1String("planId")).toInteger();
        const Curl plan = curl(
            {QStringLiteral("-H"), bearer, base + QStringLiteral("/api/v1/plans/%1").arg(planId)});
        QCOMPARE(plan.status, 200);
        QVERIFY(plan.body.contains("Learn the syntax"));
        QCOMPARE(llm.requests().size(), 3);
        QCOMPARE(llm.requests().constFirst().header("Authorization"),
                 "Bearer " + kModelKey.toUtf8());
        // AND the key is nowhere it could be read: responses, output, log
        serve.terminate();
        QVERIFY(serve.waitForFinished(30000));
        QCOMPARE(serve.exitCode(), 0);
        const QByteArray key = kModelKey.toUtf8();
        QVERIFY(!created.body.contains(key) && !plan.body.contains(key));
        QVERIFY(!serve.readAllStandardOutput().contains(key));
        QVERIFY(!serve.readAllStandardError().contains(key));
        const QByteArray log = fileBytes(m_dir->filePath(QStringLiteral("helios.log")));
        QVERIFY(log.contains("Serving the local API on"));
        QVERIFY(!log.contains(key));
    }

    void shouldRefuseWhatItCannotServeInOneSentence_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("not an address")
            << QStringList{QStringLiteral("--bind"), QStringLiteral("999.1.1.1")} << kToken
            << QStringLiteral("--bind must be an IP address, such as 127.0.0.1 or ::1.");
        QTest::newRow("not a port")
            << QStringList{QStringLiteral("--port"), QStringLiteral("70000")} << kToken
            << QStringLiteral("--port must be a port number from 0 to 65535.");
        QTest::newRow("short token")
            << QStringList{} << QStringLiteral("abc123")
            << QStringLiteral(
                   "$HELIOS_API_TOKEN is too short to guard the API: use 16 characters or more.");
        QTest::newRow("no keychain")
            << QStringList{QStringLiteral("--show-token")} << QString()
            << QStringLiteral("The local API's token could not be kept in the system keychain; "
                              "set HELIOS_API_TOKEN to a token of your own instead.");
    }

    void shouldRefuseWhatItCannotServeInOneSentence()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, token);
        QFETCH(QString, sentence);
        // GIVEN no keychain WHEN serve is started with what it cannot use
        const CliRun r = cli(QStringList{QStringLiteral("serve")} + arguments, token);
        // THEN it exits 2 with that sentence and never the token
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        QVERIFY2(r.errLines().join(QLatin1Char('\n')).contains(sentence), qPrintable(r.describe()));
        if (!token.isEmpty())
            QVERIFY(!r.err.contains(token.toUtf8()) && !r.out.contains(token.toUtf8()));
    }
};

HELIOS_TEST_MAIN(TestCliServe)
#include "tst_cli_serve.moc"

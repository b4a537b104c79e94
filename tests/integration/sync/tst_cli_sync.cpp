// helios-cli sync end to end: a plan made by helios-cli goes to a real server, a phone (Debian's
// python3-caldav in tests/integration/sync/phone.py, an independent client) reads it, completes,
// renames and adds tasks, and `helios-cli sync now` brings them into the plan. The password goes
// on standard input or in $HELIOS_SYNC_PASSWORD and never reaches the database, the log or an
// error sentence, even when a server echoes it back.

#include "tests/integration/cli/cli_process.h"
#include "tests/support/caldav_server.h"
#include "tests/support/test_main.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace helios::test;

namespace {

// helios-cli with the password written to its standard input.
CliRun runWithPassword(const QStringList &arguments, const QProcessEnvironment &env,
                       const QString &password)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(cliPath(), arguments);
    process.write(password.toUtf8() + '\n');
    process.closeWriteChannel();
    return finishRun(process, process.waitForFinished(60000));
}

struct Phone
{
    QString collection;
    QProcessEnvironment env;

    // Runs phone.py: whether it succeeded.
    bool act(const QStringList &arguments) const
    {
        QByteArray out;
        return run(arguments, &out);
    }
    // Runs phone.py; its stdout, empty when it failed.
    QByteArray read(const QStringList &arguments) const
    {
        QByteArray out;
        return run(arguments, &out) ? out : QByteArray();
    }
    bool run(const QStringList &arguments, QByteArray *out) const
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral("/usr/bin/python3"),
                      QStringList{sourceDir() + QStringLiteral("/tests/integration/sync/phone.py"),
                                  collection} +
                          arguments);
        if (!process.waitForFinished(60000) || process.exitCode() != 0) {
            qWarning("phone.py: %s", process.readAllStandardError().constData());
            return false;
        }
        *out = process.readAllStandardOutput();
        return true;
    }
};

QJsonArray tasksOf(const CliRun &show)
{
    return show.json()
        .value(QStringLiteral("plan"))
        .toObject()
        .value(QStringLiteral("tasks"))
        .toArray();
}

} // namespace

class TestCliSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldSyncAPlanWithAPhoneThroughTheServer_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("radicale") << int(CalDavServer::Kind::Radicale);
        QTest::newRow("xandikos") << int(CalDavServer::Kind::Xandikos);
    }

    void shouldSyncAPlanWithAPhoneThroughTheServer()
    {
        QFETCH(int, kind);
        // GIVEN a server, and a plan made by helios-cli
        QString why;
        auto server = CalDavServer::start(static_cast<CalDavServer::Kind>(kind), &why);
        QVERIFY2(server, qPrintable(why));
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("helios.db"));
        const QProcessEnvironment env = cliEnvironment(dir.path());
        const CliRun made = runCli({QStringLiteral("plan"), QStringLiteral("Run a half marathon"),
                                    QStringLiteral("--deadline"), QStringLiteral("2027-03-01"),
                                    QStringLiteral("--db"), db},
                                   env);
        QVERIFY2(made.exitCode == 0, qPrintable(made.describe()));
        const QJsonArray planned =
            tasksOf(runCli({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json"),
                            QStringLiteral("--db"), db},
                           env));
        QVERIFY(planned.size() >= 3);

        // WHEN it is bound to the server, the password on standard input
        const CliRun bound = runWithPassword(
            {QStringLiteral("sync"), QStringLiteral("--account"), server->root().toString(),
             QStringLiteral("--user"), server->user(), QStringLiteral("--plan"),
             QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("--db"), db},
            env, server->password());
        // THEN every task is sent to a new calendar, and the phone reads them all
        QVERIFY2(bound.exitCode == 0, qPrintable(bound.describe()));
        QCOMPARE(bound.json().value(QStringLiteral("sent")).toInt(), planned.size());
        Phone phone{bound.json().value(QStringLiteral("collection")).toString(),
                    QProcessEnvironment::systemEnvironment()};
        phone.env.insert(QStringLiteral("PHONE_USER"), server->user());
        phone.env.insert(QStringLiteral("PHONE_PASSWORD"), server->password());
        const QJsonArray onPhone =
            QJsonDocument::fromJson(phone.read({QStringLiteral("list")})).array();
        QCOMPARE(onPhone.size(), planned.size());
        QStringList phoneTitles;
        for (const QJsonValue t : onPhone)
            phoneTitles << t.toObject().value(QStringLiteral("summary")).toString();
        for (const QJsonValue t : planned)
            QVERIFY(phoneTitles.contains(t.toObject().value(QStringLiteral("title")).toString()));

        // WHEN the phone completes the first task, renames the second and adds one
        const QString first = planned.at(0).toObject().value(QStringLiteral("title")).toString();
        const QString second = planned.at(1).toObject().value(QStringLiteral("title")).toString();
        QVERIFY(phone.act({QStringLiteral("complete"), first}));
        QVERIFY(phone.act({QStringLiteral("rename"), second, QStringLiteral("Run 8 km slowly")}));
        QVERIFY(phone.act({QStringLiteral("add"), QStringLiteral("Book a sports massage")}));
        // AND helios-cli syncs, the password in the environment
        QProcessEnvironment withPassword = env;
        withPassword.insert(QStringLiteral("HELIOS_SYNC_PASSWORD"), server->password());
        const CliRun synced = runCli({QStringLiteral("sync"), QStringLiteral("now"),
                                      QStringLiteral("--json"), QStringLiteral("--db"), db},
                                     withPassword);
        // THEN the plan shows the first task done, the second renamed and the new one
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.describe()));
        const QJsonObject report =
            synced.json().value(QStringLiteral("syncs")).toArray().at(0).toObject();
        QCOMPARE(report.value(QStringLiteral("received")).toInt(), 3);
        const QJsonArray after =
            tasksOf(runCli({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json"),
                            QStringLiteral("--db"), db},
                           env));
        QCOMPARE(after.size(), planned.size() + 1);
        QCOMPARE(after.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("done"));
        QCOMPARE(after.at(1).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Run 8 km slowly"));
        QCOMPARE(after.last().toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Book a sports massage"));
        // AND sync status says when, without an error
        const CliRun status = runCli({QStringLiteral("sync"), QStringLiteral("status"),
                                      QStringLiteral("--json"), QStringLiteral("--db"), db},
                                     env);
        const QJsonObject binding =
            status.json().value(QStringLiteral("bindings")).toArray().at(0).toObject();
        QVERIFY(!binding.value(QStringLiteral("last_sync")).toString().isEmpty());
        QCOMPARE(binding.value(QStringLiteral("last_error")).toString(), QString());
        QCOMPARE(binding.value(QStringLiteral("waiting_to_send")).toInt(), 0);
        // AND the password is nowhere Helios writes
        const QByteArray secret = server->password().toUtf8();
        for (const QString &file :
             {db, db + QStringLiteral("-wal"), dir.filePath(QStringLiteral("helios.log"))})
            QVERIFY2(!fileBytes(file).contains(secret), qPrintable(file));
        for (const CliRun &run : {bound, synced, status})
            QVERIFY(!run.out.contains(secret) && !run.err.contains(secret));

        // WHEN another computer (its own database, where the plan is also plan 1) binds its plan
        // to the same account
        QTemporaryDir other;
        const QString otherDb = other.filePath(QStringLiteral("helios.db"));
        const QProcessEnvironment otherEnv = cliEnvironment(other.path());
        QVERIFY(runCli({QStringLiteral("plan"), QStringLiteral("Learn to juggle"),
                        QStringLiteral("--db"), otherDb},
                       otherEnv)
                    .exitCode == 0);
        const CliRun otherBound = runWithPassword(
            {QStringLiteral("sync"), QStringLiteral("--account"), server->root().toString(),
             QStringLiteral("--user"), server->user(), QStringLiteral("--plan"),
             QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("--db"), otherDb},
            otherEnv, server->password());
        // THEN it gets a calendar of its own, and the first computer's calendar is untouched
        QVERIFY2(otherBound.exitCode == 0, qPrintable(otherBound.describe()));
        QVERIFY(otherBound.json().value(QStringLiteral("collection")).toString() !=
                phone.collection);
        QCOMPARE(QJsonDocument::fromJson(phone.read({QStringLiteral("list")})).array().size(),
                 planned.size() + 1);
    }

    // sync stop --plan N: the window's "Stop syncing this plan" on the command line (core/sync's
    // unbindPlan): the binding and its state go, the plan and the server's calendar stay.
    void shouldStopSyncingAPlanAndLeaveTheServer()
    {
        // GIVEN Radicale and a plan synced with it
        QString why;
        auto server = CalDavServer::start(CalDavServer::Kind::Radicale, &why);
        QVERIFY2(server, qPrintable(why));
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("helios.db"));
        const QProcessEnvironment env = cliEnvironment(dir.path());
        QVERIFY(runCli({QStringLiteral("plan"), QStringLiteral("Learn to juggle"),
                        QStringLiteral("--db"), db},
                       env)
                    .exitCode == 0);
        const QJsonArray planned =
            tasksOf(runCli({QStringLiteral("show"), QStringLiteral("1"), QStringLiteral("--json"),
                            QStringLiteral("--db"), db},
                           env));
        const CliRun bound = runWithPassword(
            {QStringLiteral("sync"), QStringLiteral("--account"), server->root().toString(),
             QStringLiteral("--user"), server->user(), QStringLiteral("--plan"),
             QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("--db"), db},
            env, server->password());
        QVERIFY2(bound.exitCode == 0, qPrintable(bound.describe()));
        const QString collection = bound.json().value(QStringLiteral("collection")).toString();

        // WHEN stop is asked without a plan THEN a usage error names --plan, and nothing changes
        const CliRun noPlan = runCli(
            {QStringLiteral("sync"), QStringLiteral("stop"), QStringLiteral("--db"), db}, env);
        QCOMPARE(noPlan.exitCode, 2);
        QVERIFY2(noPlan.err.contains("--plan"), qPrintable(noPlan.describe()));
        QVERIFY2(runCli({QStringLiteral("sync"), QStringLiteral("stop"), QStringLiteral("--plan"),
                         QStringLiteral("1"), QStringLiteral("--account"),
                         server->root().toString(), QStringLiteral("--db"), db},
                        env)
                         .exitCode == 2,
                 "sync stop --account is refused");

        // WHEN the plan stops syncing (no password needed: the server is not asked)
        QProcessEnvironment noPassword = env;
        noPassword.remove(QStringLiteral("HELIOS_SYNC_PASSWORD"));
        const CliRun stopped =
            runCli({QStringLiteral("sync"), QStringLiteral("stop"), QStringLiteral("--plan"),
                    QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("--db"), db},
                   noPassword);
        // THEN it says so, the binding is gone, the plan and the server's tasks stay
        QVERIFY2(stopped.exitCode == 0, qPrintable(stopped.describe()));
        QCOMPARE(stopped.json().value(QStringLiteral("stopped")).toBool(), true);
        QCOMPARE(stopped.json().value(QStringLiteral("plan_id")).toInt(), 1);
        QCOMPARE(stopped.json().value(QStringLiteral("collection")).toString(), collection);
        const CliRun status = runCli({QStringLiteral("sync"), QStringLiteral("status"),
                                      QStringLiteral("--json"), QStringLiteral("--db"), db},
                                     env);
        QVERIFY(status.json().value(QStringLiteral("bindings")).toArray().isEmpty());
        QCOMPARE(tasksOf(runCli({QStringLiteral("show"), QStringLiteral("1"),
                                 QStringLiteral("--json"), QStringLiteral("--db"), db},
                                env))
                     .size(),
                 planned.size());
        Phone phone{collection, QProcessEnvironment::systemEnvironment()};
        phone.env.insert(QStringLiteral("PHONE_USER"), server->user());
        phone.env.insert(QStringLiteral("PHONE_PASSWORD"), server->password());
        QCOMPARE(QJsonDocument::fromJson(phone.read({QStringLiteral("list")})).array().size(),
                 planned.size());
        // AND in words, a plan not synced is one sentence (exit 2), sync now has nothing to do
        const CliRun again =
            runCli({QStringLiteral("sync"), QStringLiteral("stop"), QStringLiteral("--plan"),
                    QStringLiteral("1"), QStringLiteral("--db"), db},
                   env);
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains("Plan 1 is not synced with a server."),
                 qPrintable(again.describe()));
        const CliRun now =
            runCli({QStringLiteral("sync"), QStringLiteral("now"), QStringLiteral("--plan"),
                    QStringLiteral("1"), QStringLiteral("--db"), db},
                   env);
        QVERIFY(now.exitCode != 0);
        QVERIFY2(now.err.contains("not synced"), qPrintable(now.describe()));
    }

    void shouldSayWhatIsMissingWithoutAPasswordOrWithAWrongOne()
    {
        // GIVEN Radicale and a plan
        QString why;
        auto server = CalDavServer::start(CalDavServer::Kind::Radicale, &why);
        QVERIFY2(server, qPrintable(why));
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("helios.db"));
        QProcessEnvironment env = cliEnvironment(dir.path());
        env.remove(QStringLiteral("HELIOS_SYNC_PASSWORD"));
        QVERIFY(runCli({QStringLiteral("plan"), QStringLiteral("Learn to juggle"),
                        QStringLiteral("--db"), db},
                       env)
                    .exitCode == 0);
        const QStringList bind{QStringLiteral("sync"),
                               QStringLiteral("--account"),
                               server->root().toString(),
                               QStringLiteral("--user"),
                               server->user(),
                               QStringLiteral("--plan"),
                               QStringLiteral("1"),
                               QStringLiteral("--db"),
                               db};
        // WHEN it is bound without a password (standard input empty)
        const CliRun none = runWithPassword(bind, env, QString());
        // THEN it is a usage error naming where the password goes
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains("HELIOS_SYNC_PASSWORD"), qPrintable(none.describe()));
        // WHEN with a wrong one THEN the server's refusal, in a sentence, and nothing is bound
        const CliRun wrong = runWithPassword(bind, env, QStringLiteral("not-it"));
        QCOMPARE(wrong.exitCode, 3);
        QVERIFY2(wrong.err.contains("401"), qPrintable(wrong.describe()));
        QVERIFY(!wrong.err.contains("not-it"));
        const CliRun status = runCli({QStringLiteral("sync"), QStringLiteral("status"),
                                      QStringLiteral("--json"), QStringLiteral("--db"), db},
                                     env);
        QVERIFY(status.json().value(QStringLiteral("bindings")).toArray().isEmpty());
        // AND a password given as an argument is refused before anything runs
        const CliRun inUrl =
            runCli({QStringLiteral("sync"), QStringLiteral("--account"),
                    QStringLiteral("http://ada:secret@127.0.0.1:1/"), QStringLiteral("--plan"),
                    QStringLiteral("1"), QStringLiteral("--db"), db},
                   env);
        QCOMPARE(inUrl.exitCode, 2);
        QVERIFY(!inUrl.err.contains("secret"));
    }

    void shouldNeverShowThePasswordAServerEchoesBack()
    {
        // GIVEN a server that answers every request with an error page quoting the request's
        // credentials, decoded and as sent
        const QString password = QStringLiteral("Echo-Me-9f3k");
        QTcpServer echo;
        QVERIFY(echo.listen(QHostAddress::LocalHost, 0));
        QObject::connect(&echo, &QTcpServer::newConnection, &echo, [&echo, password] {
            QTcpSocket *socket = echo.nextPendingConnection();
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, password] {
                const QByteArray request = socket->readAll();
                const qsizetype at = request.indexOf("Authorization: ");
                const QByteArray header = request.mid(at, request.indexOf('\r', at) - at);
                const QByteArray body = "Sorry ada, password " + password.toUtf8() +
                                        " is wrong; you sent " + header + "\n";
                socket->write("HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n"
                              "Content-Length: " +
                              QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" +
                              body);
                socket->disconnectFromHost();
            });
        });
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("helios.db"));
        QProcessEnvironment env = cliEnvironment(dir.path());
        QVERIFY(runCli({QStringLiteral("plan"), QStringLiteral("Learn to juggle"),
                        QStringLiteral("--db"), db},
                       env)
                    .exitCode == 0);
        env.insert(QStringLiteral("HELIOS_SYNC_PASSWORD"), password);
        // WHEN helios-cli binds a plan to it (served by this process's event loop meanwhile)
        QProcess process;
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(cliPath(),
                      {QStringLiteral("sync"), QStringLiteral("--account"),
                       QStringLiteral("http://127.0.0.1:%1/").arg(echo.serverPort()),
                       QStringLiteral("--user"), QStringLiteral("ada"),
                       QStringLiteral("--collection"),
                       QStringLiteral("http://127.0.0.1:%1/ada/cal/").arg(echo.serverPort()),
                       QStringLiteral("--plan"), QStringLiteral("1"), QStringLiteral("--db"), db});
        QVERIFY(finished.wait(60000));
        const CliRun run = finishRun(process, true);
        // THEN it fails with a sentence that shows the server's words but not the password, in
        // neither form, and the log holds neither
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains("500"), qPrintable(run.describe()));
        QVERIFY2(!run.err.contains(password.toUtf8()), qPrintable(run.describe()));
        const QByteArray basic = QByteArray("ada:" + password.toUtf8()).toBase64();
        QVERIFY2(!run.err.contains(basic), qPrintable(run.describe()));
        const QByteArray log = fileBytes(dir.filePath(QStringLiteral("helios.log")));
        QVERIFY(!log.contains(password.toUtf8()) && !log.contains(basic));
    }
};

HELIOS_TEST_MAIN(TestCliSync)
#include "tst_cli_sync.moc"

// helios-cli sync end to end: a plan made by helios-cli goes to a real server, a phone (Debian's
// python3-caldav in tests/integration/sync/phone.py, an independent client) reads it, completes,
// renames and adds tasks, and `helios-cli sync now` brings them into the plan. The password goes
// on standard input or in $HELIOS_SYNC_PASSWORD and never reaches the database, the log or an
// error sentence, even when a server echoes it back.

#include "tests/integration/cli/cli_process.h"
#include "tests/integration/sync/server_rows.h"
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

// What the phone lists, without the milestone groups Helios writes (or only those).
QJsonArray listed(const QByteArray &list, bool groups = false)
{
    QJsonArray out;
    for (const QJsonValue v : QJsonDocument::fromJson(list).array()) {
        if (v.toObject().value(QStringLiteral("group")).toString().isEmpty() != groups)
            out.append(v);
    }
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

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
    void shouldSyncAPlanWithAPhoneThroughTheServer_data() { addServers(); }

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
        const QJsonArray onPhone = listed(phone.read({QStringLiteral("list")}));
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
        QCOMPARE(listed(phone.read({QStringLiteral("list")})).size(), planned.size() + 1);
    }

    void shouldShowMilestonesAsGroupsOnThePhoneAndReadItsMovesBack_data() { addServers(); }

    void shouldShowMilestonesAsGroupsOnThePhoneAndReadItsMovesBack()
    {
        QFETCH(int, kind);
        // GIVEN a plan made by helios-cli, in at least two milestones, synced to a server
        QString why;
        auto server = CalDavServer::start(static_cast<CalDavServer::Kind>(kind), &why);
        QVERIFY2(server, qPrintable(why));
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("helios.db"));
        QProcessEnvironment env = cliEnvironment(dir.path());
        QVERIFY(runCli({QStringLiteral("plan"), QStringLiteral("Run a half marathon"),
                        QStringLiteral("--deadline"), QStringLiteral("2027-03-01"),
                        QStringLiteral("--db"), db},
                       env)
                    .exitCode == 0);
        const auto show = [&] {
            return tasksOf(runCli({QStringLiteral("show"), QStringLiteral("1"),
                                   QStringLiteral("--json"), QStringLiteral("--db"), db},
                                  env));
        };
        const QJsonArray planned = show();
        QStringList milestones;
        for (const QJsonValue t : planned) {
            const QString m = t.toObject().value(QStringLiteral("milestone")).toString();
            if (!m.isEmpty() && !milestones.contains(m))
                milestones << m;
        }
        QVERIFY2(milestones.size() >= 2, qPrintable(milestones.join(QLatin1Char('|'))));
        const CliRun bound = runWithPassword(
            {QStringLiteral("sync"), QStringLiteral("--account"), server->root().toString(),
             QStringLiteral("--user"), server->user(), QStringLiteral("--plan"),
             QStringLiteral("1"), QStringLiteral("--json"), QStringLiteral("--db"), db},
            env, server->password());
        QVERIFY2(bound.exitCode == 0, qPrintable(bound.describe()));
        QCOMPARE(bound.json().value(QStringLiteral("sent")).toInt(), planned.size());
        Phone phone{bound.json().value(QStringLiteral("collection")).toString(),
                    QProcessEnvironment::systemEnvironment()};
        phone.env.insert(QStringLiteral("PHONE_USER"), server->user());
        phone.env.insert(QStringLiteral("PHONE_PASSWORD"), server->password());

        // THEN the phone (python3-caldav) sees one group per milestone, named after it, and
        // every task under its milestone's group
        const QByteArray list = phone.read({QStringLiteral("list")});
        QHash<QString, QString> groupUid; // milestone → UID
        for (const QJsonValue g : listed(list, true)) {
            QCOMPARE(g.toObject().value(QStringLiteral("group")).toString(),
                     QStringLiteral("MILESTONE"));
            QVERIFY(g.toObject().value(QStringLiteral("parent")).toString().isEmpty());
            groupUid.insert(g.toObject().value(QStringLiteral("summary")).toString(),
                            g.toObject().value(QStringLiteral("uid")).toString());
        }
        QCOMPARE(sorted(groupUid.keys()), sorted(milestones));
        QHash<QString, QString> milestoneOf; // title → milestone, as planned
        for (const QJsonValue t : planned)
            milestoneOf.insert(t.toObject().value(QStringLiteral("title")).toString(),
                               t.toObject().value(QStringLiteral("milestone")).toString());
        const QJsonArray tasks = listed(list);
        QCOMPARE(tasks.size(), planned.size());
        for (const QJsonValue t : tasks) {
            const QString title = t.toObject().value(QStringLiteral("summary")).toString();
            QCOMPARE(t.toObject().value(QStringLiteral("parent")).toString(),
                     groupUid.value(milestoneOf.value(title)));
        }

        // WHEN the phone moves the first task under the second milestone's group, adds a to-do
        // under the first milestone's group and a subtask under the last task
        const QString first = planned.at(0).toObject().value(QStringLiteral("title")).toString();
        const QString last = planned.last().toObject().value(QStringLiteral("title")).toString();
        const QString from = milestoneOf.value(first);
        const QString to = milestones.at(milestones.indexOf(from) == 0 ? 1 : 0);
        QVERIFY(phone.act({QStringLiteral("move"), first, to}));
        QVERIFY(phone.act({QStringLiteral("add"), QStringLiteral("Buy gels"), from}));
        QVERIFY(phone.act({QStringLiteral("add"), QStringLiteral("Stretch after"), last}));
        env.insert(QStringLiteral("HELIOS_SYNC_PASSWORD"), server->password());
        const CliRun synced = runCli({QStringLiteral("sync"), QStringLiteral("now"),
                                      QStringLiteral("--json"), QStringLiteral("--db"), db},
                                     env);
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.describe()));
        // THEN the moved task is in that milestone here, the new to-do in the first one, the
        // subtask in the last task's milestone, depending on nothing
        const QJsonArray after = show();
        QCOMPARE(after.size(), planned.size() + 2);
        QHash<QString, QJsonObject> byTitle;
        for (const QJsonValue t : after)
            byTitle.insert(t.toObject().value(QStringLiteral("title")).toString(), t.toObject());
        QCOMPARE(byTitle.value(first).value(QStringLiteral("milestone")).toString(), to);
        QCOMPARE(
            byTitle.value(QStringLiteral("Buy gels")).value(QStringLiteral("milestone")).toString(),
            from);
        const QJsonObject stretch = byTitle.value(QStringLiteral("Stretch after"));
        QCOMPARE(stretch.value(QStringLiteral("milestone")).toString(), milestoneOf.value(last));
        QVERIFY(stretch.value(QStringLiteral("depends_on")).toArray().isEmpty());
        // AND on the phone the moved task stays where it was put, the subtask under its task
        QHash<QString, QString> parentOf;
        QHash<QString, QString> uidOf;
        for (const QJsonValue t :
             QJsonDocument::fromJson(phone.read({QStringLiteral("list")})).array()) {
            parentOf.insert(t.toObject().value(QStringLiteral("summary")).toString(),
                            t.toObject().value(QStringLiteral("parent")).toString());
            uidOf.insert(t.toObject().value(QStringLiteral("summary")).toString(),
                         t.toObject().value(QStringLiteral("uid")).toString());
        }
        QCOMPARE(parentOf.value(first), groupUid.value(to));
        QCOMPARE(parentOf.value(QStringLiteral("Stretch after")), uidOf.value(last));

        // WHEN the phone renames the target group and deletes the first milestone's group
        QVERIFY(phone.act({QStringLiteral("rename"), to, QStringLiteral("Renamed on the phone")}));
        QVERIFY(phone.act({QStringLiteral("delete"), from}));
        const CliRun again = runCli({QStringLiteral("sync"), QStringLiteral("now"),
                                     QStringLiteral("--json"), QStringLiteral("--db"), db},
                                    env);
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        // THEN the milestone is renamed here, no task was deleted, and the deleted group is
        // written again with its tasks under it
        const QJsonArray renamed = show();
        QCOMPARE(renamed.size(), planned.size() + 2);
        for (const QJsonValue t : renamed)
            QVERIFY(t.toObject().value(QStringLiteral("milestone")).toString() != to);
        QHash<QString, QString> groupsNow;
        const QByteArray finalList = phone.read({QStringLiteral("list")});
        for (const QJsonValue g : listed(finalList, true))
            groupsNow.insert(g.toObject().value(QStringLiteral("summary")).toString(),
                             g.toObject().value(QStringLiteral("uid")).toString());
        QVERIFY(groupsNow.contains(QStringLiteral("Renamed on the phone")));
        QVERIFY(groupsNow.contains(from));
        QVERIFY(!groupsNow.contains(to));
        for (const QJsonValue t : listed(finalList)) {
            if (t.toObject().value(QStringLiteral("summary")).toString() ==
                QStringLiteral("Buy gels"))
                QCOMPARE(t.toObject().value(QStringLiteral("parent")).toString(),
                         groupsNow.value(from));
        }
        QCOMPARE(byTitle.size(), renamed.size());
    }

    void shouldKeepTwoPlansApartInOneSharedCalendar_data() { addServers(); }

    void shouldKeepTwoPlansApartInOneSharedCalendar()
    {
        QFETCH(int, kind);
        // GIVEN a server with a calendar that already holds the person's own to-do, and three
        // plans made by helios-cli
        QString why;
        auto server = CalDavServer::start(static_cast<CalDavServer::Kind>(kind), &why);
        QVERIFY2(server, qPrintable(why));
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("helios.db"));
        QProcessEnvironment env = cliEnvironment(dir.path());
        for (const QString &goal :
             {QStringLiteral("Run a half marathon"), QStringLiteral("Learn to juggle"),
              QStringLiteral("Plant a garden")})
            QVERIFY(runCli({QStringLiteral("plan"), goal, QStringLiteral("--deadline"),
                            QStringLiteral("2027-03-01"), QStringLiteral("--db"), db},
                           env)
                        .exitCode == 0);
        const auto show = [&](int plan) {
            return tasksOf(runCli({QStringLiteral("show"), QString::number(plan),
                                   QStringLiteral("--json"), QStringLiteral("--db"), db},
                                  env));
        };
        const auto titles = [](const QJsonArray &tasks) {
            QStringList out;
            for (const QJsonValue t : tasks)
                out << t.toObject().value(QStringLiteral("title")).toString();
            return out;
        };
        const QStringList first = titles(show(1));
        const QStringList second = titles(show(2));
        // (the phone finds tasks by title: those of one plan only)
        QStringList onlyFirst;
        QStringList onlySecond;
        for (const QString &t : first) {
            if (!second.contains(t) && first.count(t) == 1)
                onlyFirst << t;
        }
        for (const QString &t : second) {
            if (!first.contains(t) && second.count(t) == 1)
                onlySecond << t;
        }
        QVERIFY(onlyFirst.size() >= 2 && onlySecond.size() >= 3);

        // WHEN plan 1 is bound to a new calendar as a shared one, and plan 2 to that calendar
        const auto bind = [&](int plan, const QString &collection, bool shared) {
            QStringList arguments{QStringLiteral("sync"),
                                  QStringLiteral("--account"),
                                  server->root().toString(),
                                  QStringLiteral("--user"),
                                  server->user(),
                                  QStringLiteral("--plan"),
                                  QString::number(plan),
                                  QStringLiteral("--json"),
                                  QStringLiteral("--db"),
                                  db};
            if (!collection.isEmpty())
                arguments << QStringLiteral("--collection") << collection;
            if (shared)
                arguments << QStringLiteral("--shared");
            return runWithPassword(arguments, env, server->password());
        };
        const CliRun one = bind(1, QString(), true);
        QVERIFY2(one.exitCode == 0, qPrintable(one.describe()));
        const QString calendar = one.json().value(QStringLiteral("collection")).toString();
        Phone phone{calendar, QProcessEnvironment::systemEnvironment()};
        phone.env.insert(QStringLiteral("PHONE_USER"), server->user());
        phone.env.insert(QStringLiteral("PHONE_PASSWORD"), server->password());
        QVERIFY(phone.act({QStringLiteral("add"), QStringLiteral("Call the bank")}));
        // (the calendar is named for what it holds, not after the first plan's goal)
        QCOMPARE(QString::fromUtf8(phone.read({QStringLiteral("name")})).trimmed(),
                 QStringLiteral("Helios plans"));
        // (a third plan wanting that calendar as its own is refused, in one sentence)
        const CliRun own = bind(3, calendar, false);
        QVERIFY(own.exitCode != 0);
        QVERIFY2(own.err.contains("--shared"), qPrintable(own.describe()));
        const CliRun two = bind(2, calendar, true);
        QVERIFY2(two.exitCode == 0, qPrintable(two.describe()));

        // THEN neither plan took the other's tasks nor the person's to-do, and the phone sees
        // both goals with their tasks under them
        QCOMPARE(titles(show(1)), first);
        QCOMPARE(titles(show(2)), second);
        const auto phoneList = [&] {
            QHash<QString, QJsonObject> out;
            for (const QJsonValue t :
                 QJsonDocument::fromJson(phone.read({QStringLiteral("list")})).array())
                out.insert(t.toObject().value(QStringLiteral("summary")).toString(), t.toObject());
            return out;
        };
        QHash<QString, QJsonObject> listed = phoneList();
        QCOMPARE(listed.value(QStringLiteral("Run a half marathon"))
                     .value(QStringLiteral("group"))
                     .toString(),
                 QStringLiteral("GOAL"));
        QCOMPARE(listed.value(QStringLiteral("Learn to juggle"))
                     .value(QStringLiteral("group"))
                     .toString(),
                 QStringLiteral("GOAL"));
        QVERIFY(listed.contains(QStringLiteral("Call the bank")));
        // every task's PARENT chain ends at its own plan's goal
        const auto goalOf = [&](const QString &title) {
            QString at = title;
            for (int hops = 0; hops < 5; ++hops) {
                const QJsonObject o = listed.value(at);
                if (o.value(QStringLiteral("group")).toString() == QStringLiteral("GOAL"))
                    return at;
                const QString parent = o.value(QStringLiteral("parent")).toString();
                at.clear();
                for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
                    if (it->value(QStringLiteral("uid")).toString() == parent)
                        at = it.key();
                }
            }
            return QString();
        };
        for (const QString &t : std::as_const(onlyFirst))
            QCOMPARE(goalOf(t), QStringLiteral("Run a half marathon"));
        for (const QString &t : std::as_const(onlySecond))
            QCOMPARE(goalOf(t), QStringLiteral("Learn to juggle"));

        // WHEN the phone adds a to-do under plan 1's goal and another of its own, renames a task
        // of plan 2 and deletes one of plan 1; and here a task of plan 2 is removed, another
        // renamed, and a task is added to plan 1
        QVERIFY(phone.act({QStringLiteral("add"), QStringLiteral("Buy gels"),
                           QStringLiteral("Run a half marathon")}));
        QVERIFY(phone.act({QStringLiteral("add"), QStringLiteral("Water the plants")}));
        const QString renamedThere = onlySecond.first();
        const QString deletedThere = onlyFirst.last();
        const QString removedHere = onlySecond.last();
        QVERIFY(phone.act({QStringLiteral("rename"), renamedThere, QStringLiteral("Juggle 3")}));
        QVERIFY(phone.act({QStringLiteral("delete"), deletedThere}));
        qint64 removedId = 0;
        for (const QJsonValue t : show(2)) {
            if (t.toObject().value(QStringLiteral("title")).toString() == removedHere)
                removedId = t.toObject().value(QStringLiteral("id")).toInteger();
        }
        const CliRun removed = runCli({QStringLiteral("task"), QStringLiteral("remove"),
                                       QString::number(removedId), QStringLiteral("--db"), db},
                                      env);
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.describe()));
        const QString editedHere = onlySecond.at(1);
        qint64 editedId = 0;
        for (const QJsonValue t : show(2)) {
            if (t.toObject().value(QStringLiteral("title")).toString() == editedHere)
                editedId = t.toObject().value(QStringLiteral("id")).toInteger();
        }
        QVERIFY(runCli({QStringLiteral("task"), QStringLiteral("edit"), QString::number(editedId),
                        QStringLiteral("--title"), QStringLiteral("Juggle 4 balls"),
                        QStringLiteral("--db"), db},
                       env)
                    .exitCode == 0);
        QVERIFY(runCli({QStringLiteral("task"), QStringLiteral("add"), QStringLiteral("1"),
                        QStringLiteral("Foam roll"), QStringLiteral("--db"), db},
                       env)
                    .exitCode == 0);
        env.insert(QStringLiteral("HELIOS_SYNC_PASSWORD"), server->password());
        const CliRun synced = runCli({QStringLiteral("sync"), QStringLiteral("now"),
                                      QStringLiteral("--json"), QStringLiteral("--db"), db},
                                     env);
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.describe()));
        // THEN each plan got only its own changes, nothing was skipped
        QStringList expectOne = first;
        expectOne.removeAll(deletedThere);
        expectOne << QStringLiteral("Buy gels") << QStringLiteral("Foam roll");
        QCOMPARE(sorted(titles(show(1))), sorted(expectOne));
        QStringList expectTwo = second;
        expectTwo[expectTwo.indexOf(renamedThere)] = QStringLiteral("Juggle 3");
        expectTwo[expectTwo.indexOf(editedHere)] = QStringLiteral("Juggle 4 balls");
        expectTwo.removeAll(removedHere);
        QCOMPARE(sorted(titles(show(2))), sorted(expectTwo));
        for (const QJsonValue r : synced.json().value(QStringLiteral("syncs")).toArray())
            QCOMPARE(r.toObject().value(QStringLiteral("skipped")).toArray().size(), 0);
        // AND the server still has the person's to-dos, lost plan 2's removed task, and the rest
        listed = phoneList();
        QVERIFY(listed.contains(QStringLiteral("Call the bank")));
        QVERIFY(listed.contains(QStringLiteral("Water the plants")));
        QVERIFY(!listed.contains(removedHere));
        QVERIFY(!listed.contains(deletedThere));
        QCOMPARE(goalOf(QStringLiteral("Buy gels")), QStringLiteral("Run a half marathon"));
        QCOMPARE(goalOf(QStringLiteral("Juggle 3")), QStringLiteral("Learn to juggle"));
        QCOMPARE(goalOf(QStringLiteral("Juggle 4 balls")), QStringLiteral("Learn to juggle"));
        QCOMPARE(goalOf(QStringLiteral("Foam roll")), QStringLiteral("Run a half marathon"));
        QVERIFY(!listed.contains(editedHere));
        // AND a second sync has nothing to do
        const CliRun quiet = runCli({QStringLiteral("sync"), QStringLiteral("now"),
                                     QStringLiteral("--json"), QStringLiteral("--db"), db},
                                    env);
        for (const QJsonValue r : quiet.json().value(QStringLiteral("syncs")).toArray()) {
            QCOMPARE(r.toObject().value(QStringLiteral("received")).toInt(), 0);
            QCOMPARE(r.toObject().value(QStringLiteral("sent")).toInt(), 0);
        }
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
        QCOMPARE(listed(phone.read({QStringLiteral("list")})).size(), planned.size());
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

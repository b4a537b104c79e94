// Helios killed mid-sync (SIGKILL, as tests/integration/durability kills a writing helios-cli),
// against real servers on loopback (Radicale and Xandikos): a plan of a few hundred tasks, edits
// on both sides between rounds, `helios-cli sync now` killed at a random moment of each round
// (the seed is printed; HELIOS_SYNC_KILL_SEED repeats a run). Then one clean sync, and: every task
// is on the server exactly once, every edit of either side is on both sides, nothing waits in the
// outbox, the next sync has nothing to do, and the database is intact.

#include "core/jobs/plan_snapshot.h"
#include "tests/integration/cli/cli_process.h"
#include "tests/integration/sync/sync_fixture.h"
#include "tests/support/test_main.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <csignal>
#include <sqlite3.h>

using namespace helios;
using namespace helios::test;

namespace {

constexpr int kTasks = 240;
constexpr int kRounds = 10;
constexpr int kEditsPerSide = 4; // per round
// Reading a collection of a few hundred tasks on a loaded machine (the suite runs in parallel).
constexpr std::chrono::milliseconds kServerWait{30'000};

QString baseTitle(int i)
{
    return QStringLiteral("Task %1").arg(i, 3, 10, QLatin1Char('0'));
}

QList<Task> manyTasks()
{
    QList<Task> tasks;
    for (int i = 0; i < kTasks; ++i) {
        Task t;
        t.title = baseTitle(i);
        t.startDate = QDate(2026, 12, 5).addDays(i / 4);
        t.dueDate = t.startDate.addDays(1);
        t.estimateHours = 1 + i % 3;
        t.milestone = QStringLiteral("Stage %1").arg(i / 60 + 1);
        if (i % 10 != 0)
            t.dependsOn = {i - 1};
        tasks.append(t);
    }
    return tasks;
}

QString integrityOf(const QString &path)
{
    sqlite3 *db = nullptr;
    QString value;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) ==
        SQLITE_OK) {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return value;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestSyncKill : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldLoseNothingAndDuplicateNothingWhenKilledMidSync_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("radicale") << int(CalDavServer::Kind::Radicale);
        QTest::newRow("xandikos") << int(CalDavServer::Kind::Xandikos);
    }

    void shouldLoseNothingAndDuplicateNothingWhenKilledMidSync()
    {
        QFETCH(int, kind);
        // GIVEN a plan of a few hundred tasks bound to a new collection, never synced
        SyncWorld world(static_cast<CalDavServer::Kind>(kind));
        QVERIFY2(world.ok(), qPrintable(world.why()));
        Plan big = world.plan();
        big.tasks = manyTasks();
        HELIOS_AWAIT(applied,
                     world.store().applyVersion(big, QStringLiteral("edit"),
                                                [](const Plan &p) { return planSnapshot(p); }));
        QVERIFY(applied.ok());
        const QString db = world.databasePath();
        QTemporaryDir home;
        QProcessEnvironment env = cliEnvironment(home.path());
        env.insert(QStringLiteral("HELIOS_SYNC_PASSWORD"), world.server().password());
        const QStringList syncNow{QStringLiteral("sync"), QStringLiteral("now"),
                                  QStringLiteral("--json"), QStringLiteral("--db"), db};

        QHash<int, QString> titleOf; // what task i is called, after every edit of either side
        for (int i = 0; i < kTasks; ++i)
            titleOf.insert(i, baseTitle(i));
        QStringList added; // tasks added here
        const quint32 seed = qEnvironmentVariableIsSet("HELIOS_SYNC_KILL_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("HELIOS_SYNC_KILL_SEED"))
                                 : 20261204u;
        qInfo("seed %u (HELIOS_SYNC_KILL_SEED repeats it)", seed);
        QRandomGenerator random(seed);
        qint64 typicalMs = 4000; // until a round finishes before it is killed
        int killed = 0;
        int finished = 0;
        int lastEditedHere = -1;

        for (int round = 1; round <= kRounds; ++round) {
            // WHEN here some even tasks are renamed and one is added (another Store on the file,
            // as the window would be)
            {
                Store local(db);
                HELIOS_AWAIT(opened, local.open());
                QVERIFY(opened.ok());
                HELIOS_AWAIT(read, local.plan(world.planId()));
                QVERIFY(read.ok());
                Plan plan = *read;
                for (int e = 0; e < kEditsPerSide; ++e) {
                    // The first renames again the task renamed last: its update may have
                    // reached the server with its answer lost to the kill.
                    const int i = e == 0 && lastEditedHere >= 0
                                      ? lastEditedHere
                                      : 2 * int(random.bounded(kTasks / 2));
                    lastEditedHere = i;
                    auto it = std::find_if(plan.tasks.begin(), plan.tasks.end(),
                                           [&](const Task &t) { return t.title == titleOf[i]; });
                    QVERIFY2(it != plan.tasks.end(), qPrintable(titleOf[i] + " is gone here"));
                    it->title = baseTitle(i) + QStringLiteral(" here r%1").arg(round);
                    titleOf[i] = it->title;
                }
                Task extra;
                extra.title = QStringLiteral("Added here r%1").arg(round);
                extra.startDate = QDate(2027, 1, round);
                extra.dueDate = extra.startDate;
                plan.tasks.append(extra);
                added << extra.title;
                HELIOS_AWAIT(edited,
                             local.applyVersion(plan, QStringLiteral("edit"),
                                                [](const Plan &p) { return planSnapshot(p); }));
                QVERIFY(edited.ok());
            }
            // AND on the server (curl, another client) some odd tasks already there are renamed
            QHash<QString, QString> hrefOfTitle;
            const QMap<QString, QByteArray> there = world.serverResources(kServerWait);
            for (auto it = there.cbegin(); it != there.cend(); ++it) {
                const Result<sync::RemoteTask> task = sync::readRemoteTask(it.value());
                if (task)
                    hrefOfTitle.insert(task->fields.title, it.key());
            }
            int editedThere = 0;
            for (int e = 0; e < kEditsPerSide; ++e) {
                const int i = 2 * int(random.bounded(kTasks / 2)) + 1;
                const QString href = hrefOfTitle.value(titleOf[i]);
                if (href.isEmpty())
                    continue; // not sent yet
                const QString renamed = baseTitle(i) + QStringLiteral(" phone r%1").arg(round);
                QVERIFY(world.editOnServer(href, "SUMMARY:" + titleOf[i].toUtf8(),
                                           "SUMMARY:" + renamed.toUtf8()));
                hrefOfTitle.remove(titleOf[i]);
                titleOf[i] = renamed;
                ++editedThere;
            }
            // AND helios-cli syncs and is killed (SIGKILL) at a random moment
            const quint32 delay = random.bounded(quint32(typicalMs * 12 / 10 + 1));
            QProcess cli;
            cli.setProcessEnvironment(env);
            QElapsedTimer took;
            took.start();
            cli.start(cliPath(), syncNow);
            QVERIFY(cli.waitForStarted(10000));
            if (cli.waitForFinished(int(delay))) {
                ++finished;
                typicalMs = took.elapsed();
                QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0,
                         qPrintable(QString::fromUtf8(cli.readAllStandardError())));
            } else {
                ::kill(pid_t(cli.processId()), SIGKILL);
                QVERIFY(cli.waitForFinished(30000));
                ++killed;
            }
            qInfo("round %d: %d edited on the server, killed after %u ms: %s", round, editedThere,
                  delay, cli.exitStatus() == QProcess::CrashExit ? "killed" : "had finished");
        }
        // Both kinds of round happened, or the test proved less than it says.
        QVERIFY(killed > 0);

        // THEN one clean sync ends without an error, and the next one has nothing to do
        const CliRun clean = runCli(syncNow, env);
        QVERIFY2(clean.exitCode == 0, qPrintable(clean.describe()));
        const CliRun again = runCli(syncNow, env);
        QVERIFY2(again.exitCode == 0, qPrintable(again.describe()));
        const QJsonObject quiet =
            again.json().value(QStringLiteral("syncs")).toArray().at(0).toObject();
        QVERIFY2(quiet.value(QStringLiteral("sent")).toInt() == 0 &&
                     quiet.value(QStringLiteral("received")).toInt() == 0 &&
                     quiet.value(QStringLiteral("conflicts")).toInt() == 0,
                 qPrintable(again.describe()));

        QStringList expected = titleOf.values() + added;
        expected = sorted(expected);
        // AND every task is on the server exactly once, with every edit of either side
        const QMap<QString, QByteArray> onServer = world.serverResources(kServerWait);
        QStringList serverTitles;
        QSet<QString> uids;
        for (const QByteArray &data : onServer) {
            const Result<sync::RemoteTask> task = sync::readRemoteTask(data);
            QVERIFY(task.ok());
            serverTitles << task->fields.title;
            uids.insert(task->uid);
        }
        QCOMPARE(onServer.size(), expected.size());
        QCOMPARE(uids.size(), expected.size());
        QCOMPARE(sorted(serverTitles), expected);
        // AND here too, with nothing waiting to be sent, in an intact database
        Store after(db);
        HELIOS_AWAIT(opened, after.open());
        QVERIFY(opened.ok());
        HELIOS_AWAIT(plan, after.plan(world.planId()));
        QVERIFY(plan.ok());
        QStringList hereTitles;
        for (const Task &t : plan->tasks)
            hereTitles << t.title;
        QCOMPARE(sorted(hereTitles), expected);
        HELIOS_AWAIT(outbox, after.outbox(world.bindingId()));
        QVERIFY(outbox.ok());
        QVERIFY(outbox->isEmpty());
        HELIOS_AWAIT(items, after.items(world.bindingId()));
        QVERIFY(items.ok());
        const qsizetype taskItems = std::count_if(items->cbegin(), items->cend(),
                                                  [](const SyncItem &i) { return i.taskId != 0; });
        QCOMPARE(taskItems, qsizetype(expected.size())); // the others: the milestones' groups
        // AND no task was edited on both sides, so a conflict would be a send of Helios's own
        // taken for another client's edit
        HELIOS_AWAIT(conflicts, after.conflicts(100));
        QVERIFY(conflicts.ok());
        for (const SyncConflict &c : *conflicts)
            qWarning("conflict on %s, %s: kept %s, set aside %s", qPrintable(c.taskTitle),
                     qPrintable(c.field), qPrintable(c.keptValue), qPrintable(c.otherValue));
        QCOMPARE(conflicts->size(), 0);
        QCOMPARE(integrityOf(db), QStringLiteral("ok"));
        qInfo("%d rounds killed, %d finished first", killed, finished);
    }
};

HELIOS_TEST_MAIN(TestSyncKill)
#include "tst_sync_kill.moc"

// A re-plan or a restore of a plan synced with a real server (Radicale and Xandikos on loopback),
// through helios-cli as a person runs it: the phone's edits since the last sync are merged
// first, the re-plan (or restore) runs on the merged plan, and then only the tasks whose dates it
// moved are written to the server (an untouched resource keeps its ETag: it was not rewritten).
// With the server out of reach the re-plan still runs, says so, and the phone's edits are merged
// field by field at the next sync.

#include "core/jobs/plan_snapshot.h"
#include "tests/integration/cli/cli_process.h"
#include "tests/integration/sync/sync_fixture.h"
#include "tests/support/test_main.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace helios;
using namespace helios::test;

namespace {

constexpr int kTasks = 12;
const QDate kToday(2026, 12, 15); // tasks 0 to 4 start before it: overdue, to be moved

QList<Task> twelveTasks()
{
    QList<Task> tasks;
    for (int i = 0; i < kTasks; ++i) {
        Task t;
        t.title = QStringLiteral("Task %1").arg(i, 2, 10, QLatin1Char('0'));
        t.startDate = QDate(2026, 12, 5).addDays(2 * i);
        t.dueDate = t.startDate.addDays(1);
        t.estimateHours = 2;
        t.milestone = QStringLiteral("Stage %1").arg(i / 4 + 1);
        tasks.append(t);
    }
    return tasks;
}

struct Dates
{
    QDate start;
    QDate due;
    friend bool operator==(const Dates &, const Dates &) = default;
};

// What one side says of the plan now: by task id (here) and by href (there).
struct Sides
{
    QHash<qint64, Task> here;       // task id -> task
    QHash<qint64, QString> hrefOf;  // task id -> its resource
    QHash<QString, QString> etagOf; // href -> ETag
    QHash<QString, sync::RemoteTask> there;
};

} // namespace

class TestSyncReplan : public QObject
{
    Q_OBJECT

private:
    // Reads both sides through another Store on the file (helios-cli wrote it) and the client.
    static bool read(SyncWorld &world, Sides &out)
    {
        Store store(world.databasePath());
        const auto opened = await(store.open());
        const auto plan = await(store.plan(world.planId()));
        const auto items = await(store.items(world.bindingId()));
        const auto etags = await(world.dav().todoEtags(world.collection()));
        if (!opened || !opened->ok() || !plan || !plan->ok() || !items || !items->ok() || !etags ||
            !etags->ok())
            return false;
        out = Sides{};
        for (const Task &t : (*plan)->tasks)
            out.here.insert(t.id, t);
        for (const SyncItem &item : **items)
            out.hrefOf.insert(item.taskId, item.href);
        for (const sync::RemoteEtag &e : **etags)
            out.etagOf.insert(e.href, e.etag);
        const QMap<QString, QByteArray> resources = world.serverResources();
        for (auto it = resources.cbegin(); it != resources.cend(); ++it) {
            const Result<sync::RemoteTask> task = sync::readRemoteTask(it.value());
            if (task)
                out.there.insert(it.key(), *task);
        }
        return true;
    }

    static qint64 idOfTitle(const Sides &sides, const QString &prefix)
    {
        for (const Task &t : sides.here) {
            if (t.title.startsWith(prefix))
                return t.id;
        }
        return 0;
    }

    // Every task moved between `before` and `after` was rewritten on the server (new ETag), every
    // other one was not (same ETag), and the server has Helios's dates for all of them. How many
    // moved.
    static int checkOnlyMovedWereWritten(const Sides &before, const Sides &after)
    {
        int moved = 0;
        for (const Task &t : after.here) {
            const Task was = before.here.value(t.id);
            const bool datesMoved =
                !(Dates{was.startDate, was.dueDate} == Dates{t.startDate, t.dueDate});
            moved += datesMoved ? 1 : 0;
            const QString href = after.hrefOf.value(t.id);
            if (href.isEmpty() || !after.there.contains(href)) {
                qWarning("%s is not on the server", qPrintable(t.title));
                return -1;
            }
            const bool rewritten = before.etagOf.value(href) != after.etagOf.value(href);
            if (rewritten != datesMoved) {
                qWarning("%s: dates moved %d, rewritten %d", qPrintable(t.title), datesMoved,
                         rewritten);
                return -1;
            }
            const sync::TaskFields &fields = after.there.value(href).fields;
            if (fields.start != t.startDate || fields.due != t.dueDate) {
                qWarning("%s: the server has other dates", qPrintable(t.title));
                return -1;
            }
        }
        return moved;
    }

private Q_SLOTS:
    void shouldMergeThePhoneFirstAndWriteOnlyWhatTheReplanMoved_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("radicale") << int(CalDavServer::Kind::Radicale);
        QTest::newRow("xandikos") << int(CalDavServer::Kind::Xandikos);
    }

    void shouldMergeThePhoneFirstAndWriteOnlyWhatTheReplanMoved()
    {
        // GIVEN a plan of twelve tasks synced with the server
        QFETCH(int, kind);
        SyncWorld world(static_cast<CalDavServer::Kind>(kind));
        QVERIFY2(world.ok(), qPrintable(world.why()));
        Plan plan = world.plan();
        plan.tasks = twelveTasks();
        HELIOS_AWAIT(applied,
                     world.store().applyVersion(plan, QStringLiteral("edit"),
                                                [](const Plan &p) { return planSnapshot(p); }));
        QVERIFY(applied.ok());
        HELIOS_AWAIT(first, world.engine().sync(world.bindingId()));
        QVERIFY(first.ok());
        QCOMPARE(first->sent, kTasks);
        // AND on the phone, overdue task 01 is renamed and completed and future task 09 renamed
        const QString x = world.hrefOfTitle(QStringLiteral("Task 01"));
        const QString y = world.hrefOfTitle(QStringLiteral("Task 09"));
        QVERIFY(world.editOnServer(x, "SUMMARY:Task 01", "SUMMARY:Task 01 (phone)"));
        QVERIFY(world.editOnServer(x, "STATUS:NEEDS-ACTION", "STATUS:COMPLETED"));
        QVERIFY(world.editOnServer(y, "SUMMARY:Task 09", "SUMMARY:Task 09 (phone)"));
        Sides before;
        QVERIFY(read(world, before));
        const qint64 xId = idOfTitle(before, QStringLiteral("Task 01"));
        const qint64 yId = idOfTitle(before, QStringLiteral("Task 09"));
        QVERIFY(xId > 0 && yId > 0);

        // WHEN the plan is re-planned from a later day in helios-cli
        QTemporaryDir home;
        QProcessEnvironment env = cliEnvironment(home.path());
        env.insert(QStringLiteral("HELIOS_SYNC_PASSWORD"), world.server().password());
        const QString planId = QString::number(world.planId());
        const CliRun replanned =
            runCli({QStringLiteral("replan"), planId, QStringLiteral("--today"),
                    kToday.toString(Qt::ISODate), QStringLiteral("--accept"),
                    QStringLiteral("--json"), QStringLiteral("--db"), world.databasePath()},
                   env);
        QVERIFY2(replanned.exitCode == 0, qPrintable(replanned.describe()));
        const QJsonObject sync = replanned.json().value(QStringLiteral("sync")).toObject();
        // THEN the phone's two tasks were merged first
        QCOMPARE(sync.value(QStringLiteral("before"))
                     .toObject()
                     .value(QStringLiteral("received"))
                     .toInt(),
                 2);
        Sides after;
        QVERIFY(read(world, after));
        // AND the phone's edits survived here and there: 01 done and renamed, so not moved
        QCOMPARE(after.here.value(xId).title, QStringLiteral("Task 01 (phone)"));
        QVERIFY(after.here.value(xId).status == TaskStatus::Done);
        QCOMPARE(after.here.value(xId).startDate, before.here.value(xId).startDate);
        QCOMPARE(after.here.value(yId).title, QStringLiteral("Task 09 (phone)"));
        const sync::RemoteTask xThere = after.there.value(after.hrefOf.value(xId));
        QCOMPARE(xThere.fields.title, QStringLiteral("Task 01 (phone)"));
        QVERIFY(xThere.fields.status == TaskStatus::Done);
        QCOMPARE(after.there.value(after.hrefOf.value(yId)).fields.title,
                 QStringLiteral("Task 09 (phone)"));
        // AND exactly the tasks whose dates moved were written, with the new dates
        const int moved = checkOnlyMovedWereWritten(before, after);
        QVERIFY(moved > 0);
        QCOMPARE(
            sync.value(QStringLiteral("after")).toObject().value(QStringLiteral("sent")).toInt(),
            moved);

        // WHEN the phone renames 01 again, and the version before the re-plan is restored
        QVERIFY(world.editOnServer(after.hrefOf.value(xId), "SUMMARY:Task 01 (phone)",
                                   "SUMMARY:Task 01 (phone again)"));
        Sides beforeRestore;
        QVERIFY(read(world, beforeRestore));
        const int replanVersion = replanned.json().value(QStringLiteral("version")).toInt();
        QVERIFY(replanVersion > 1);
        const CliRun restored =
            runCli({QStringLiteral("versions"), planId, QStringLiteral("--restore"),
                    QString::number(replanVersion - 1), QStringLiteral("--json"),
                    QStringLiteral("--db"), world.databasePath()},
                   env);
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.describe()));
        Sides afterRestore;
        QVERIFY(read(world, afterRestore));
        // THEN the dates are back as they were before the re-plan
        for (const Task &t : afterRestore.here)
            QCOMPARE(t.startDate, before.here.value(t.id).startDate);
        // AND the phone's newest edit is kept on both sides
        QCOMPARE(afterRestore.here.value(xId).title, QStringLiteral("Task 01 (phone again)"));
        QCOMPARE(afterRestore.there.value(afterRestore.hrefOf.value(xId)).fields.title,
                 QStringLiteral("Task 01 (phone again)"));
        QVERIFY(afterRestore.here.value(xId).status == TaskStatus::Done);
        // AND only the tasks moved back were written
        QCOMPARE(checkOnlyMovedWereWritten(beforeRestore, afterRestore), moved);
    }

    void shouldMergeThePhoneFirstWhenTodayReschedulesOverdueTasks()
    {
        // GIVEN a synced plan, and on the phone overdue task 01 completed
        SyncWorld world(CalDavServer::Kind::Radicale);
        QVERIFY2(world.ok(), qPrintable(world.why()));
        Plan plan = world.plan();
        plan.tasks = twelveTasks();
        HELIOS_AWAIT(applied,
                     world.store().applyVersion(plan, QStringLiteral("edit"),
                                                [](const Plan &p) { return planSnapshot(p); }));
        QVERIFY(applied.ok());
        HELIOS_AWAIT(first, world.engine().sync(world.bindingId()));
        QVERIFY(first.ok());
        const QString x = world.hrefOfTitle(QStringLiteral("Task 01"));
        QVERIFY(world.editOnServer(x, "STATUS:NEEDS-ACTION", "STATUS:COMPLETED"));
        Sides before;
        QVERIFY(read(world, before));
        const qint64 xId = idOfTitle(before, QStringLiteral("Task 01"));
        // WHEN today's overdue tasks are rescheduled in helios-cli
        QTemporaryDir home;
        QProcessEnvironment env = cliEnvironment(home.path());
        env.insert(QStringLiteral("HELIOS_SYNC_PASSWORD"), world.server().password());
        const CliRun rescheduled =
            runCli({QStringLiteral("today"), QStringLiteral("--reschedule-overdue"),
                    QStringLiteral("--yes"), QStringLiteral("--today"),
                    kToday.toString(Qt::ISODate), QStringLiteral("--db"), world.databasePath()},
                   env);
        QVERIFY2(rescheduled.exitCode == 0, qPrintable(rescheduled.describe()));
        // THEN the phone's completion came in first: 01 is done and kept its dates
        Sides after;
        QVERIFY(read(world, after));
        QVERIFY(after.here.value(xId).status == TaskStatus::Done);
        QCOMPARE(after.here.value(xId).startDate, before.here.value(xId).startDate);
        QVERIFY(after.there.value(after.hrefOf.value(xId)).fields.status == TaskStatus::Done);
        // AND exactly the moved tasks were written, with their new dates
        QVERIFY(checkOnlyMovedWereWritten(before, after) > 0);
    }

    void shouldReplanOnLocalDataWhenTheServerIsOutOfReach_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("radicale") << int(CalDavServer::Kind::Radicale);
    }

    void shouldReplanOnLocalDataWhenTheServerIsOutOfReach()
    {
        // GIVEN a synced plan, and on the phone overdue task 01 renamed and completed
        QFETCH(int, kind);
        SyncWorld world(static_cast<CalDavServer::Kind>(kind));
        QVERIFY2(world.ok(), qPrintable(world.why()));
        Plan plan = world.plan();
        plan.tasks = twelveTasks();
        HELIOS_AWAIT(applied,
                     world.store().applyVersion(plan, QStringLiteral("edit"),
                                                [](const Plan &p) { return planSnapshot(p); }));
        QVERIFY(applied.ok());
        HELIOS_AWAIT(first, world.engine().sync(world.bindingId()));
        QVERIFY(first.ok());
        const QString x = world.hrefOfTitle(QStringLiteral("Task 01"));
        QVERIFY(world.editOnServer(x, "SUMMARY:Task 01", "SUMMARY:Task 01 (phone)"));
        QVERIFY(world.editOnServer(x, "STATUS:NEEDS-ACTION", "STATUS:COMPLETED"));
        // WHEN the server is down and the plan is re-planned
        world.server().kill();
        QTemporaryDir home;
        QProcessEnvironment env = cliEnvironment(home.path());
        env.insert(QStringLiteral("HELIOS_SYNC_PASSWORD"), world.server().password());
        const CliRun replanned =
            runCli({QStringLiteral("replan"), QString::number(world.planId()),
                    QStringLiteral("--today"), kToday.toString(Qt::ISODate),
                    QStringLiteral("--accept"), QStringLiteral("--db"), world.databasePath()},
                   env);
        // THEN the re-plan is applied on the plan as it is here, and a note says why and what next
        QVERIFY2(replanned.exitCode == 0, qPrintable(replanned.describe()));
        QVERIFY2(replanned.err.contains("could not be synced first") &&
                     replanned.err.contains("merged field by field at the next sync"),
                 qPrintable(replanned.describe()));
        QVERIFY(!replanned.err.contains(world.server().password().toUtf8()));
        QVERIFY(replanned.out.contains("Applied as version"));
        // AND once the server is back, a sync merges the phone's edits field by field: its title
        // and status stay, the re-plan's dates stay
        QString why;
        QVERIFY2(world.server().restart(&why), qPrintable(why));
        const CliRun synced = runCli({QStringLiteral("sync"), QStringLiteral("now"),
                                      QStringLiteral("--db"), world.databasePath()},
                                     env);
        QVERIFY2(synced.exitCode == 0, qPrintable(synced.describe()));
        Sides now;
        QVERIFY(read(world, now));
        const qint64 xId = idOfTitle(now, QStringLiteral("Task 01"));
        QVERIFY(xId > 0);
        QCOMPARE(now.here.value(xId).title, QStringLiteral("Task 01 (phone)"));
        QVERIFY(now.here.value(xId).status == TaskStatus::Done);
        QVERIFY(now.here.value(xId).startDate >= kToday);
        const sync::RemoteTask xThere = now.there.value(now.hrefOf.value(xId));
        QCOMPARE(xThere.fields.title, QStringLiteral("Task 01 (phone)"));
        QVERIFY(xThere.fields.status == TaskStatus::Done);
        QCOMPARE(xThere.fields.start, now.here.value(xId).startDate);
    }
};

HELIOS_TEST_MAIN(TestSyncReplan)
#include "tst_sync_replan.moc"

// What goes wrong on the way, against real servers on loopback (Radicale and Xandikos): the
// server killed between the merge and the sends, a server that stops answering, the calendar
// deleted on the server, something in the calendar that is not a task. Each time the sync ends
// with one sentence (or goes on without what it cannot read), and nothing here is lost or sent
// twice.

#include "core/jobs/plan_snapshot.h"
#include "tests/integration/sync/server_rows.h"
#include "tests/integration/sync/sync_fixture.h"
#include "tests/support/test_main.h"

#include <QElapsedTimer>

using namespace helios;
using namespace helios::test;

class TestCaldavFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldLoseNothingAndSendNothingTwiceWhenTheServerDiesMidSync_data() { addServers(); }
    void shouldLoseNothingAndSendNothingTwiceWhenTheServerDiesMidSync()
    {
        // GIVEN a synced plan; here one task is completed, one renamed and one added
        HELIOS_WORLD(world);
        HELIOS_SYNC(first, world);
        Plan edited = world.plan();
        edited.tasks[0].status = TaskStatus::Done;
        edited.tasks[1].title = QStringLiteral("Run 6 km");
        Task added;
        added.title = QStringLiteral("Stretch every evening");
        added.startDate = QDate(2026, 12, 20);
        added.dueDate = added.startDate;
        edited.tasks.append(added);
        HELIOS_AWAIT(applied,
                     world.store().applyVersion(edited, QStringLiteral("edit"),
                                                [](const Plan &p) { return planSnapshot(p); }));
        QVERIFY(applied.ok());
        // WHEN the server is killed (SIGKILL) after the sync merged and before it sends
        world.beforeNextStep([&] { world.server().kill(); });
        HELIOS_AWAIT(died, world.engine().sync(world.bindingId()));
        // THEN the sync fails with a sentence, the changes wait in the outbox, the plan keeps them
        QVERIFY(!died.ok());
        QVERIFY(!died.error().message.isEmpty());
        HELIOS_AWAIT(waiting, world.store().outbox(world.bindingId()));
        QCOMPARE(waiting->size(), 4); // the three tasks, and the Gear group (its task done)
        QCOMPARE(world.plan().tasks.size(), 4);
        // AND once the server is back, one sync sends each change once: four tasks, no copies
        QString why;
        QVERIFY2(world.server().restart(&why), qPrintable(why));
        HELIOS_SYNC(back, world);
        QCOMPARE(back->sent, 3);
        const QMap<QString, QByteArray> onServer = world.serverResources();
        QCOMPARE(onServer.size(), 4);
        QStringList titles;
        for (const QByteArray &data : onServer) {
            const Result<sync::RemoteTask> task = sync::readRemoteTask(data);
            QVERIFY(task.ok());
            titles << task->fields.title;
        }
        titles.sort();
        QCOMPARE(titles, (QStringList{QStringLiteral("Buy running shoes"),
                                      QStringLiteral("Run 10 km; then rest, stretch"),
                                      QStringLiteral("Run 6 km"),
                                      QStringLiteral("Stretch every evening")}));
        HELIOS_AWAIT(empty, world.store().outbox(world.bindingId()));
        QVERIFY(empty->isEmpty());
        HELIOS_SYNC(quiet, world);
        QCOMPARE(quiet->summary(), QStringLiteral("Nothing changed."));
    }

    void shouldGiveUpOnAServerThatStopsAnsweringWithASentence_data() { addServers(); }
    void shouldGiveUpOnAServerThatStopsAnsweringWithASentence()
    {
        // GIVEN a synced plan and a client that waits one second for an answer
        HELIOS_WORLD(world);
        HELIOS_SYNC(first, world);
        world.makeClient(world.server().password(), 1'000);
        const qint64 id = world.plan().tasks.at(2).id;
        HELIOS_AWAIT(done, world.store().setTaskStatus(id, TaskStatus::Done));
        QVERIFY(done.ok());
        // WHEN the server stops answering (it still accepts connections)
        world.server().freeze();
        QElapsedTimer timer;
        timer.start();
        HELIOS_AWAIT(stuck, world.engine().sync(world.bindingId()));
        const qint64 waited = timer.elapsed();
        world.server().thaw();
        // THEN the sync ends within seconds with one sentence saying so, and the binding keeps it
        QVERIFY(!stuck.ok());
        QVERIFY2(stuck.error().message.contains(QStringLiteral("sent nothing for 1 s")),
                 qPrintable(stuck.error().message));
        QVERIFY2(waited < 10'000, qPrintable(QString::number(waited)));
        HELIOS_AWAIT(binding, world.store().binding(world.bindingId()));
        QCOMPARE(binding->lastError, stuck.error().message);
        // AND once it answers again the change goes
        HELIOS_SYNC(back, world);
        QCOMPARE(back->sent, 1);
    }

    void shouldSayTheCalendarIsGoneAndKeepThePlan_data() { addServers(); }
    void shouldSayTheCalendarIsGoneAndKeepThePlan()
    {
        // GIVEN a synced plan whose calendar is then deleted on the server
        HELIOS_WORLD(world);
        HELIOS_SYNC(first, world);
        QVERIFY(world.deleteOnServer(world.collection().toString()));
        // WHEN it syncs
        HELIOS_AWAIT(gone, world.engine().sync(world.bindingId()));
        // THEN it fails with a sentence naming the missing calendar (404), and the plan stays
        QVERIFY(!gone.ok());
        QVERIFY2(gone.error().message.contains(QStringLiteral("404")) ||
                     gone.error().message.contains(QStringLiteral("403")),
                 qPrintable(gone.error().message));
        QCOMPARE(world.plan().tasks.size(), 3);
        HELIOS_AWAIT(versions, world.store().versions(world.planId()));
        QVERIFY(versions->isEmpty());
    }

    void shouldSayTheServerForbidsACalendarOfAnotherUser()
    {
        // GIVEN Radicale (owner-only rights) and a binding to another user's calendar
        SyncWorld world(CalDavServer::Kind::Radicale);
        QVERIFY2(world.ok(), qPrintable(world.why()));
        QVERIFY(world.rebind(world.server().root().resolved(QUrl(QStringLiteral("/bob/tasks/")))));
        // WHEN it syncs
        HELIOS_AWAIT(refused, world.engine().sync(world.bindingId()));
        // THEN one sentence says the server does not allow it (403), and nothing changed here
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("403")),
                 qPrintable(refused.error().message));
        HELIOS_AWAIT(outbox, world.store().outbox(world.bindingId()));
        QVERIFY(outbox->isEmpty());
        QCOMPARE(world.plan().tasks.size(), 3);
    }

    void shouldSkipWhatIsNotATaskAndSyncTheRest_data() { addServers(); }
    void shouldSkipWhatIsNotATaskAndSyncTheRest()
    {
        // GIVEN a synced plan, and another client that puts an event (no VTODO) into the calendar
        // and renames a task
        HELIOS_WORLD(world);
        HELIOS_SYNC(first, world);
        const QByteArray event = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\n"
                                 "BEGIN:VEVENT\r\nUID:event-1\r\nDTSTAMP:20261204T090000Z\r\n"
                                 "DTSTART:20261210T090000Z\r\nSUMMARY:Race day\r\nEND:VEVENT\r\n"
                                 "END:VCALENDAR\r\n";
        if (!world.putWithCurl(world.collection().resolved(QUrl(QStringLiteral("event-1.ics"))),
                               event))
            QSKIP("this server keeps events out of a tasks-only calendar");
        QVERIFY(world.editOnServer(world.hrefOfTitle(QStringLiteral("Run 5 km")),
                                   "SUMMARY:Run 5 km", "SUMMARY:Run 7 km"));
        // WHEN it syncs
        HELIOS_SYNC(report, world);
        // THEN the rename comes in, the event is skipped with a sentence, nothing else changes
        QCOMPARE(report->received, 1);
        QCOMPARE(report->skipped.size(), 1);
        QVERIFY2(report->skipped.at(0).contains(QStringLiteral("no VTODO")),
                 qPrintable(report->skipped.at(0)));
        QCOMPARE(world.plan().tasks.size(), 3);
        QCOMPARE(world.plan().tasks.at(1).title, QStringLiteral("Run 7 km"));
        // AND an event stays no task: the next sync does not read it again
        HELIOS_SYNC(next, world);
        QCOMPARE(next->summary(), QStringLiteral("Nothing changed."));
    }
};

HELIOS_TEST_MAIN(TestCaldavFaults)
#include "tst_caldav_faults.moc"

// Two-way CalDAV sync end to end against real servers on loopback: Radicale (htpasswd) and
// Xandikos, the same tests on both. What Helios writes is read back from the server; what another
// client writes (curl, a separate process) comes back into the plan within one sync.

#include "core/jobs/plan_snapshot.h"
#include "core/sync/sync_account.h"
#include "tests/integration/sync/server_rows.h"
#include "tests/integration/sync/sync_fixture.h"
#include "tests/support/test_main.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace helios;
using namespace helios::test;

namespace {

QString why(const Result<sync::RemoteTask> &task)
{
    return task ? QString() : task.error().message;
}

} // namespace

class TestCaldavSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldSendAPlanOnFirstSyncAsTasksAnyClientReads_data() { addServers(); }
    void shouldSendAPlanOnFirstSyncAsTasksAnyClientReads()
    {
        // GIVEN a plan of three tasks bound to an empty collection
        HELIOS_WORLD(world);
        // WHEN it syncs for the first time
        HELIOS_SYNC(report, world);
        // THEN three resources are on the server, each a VTODO with the task's fields and its
        // dependency on the one before, by UID
        QCOMPARE(report->sent, 3);
        QCOMPARE(report->received, 0);
        const QMap<QString, QByteArray> onServer = world.serverResources();
        QCOMPARE(onServer.size(), 3);
        const Plan plan = world.plan();
        QHash<QString, QString> uidOfTitle;
        for (const QByteArray &data : onServer) {
            const Result<sync::RemoteTask> task = sync::readRemoteTask(data);
            QVERIFY2(task.ok(), qPrintable(why(task)));
            uidOfTitle.insert(task->fields.title, task->uid);
        }
        for (const Task &t : plan.tasks) {
            const QString href = world.hrefOfTitle(t.title);
            QVERIFY2(!href.isEmpty(), qPrintable(t.title));
            const Result<sync::RemoteTask> task = sync::readRemoteTask(onServer.value(href));
            QCOMPARE(task->fields.due, t.dueDate);
            QCOMPARE(task->fields.start, t.startDate);
            QCOMPARE(task->fields.notes, t.notes);
            QCOMPARE(task->fields.milestone, t.milestone);
            QCOMPARE(task->fields.estimateHours, t.estimateHours);
            QVERIFY(task->fields.status == TaskStatus::Todo);
            QStringList dependencies;
            for (int d : t.dependsOn)
                dependencies << uidOfTitle.value(plan.tasks.at(d).title);
            QCOMPARE(task->fields.dependsOn, dependencies);
        }
        // AND a second sync finds nothing to do, in one request
        HELIOS_SYNC(again, world);
        QCOMPARE(again->summary(), QStringLiteral("Nothing changed."));
        QCOMPARE(again->sent + again->received, 0);
        QCOMPARE(again->requests, 1);
        // AND the binding says when and what
        HELIOS_AWAIT(binding, world.store().binding(world.bindingId()));
        QVERIFY(binding->lastSyncAt.has_value());
        QVERIFY(binding->lastError.isEmpty());
        QVERIFY(!binding->syncToken.isEmpty());
    }

    void shouldMakeAFirstSyncsResourcesAFewARoundAndNameEveryPrerequisite_data() { addServers(); }
    void shouldMakeAFirstSyncsResourcesAFewARoundAndNameEveryPrerequisite()
    {
        // GIVEN a plan of three tasks, each depending on the one before, and an engine that
        // makes one new resource a round (5,000 tasks make 500 a round)
        HELIOS_WORLD(world);
        world.engine().setCreatePerRound(1);
        // WHEN it syncs for the first time
        HELIOS_SYNC(report, world);
        // THEN every task is on the server in one sync: three rounds made one each, and a
        // fourth read the token after them (not counted against the rounds of a 412)
        QCOMPARE(report->sent, 3);
        QCOMPARE(report->rounds, 4);
        const QMap<QString, QByteArray> onServer = world.serverResources();
        QCOMPARE(onServer.size(), 3);
        // AND each names its prerequisite by the UID it has on the server
        QHash<QString, QString> uidOfTitle;
        for (const QByteArray &data : onServer) {
            const Result<sync::RemoteTask> task = sync::readRemoteTask(data);
            QVERIFY2(task.ok(), qPrintable(why(task)));
            uidOfTitle.insert(task->fields.title, task->uid);
        }
        const Plan plan = world.plan();
        for (const Task &t : plan.tasks) {
            const Result<sync::RemoteTask> task =
                sync::readRemoteTask(onServer.value(world.hrefOfTitle(t.title)));
            QVERIFY2(task.ok(), qPrintable(t.title));
            QStringList dependencies;
            for (int d : t.dependsOn)
                dependencies << uidOfTitle.value(plan.tasks.at(d).title);
            QCOMPARE(task->fields.dependsOn, dependencies);
        }
        QCOMPARE(world.serverGroups().size(), 2); // Gear and Base, each once
        // AND the next sync has nothing to do, in one request
        HELIOS_SYNC(again, world);
        QCOMPARE(again->summary(), QStringLiteral("Nothing changed."));
        QCOMPARE(again->requests, 1);
    }

    void shouldListOnlyTheResourcesWhoseEtagsItDoesNotKnow_data() { addServers(); }
    void shouldListOnlyTheResourcesWhoseEtagsItDoesNotKnow()
    {
        // GIVEN a synced plan: its resources (three tasks and their groups) on the server
        HELIOS_WORLD(world);
        HELIOS_SYNC(first, world);
        HELIOS_AWAIT(all, world.dav().todoEtags(world.collection()));
        QVERIFY2(all->size() >= 3, qPrintable(QString::number(all->size())));
        // WHEN a listing is asked for with a filter that knows every resource but the first as
        // it is, and the first under another ETag
        QHash<QString, QString> known;
        for (const sync::RemoteEtag &e : *all)
            known.insert(e.href, e.etag);
        const QString stale = all->constFirst().href;
        known.insert(stale, QStringLiteral("\"not-its-etag\""));
        QSet<QString> seen;
        const sync::EtagFilter differs = [&](const QString &href, const QString &etag) {
            seen.insert(href);
            return known.value(href) != etag;
        };
        HELIOS_AWAIT(etags, world.dav().todoEtags(world.collection(), differs));
        HELIOS_AWAIT(changes, world.dav().changesSince(world.collection(), QString(), differs));
        // THEN both answers hold only that one resource, and the filter saw every one
        QCOMPARE(etags->size(), 1);
        QCOMPARE(etags->constFirst().href, stale);
        QVERIFY(changes->complete);
        QCOMPARE(changes->changed.size(), 1);
        QCOMPARE(changes->changed.constFirst().href, stale);
        QCOMPARE(seen.size(), all->size());
        // AND a task deleted by another client is still reported as removed, filter or not
        HELIOS_AWAIT(binding, world.store().binding(world.bindingId()));
        const QString gone = world.hrefOfTitle(world.plan().tasks.constLast().title);
        QVERIFY(!gone.isEmpty());
        QVERIFY(world.deleteOnServer(gone));
        seen.clear();
        HELIOS_AWAIT(since,
                     world.dav().changesSince(world.collection(), binding->syncToken, differs));
        QVERIFY2(since->removed.contains(gone), qPrintable(since->removed.join(u' ')));
        QVERIFY(since->changed.isEmpty());
        // AND the next sync sees the deletion (the engine lists through such a filter)
        HELIOS_SYNC(next, world);
        QCOMPARE(next->removedHere, 1);
        QCOMPARE(world.plan().tasks.size(), 2);
    }

    void shouldBringBackWhatAnotherClientChanged_data() { addServers(); }
    void shouldBringBackWhatAnotherClientChanged()
    {
        // GIVEN a synced plan
        HELIOS_WORLD(world);
        HELIOS_SYNC(first, world);
        // WHEN another client completes one task and renames another on the server
        const QString shoes = world.hrefOfTitle(QStringLiteral("Buy running shoes"));
        const QString run5 = world.hrefOfTitle(QStringLiteral("Run 5 km"));
        QVERIFY(world.editOnServer(shoes, "STATUS:NEEDS-ACTION", "STATUS:COMPLETED"));
        QVERIFY(world.editOnServer(run5, "SUMMARY:Run 5 km", "SUMMARY:Run 6 km"));
        // THEN the next sync brings both into the plan, and sends no task back (only the Gear
        // milestone's group, its only task done: one PUT more)
        HELIOS_SYNC(report, world);
        QCOMPARE(report->received, 2);
        QCOMPARE(report->sent, 0);
        QVERIFY2(report->requests <= 4, qPrintable(QString::number(report->requests)));
        QVERIFY(world.serverGroups().value(QStringLiteral("Gear")).fields.status ==
                TaskStatus::Done);
        QVERIFY(world.serverGroups().value(QStringLiteral("Base")).fields.status ==
                TaskStatus::Todo);
        const Plan plan = world.plan();
        QVERIFY(plan.tasks.at(0).status == TaskStatus::Done);
        QCOMPARE(plan.tasks.at(1).title, QStringLiteral("Run 6 km"));
        QCOMPARE(plan.tasks.at(2).title, QStringLiteral("Run 10 km; then rest, stretch"));
        // AND the change is a version of the plan ("sync"), so history and restore cover it
        HELIOS_AWAIT(versions, world.store().versions(world.planId()));
        QVERIFY(!versions->isEmpty());
        QCOMPARE(versions->constLast().reason, QStringLiteral("sync"));
    }

    void shouldSendWhatChangedHereAndKeepTheOtherClientsProperties_data() { addServers(); }
    void shouldSendWhatChangedHereAndKeepTheOtherClientsProperties()
    {
        // GIVEN a synced plan whose first task another client gave an alarm and an X- property
        HELIOS_WORLD(world);
        HELIOS_SYNC(first, world);
        const QString shoes = world.hrefOfTitle(QStringLiteral("Buy running shoes"));
        QVERIFY(world.editOnServer(shoes, "END:VTODO",
                                   "X-PHONE-ORDER:7\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\n"
                                   "DESCRIPTION:Shoes!\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\n"
                                   "END:VTODO"));
        HELIOS_SYNC(taken, world);
        // WHEN the task is completed here
        const qint64 id = world.plan().tasks.at(0).id;
        HELIOS_AWAIT(done, world.store().setTaskStatus(id, TaskStatus::Done));
        QVERIFY(done.ok());
        HELIOS_SYNC(report, world);
        // THEN it is completed on the server, with the other client's alarm and property kept
        QCOMPARE(report->sent, 1);
        const QByteArray data = world.serverResources().value(shoes);
        QVERIFY(data.contains("STATUS:COMPLETED"));
        QVERIFY(data.contains("X-PHONE-ORDER:7"));
        QVERIFY(data.contains("BEGIN:VALARM"));
        QVERIFY(data.contains("DESCRIPTION:Shoes!"));
    }

    void shouldSendAnEditHereInOneRoundAndStillSeeWhatTheServerDoesNext_data() { addServers(); }
    void shouldSendAnEditHereInOneRoundAndStillSeeWhatTheServerDoesNext()
    {
        // GIVEN a synced plan
        HELIOS_WORLD(world);
        HELIOS_SYNC(first, world);
        const Plan plan = world.plan();
        const QString shoes = world.hrefOfTitle(plan.tasks.at(0).title);
        const QString run5 = world.hrefOfTitle(plan.tasks.at(1).title);
        const QString run10 = world.hrefOfTitle(plan.tasks.at(2).title);
        // WHEN one task's notes change here and it syncs
        HELIOS_AWAIT(noted,
                     world.store().setTaskNotes(plan.tasks.at(0).id, QStringLiteral("Size 44")));
        QVERIFY(noted.ok());
        HELIOS_SYNC(sent, world);
        // THEN it is sent in one round of two requests (the listing and the PUT): no round
        // after the send to read the token again
        QCOMPARE(sent->sent, 1);
        QCOMPARE(sent->rounds, 1);
        QCOMPARE(sent->requests, 2);
        QVERIFY(world.serverResources().value(shoes).contains("DESCRIPTION:Size 44"));
        // AND the next sync knows the change as Helios's own write by its ETag: one request
        HELIOS_SYNC(quiet, world);
        QCOMPARE(quiet->summary(), QStringLiteral("Nothing changed."));
        QCOMPARE(quiet->requests, 1);
        // WHEN a task edited and sent here is then deleted by another client
        HELIOS_AWAIT(noted2,
                     world.store().setTaskNotes(plan.tasks.at(1).id, QStringLiteral("Flat")));
        QVERIFY(noted2.ok());
        HELIOS_SYNC(sent2, world);
        QCOMPARE(sent2->rounds, 1);
        QVERIFY(world.deleteOnServer(run5));
        // THEN the next sync deletes it here (the kept token is from before the send, and the
        // server reports the deletion of a resource it knew then)
        HELIOS_SYNC(removed, world);
        QCOMPARE(removed->removedHere, 1);
        QCOMPARE(world.plan().tasks.size(), plan.tasks.size() - 1);
        // AND the task that depended on it is not sent again and again: its resource still
        // names the deleted task (RELATED-TO), which is no change made here
        HELIOS_AWAIT(versionsAfterRemoval, world.store().versions(world.planId()));
        HELIOS_SYNC(settled, world);
        QCOMPARE(settled->sent, 0);
        QCOMPARE(settled->requests, 1);
        // WHEN a task edited and sent here is then renamed by another client
        HELIOS_AWAIT(noted3,
                     world.store().setTaskNotes(plan.tasks.at(2).id, QStringLiteral("Hilly")));
        QVERIFY(noted3.ok());
        HELIOS_SYNC(sent3, world);
        QCOMPARE(sent3->rounds, 1);
        QVERIFY(world.editOnServer(run10, "SUMMARY:Run 10 km", "SUMMARY:Run 12 km"));
        // THEN the next sync brings the rename in and keeps the notes sent
        HELIOS_SYNC(renamed, world);
        QCOMPARE(renamed->received, 1);
        QCOMPARE(renamed->sent, 0);
        const Plan after = world.plan();
        QCOMPARE(after.tasks.constLast().title, QStringLiteral("Run 12 km; then rest, stretch"));
        QCOMPARE(after.tasks.constLast().notes, QStringLiteral("Hilly"));
        // AND the second sync that received a change within the hour amended the plan's "sync"
        // version instead of adding another whole snapshot
        HELIOS_AWAIT(versions, world.store().versions(world.planId()));
        QCOMPARE(versions->size(), versionsAfterRemoval->size());
        QCOMPARE(versions->constLast().reason, QStringLiteral("sync"));
        QVERIFY(versions->constLast().createdAt >= versionsAfterRemoval->constLast().createdAt);
    }

    void shouldSyncItemsWrittenBeforeTheirPrintsAndGiveThemOne_data() { addServers(); }
    void shouldSyncItemsWrittenBeforeTheirPrintsAndGiveThemOne()
    {
        // GIVEN a synced plan whose items have no print and no check, as a database from before
        // schema 8
        HELIOS_WORLD(world);
        HELIOS_SYNC(first, world);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("before-prints"));
            db.setDatabaseName(world.databasePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("UPDATE sync_items SET fields_print = '', parent_uid = '',"
                                      " fields_check = 0")));
            QVERIFY(q.numRowsAffected() >= 3);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("before-prints"));
        // WHEN a task's notes change here and it syncs
        const Plan plan = world.plan();
        const QString shoes = world.hrefOfTitle(plan.tasks.at(0).title);
        HELIOS_AWAIT(noted,
                     world.store().setTaskNotes(plan.tasks.at(0).id, QStringLiteral("Size 44")));
        QVERIFY(noted.ok());
        HELIOS_SYNC(sent, world);
        // THEN only that task is sent, as before
        QCOMPARE(sent->sent, 1);
        QCOMPARE(sent->requests, 2);
        QVERIFY(world.serverResources().value(shoes).contains("DESCRIPTION:Size 44"));
        // AND every item now has the print, check and PARENT of its resource
        HELIOS_AWAIT(items, world.store().items(world.bindingId()));
        QVERIFY(items->size() >= 3);
        for (const SyncItem &item : std::as_const(*items)) {
            QVERIFY2(!item.fieldsPrint.isEmpty(), qPrintable(item.uid));
            const sync::RemoteTask read = *sync::readRemoteTask(item.resource);
            QCOMPARE(item.fieldsPrint, sync::fieldsPrint(read.fields));
            QCOMPARE(item.fieldsCheck, sync::fieldsCheck(read.fields));
            QCOMPARE(item.parentUid, read.parentUid);
        }
        // AND the next sync, on prints alone, finds nothing to send
        HELIOS_SYNC(quiet, world);
        QCOMPARE(quiet->summary(), QStringLiteral("Nothing changed."));
        QCOMPARE(quiet->requests, 1);
        // AND a task moved to another milestone here goes under that milestone's group
        Plan edited = world.plan();
        edited.tasks[1].milestone = QStringLiteral("Gear");
        HELIOS_AWAIT(moved,
                     world.store().applyVersion(edited, QStringLiteral("edit"),
                                                [](const Plan &p) { return planSnapshot(p); }));
        QVERIFY(moved.ok());
        HELIOS_SYNC(regrouped, world);
        QCOMPARE(regrouped->sent, 1);
        const sync::RemoteTask run5 = *sync::readRemoteTask(
            world.serverResources().value(world.hrefOfTitle(plan.tasks.at(1).title)));
        QCOMPARE(run5.fields.milestone, QStringLiteral("Gear"));
        QCOMPARE(run5.parentUid, world.serverGroups().value(QStringLiteral("Gear")).uid);
        // AND items with a print but no check (written by schema 8) get their checks at the next
        // sync, which sends nothing
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("before-checks"));
            db.setDatabaseName(world.databasePath());
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE sync_items SET fields_check = 0")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("before-checks"));
        HELIOS_SYNC(checked, world);
        QCOMPARE(checked->summary(), QStringLiteral("Nothing changed."));
        HELIOS_AWAIT(checkedItems, world.store().itemPrints(world.bindingId()));
        for (const SyncItem &item : std::as_const(*checkedItems))
            QVERIFY2(item.fieldsCheck != 0, qPrintable(item.uid));
    }

    void shouldKeepBothEditsAndLogTheOneNotKept_data() { addServers(); }
    void shouldKeepBothEditsAndLogTheOneNotKept()
    {
        // GIVEN a synced plan
        HELIOS_WORLD(world);
        HELIOS_SYNC(first, world);
        const QString run5 = world.hrefOfTitle(QStringLiteral("Run 5 km"));
        // WHEN here the task is renamed and completed, and then on the server renamed otherwise
        // and its notes changed
        Plan edited = world.plan();
        edited.tasks[1].title = QStringLiteral("Run 5 km (here)");
        HELIOS_AWAIT(applied,
                     world.store().applyVersion(edited, QStringLiteral("edit"),
                                                [](const Plan &p) { return planSnapshot(p); }));
        QVERIFY(applied.ok());
        HELIOS_AWAIT(done, world.store().setTaskStatus(edited.tasks[1].id, TaskStatus::Done));
        QVERIFY(done.ok());
        QVERIFY(world.editOnServer(run5, "SUMMARY:Run 5 km",
                                   "DESCRIPTION:Windy\r\nSUMMARY:Run 5 km (phone)"));
        HELIOS_SYNC(report, world);
        // THEN each side's own field is kept on both sides, and the title is the newer edit
        // (the server's, made last) with here's in the conflict log
        QCOMPARE(report->conflicts, 1);
        const Plan plan = world.plan();
        QVERIFY(plan.tasks.at(1).status == TaskStatus::Done);
        QCOMPARE(plan.tasks.at(1).notes, QStringLiteral("Windy"));
        QCOMPARE(plan.tasks.at(1).title, QStringLiteral("Run 5 km (phone)"));
        HELIOS_AWAIT(conflicts, world.store().conflicts(10));
        QCOMPARE(conflicts->size(), 1);
        QCOMPARE(conflicts->at(0).field, QStringLiteral("title"));
        QCOMPARE(conflicts->at(0).otherValue, QStringLiteral("Run 5 km (here)"));
        QCOMPARE(conflicts->at(0).keptValue, QStringLiteral("Run 5 km (phone)"));
        QVERIFY(conflicts->at(0).otherSide == SyncConflict::Side::Here);
        const Result<sync::RemoteTask> onServer =
            sync::readRemoteTask(world.serverResources().value(run5));
        QVERIFY(onServer.ok());
        QVERIFY(onServer->fields.status == TaskStatus::Done);
        QCOMPARE(onServer->fields.notes, QStringLiteral("Windy"));
        QCOMPARE(onServer->fields.title, QStringLiteral("Run 5 km (phone)"));
    }

    void shouldMergeWhenTheServerChangedBetweenReadAndWrite_data() { addServers(); }
    void shouldMergeWhenTheServerChangedBetweenReadAndWrite()
    {
        // GIVEN a synced plan, a due date moved here
        HELIOS_WORLD(world);
        HELIOS_SYNC(first, world);
        const QString run10 = world.hrefOfTitle(QStringLiteral("Run 10 km; then rest, stretch"));
        Plan edited = world.plan();
        edited.tasks[2].dueDate = QDate(2027, 1, 20);
        HELIOS_AWAIT(applied,
                     world.store().applyVersion(edited, QStringLiteral("edit"),
                                                [](const Plan &p) { return planSnapshot(p); }));
        QVERIFY(applied.ok());
        // WHEN another client completes that task after the sync read the server and before
        // it writes (so its PUT with If-Match meets 412)
        bool edited412 = false;
        world.beforeNextStep([&] {
            edited412 = world.editOnServer(run10, "STATUS:NEEDS-ACTION", "STATUS:COMPLETED");
        });
        HELIOS_SYNC(report, world);
        // THEN it merged again: both edits are in the plan and on the server
        QVERIFY(edited412);
        QVERIFY2(report->rounds >= 2, qPrintable(QString::number(report->rounds)));
        const Plan plan = world.plan();
        QCOMPARE(plan.tasks.at(2).dueDate, QDate(2027, 1, 20));
        QVERIFY(plan.tasks.at(2).status == TaskStatus::Done);
        const Result<sync::RemoteTask> onServer =
            sync::readRemoteTask(world.serverResources().value(run10));
        QVERIFY(onServer.ok());
        QCOMPARE(onServer->fields.due, QDate(2027, 1, 20));
        QVERIFY(onServer->fields.status == TaskStatus::Done);
    }

    void shouldKeepATaskDeletedOnOneSideAndEditedOnTheOther_data() { addServers(); }
    void shouldKeepATaskDeletedOnOneSideAndEditedOnTheOther()
    {
        // GIVEN a synced plan; here task 0 is completed and task 2 deleted; on the server task 0
        // is deleted and task 2 renamed
        HELIOS_WORLD(world);
        HELIOS_SYNC(first, world);
        const QString shoes = world.hrefOfTitle(QStringLiteral("Buy running shoes"));
        const QString run10 = world.hrefOfTitle(QStringLiteral("Run 10 km; then rest, stretch"));
        Plan edited = world.plan();
        edited.tasks[0].status = TaskStatus::Done;
        edited.tasks.removeAt(2);
        HELIOS_AWAIT(applied,
                     world.store().applyVersion(edited, QStringLiteral("edit"),
                                                [](const Plan &p) { return planSnapshot(p); }));
        QVERIFY(applied.ok());
        QVERIFY(world.deleteOnServer(shoes));
        QVERIFY(world.editOnServer(run10, "SUMMARY:Run 10 km", "SUMMARY:Run 12 km"));
        // WHEN it syncs
        HELIOS_SYNC(report, world);
        // THEN both tasks are kept, each with the edit, on both sides, and both decisions logged
        const Plan plan = world.plan();
        QCOMPARE(plan.tasks.size(), 3);
        QVERIFY(plan.tasks.at(0).status == TaskStatus::Done);
        QCOMPARE(plan.tasks.at(2).title, QStringLiteral("Run 12 km; then rest, stretch"));
        const QMap<QString, QByteArray> onServer = world.serverResources();
        const Result<sync::RemoteTask> keptShoes = sync::readRemoteTask(
            onServer.value(world.hrefOfTitle(QStringLiteral("Buy running shoes"))));
        QVERIFY(keptShoes.ok());
        QVERIFY(keptShoes->fields.status == TaskStatus::Done);
        QCOMPARE(onServer.size(), 3);
        HELIOS_AWAIT(conflicts, world.store().conflicts(10));
        QCOMPARE(conflicts->size(), 2);
        QCOMPARE(conflicts->at(0).field, QStringLiteral("deleted"));
        QCOMPARE(conflicts->at(1).field, QStringLiteral("deleted"));
        // AND a deletion on one side alone deletes on the other
        QVERIFY(world.deleteOnServer(world.hrefOfTitle(QStringLiteral("Run 5 km"))));
        HELIOS_SYNC(removed, world);
        QCOMPARE(removed->removedHere, 1);
        QCOMPARE(world.plan().tasks.size(), 2);
        Plan fewer = world.plan();
        fewer.tasks.removeAt(0);
        HELIOS_AWAIT(applied2,
                     world.store().applyVersion(fewer, QStringLiteral("edit"),
                                                [](const Plan &p) { return planSnapshot(p); }));
        QVERIFY(applied2.ok());
        HELIOS_SYNC(deleted, world);
        QCOMPARE(deleted->deletedThere, 1);
        QCOMPARE(world.serverResources().size(), 1);
        // (the milestone of no task any more went with it, its group deleted too)
        QCOMPARE(world.serverGroups().keys(), QStringList{QStringLiteral("Base")});
    }

    void shouldKeepChangesMadeOfflineInTheOutboxUntilTheServerIsBack_data() { addServers(); }
    void shouldKeepChangesMadeOfflineInTheOutboxUntilTheServerIsBack()
    {
        // GIVEN a synced plan, and the server gone
        HELIOS_WORLD(world);
        HELIOS_SYNC(first, world);
        world.server().stop();
        // WHEN a task is completed here and a sync is tried
        const qint64 id = world.plan().tasks.at(1).id;
        HELIOS_AWAIT(done, world.store().setTaskStatus(id, TaskStatus::Done));
        QVERIFY(done.ok());
        HELIOS_AWAIT(offline, world.engine().sync(world.bindingId()));
        // THEN it fails with one sentence, and the binding says so
        QVERIFY(!offline.ok());
        QVERIFY(!offline.error().message.isEmpty());
        QVERIFY(!offline.error().message.contains(world.server().password()));
        HELIOS_AWAIT(binding, world.store().binding(world.bindingId()));
        QCOMPARE(binding->lastError, offline.error().message);
        // AND once the server is back the change goes, once
        QString why;
        QVERIFY2(world.server().restart(&why), qPrintable(why));
        HELIOS_SYNC(back, world);
        QCOMPARE(back->sent, 1);
        const Result<sync::RemoteTask> onServer = sync::readRemoteTask(
            world.serverResources().value(world.hrefOfTitle(QStringLiteral("Run 5 km"))));
        QVERIFY(onServer.ok());
        QVERIFY(onServer->fields.status == TaskStatus::Done);
        QCOMPARE(world.serverResources().size(), 3);
        HELIOS_AWAIT(outbox, world.store().outbox(world.bindingId()));
        QVERIFY(outbox->isEmpty());
    }

    void shouldAddTasksAnotherClientAdded_data() { addServers(); }
    void shouldAddTasksAnotherClientAdded()
    {
        // GIVEN a synced plan
        HELIOS_WORLD(world);
        HELIOS_SYNC(first, world);
        // WHEN another client adds a task to the collection
        const QByteArray phone = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//phone//EN\r\n"
                                 "BEGIN:VTODO\r\nUID:phone-1\r\nDTSTAMP:20261204T090000Z\r\n"
                                 "SUMMARY:Book the race\r\nDUE;VALUE=DATE:20261220\r\n"
                                 "END:VTODO\r\nEND:VCALENDAR\r\n";
        QVERIFY(world.putWithCurl(world.collection().resolved(QUrl(QStringLiteral("phone-1.ics"))),
                                  phone));
        HELIOS_SYNC(report, world);
        // THEN it is the plan's fourth task, and nothing is sent back
        QCOMPARE(report->received, 1);
        QCOMPARE(report->sent, 0);
        const Plan plan = world.plan();
        QCOMPARE(plan.tasks.size(), 4);
        QCOMPARE(plan.tasks.at(3).title, QStringLiteral("Book the race"));
        QCOMPARE(plan.tasks.at(3).dueDate, QDate(2026, 12, 20));
        HELIOS_SYNC(again, world);
        QCOMPARE(again->summary(), QStringLiteral("Nothing changed."));
    }

    void shouldReadWhatAnotherClientAddedAFewARoundAndPassOverWhatIsNoTask_data() { addServers(); }
    void shouldReadWhatAnotherClientAddedAFewARoundAndPassOverWhatIsNoTask()
    {
        // GIVEN a synced plan, and an engine that reads one changed resource a round (600 in
        // use)
        HELIOS_WORLD(world);
        HELIOS_SYNC(first, world);
        world.engine().setReceivePerRound(1);
        // WHEN another client adds two events and three tasks to the collection
        for (int i = 1; i <= 2; ++i) {
            const QByteArray event = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//phone//EN\r\n"
                                     "BEGIN:VEVENT\r\nUID:event-" +
                                     QByteArray::number(i) +
                                     "\r\nDTSTAMP:20261204T090000Z\r\n"
                                     "DTSTART:20261210T090000Z\r\nSUMMARY:Race day\r\n"
                                     "END:VEVENT\r\nEND:VCALENDAR\r\n";
            QVERIFY(world.putWithCurl(
                world.collection().resolved(QUrl(QStringLiteral("event-%1.ics").arg(i))), event));
        }
        for (int i = 1; i <= 3; ++i) {
            const QByteArray task = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//phone//EN\r\n"
                                    "BEGIN:VTODO\r\nUID:phone-" +
                                    QByteArray::number(i) +
                                    "\r\nDTSTAMP:20261204T090000Z\r\nSUMMARY:Phone task " +
                                    QByteArray::number(i) +
                                    "\r\nDUE;VALUE=DATE:20261220\r\nEND:VTODO\r\n"
                                    "END:VCALENDAR\r\n";
            QVERIFY(world.putWithCurl(
                world.collection().resolved(QUrl(QStringLiteral("phone-%1.ics").arg(i))), task));
        }
        HELIOS_SYNC(report, world);
        // THEN one sync reads them all, a round each (events read once, not again each round),
        // and takes the three tasks
        QCOMPARE(report->received, 3);
        QVERIFY2(report->rounds >= 5, qPrintable(QString::number(report->rounds)));
        const Plan plan = world.plan();
        QCOMPARE(plan.tasks.size(), 6);
        QStringList titles;
        for (const Task &t : plan.tasks)
            titles << t.title;
        for (int i = 1; i <= 3; ++i)
            QVERIFY2(titles.contains(QStringLiteral("Phone task %1").arg(i)),
                     qPrintable(titles.join(u',')));
        // AND the token is from after the last of them: the next sync has nothing to do, in
        // one request (the events are not read again)
        HELIOS_SYNC(again, world);
        QCOMPARE(again->summary(), QStringLiteral("Nothing changed."));
        QCOMPARE(again->requests, 1);
        QCOMPARE(world.plan().tasks.size(), 6);
    }

    // What another client wrote reaches the plan as plain text, as an import's does: a terminal
    // escape and a bell in the title, a bidirectional override in the notes, a bell in the
    // category (a curl PUT, as a client that lets anything through would write it).
    void shouldMakeAnotherClientsTextPlainOnTheWayIn_data() { addServers(); }
    void shouldMakeAnotherClientsTextPlainOnTheWayIn()
    {
        HELIOS_WORLD(world);
        HELIOS_SYNC(first, world);
        const QByteArray phone = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//phone//EN\r\n"
                                 "BEGIN:VTODO\r\nUID:phone-2\r\nDTSTAMP:20261204T090000Z\r\n"
                                 "SUMMARY:\x1b[2JBook\x07 the race\r\n"
                                 "DESCRIPTION:Fee \xe2\x80\xae"
                                 "05 EUR\r\n"
                                 "CATEGORIES:Ra\x07"
                                 "ce\r\n"
                                 "DUE;VALUE=DATE:20261220\r\nEND:VTODO\r\nEND:VCALENDAR\r\n";
        QVERIFY(world.putWithCurl(world.collection().resolved(QUrl(QStringLiteral("phone-2.ics"))),
                                  phone));
        HELIOS_SYNC(report, world);
        QCOMPARE(report->received, 1);
        const Plan plan = world.plan();
        QCOMPARE(plan.tasks.size(), 4);
        const Task &task = plan.tasks.at(3);
        QCOMPARE(task.title, QStringLiteral("[2JBook the race"));
        QCOMPARE(task.notes, QStringLiteral("Fee 05 EUR"));
        QCOMPARE(task.milestone, QStringLiteral("Race"));
        // AND the next sync sends nothing back (the server keeps its bytes: Helios never
        // rewrites another client's text that reads the same)
        HELIOS_SYNC(again, world);
        QCOMPARE(again->sent, 0);
    }

    // Stopped, edited on both sides, then bound again to the same calendar: the VTODOs Helios
    // wrote name their tasks (X-HELIOS-TASK), so the plan adopts them instead of taking them as
    // new ones; no duplicate on either side, and a field both sides changed keeps the newer edit
    // with the other in the conflict log.
    void shouldAdoptItsOwnTasksWhenBoundAgainToTheCalendarItLeft_data() { addServers(); }
    void shouldAdoptItsOwnTasksWhenBoundAgainToTheCalendarItLeft()
    {
        // GIVEN a synced plan whose sync is then stopped
        HELIOS_WORLD(world);
        HELIOS_SYNC(first, world);
        QCOMPARE(world.serverResources().size(), 3);
        for (const QByteArray &data : world.serverResources())
            QVERIFY2(!sync::taskMarkOf(data).isEmpty(), data.constData());
        const QString run5 = world.hrefOfTitle(QStringLiteral("Run 5 km"));
        const QString run10 = world.hrefOfTitle(QStringLiteral("Run 10 km; then rest, stretch"));
        QVERIFY(!run5.isEmpty() && !run10.isEmpty());
        HELIOS_AWAIT(stopped, sync::unbindPlan({world.store(), world.store(), world.store()},
                                               world.bindingId()));
        QVERIFY(stopped.ok());
        // WHEN, while unbound, here renames the first and the third task, the server renames the
        // second and (later) the third
        QTest::qWait(1100); // LAST-MODIFIED has seconds
        Plan edited = world.plan();
        edited.tasks[0].title = QStringLiteral("Buy running shoes (here)");
        edited.tasks[2].title = QStringLiteral("Run 10 km (here)");
        HELIOS_AWAIT(applied,
                     world.store().applyVersion(edited, QStringLiteral("edit"),
                                                [](const Plan &p) { return planSnapshot(p); }));
        QVERIFY(applied.ok());
        QVERIFY(world.editOnServer(run5, "SUMMARY:Run 5 km", "SUMMARY:Run 5 km (phone)"));
        QTest::qWait(1100);
        QVERIFY(world.editOnServer(run10, "SUMMARY:Run 10 km\\; then rest\\, stretch",
                                   "SUMMARY:Run 10 km (phone)"));
        // AND the plan is bound again to the same calendar and synced
        SyncBinding again;
        again.planId = world.planId();
        again.accountUrl = world.server().root().toString();
        again.userName = world.server().user();
        again.collectionUrl = world.collection().toString();
        HELIOS_AWAIT(bound, world.store().saveBinding(again));
        QVERIFY(bound.ok());
        HELIOS_AWAIT(report, world.engine().sync(bound->id));
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        // THEN there are three tasks on each side, with each side's edit, the third the newer
        const QMap<QString, QByteArray> onServer = world.serverResources();
        QCOMPARE(onServer.size(), 3);
        QStringList serverTitles;
        for (const QByteArray &data : onServer) {
            const Result<sync::RemoteTask> task = sync::readRemoteTask(data);
            QVERIFY2(task.ok(), qPrintable(why(task)));
            serverTitles << task->fields.title;
        }
        serverTitles.sort();
        const Plan plan = world.plan();
        QCOMPARE(plan.tasks.size(), 3);
        QStringList titles;
        for (const Task &t : plan.tasks)
            titles << t.title;
        QCOMPARE(titles, (QStringList{QStringLiteral("Buy running shoes (here)"),
                                      QStringLiteral("Run 5 km (phone)"),
                                      QStringLiteral("Run 10 km (phone)")}));
        titles.sort();
        QCOMPARE(serverTitles, titles);
        // AND only the rename here set aside for the third (both sides renamed it) is in the
        // conflict log: the first and the second changed on one side only (X-HELIOS-FIELDS)
        HELIOS_AWAIT(conflicts, world.store().conflicts(20));
        QCOMPARE(conflicts->size(), 1);
        const SyncConflict &c = conflicts->first();
        QCOMPARE(c.field, QStringLiteral("title"));
        QCOMPARE(c.otherValue, QStringLiteral("Run 10 km (here)"));
        QCOMPARE(c.keptValue, QStringLiteral("Run 10 km (phone)"));
        // AND the hrefs are those of the first binding, every task has its item, and the next
        // sync has nothing to do
        QCOMPARE(onServer.keys().contains(run5), true);
        QCOMPARE(onServer.keys().contains(run10), true);
        HELIOS_AWAIT(items, world.store().items(bound->id));
        int taskItems = 0;
        for (const SyncItem &item : *items)
            taskItems += item.taskId > 0 ? 1 : 0;
        QCOMPARE(taskItems, 3);
        // AND the milestones' groups were found again by their names, not written twice
        QCOMPARE(world.serverGroups().size(), 2);
        QCOMPARE(items->size(), 5);
        HELIOS_AWAIT(quiet, world.engine().sync(bound->id));
        QVERIFY(quiet.ok());
        QCOMPARE(quiet->summary(), QStringLiteral("Nothing changed."));

        // WHEN the sync is stopped again, the first task deleted here meanwhile, and the plan
        // bound again
        HELIOS_AWAIT(stoppedAgain,
                     sync::unbindPlan({world.store(), world.store(), world.store()}, bound->id));
        QVERIFY(stoppedAgain.ok());
        Plan fewer = world.plan();
        fewer.tasks.removeFirst();
        for (Task &t : fewer.tasks)
            t.dependsOn.clear();
        HELIOS_AWAIT(removed,
                     world.store().applyVersion(fewer, QStringLiteral("edit"),
                                                [](const Plan &p) { return planSnapshot(p); }));
        QVERIFY(removed.ok());
        again.id = 0;
        HELIOS_AWAIT(boundAgain, world.store().saveBinding(again));
        QVERIFY(boundAgain.ok());
        HELIOS_AWAIT(third, world.engine().sync(boundAgain->id));
        QVERIFY2(third.ok(), qPrintable(third.ok() ? QString() : third.error().message));
        // THEN its VTODO, unchanged there since Helios wrote it, is deleted there too, and
        // nothing comes back
        QCOMPARE(third->deletedThere, 1);
        QCOMPARE(third->received, 0);
        QCOMPARE(world.plan().tasks.size(), 2);
        QCOMPARE(world.serverResources().size(), 2);
        HELIOS_AWAIT(conflictsAfter, world.store().conflicts(20));
        QCOMPARE(conflictsAfter->size(), 0);
    }
};

HELIOS_TEST_MAIN(TestCaldavSync)
#include "tst_caldav_sync.moc"

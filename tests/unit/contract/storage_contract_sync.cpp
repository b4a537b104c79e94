// The storage contract of the sync state (SyncQueries, SyncWrites; schema version 6): bindings,
// a sync's step written all or nothing with the plan's new version, the check that refuses to
// overwrite a task changed meanwhile, the tasks' change times.

#include "core/jobs/plan_snapshot.h"
#include "tests/support/coro_test.h"
#include "tests/unit/contract/storage_contract.h"

#include <QTest>

namespace helios::test {

namespace {

const QDateTime kAt(QDate(2026, 12, 4), QTime(10, 0), Qt::UTC);

template <typename T> QString why(const Result<T> &result)
{
    return result ? QString() : result.error().message;
}

Plan twoTasks()
{
    Plan plan;
    plan.goal = QStringLiteral("Run a marathon");
    plan.language = QStringLiteral("en");
    plan.startDate = QDate(2026, 12, 1);
    for (int i = 0; i < 2; ++i) {
        Task t;
        t.title = QStringLiteral("Run %1 km").arg(10 * (i + 1));
        t.startDate = QDate(2026, 12, 2 + i);
        t.dueDate = t.startDate;
        t.milestone = QStringLiteral("Base");
        plan.tasks.append(t);
    }
    plan.tasks[1].dependsOn = {0};
    return plan;
}

SyncBinding bindingFor(qint64 planId)
{
    SyncBinding b;
    b.planId = planId;
    b.accountUrl = QStringLiteral("http://127.0.0.1:5232/");
    b.userName = QStringLiteral("ada");
    b.collectionUrl = QStringLiteral("http://127.0.0.1:5232/ada/marathon/");
    return b;
}

SyncItem itemOf(const QString &uid, qint64 taskId)
{
    SyncItem item;
    item.uid = uid;
    item.href = QStringLiteral("/ada/marathon/%1.ics").arg(uid);
    item.etag = QStringLiteral("\"%1-1\"").arg(uid);
    item.taskId = taskId;
    item.resource = "BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nUID:" + uid.toUtf8() +
                    "\r\nEND:VTODO\r\nEND:VCALENDAR\r\n";
    item.syncedAt = kAt;
    return item;
}

} // namespace

void StorageContract::shouldBindAPlanOnceAndReadTheBindingBack()
{
    // GIVEN a plan
    HELIOS_AWAIT(saved, s().planWrites().savePlan(twoTasks()));
    QVERIFY(saved.ok());
    // WHEN it is bound to a collection
    HELIOS_AWAIT(bound, s().syncWrites().saveBinding(bindingFor(saved->id)));
    // THEN the binding reads back with an id, and is listed
    QVERIFY2(bound.ok(), qPrintable(why(bound)));
    QVERIFY(bound->id > 0);
    QCOMPARE(bound->collectionUrl, QStringLiteral("http://127.0.0.1:5232/ada/marathon/"));
    QVERIFY(bound->syncToken.isEmpty() && !bound->lastSyncAt);
    HELIOS_AWAIT(read, s().syncQueries().binding(bound->id));
    QVERIFY(read.ok());
    QCOMPARE(*read, *bound);
    HELIOS_AWAIT(all, s().syncQueries().bindings());
    QCOMPARE(all->size(), 1);
    // AND a second binding of the same plan is refused with a sentence naming the plan
    HELIOS_AWAIT(twice, s().syncWrites().saveBinding(bindingFor(saved->id)));
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().kind, Error::Kind::Usage);
    QVERIFY(twice.error().message.contains(QString::number(saved->id)));
    // AND a binding changes in place, keeping what it says
    SyncBinding changed = *bound;
    changed.lastSyncAt = kAt;
    changed.lastError = QStringLiteral("Could not reach the server.");
    HELIOS_AWAIT(updated, s().syncWrites().saveBinding(changed));
    QVERIFY2(updated.ok(), qPrintable(why(updated)));
    QCOMPARE(*updated, changed);
    // AND unknown plans and bindings are NotFound
    HELIOS_AWAIT(noPlan, s().syncWrites().saveBinding(bindingFor(saved->id + 100)));
    QCOMPARE(noPlan.error().kind, Error::Kind::NotFound);
    HELIOS_AWAIT(noBinding, s().syncQueries().binding(bound->id + 100));
    QCOMPARE(noBinding.error().kind, Error::Kind::NotFound);
    SyncCommit toNowhere;
    toNowhere.bindingId = bound->id + 100;
    HELIOS_AWAIT(commitNowhere, s().syncWrites().commitSync(toNowhere));
    QCOMPARE(commitNowhere.error().kind, Error::Kind::NotFound);
}

void StorageContract::shouldCommitASyncStepWithoutAPlanChange()
{
    // GIVEN a bound plan
    HELIOS_AWAIT(saved, s().planWrites().savePlan(twoTasks()));
    HELIOS_AWAIT(bound, s().syncWrites().saveBinding(bindingFor(saved->id)));
    QVERIFY(bound.ok());
    // WHEN a step writes two items, two outbox entries, a conflict and the token
    SyncCommit step;
    step.bindingId = bound->id;
    step.itemWrites = {itemOf(QStringLiteral("b"), saved->tasks[1].id),
                       itemOf(QStringLiteral("a"), saved->tasks[0].id)};
    OutboxEntry put;
    put.uid = QStringLiteral("a");
    put.href = QStringLiteral("/ada/marathon/a.ics");
    put.taskId = saved->tasks[0].id;
    put.ifMatch = QStringLiteral("\"a-1\"");
    put.body = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n";
    put.createdAt = kAt;
    OutboxEntry removal = put;
    removal.uid = QStringLiteral("gone");
    removal.kind = OutboxKind::Delete;
    removal.body.clear();
    step.outboxWrites = {put, removal};
    SyncConflict conflict;
    conflict.uid = QStringLiteral("a");
    conflict.taskId = saved->tasks[0].id;
    conflict.taskTitle = saved->tasks[0].title;
    conflict.field = QStringLiteral("due");
    conflict.keptValue = QStringLiteral("2026-12-05");
    conflict.otherValue = QStringLiteral("2026-12-06");
    conflict.otherSide = SyncConflict::Side::Here;
    conflict.createdAt = kAt;
    step.conflicts = {conflict};
    step.syncToken = QStringLiteral("http://radicale.org/ns/sync/1");
    step.finishedAt = kAt;
    step.summary = QStringLiteral("2 tasks sent.");
    HELIOS_AWAIT(committed, s().syncWrites().commitSync(step));
    // THEN everything reads back: items by uid, the outbox oldest first, the conflict with an id
    QVERIFY2(committed.ok(), qPrintable(why(committed)));
    QVERIFY(committed->applied && !committed->plan);
    HELIOS_AWAIT(items, s().syncQueries().items(bound->id));
    QCOMPARE(items->size(), 2);
    SyncItem expectedA = itemOf(QStringLiteral("a"), saved->tasks[0].id);
    expectedA.bindingId = bound->id;
    QCOMPARE(items->at(0), expectedA);
    QCOMPARE(items->at(1).uid, QStringLiteral("b"));
    HELIOS_AWAIT(outbox, s().syncQueries().outbox(bound->id));
    QCOMPARE(outbox->size(), 2);
    QVERIFY(outbox->at(0).id > 0);
    QCOMPARE(outbox->at(0).body, put.body);
    QCOMPARE(outbox->at(0).ifMatch, put.ifMatch);
    QCOMPARE(outbox->at(1).kind, OutboxKind::Delete);
    HELIOS_AWAIT(conflicts, s().syncQueries().conflicts(10));
    QCOMPARE(conflicts->size(), 1);
    QVERIFY(conflicts->at(0).id > 0);
    QCOMPARE(conflicts->at(0).otherValue, QStringLiteral("2026-12-06"));
    QCOMPARE(conflicts->at(0).otherSide, SyncConflict::Side::Here);
    QCOMPARE(conflicts->at(0).bindingId, bound->id);
    HELIOS_AWAIT(after, s().syncQueries().binding(bound->id));
    QCOMPARE(after->syncToken, QStringLiteral("http://radicale.org/ns/sync/1"));
    QCOMPARE(after->lastSyncAt, std::optional<QDateTime>(kAt));
    QCOMPARE(after->lastSummary, QStringLiteral("2 tasks sent."));
    // AND a later step replaces an outbox entry by uid, removes one and an item
    SyncCommit next;
    next.bindingId = bound->id;
    put.attempts = 1;
    put.lastError = QStringLiteral("Could not reach the server.");
    next.outboxWrites = {put};
    next.outboxRemovals = {QStringLiteral("gone")};
    next.itemRemovals = {QStringLiteral("b")};
    HELIOS_AWAIT(second, s().syncWrites().commitSync(next));
    QVERIFY(second.ok());
    HELIOS_AWAIT(outboxAfter, s().syncQueries().outbox(bound->id));
    QCOMPARE(outboxAfter->size(), 1);
    QCOMPARE(outboxAfter->at(0).id, outbox->at(0).id);
    QCOMPARE(outboxAfter->at(0).attempts, 1);
    HELIOS_AWAIT(itemsAfter, s().syncQueries().items(bound->id));
    QCOMPARE(itemsAfter->size(), 1);
    // AND the binding kept its token (the step set none)
    HELIOS_AWAIT(kept, s().syncQueries().binding(bound->id));
    QCOMPARE(kept->syncToken, QStringLiteral("http://radicale.org/ns/sync/1"));
}

void StorageContract::shouldCommitTheServersTasksAsAVersionWithTheirItems()
{
    // GIVEN a bound plan of two tasks
    HELIOS_AWAIT(saved, s().planWrites().savePlan(twoTasks()));
    HELIOS_AWAIT(bound, s().syncWrites().saveBinding(bindingFor(saved->id)));
    QVERIFY(bound.ok());
    // WHEN a step completes the first task, drops the second and adds one from the server, with
    // the new task's item naming it by position
    SyncCommit step;
    step.bindingId = bound->id;
    step.expectedTasks = saved->tasks;
    Plan next = *saved;
    next.tasks[0].status = TaskStatus::Done;
    next.tasks.removeAt(1);
    Task added;
    added.title = QStringLiteral("Buy shoes");
    added.dueDate = QDate(2026, 12, 9);
    added.startDate = added.dueDate;
    next.tasks.append(added);
    step.plan = next;
    step.reason = QStringLiteral("sync");
    step.snapshotOf = [](const Plan &p) { return planSnapshot(p); };
    step.itemWrites = {itemOf(QStringLiteral("first"), saved->tasks[0].id),
                       itemOf(QStringLiteral("phone"), -2)};
    HELIOS_AWAIT(committed, s().syncWrites().commitSync(step));
    // THEN the plan is the step's, as a version "sync" after the kept original
    QVERIFY2(committed.ok(), qPrintable(why(committed)));
    QVERIFY(committed->applied);
    QVERIFY(committed->plan.has_value());
    QCOMPARE(committed->plan->tasks.size(), 2);
    const qint64 newId = committed->plan->tasks[1].id;
    QVERIFY(newId > saved->tasks[1].id);
    HELIOS_AWAIT(plan, s().planQueries().plan(saved->id));
    QCOMPARE(plan->tasks.size(), 2);
    QVERIFY(plan->tasks[0].status == TaskStatus::Done);
    QCOMPARE(plan->tasks[1].title, QStringLiteral("Buy shoes"));
    HELIOS_AWAIT(versions, s().versionQueries().versions(saved->id));
    QCOMPARE(versions->size(), 2);
    QCOMPARE(versions->at(1).reason, QStringLiteral("sync"));
    // AND the new task's item names its new id
    HELIOS_AWAIT(items, s().syncQueries().items(bound->id));
    QCOMPARE(items->size(), 2);
    QCOMPARE(items->at(1).uid, QStringLiteral("phone"));
    QCOMPARE(items->at(1).taskId, newId);
}

void StorageContract::shouldReadItemsWithoutResourcesThenTheResourcesAskedFor()
{
    // GIVEN a bound plan with two items, one with a print, a check (all 64 bits of it) and a
    // PARENT, one with none of them
    HELIOS_AWAIT(saved, s().planWrites().savePlan(twoTasks()));
    HELIOS_AWAIT(bound, s().syncWrites().saveBinding(bindingFor(saved->id)));
    QVERIFY(bound.ok());
    SyncCommit step;
    step.bindingId = bound->id;
    SyncItem printed = itemOf(QStringLiteral("a"), saved->tasks[0].id);
    printed.fieldsPrint = QStringLiteral("0a1b2c3d-4e5f6071");
    printed.parentUid = QStringLiteral("group-1");
    printed.fieldsCheck = 0xfedcba9876543210ULL;
    printed.syncedAt = kAt.addMSecs(123);
    step.itemWrites = {printed, itemOf(QStringLiteral("b"), saved->tasks[1].id)};
    HELIOS_AWAIT(committed, s().syncWrites().commitSync(step));
    QVERIFY2(committed.ok(), qPrintable(why(committed)));
    // WHEN the items are read without their resources
    HELIOS_AWAIT(prints, s().syncQueries().itemPrints(bound->id));
    // THEN each has everything but its resource, the print and PARENT as written
    QVERIFY2(prints.ok(), qPrintable(why(prints)));
    QCOMPARE(prints->size(), 2);
    QCOMPARE(prints->at(0).uid, QStringLiteral("a"));
    QVERIFY(prints->at(0).resource.isNull());
    QCOMPARE(prints->at(0).fieldsPrint, printed.fieldsPrint);
    QCOMPARE(prints->at(0).parentUid, QStringLiteral("group-1"));
    QCOMPARE(prints->at(0).etag, printed.etag);
    QCOMPARE(prints->at(0).taskId, saved->tasks[0].id);
    QCOMPARE(prints->at(0).fieldsCheck, printed.fieldsCheck);
    QCOMPARE(prints->at(0).syncedAt, printed.syncedAt);
    QVERIFY(prints->at(1).resource.isNull());
    QVERIFY(prints->at(1).fieldsPrint.isEmpty());
    QCOMPARE(prints->at(1).fieldsCheck, quint64(0));
    // AND the items asked for come whole by uid, an unknown uid left out
    HELIOS_AWAIT(resources, s().syncQueries().itemsByUid(
                                bound->id, {QStringLiteral("a"), QStringLiteral("nobody")}));
    QVERIFY2(resources.ok(), qPrintable(why(resources)));
    QCOMPARE(resources->size(), 1);
    QCOMPARE(resources->value(QStringLiteral("a")).resource, printed.resource);
    QCOMPARE(resources->value(QStringLiteral("a")).etag, printed.etag);
    QCOMPARE(resources->value(QStringLiteral("a")).href, printed.href);
    QCOMPARE(resources->value(QStringLiteral("a")).fieldsPrint, printed.fieldsPrint);
    QCOMPARE(resources->value(QStringLiteral("a")).parentUid, QStringLiteral("group-1"));
    QCOMPARE(resources->value(QStringLiteral("a")).taskId, saved->tasks[0].id);
    QCOMPARE(resources->value(QStringLiteral("a")).fieldsCheck, printed.fieldsCheck);
    // AND items() still reads them whole
    HELIOS_AWAIT(whole, s().syncQueries().items(bound->id));
    QCOMPARE(whole->at(0).resource, printed.resource);
    QCOMPARE(whole->at(0).fieldsPrint, printed.fieldsPrint);
    SyncItem expected = printed;
    expected.bindingId = bound->id;
    QVERIFY(whole->at(0) == expected); // every field as written
}

void StorageContract::shouldReadTheOutboxAPageAtATime()
{
    // GIVEN a bound plan with five changes waiting
    HELIOS_AWAIT(saved, s().planWrites().savePlan(twoTasks()));
    HELIOS_AWAIT(bound, s().syncWrites().saveBinding(bindingFor(saved->id)));
    QVERIFY(bound.ok());
    SyncCommit step;
    step.bindingId = bound->id;
    for (int i = 0; i < 5; ++i) {
        OutboxEntry put;
        put.uid = QStringLiteral("u%1").arg(i);
        put.href = QStringLiteral("/ada/marathon/u%1.ics").arg(i);
        put.body = "BODY " + QByteArray::number(i);
        put.createdAt = kAt;
        step.outboxWrites.append(put);
    }
    HELIOS_AWAIT(committed, s().syncWrites().commitSync(step));
    QVERIFY2(committed.ok(), qPrintable(why(committed)));
    // WHEN it is read two at a time, each page after the last id of the one before
    QStringList uids;
    qint64 after = 0;
    int pages = 0;
    while (true) {
        HELIOS_AWAIT(page, s().syncQueries().outboxPage(bound->id, after, 2));
        QVERIFY2(page.ok(), qPrintable(why(page)));
        if (page->isEmpty())
            break;
        QVERIFY(page->size() <= 2);
        ++pages;
        for (const OutboxEntry &entry : std::as_const(*page)) {
            QVERIFY(entry.id > after);
            uids.append(entry.uid);
        }
        after = page->constLast().id;
    }
    // THEN every entry comes once, oldest first, in three pages, with its body
    QCOMPARE(pages, 3);
    QCOMPARE(uids, (QStringList{QStringLiteral("u0"), QStringLiteral("u1"), QStringLiteral("u2"),
                                QStringLiteral("u3"), QStringLiteral("u4")}));
    HELIOS_AWAIT(first, s().syncQueries().outboxPage(bound->id, 0, 1));
    QCOMPARE(first->size(), 1);
    QCOMPARE(first->at(0).body, QByteArray("BODY 0"));
}

void StorageContract::shouldAmendTheNewestSyncVersionWhenAskedTo()
{
    // GIVEN a bound plan, and a sync that renamed its first task (a version "sync")
    HELIOS_AWAIT(saved, s().planWrites().savePlan(twoTasks()));
    HELIOS_AWAIT(bound, s().syncWrites().saveBinding(bindingFor(saved->id)));
    QVERIFY(bound.ok());
    const QDateTime from = QDateTime::currentDateTimeUtc().addSecs(-3600);
    auto stepTo = [&](const Plan &expected, const QString &title) {
        SyncCommit step;
        step.bindingId = bound->id;
        step.expectedTasks = expected.tasks;
        Plan next = expected;
        next.tasks[0].title = title;
        step.plan = next;
        step.reason = QStringLiteral("sync");
        step.snapshotOf = [](const Plan &p) { return planSnapshot(p); };
        step.amendVersionFrom = from;
        return step;
    };
    HELIOS_AWAIT(one, s().syncWrites().commitSync(stepTo(*saved, QStringLiteral("Phone 1"))));
    QVERIFY2(one.ok() && one->applied, qPrintable(why(one)));
    // WHEN a second sync within the hour renames it again
    HELIOS_AWAIT(two, s().syncWrites().commitSync(stepTo(*one->plan, QStringLiteral("Phone 2"))));
    QVERIFY2(two.ok() && two->applied, qPrintable(why(two)));
    // THEN the plan has it, and its newest version is the same "sync" version, amended: its
    // snapshot is the plan after the second sync (the original is kept as version 1)
    HELIOS_AWAIT(plan, s().planQueries().plan(saved->id));
    QCOMPARE(plan->tasks[0].title, QStringLiteral("Phone 2"));
    HELIOS_AWAIT(versions, s().versionQueries().versions(saved->id));
    QCOMPARE(versions->size(), 2);
    QCOMPARE(versions->at(1).reason, QStringLiteral("sync"));
    HELIOS_AWAIT(amended, s().versionQueries().version(saved->id, 2));
    QVERIFY(amended->has_value());
    QVERIFY((*amended)->snapshot.contains(QStringLiteral("Phone 2")));
    QVERIFY(!(*amended)->snapshot.contains(QStringLiteral("Phone 1")));
    // WHEN the person edits the plan (a version of its own) and a sync follows
    Plan edited = *plan;
    edited.tasks[1].title = QStringLiteral("Edited here");
    HELIOS_AWAIT(applied,
                 s().versionWrites().applyVersion(edited, QStringLiteral("edit"),
                                                  [](const Plan &p) { return planSnapshot(p); }));
    QVERIFY2(applied.ok(), qPrintable(why(applied)));
    HELIOS_AWAIT(three,
                 s().syncWrites().commitSync(stepTo(applied->plan, QStringLiteral("Phone 3"))));
    QVERIFY2(three.ok() && three->applied, qPrintable(why(three)));
    // THEN that sync is a version of its own after the edit: the one before it is untouched
    HELIOS_AWAIT(after, s().versionQueries().versions(saved->id));
    QCOMPARE(after->size(), 4);
    QCOMPARE(after->at(2).reason, QStringLiteral("edit"));
    QCOMPARE(after->at(3).reason, QStringLiteral("sync"));
    HELIOS_AWAIT(kept, s().versionQueries().version(saved->id, 2));
    QVERIFY((*kept)->snapshot.contains(QStringLiteral("Phone 2")));
}

void StorageContract::shouldWriteNothingWhenTheTasksChangedMeanwhile()
{
    // GIVEN a bound plan read by a sync, then a task completed by the person
    HELIOS_AWAIT(saved, s().planWrites().savePlan(twoTasks()));
    HELIOS_AWAIT(bound, s().syncWrites().saveBinding(bindingFor(saved->id)));
    QVERIFY(bound.ok());
    HELIOS_AWAIT(done, s().taskWrites().setTaskStatus(saved->tasks[1].id, TaskStatus::Done));
    QVERIFY(done.ok());
    // WHEN the sync commits a rename made on the server over the tasks it read
    SyncCommit step;
    step.bindingId = bound->id;
    step.expectedTasks = saved->tasks;
    Plan next = *saved;
    next.tasks[0].title = QStringLiteral("Renamed on the phone");
    step.plan = next;
    step.reason = QStringLiteral("sync");
    step.snapshotOf = [](const Plan &p) { return planSnapshot(p); };
    step.itemWrites = {itemOf(QStringLiteral("first"), saved->tasks[0].id)};
    step.syncToken = QStringLiteral("t2");
    HELIOS_AWAIT(committed, s().syncWrites().commitSync(step));
    // THEN nothing is written: the person's change stays, no version, no item, no token
    QVERIFY2(committed.ok(), qPrintable(why(committed)));
    QVERIFY(!committed->applied);
    HELIOS_AWAIT(plan, s().planQueries().plan(saved->id));
    QVERIFY(plan->tasks[1].status == TaskStatus::Done);
    QCOMPARE(plan->tasks[0].title, saved->tasks[0].title);
    HELIOS_AWAIT(versions, s().versionQueries().versions(saved->id));
    QVERIFY(versions->isEmpty());
    HELIOS_AWAIT(items, s().syncQueries().items(bound->id));
    QVERIFY(items->isEmpty());
    HELIOS_AWAIT(after, s().syncQueries().binding(bound->id));
    QVERIFY(after->syncToken.isEmpty());
}

void StorageContract::shouldKeepATasksChangeTimeUntilItsFieldsChange()
{
    // GIVEN a saved plan: each task has a change time
    HELIOS_AWAIT(saved, s().planWrites().savePlan(twoTasks()));
    HELIOS_AWAIT(first, s().syncQueries().taskChangeTimes(saved->id));
    QVERIFY2(first.ok(), qPrintable(why(first)));
    QCOMPARE(first->size(), 2);
    const QDateTime firstOfA = first->value(saved->tasks[0].id);
    QVERIFY(firstOfA.isValid());
    // WHEN a version changes only the second task, and then its status changes
    Plan next = *saved;
    next.tasks[1].title = QStringLiteral("Run 25 km");
    HELIOS_AWAIT(applied,
                 s().versionWrites().applyVersion(next, QStringLiteral("edit"),
                                                  [](const Plan &p) { return planSnapshot(p); }));
    QVERIFY(applied.ok());
    HELIOS_AWAIT(done, s().taskWrites().setTaskStatus(saved->tasks[1].id, TaskStatus::Done));
    QVERIFY(done.ok());
    // THEN the first task, saved again unchanged, keeps its time; the second's is not older
    HELIOS_AWAIT(later, s().syncQueries().taskChangeTimes(saved->id));
    QCOMPARE(later->value(saved->tasks[0].id), firstOfA);
    QVERIFY(later->value(saved->tasks[1].id) >= first->value(saved->tasks[1].id));
    // AND a plan with no tasks has no times
    HELIOS_AWAIT(none, s().syncQueries().taskChangeTimes(saved->id + 100));
    QVERIFY(none.ok() && none->isEmpty());
}

void StorageContract::shouldForgetABindingWithItsPlan()
{
    // GIVEN two bound plans with items
    HELIOS_AWAIT(one, s().planWrites().savePlan(twoTasks()));
    HELIOS_AWAIT(two, s().planWrites().savePlan(twoTasks()));
    HELIOS_AWAIT(boundOne, s().syncWrites().saveBinding(bindingFor(one->id)));
    SyncBinding other = bindingFor(two->id);
    other.collectionUrl = QStringLiteral("http://127.0.0.1:5232/ada/other/");
    HELIOS_AWAIT(boundTwo, s().syncWrites().saveBinding(other));
    QVERIFY(boundOne.ok() && boundTwo.ok());
    SyncCommit step;
    step.bindingId = boundOne->id;
    step.itemWrites = {itemOf(QStringLiteral("a"), one->tasks[0].id)};
    HELIOS_AWAIT(committed, s().syncWrites().commitSync(step));
    QVERIFY(committed.ok());
    // WHEN the first plan is deleted, and the second binding removed
    HELIOS_AWAIT(deleted, s().planWrites().deletePlan(one->id));
    QVERIFY(deleted.ok());
    // THEN the first binding and its items are gone; the second stays until removed
    HELIOS_AWAIT(left, s().syncQueries().bindings());
    QCOMPARE(left->size(), 1);
    QCOMPARE(left->at(0).id, boundTwo->id);
    HELIOS_AWAIT(items, s().syncQueries().items(boundOne->id));
    QVERIFY(items->isEmpty());
    HELIOS_AWAIT(removed, s().syncWrites().removeBinding(boundTwo->id));
    QVERIFY(removed.ok());
    HELIOS_AWAIT(none, s().syncQueries().bindings());
    QVERIFY(none->isEmpty());
    HELIOS_AWAIT(again, s().syncWrites().removeBinding(boundTwo->id));
    QCOMPARE(again.error().kind, Error::Kind::NotFound);
}

void StorageContract::shouldShareACalendarOnlyBetweenPlansThatSayTheyShareIt()
{
    // GIVEN three plans, the first bound to a calendar as its own
    HELIOS_AWAIT(one, s().planWrites().savePlan(twoTasks()));
    HELIOS_AWAIT(two, s().planWrites().savePlan(twoTasks()));
    HELIOS_AWAIT(three, s().planWrites().savePlan(twoTasks()));
    HELIOS_AWAIT(boundOne, s().syncWrites().saveBinding(bindingFor(one->id)));
    QVERIFY2(boundOne.ok(), qPrintable(why(boundOne)));
    QVERIFY(!boundOne->shared);
    // WHEN a second plan is bound to that calendar, shared or not
    SyncBinding shared = bindingFor(two->id);
    shared.shared = true;
    HELIOS_AWAIT(refused, s().syncWrites().saveBinding(shared));
    HELIOS_AWAIT(refusedToo, s().syncWrites().saveBinding(bindingFor(two->id)));
    // THEN it is refused with a sentence naming the first plan and the shared choice
    QVERIFY(!refused.ok() && !refusedToo.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Usage);
    QVERIFY(refused.error().message.contains(QStringLiteral("Plan %1 ").arg(one->id)));
    QVERIFY(refused.error().message.contains(QStringLiteral("--shared")));
    // WHEN the first binding says it shares the calendar too
    SyncBinding first = *boundOne;
    first.shared = true;
    HELIOS_AWAIT(changed, s().syncWrites().saveBinding(first));
    QVERIFY2(changed.ok(), qPrintable(why(changed)));
    QVERIFY(changed->shared);
    // THEN a second shared binding is taken and reads back shared; one of its own is not
    HELIOS_AWAIT(boundTwo, s().syncWrites().saveBinding(shared));
    QVERIFY2(boundTwo.ok(), qPrintable(why(boundTwo)));
    HELIOS_AWAIT(read, s().syncQueries().binding(boundTwo->id));
    QVERIFY(read.ok() && read->shared);
    HELIOS_AWAIT(own, s().syncWrites().saveBinding(bindingFor(three->id)));
    QVERIFY(!own.ok());
    QCOMPARE(own.error().kind, Error::Kind::Usage);
}

} // namespace helios::test

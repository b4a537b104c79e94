// One sync round's decision (core/sync/sync_step), on values: what goes into the outbox, what
// comes into the plan, and what happens after a crash left an outbox entry whose answer was never
// recorded (nothing duplicated).

#include "core/sync/sync_step.h"
#include "core/sync/vtodo_mapping.h"
#include "tests/support/test_main.h"

#include <QTest>
#include <QTimeZone>

using namespace helios;
using namespace helios::sync;

namespace {

const QDateTime kNow(QDate(2026, 12, 4), QTime(10, 0), QTimeZone::utc());

Plan planOf(int tasks)
{
    Plan plan;
    plan.id = 7;
    plan.goal = QStringLiteral("Goal");
    plan.startDate = QDate(2026, 12, 1);
    for (int i = 0; i < tasks; ++i) {
        Task t;
        t.id = 100 + i;
        t.planId = plan.id;
        t.title = QStringLiteral("Task %1").arg(i);
        t.startDate = QDate(2026, 12, 2 + i);
        t.dueDate = t.startDate;
        t.order = i;
        plan.tasks.append(t);
    }
    return plan;
}

StepInput inputFor(const Plan &plan)
{
    StepInput in;
    in.binding.id = 3;
    in.binding.planId = plan.id;
    in.plan = plan;
    in.collectionPath = QStringLiteral("/ada/goal/");
    in.now = kNow;
    return in;
}

// An ETag as Radicale gives them (a quoted SHA-256): long enough that a round holds a digest of
// it (compactItems), so that every step below also checks the real one is what is sent.
const QString kEtag =
    QStringLiteral("\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"");

// An item saying what the task is now, as if the last sync agreed on it.
SyncItem agreedItem(const Plan &plan, int position, const QString &uid)
{
    const QByteArray resource = newResource(uid, fieldsAt(plan, position, {}), kNow.addDays(-1));
    return SyncItem{3,
                    uid,
                    QStringLiteral("/ada/goal/%1.ics").arg(uid),
                    kEtag,
                    plan.tasks.at(position).id,
                    resource,
                    kNow.addDays(-1)};
}

std::function<QString()> counter(const QString &prefix = QStringLiteral("new-"))
{
    auto n = std::make_shared<int>(0);
    return [n, prefix] { return prefix + QString::number(++*n); };
}

// A plan of three tasks in milestones Gear, Base, Base; the first one done.
Plan plannedInMilestones()
{
    Plan plan = planOf(3);
    plan.tasks[0].milestone = QStringLiteral("Gear");
    plan.tasks[1].milestone = QStringLiteral("Base");
    plan.tasks[2].milestone = QStringLiteral("Base");
    plan.tasks[0].status = TaskStatus::Done;
    return plan;
}

// What a round put in the outbox, as if the server had taken it all: the items of the next one.
QList<SyncItem> agreedFrom(const StepOutput &out)
{
    QList<SyncItem> items;
    for (const OutboxEntry &put : out.commit.outboxWrites) {
        if (put.kind == OutboxKind::Put)
            items.append(SyncItem{3, put.uid, put.href, kEtag, put.taskId, put.body, kNow});
    }
    return items;
}

// The outbox entry of that UID, or nullptr.
const OutboxEntry *entryOf(const StepOutput &out, const QString &uid)
{
    for (const OutboxEntry &entry : out.commit.outboxWrites) {
        if (entry.uid == uid)
            return &entry;
    }
    return nullptr;
}

// The group UIDs of a round's PUTs: name → UID.
QHash<QString, QString> groupsOf(const StepOutput &out)
{
    QHash<QString, QString> groups;
    for (const OutboxEntry &put : out.commit.outboxWrites) {
        const Result<RemoteTask> read = readRemoteTask(put.body);
        if (read && !read->group.isEmpty())
            groups.insert(read->fields.title, read->uid);
    }
    return groups;
}

// The UID a round gave the task of that id.
QString uidOfTask(const StepOutput &out, qint64 taskId)
{
    for (const OutboxEntry &put : out.commit.outboxWrites) {
        if (put.taskId == taskId)
            return put.uid;
    }
    return {};
}

// A resource with `from` replaced by `to` and LAST-MODIFIED after kNow, as a phone edits.
QByteArray edited(QByteArray resource, const QByteArray &from, const QByteArray &to)
{
    resource.replace(from, to);
    return resource;
}

// What the engine does (core/sync/sync_engine): the items read without their resources (a print
// of each instead) and compacted (compactItems: no href where it is the usual one, digests of
// the print and the ETag), the resources of groups and of what the server changed read first, then
// those the step names as needed, and the step run again. `uids` replays the UIDs the full
// step drew, so that both runs name new resources alike.
StepOutput leanStep(const StepInput &full, const QStringList &uids)
{
    StepInput in = full;
    QHash<QString, SyncItem> stored;
    for (SyncItem &item : in.items) {
        item = withPrint(item);
        stored.insert(item.uid, item);
        item.resource = QByteArray();
    }
    compactItems(in.items, in.collectionPath);
    const auto load = [&](const QStringList &wanted) {
        for (SyncItem &item : in.items) {
            if (wanted.contains(item.uid))
                item = stored.value(item.uid); // whole again, as SyncQueries::itemsByUid reads
        }
    };
    const auto replay = [&uids] {
        auto next = std::make_shared<int>(0);
        return std::function<QString()>([next, uids] {
            return *next < uids.size() ? uids.at((*next)++)
                                       : QStringLiteral("extra-%1").arg((*next)++);
        });
    };
    load(resourcesNeeded(in.items, in.changed, in.removed, in.collectionPath));
    StepOutput out = planStep(in, replay());
    if (!out.needed.isEmpty()) {
        load(out.needed);
        in.printAgreed = out.printAgreed; // as the engine runs it again
        out = planStep(in, replay());
    }
    return out;
}

QString describe(const OutboxEntry &e)
{
    return QStringLiteral("%1 %2 %3 %4 %5 [%6]")
        .arg(e.uid, e.href,
             e.kind == OutboxKind::Put ? QStringLiteral("PUT") : QStringLiteral("DELETE"))
        .arg(e.taskId)
        .arg(e.ifMatch, QString::fromUtf8(e.body));
}

QStringList sorted(QStringList list)
{
    list.sort();
    list.removeDuplicates();
    return list;
}

// Where two outputs of the same step differ, in words; empty when they do not.
QString differences(const StepOutput &a, const StepOutput &b)
{
    QStringList out;
    QStringList writesA, writesB;
    for (const OutboxEntry &e : a.commit.outboxWrites)
        writesA.append(describe(e));
    for (const OutboxEntry &e : b.commit.outboxWrites)
        writesB.append(describe(e));
    if (writesA != writesB)
        out.append(
            QStringLiteral("outbox writes:\n  %1\nvs\n  %2")
                .arg(writesA.join(QStringLiteral("\n  ")), writesB.join(QStringLiteral("\n  "))));
    if (sorted(a.commit.outboxRemovals) != sorted(b.commit.outboxRemovals))
        out.append(QStringLiteral("outbox removals: %1 vs %2")
                       .arg(sorted(a.commit.outboxRemovals).join(QLatin1Char(',')),
                            sorted(b.commit.outboxRemovals).join(QLatin1Char(','))));
    if (a.commit.itemWrites.size() != b.commit.itemWrites.size())
        out.append(QStringLiteral("item writes: %1 vs %2")
                       .arg(a.commit.itemWrites.size())
                       .arg(b.commit.itemWrites.size()));
    else
        for (qsizetype i = 0; i < a.commit.itemWrites.size(); ++i) {
            if (!(a.commit.itemWrites.at(i) == b.commit.itemWrites.at(i)))
                out.append(
                    QStringLiteral("item write %1 (%2)").arg(i).arg(a.commit.itemWrites.at(i).uid));
        }
    if (a.commit.itemRemovals != b.commit.itemRemovals)
        out.append(QStringLiteral("item removals"));
    if (a.commit.plan.has_value() != b.commit.plan.has_value() ||
        (a.commit.plan && a.commit.plan->tasks != b.commit.plan->tasks))
        out.append(QStringLiteral("plan"));
    if (a.commit.conflicts != b.commit.conflicts)
        out.append(QStringLiteral("conflicts"));
    if (a.received != b.received || a.removedHere != b.removedHere || a.skipped != b.skipped ||
        a.unreadable != b.unreadable || a.deferred != b.deferred)
        out.append(QStringLiteral("counts"));
    return out.join(QLatin1Char('\n'));
}

// planStep, checked against the engine's way of running it (leanStep): both must decide the
// same, so every test below also tests the round that reads only the resources it needs.
StepOutput step(const StepInput &in, const std::function<QString()> &newUid)
{
    QStringList drawn;
    const StepOutput full = planStep(in, [&] {
        drawn.append(newUid());
        return drawn.constLast();
    });
    const QString diff = differences(full, leanStep(in, drawn));
    QTest::qVerify(full.needed.isEmpty() && diff.isEmpty(), "leanStep(in) == planStep(in)",
                   qPrintable(diff), __FILE__, __LINE__);
    return full;
}
} // namespace

class TestSyncStep : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldSendNewTasksAsNewResourcesAndNothingElse()
    {
        // GIVEN a plan of two tasks, the first already agreed with the server
        const Plan plan = planOf(2);
        StepInput in = inputFor(plan);
        in.items = {agreedItem(plan, 0, QStringLiteral("u0"))};
        // WHEN a round runs with nothing changed on the server
        const StepOutput out = step(in, counter());
        // THEN only the second task goes, as a new resource (no If-Match) under a new UID, and
        // the plan stays as it is
        QCOMPARE(out.commit.outboxWrites.size(), 1);
        const OutboxEntry &put = out.commit.outboxWrites.at(0);
        QCOMPARE(put.uid, QStringLiteral("new-1"));
        QCOMPARE(put.href, QStringLiteral("/ada/goal/new-1.ics"));
        QVERIFY(put.ifMatch.isEmpty());
        QCOMPARE(put.taskId, qint64(101));
        QCOMPARE(readRemoteTask(put.body)->fields.title, QStringLiteral("Task 1"));
        QVERIFY(!out.commit.plan.has_value());
    }

    void shouldMakeAFewNewResourcesAtATimePrerequisitesFirst()
    {
        // GIVEN a plan of six tasks in one milestone, none on the server, whose dependencies go
        // against the plan's order (0 needs 5, 1 needs 0, 3 needs 2 and 1), and a step that
        // makes at most two new resources
        Plan plan = planOf(6);
        for (Task &t : plan.tasks)
            t.milestone = QStringLiteral("Base");
        plan.tasks[0].dependsOn = {5};
        plan.tasks[1].dependsOn = {0};
        plan.tasks[3].dependsOn = {1, 2};
        StepInput in = inputFor(plan);
        in.createLimit = 2;
        const auto uids = counter();
        QHash<QString, qint64> made; // UID → task
        QList<int> perRound;
        // WHEN rounds run, each as if the server took all it sent, until none is left waiting
        for (int round = 0; round < 6; ++round) {
            const StepOutput out = step(in, uids);
            int tasks = 0;
            for (const OutboxEntry &put : out.commit.outboxWrites) {
                QVERIFY(put.kind == OutboxKind::Put);
                QVERIFY2(put.ifMatch.isEmpty(), qPrintable(describe(put)));
                if (put.taskId == 0)
                    continue;
                ++tasks;
                QVERIFY2(!made.contains(put.uid), qPrintable(put.uid));
                made.insert(put.uid, put.taskId);
            }
            // THEN each new VTODO names only prerequisites made before it or with it
            for (const OutboxEntry &put : out.commit.outboxWrites) {
                const Result<RemoteTask> read = readRemoteTask(put.body);
                QVERIFY(read.ok());
                for (const QString &uid : read->fields.dependsOn)
                    QVERIFY2(made.contains(uid), qPrintable(describe(put)));
                if (put.taskId > 0)
                    QCOMPARE(read->fields.dependsOn.size(),
                             plan.tasks.at(int(put.taskId - 100)).dependsOn.size());
            }
            perRound.append(tasks);
            QCOMPARE(out.deferred, 6 - int(made.size()));
            in.items += agreedFrom(out);
            if (out.deferred == 0)
                break;
        }
        // AND two a round make all six, each once; then nothing is left to send
        QCOMPARE(perRound, QList<int>({2, 2, 2}));
        QCOMPARE(made.size(), 6);
        QCOMPARE(QSet<qint64>(made.cbegin(), made.cend()).size(), 6);
        const StepOutput after = step(in, uids);
        QVERIFY2(after.commit.outboxWrites.isEmpty(),
                 qPrintable(after.commit.outboxWrites.isEmpty()
                                ? QString()
                                : describe(after.commit.outboxWrites.constFirst())));
        QCOMPARE(after.deferred, 0);
        // AND the first round made the ones nothing waits for (2, 4), then 5 and 0, then 1 and 3
        QCOMPARE(groupsOf(planStep(inputFor(plan), counter())).size(), 1);
        StepInput first = inputFor(plan);
        first.createLimit = 2;
        const StepOutput one = step(first, counter());
        QList<qint64> ids;
        for (const OutboxEntry &put : one.commit.outboxWrites) {
            if (put.taskId > 0)
                ids.append(put.taskId);
        }
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, QList<qint64>({102, 104}));
        QCOMPARE(groupsOf(one).size(), 1); // the milestone's group with the first of its tasks
    }

    void shouldSendAnEditWithIfMatchOverTheAgreedResource()
    {
        // GIVEN an agreed task, completed here since
        Plan plan = planOf(1);
        StepInput in = inputFor(plan);
        in.items = {agreedItem(plan, 0, QStringLiteral("u0"))};
        in.plan.tasks[0].status = TaskStatus::Done;
        // WHEN a round runs
        const StepOutput out = step(in, counter());
        // THEN it is sent with If-Match the agreed ETag
        QCOMPARE(out.commit.outboxWrites.size(), 1);
        QCOMPARE(out.commit.outboxWrites.at(0).ifMatch, kEtag);
        QVERIFY(readRemoteTask(out.commit.outboxWrites.at(0).body)->fields.status ==
                TaskStatus::Done);
    }

    void shouldNotSendATaskWhosePrerequisiteWasDeletedElsewhere()
    {
        // GIVEN an agreed task whose resource still names a prerequisite that is no task of the
        // binding any more (another client deleted it; its item went with the sync that saw it)
        const Plan plan = planOf(1);
        TaskFields agreed = fieldsAt(plan, 0, {});
        agreed.dependsOn = {QStringLiteral("gone")};
        SyncItem item = agreedItem(plan, 0, QStringLiteral("u0"));
        item.resource = newResource(QStringLiteral("u0"), agreed, kNow.addDays(-1));
        StepInput in = inputFor(plan);
        in.items = {item};
        // WHEN a round runs with nothing changed on either side
        const StepOutput quiet = step(in, counter());
        // THEN nothing is sent: a dependency no task can name is no change here
        QVERIFY(quiet.commit.outboxWrites.isEmpty());
        // WHEN the server renames it (the RELATED-TO stays in its resource)
        TaskFields renamed = agreed;
        renamed.title = QStringLiteral("Renamed there");
        StepInput changed = in;
        changed.changed = {{item.href, QStringLiteral("\"e2\""),
                            newResource(QStringLiteral("u0"), renamed, kNow)}};
        const StepOutput merged = step(changed, counter());
        // THEN the rename comes in and nothing goes back
        QCOMPARE(merged.received, 1);
        QVERIFY(merged.commit.outboxWrites.isEmpty());
        QCOMPARE(merged.commit.plan->tasks.at(0).title, QStringLiteral("Renamed there"));
        // WHEN the server deletes it
        StepInput removed = in;
        removed.removed = {item.href};
        const StepOutput gone = step(removed, counter());
        // THEN it is deleted here too, not kept as if edited here
        QCOMPARE(gone.removedHere, 1);
        QVERIFY(gone.commit.conflicts.isEmpty());
        QVERIFY(gone.commit.plan->tasks.isEmpty());
    }

    void shouldSendADependencyDroppedHereOnAKnownTask()
    {
        // GIVEN two agreed tasks, the second depending on the first
        Plan plan = planOf(2);
        plan.tasks[1].dependsOn = {0};
        StepInput in = inputFor(plan);
        QHash<qint64, QString> uids{{plan.tasks[0].id, QStringLiteral("u0")}};
        SyncItem second = agreedItem(plan, 1, QStringLiteral("u1"));
        second.resource =
            newResource(QStringLiteral("u1"), fieldsAt(plan, 1, uids), kNow.addDays(-1));
        in.items = {agreedItem(plan, 0, QStringLiteral("u0")), second};
        // WHEN the dependency is removed here and a round runs
        in.plan.tasks[1].dependsOn.clear();
        const StepOutput out = step(in, counter());
        // THEN the second task is sent without it
        QCOMPARE(out.commit.outboxWrites.size(), 1);
        QCOMPARE(out.commit.outboxWrites.at(0).uid, QStringLiteral("u1"));
        QVERIFY(readRemoteTask(out.commit.outboxWrites.at(0).body)->fields.dependsOn.isEmpty());
    }

    void shouldReadNoResourceOfACompactedItemWhoseTaskStillPrintsAsItDid()
    {
        // GIVEN three agreed tasks held as a round of a large binding holds them: no resource,
        // no href (the usual one), digests of the print and the ETag; the third renamed here
        const Plan plan = planOf(3);
        StepInput in = inputFor(plan);
        for (int i = 0; i < 3; ++i) {
            SyncItem item = withPrint(agreedItem(plan, i, QStringLiteral("u%1").arg(i)));
            item.resource = QByteArray();
            in.items.append(item);
        }
        compactItems(in.items, in.collectionPath);
        QVERIFY(in.items.at(0).href.isEmpty());
        QCOMPARE(in.items.at(0).fieldsPrint.size(), 11);
        // (checks that are not theirs: the tasks are told by their prints, as a task whose hours
        // print alike but differ in their last bits would be)
        for (SyncItem &item : in.items)
            item.fieldsCheck = 1;
        QCOMPARE(itemHref(in.items.at(0), in.collectionPath), QStringLiteral("/ada/goal/u0.ics"));
        in.plan.tasks[2].title = QStringLiteral("Renamed here");
        // WHEN a round runs
        const StepOutput out = planStep(in, counter());
        // THEN it needs the resource of the renamed task only: the others print as they did
        QCOMPARE(out.needed, QStringList{QStringLiteral("u2")});
        // AND it says which tasks printed as their items did: the unchanged ones only
        QCOMPARE(out.printAgreed, (QSet<QString>{QStringLiteral("u0"), QStringLiteral("u1")}));
        // AND run again with that resource (as the engine does), it prints no task again and
        // sends the rename
        in.items[2] = withPrint(agreedItem(plan, 2, QStringLiteral("u2")));
        in.printAgreed = out.printAgreed;
        in.plan.tasks[0].title = QStringLiteral("Not printed again");
        const StepOutput again = planStep(in, counter());
        QVERIFY(again.needed.isEmpty());
        QCOMPARE(again.commit.outboxWrites.size(), 1);
        QCOMPARE(again.commit.outboxWrites.at(0).uid, QStringLiteral("u2"));
        // AND each ETag is held as a digest that still tells the server's apart
        QCOMPARE(in.items.at(0).etag.size(), 12);
        QVERIFY(sameEtag(in.items.at(0).etag, kEtag));
        QVERIFY(!sameEtag(in.items.at(0).etag, QStringLiteral("\"another\"")));
        QVERIFY(!sameEtag(in.items.at(0).etag, QString()));
        QVERIFY(sameEtag(QStringLiteral("\"e1\""), QStringLiteral("\"e1\"")));
    }

    void shouldTellAnUnchangedTaskByItsFieldsCheckAndReadWhatHasNone()
    {
        // GIVEN four agreed tasks held without resources, each item with its check
        // (withPrint): the first with a print that is not its own, the second with no check
        // (written before schema 9), the third with a check that is not its own but its print,
        // the fourth renamed here
        const Plan plan = planOf(4);
        StepInput in = inputFor(plan);
        for (int i = 0; i < 4; ++i) {
            SyncItem item = withPrint(agreedItem(plan, i, QStringLiteral("u%1").arg(i)));
            QCOMPARE(item.fieldsCheck, fieldsCheck(fieldsAt(plan, i, {})));
            item.resource = QByteArray();
            in.items.append(item);
        }
        compactItems(in.items, in.collectionPath);
        in.items[0].fieldsPrint = printDigest(QStringLiteral("not-its-print"));
        in.items[1].fieldsCheck = 0;
        in.items[2].fieldsCheck = 12345;
        in.plan.tasks[3].title = QStringLiteral("Renamed here");
        // WHEN a round runs
        const StepOutput out = planStep(in, counter());
        // THEN the check alone tells the first agreed, the print the third; the one with no
        // check and the renamed one are read whole (the engine writes the first again, checked)
        QCOMPARE(out.needed, (QStringList{QStringLiteral("u1"), QStringLiteral("u3")}));
        QCOMPARE(out.printAgreed, QSet<QString>{QStringLiteral("u2")}); // printed to agree
    }

    void shouldDeleteOnTheServerWhatWasDeletedHere()
    {
        // GIVEN two agreed tasks, the second deleted here
        const Plan plan = planOf(2);
        StepInput in = inputFor(plan);
        in.items = {agreedItem(plan, 0, QStringLiteral("u0")),
                    agreedItem(plan, 1, QStringLiteral("u1"))};
        in.plan.tasks.removeLast();
        // WHEN a round runs
        const StepOutput out = step(in, counter());
        // THEN a DELETE with If-Match waits in the outbox
        QCOMPARE(out.commit.outboxWrites.size(), 1);
        QCOMPARE(out.commit.outboxWrites.at(0).kind, OutboxKind::Delete);
        QCOMPARE(out.commit.outboxWrites.at(0).uid, QStringLiteral("u1"));
        QCOMPARE(out.commit.outboxWrites.at(0).ifMatch, kEtag);
    }

    void shouldSendAgainUnderTheSameUidAfterACrash()
    {
        // GIVEN a new task whose PUT was put in the outbox before a crash
        const Plan plan = planOf(1);
        StepInput in = inputFor(plan);
        OutboxEntry pending;
        pending.bindingId = 3;
        pending.uid = QStringLiteral("helios-before");
        pending.href = QStringLiteral("/ada/goal/helios-before.ics");
        pending.taskId = 100;
        pending.body = newResource(pending.uid, fieldsAt(plan, 0, {}), kNow);
        in.outbox = {pending};
        // WHEN the next round runs
        const StepOutput out = step(in, counter());
        // THEN it goes again under the same UID and href (If-None-Match: * finds a copy there)
        QCOMPARE(out.commit.outboxWrites.size(), 1);
        QCOMPARE(out.commit.outboxWrites.at(0).uid, QStringLiteral("helios-before"));
        QCOMPARE(out.commit.outboxWrites.at(0).href, QStringLiteral("/ada/goal/helios-before.ics"));
    }

    void shouldTakeAResourceItSentBeforeACrashForItsOwnTask()
    {
        // GIVEN a PUT that reached the server before a crash, its answer never recorded
        const Plan plan = planOf(1);
        StepInput in = inputFor(plan);
        OutboxEntry pending;
        pending.bindingId = 3;
        pending.uid = QStringLiteral("helios-before");
        pending.href = QStringLiteral("/ada/goal/helios-before.ics");
        pending.taskId = 100;
        pending.body = newResource(pending.uid, fieldsAt(plan, 0, {}), kNow);
        in.outbox = {pending};
        // WHEN the server reports that resource as new
        in.changed = {{pending.href, QStringLiteral("\"s1\""), pending.body}};
        const StepOutput out = step(in, counter());
        // THEN it is the task's item (not a second task), and nothing is sent again
        QVERIFY(!out.commit.plan.has_value());
        QCOMPARE(out.commit.itemWrites.size(), 1);
        QCOMPARE(out.commit.itemWrites.at(0).taskId, qint64(100));
        QCOMPARE(out.commit.itemWrites.at(0).etag, QStringLiteral("\"s1\""));
        QVERIFY(out.commit.outboxWrites.isEmpty());
        QCOMPARE(out.commit.outboxRemovals, QStringList{QStringLiteral("helios-before")});
        QCOMPARE(out.received, 0);
    }

    void shouldNotTakeItsOwnLostUpdateForAnotherClientsEdit()
    {
        // GIVEN an agreed task renamed here, whose update reached the server before a crash (the
        // answer never recorded), and then renamed here again
        Plan plan = planOf(1);
        StepInput in = inputFor(plan);
        const SyncItem item = agreedItem(plan, 0, QStringLiteral("u0"));
        in.items = {item};
        Plan once = plan;
        once.tasks[0].title = QStringLiteral("Renamed once");
        OutboxEntry pending;
        pending.bindingId = 3;
        pending.uid = item.uid;
        pending.href = item.href;
        pending.taskId = 100;
        pending.ifMatch = item.etag;
        pending.body =
            patchResource(item.resource, fieldsAt(once, 0, {}), {item.uid}, kNow.addSecs(-60))
                .value();
        in.outbox = {pending};
        in.plan.tasks[0].title = QStringLiteral("Renamed twice");
        in.changeTimes.insert(100, kNow.addSecs(-30));
        // WHEN the server reports that resource changed: it holds the lost update
        in.changed = {{item.href, QStringLiteral("\"e2\""), pending.body}};
        const StepOutput out = step(in, counter());
        // THEN it is no conflict: the newer rename goes over it, If-Match the server's ETag
        QVERIFY(out.commit.conflicts.isEmpty());
        QCOMPARE(out.commit.outboxWrites.size(), 1);
        QCOMPARE(out.commit.outboxWrites.at(0).ifMatch, QStringLiteral("\"e2\""));
        const Result<RemoteTask> sent = readRemoteTask(out.commit.outboxWrites.at(0).body);
        QVERIFY(sent.ok());
        QCOMPARE(sent->fields.title, QStringLiteral("Renamed twice"));
        QCOMPARE(out.received, 0);
    }

    void shouldAddWhatTheServerAddedWithItsItemNamingItsPosition()
    {
        // GIVEN a plan of one agreed task, and a task another client added, depending on it
        const Plan plan = planOf(1);
        StepInput in = inputFor(plan);
        in.items = {agreedItem(plan, 0, QStringLiteral("u0"))};
        TaskFields phone;
        phone.title = QStringLiteral("From the phone");
        phone.due = QDate(2026, 12, 9);
        phone.start = phone.due;
        phone.dependsOn = {QStringLiteral("u0")};
        in.changed = {{QStringLiteral("/ada/goal/p.ics"), QStringLiteral("\"p1\""),
                       newResource(QStringLiteral("p"), phone, kNow)}};
        // WHEN a round runs
        const StepOutput out = step(in, counter());
        // THEN the plan gets it as its second task, after the first, and its item names it by
        // position (-2: the second task of the saved plan)
        QVERIFY(out.commit.plan.has_value());
        QCOMPARE(out.commit.plan->tasks.size(), 2);
        QCOMPARE(out.commit.plan->tasks.at(1).title, QStringLiteral("From the phone"));
        QCOMPARE(out.commit.plan->tasks.at(1).dependsOn, QList<int>{0});
        QCOMPARE(out.commit.expectedTasks, plan.tasks);
        QCOMPARE(out.commit.itemWrites.size(), 1);
        QCOMPARE(out.commit.itemWrites.at(0).taskId, qint64(-2));
        QCOMPARE(out.received, 1);
    }

    void shouldWriteAGroupPerMilestoneWithItsTasksUnderIt()
    {
        // GIVEN a plan of three tasks in two milestones, never synced, Gear's only task done
        const Plan plan = plannedInMilestones();
        StepInput in = inputFor(plan);
        // WHEN a round runs
        const StepOutput out = step(in, counter());
        // THEN two group VTODOs go as new resources of no task: Gear completed, Base not
        const QHash<QString, QString> groups = groupsOf(out);
        QCOMPARE(groups.size(), 2);
        QCOMPARE(out.commit.outboxWrites.size(), 5);
        const OutboxEntry *gear = entryOf(out, groups.value(QStringLiteral("Gear")));
        const OutboxEntry *base = entryOf(out, groups.value(QStringLiteral("Base")));
        QVERIFY(gear && base);
        QCOMPARE(gear->taskId, qint64(0));
        QVERIFY(gear->ifMatch.isEmpty());
        QCOMPARE(readRemoteTask(gear->body)->group, kGroupMilestone);
        QVERIFY(gear->body.contains("STATUS:COMPLETED"));
        QVERIFY(base->body.contains("STATUS:NEEDS-ACTION"));
        QVERIFY(readRemoteTask(base->body)->parentUid.isEmpty());
        // AND each task is PARENT-ed to its milestone's group and keeps its CATEGORIES
        for (int i = 0; i < 3; ++i) {
            const OutboxEntry *task = entryOf(out, uidOfTask(out, 100 + i));
            QVERIFY(task);
            const Result<RemoteTask> read = readRemoteTask(task->body);
            QCOMPARE(read->parentUid, groups.value(plan.tasks.at(i).milestone));
            QVERIFY(task->body.contains("RELATED-TO;RELTYPE=PARENT:"));
            QCOMPARE(read->fields.milestone, plan.tasks.at(i).milestone);
        }
        // AND a round after the server took it all has nothing to send
        StepInput again = inputFor(plan);
        again.items = agreedFrom(out);
        const StepOutput quiet = step(again, counter(QStringLiteral("again-")));
        QVERIFY(quiet.commit.outboxWrites.isEmpty());
        QVERIFY(!quiet.commit.plan.has_value());
    }

    void shouldWriteNoGroupForAPlanWithoutMilestones()
    {
        const StepOutput out = step(inputFor(planOf(2)), counter());
        QCOMPARE(out.commit.outboxWrites.size(), 2);
        QVERIFY(groupsOf(out).isEmpty());
        QVERIFY(!out.commit.outboxWrites.at(0).body.contains("RELATED-TO"));
    }

    void shouldLeaveTasksAgreedWithoutAParentAsTheyAreUntilTheirMilestoneChanges()
    {
        // GIVEN a plan whose tasks were agreed with the server without a PARENT (another
        // client's, grouped by CATEGORIES)
        Plan plan = plannedInMilestones();
        StepInput in = inputFor(plan);
        in.items = {agreedItem(plan, 0, QStringLiteral("u0")),
                    agreedItem(plan, 1, QStringLiteral("u1")),
                    agreedItem(plan, 2, QStringLiteral("u2"))};
        // WHEN a round runs with nothing changed
        // THEN nothing is sent: no group, no PARENT line added to them
        QVERIFY(step(in, counter()).commit.outboxWrites.isEmpty());
        // WHEN the last one moves to Gear here
        plan.tasks[2].milestone = QStringLiteral("Gear");
        in.plan = plan;
        const StepOutput out = step(in, counter());
        // THEN it goes under a new Gear group, If-Match its ETag; the others stay as they were
        const QHash<QString, QString> groups = groupsOf(out);
        QCOMPARE(groups.keys(), QStringList{QStringLiteral("Gear")});
        QCOMPARE(out.commit.outboxWrites.size(), 2);
        const OutboxEntry *task = entryOf(out, QStringLiteral("u2"));
        QVERIFY(task);
        QCOMPARE(task->ifMatch, kEtag);
        const Result<RemoteTask> read = readRemoteTask(task->body);
        QCOMPARE(read->parentUid, groups.value(QStringLiteral("Gear")));
        QCOMPARE(read->fields.milestone, QStringLiteral("Gear"));
        QVERIFY(!out.commit.plan.has_value());
    }

    void shouldMoveATaskToTheMilestoneOfTheGroupThePhoneMovedItUnder()
    {
        // GIVEN a synced plan with groups
        const Plan plan = plannedInMilestones();
        const StepOutput first = step(inputFor(plan), counter());
        const QHash<QString, QString> groups = groupsOf(first);
        StepInput in = inputFor(plan);
        in.items = agreedFrom(first);
        // WHEN the phone moves the Gear task under Base (its CATEGORIES untouched)
        const QString uid = uidOfTask(first, 100);
        const OutboxEntry *task = entryOf(first, uid);
        in.changed = {{task->href, QStringLiteral("\"e2\""),
                       edited(task->body, "PARENT:" + groups.value("Gear").toUtf8(),
                              "PARENT:" + groups.value("Base").toUtf8())}};
        const StepOutput out = step(in, counter(QStringLiteral("again-")));
        // THEN the task is in Base here, its CATEGORIES follow on the server, and Gear (empty
        // now) is deleted there
        QVERIFY(out.commit.plan.has_value());
        QCOMPARE(out.commit.plan->tasks.at(0).milestone, QStringLiteral("Base"));
        QCOMPARE(out.received, 1);
        const OutboxEntry *back = entryOf(out, uid);
        QVERIFY(back);
        QCOMPARE(back->ifMatch, QStringLiteral("\"e2\""));
        QCOMPARE(readRemoteTask(back->body)->fields.milestone, QStringLiteral("Base"));
        QCOMPARE(readRemoteTask(back->body)->parentUid, groups.value("Base"));
        const OutboxEntry *gear = entryOf(out, groups.value("Gear"));
        QVERIFY(gear);
        QCOMPARE(gear->kind, OutboxKind::Delete);
        QVERIFY(out.commit.conflicts.isEmpty());
    }

    void shouldTakeAPhonesSubtaskIntoTheMilestoneOfWhatItIsUnder()
    {
        // GIVEN a synced plan with groups
        const Plan plan = plannedInMilestones();
        const StepOutput first = step(inputFor(plan), counter());
        const QHash<QString, QString> groups = groupsOf(first);
        StepInput in = inputFor(plan);
        in.items = agreedFrom(first);
        // WHEN the phone adds a to-do under the Gear group and one under a Base task (a subtask,
        // neither with CATEGORIES)
        TaskFields phone;
        phone.title = QStringLiteral("Under Gear");
        TaskFields sub;
        sub.title = QStringLiteral("Under a Base task");
        in.changed = {{QStringLiteral("/ada/goal/g.ics"), QStringLiteral("\"p1\""),
                       newResource(QStringLiteral("g"), phone, kNow, groups.value("Gear"))},
                      {QStringLiteral("/ada/goal/s.ics"), QStringLiteral("\"p2\""),
                       newResource(QStringLiteral("s"), sub, kNow, uidOfTask(first, 101))}};
        const StepOutput out = step(in, counter(QStringLiteral("again-")));
        // THEN both are tasks of those milestones, depending on nothing
        QVERIFY(out.commit.plan.has_value());
        QCOMPARE(out.commit.plan->tasks.size(), 5);
        QCOMPARE(out.commit.plan->tasks.at(3).milestone, QStringLiteral("Gear"));
        QCOMPARE(out.commit.plan->tasks.at(4).milestone, QStringLiteral("Base"));
        QVERIFY(out.commit.plan->tasks.at(4).dependsOn.isEmpty());
        // AND the subtask stays under its task on the server (its CATEGORIES written)
        const OutboxEntry *s = entryOf(out, QStringLiteral("s"));
        QVERIFY(s);
        QCOMPARE(readRemoteTask(s->body)->parentUid, uidOfTask(first, 101));
        QCOMPARE(s->taskId, qint64(-5));
        // AND Gear is no longer completed: it has a task to do
        const OutboxEntry *gear = entryOf(out, groups.value("Gear"));
        QVERIFY(gear);
        QVERIFY(gear->body.contains("STATUS:NEEDS-ACTION"));
    }

    void shouldRenameTheMilestoneWhenItsGroupIsRenamedOnTheServer()
    {
        const Plan plan = plannedInMilestones();
        const StepOutput first = step(inputFor(plan), counter());
        const QHash<QString, QString> groups = groupsOf(first);
        StepInput in = inputFor(plan);
        in.items = agreedFrom(first);
        const OutboxEntry *base = entryOf(first, groups.value("Base"));
        in.changed = {{base->href, QStringLiteral("\"e2\""),
                       edited(base->body, "SUMMARY:Base", "SUMMARY:Foundation")}};
        const StepOutput out = step(in, counter(QStringLiteral("again-")));
        QVERIFY(out.commit.plan.has_value());
        QCOMPARE(out.commit.plan->tasks.at(1).milestone, QStringLiteral("Foundation"));
        QCOMPARE(out.commit.plan->tasks.at(2).milestone, QStringLiteral("Foundation"));
        QCOMPARE(out.commit.plan->tasks.at(0).milestone, QStringLiteral("Gear"));
        // the group is not written again nor deleted; its tasks' CATEGORIES follow
        QVERIFY(!entryOf(out, groups.value("Base")));
        const OutboxEntry *task = entryOf(out, uidOfTask(first, 101));
        QVERIFY(task);
        QCOMPARE(readRemoteTask(task->body)->fields.milestone, QStringLiteral("Foundation"));
        QCOMPARE(readRemoteTask(task->body)->parentUid, groups.value("Base"));
    }

    void shouldWriteAGroupDeletedOnTheServerAgainAndKeepItsTasks()
    {
        const Plan plan = plannedInMilestones();
        const StepOutput first = step(inputFor(plan), counter());
        const QHash<QString, QString> groups = groupsOf(first);
        StepInput in = inputFor(plan);
        in.items = agreedFrom(first);
        in.removed = {entryOf(first, groups.value("Base"))->href};
        const StepOutput out = step(in, counter(QStringLiteral("again-")));
        QVERIFY(!out.commit.plan.has_value());
        QVERIFY(out.commit.itemRemovals.contains(groups.value("Base")));
        const QHash<QString, QString> again = groupsOf(out);
        QCOMPARE(again.size(), 1);
        QVERIFY(again.value("Base") != groups.value("Base"));
        // its tasks go under the new group
        const OutboxEntry *task = entryOf(out, uidOfTask(first, 102));
        QVERIFY(task);
        QCOMPARE(readRemoteTask(task->body)->parentUid, again.value("Base"));
    }

    void shouldPutAPlansTasksUnderItsGoalInASharedCalendar()
    {
        // GIVEN a plan in a calendar shared with other plans: two milestones and a task of none
        Plan plan = plannedInMilestones();
        plan.tasks[2].milestone.clear();
        StepInput in = inputFor(plan);
        in.binding.shared = true;
        // WHEN a round runs
        const StepOutput out = step(in, counter());
        // THEN a goal group holds the milestone groups and the task of no milestone
        const QHash<QString, QString> groups = groupsOf(out);
        QCOMPARE(groups.size(), 3);
        const QString goal = groups.value(plan.goal);
        const Result<RemoteTask> goalGroup = readRemoteTask(entryOf(out, goal)->body);
        QCOMPARE(goalGroup->group, kGroupGoal);
        QVERIFY(goalGroup->parentUid.isEmpty());
        for (const QString &milestone : {QStringLiteral("Gear"), QStringLiteral("Base")})
            QCOMPARE(readRemoteTask(entryOf(out, groups.value(milestone))->body)->parentUid, goal);
        QCOMPARE(readRemoteTask(entryOf(out, uidOfTask(out, 102))->body)->parentUid, goal);
        QCOMPARE(readRemoteTask(entryOf(out, uidOfTask(out, 100))->body)->parentUid,
                 groups.value("Gear"));
    }

    // The goal group says the plan's goal and whether every task is done: renamed or completed
    // on the phone, it is written back as the plan has it (the goal is renamed in Helios, and
    // the plan is done when its tasks are).
    void shouldWriteTheGoalGroupBackWhenThePhoneRenamesOrCompletesIt()
    {
        Plan plan = plannedInMilestones();
        StepInput firstIn = inputFor(plan);
        firstIn.binding.shared = true;
        const StepOutput first = step(firstIn, counter());
        const QString goal = groupsOf(first).value(plan.goal);
        StepInput in = firstIn;
        in.items = agreedFrom(first);
        const OutboxEntry *base = entryOf(first, goal);
        QVERIFY(base);
        QVERIFY(base->body.contains("STATUS:NEEDS-ACTION"));
        in.changed = {{base->href, QStringLiteral("\"e2\""),
                       edited(edited(base->body, "SUMMARY:Goal", "SUMMARY:Renamed goal"),
                              "STATUS:NEEDS-ACTION", "STATUS:COMPLETED")}};
        const StepOutput out = step(in, counter(QStringLiteral("again-")));
        QVERIFY(!out.commit.plan.has_value());
        const OutboxEntry *put = entryOf(out, goal);
        QVERIFY(put);
        QCOMPARE(put->ifMatch, QStringLiteral("\"e2\""));
        const Result<RemoteTask> read = readRemoteTask(put->body);
        QCOMPARE(read->fields.title, plan.goal);
        QVERIFY(read->fields.status != TaskStatus::Done);
        QCOMPARE(out.commit.outboxWrites.size(), 1);
    }

    void shouldLeaveOtherPlansAndThePersonsOwnToDosAloneInASharedCalendar()
    {
        // GIVEN a plan synced to a shared calendar
        const Plan plan = plannedInMilestones();
        StepInput first = inputFor(plan);
        first.binding.shared = true;
        const StepOutput once = step(first, counter());
        const QHash<QString, QString> groups = groupsOf(once);
        StepInput in = inputFor(plan);
        in.binding.shared = true;
        in.items = agreedFrom(once);
        // WHEN the server reports another plan's goal and task, the person's own to-do, a
        // resource that is no iCalendar, a phone's to-do under this plan's goal and a subtask
        // of that one
        TaskFields fields;
        fields.title = QStringLiteral("Other plan");
        const QByteArray otherGoal =
            newGroupResource(QStringLiteral("og"),
                             {kGroupGoal, QStringLiteral("Other goal"), false, QString()}, kNow);
        fields.title = QStringLiteral("Other plan's task");
        const QByteArray otherTask =
            newResource(QStringLiteral("ot"), fields, kNow, QStringLiteral("og"));
        fields.title = QStringLiteral("Call the bank");
        const QByteArray own = newResource(QStringLiteral("own"), fields, kNow);
        fields.title = QStringLiteral("Under our goal");
        const QByteArray ours =
            newResource(QStringLiteral("p1"), fields, kNow, groups.value(plan.goal));
        fields.title = QStringLiteral("Under that one");
        const QByteArray sub =
            newResource(QStringLiteral("p2"), fields, kNow, QStringLiteral("p1"));
        in.changed = {{QStringLiteral("/ada/goal/og.ics"), QStringLiteral("\"1\""), otherGoal},
                      {QStringLiteral("/ada/goal/ot.ics"), QStringLiteral("\"1\""), otherTask},
                      {QStringLiteral("/ada/goal/own.ics"), QStringLiteral("\"1\""), own},
                      {QStringLiteral("/ada/goal/x.ics"), QStringLiteral("\"1\""), "garbage"},
                      {QStringLiteral("/ada/goal/p2.ics"), QStringLiteral("\"1\""), sub},
                      {QStringLiteral("/ada/goal/p1.ics"), QStringLiteral("\"1\""), ours}};
        const StepOutput out = step(in, counter(QStringLiteral("again-")));
        // THEN only this plan's two come in, nothing is skipped, and nothing else is written,
        // kept or deleted
        QVERIFY(out.commit.plan.has_value());
        QCOMPARE(out.commit.plan->tasks.size(), 5);
        QStringList titles;
        for (int i = 3; i < 5; ++i)
            titles << out.commit.plan->tasks.at(i).title;
        titles.sort();
        QCOMPARE(titles,
                 (QStringList{QStringLiteral("Under our goal"), QStringLiteral("Under that one")}));
        QVERIFY(out.skipped.isEmpty());
        QCOMPARE(out.unreadable, 0);
        for (const SyncItem &item : out.commit.itemWrites)
            QVERIFY2(item.uid == QStringLiteral("p1") || item.uid == QStringLiteral("p2"),
                     qPrintable(item.uid));
        for (const OutboxEntry &entry : out.commit.outboxWrites)
            QVERIFY2(!QStringList({"og", "ot", "own"}).contains(entry.uid), qPrintable(entry.uid));
    }

    // Bound again after a stop: no items, the server holds VTODOs marked with this plan's tasks
    // and the print of their fields as Helios wrote them. Each is adopted (its UID, its href); a
    // side that still prints so did not change, and the other side is taken without a conflict;
    // both changed, the newer side is kept and the other logged. A VTODO of a task deleted here
    // meanwhile is deleted there when unchanged, and comes back when the phone edited it. Nothing
    // is sent twice; a resource marked for another plan is a new task.
    void shouldAdoptMarkedResourcesOfItsOwnTasksWhenBoundAgain()
    {
        // GIVEN a plan of three tasks, the second depending on the first, and the server's
        // resources of them and of two tasks deleted here since, as an earlier binding wrote them
        Plan plan = planOf(3);
        plan.createdAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc());
        plan.tasks[1].dependsOn = {0};
        Plan before = plan;
        before.tasks.append(plan.tasks.at(2));
        before.tasks.append(plan.tasks.at(2));
        before.tasks[3].id = 103;
        before.tasks[3].title = QStringLiteral("Deleted here");
        before.tasks[4].id = 104;
        before.tasks[4].title = QStringLiteral("Deleted here, edited there");
        QHash<qint64, QString> oldUids;
        for (qint64 id = 100; id <= 104; ++id)
            oldUids.insert(id, QStringLiteral("old-%1").arg(id - 100));
        StepInput in = inputFor(plan);
        const QDateTime written = kNow.addDays(-5);
        // What Helios wrote then, and what the phone made of it since (another title).
        const auto resourceOf = [&](int position, const QString &phoneTitle, const QDateTime &at) {
            const TaskFields f = fieldsAt(before, position, oldUids);
            const QString uid = oldUids.value(before.tasks.at(position).id);
            QByteArray data = withTaskMark(newResource(uid, f, written),
                                           taskMark(before, before.tasks.at(position).id));
            if (phoneTitle != f.title) {
                TaskFields phone = f;
                phone.title = phoneTitle;
                data = *patchResource(data, phone, {}, at);
            }
            return RemoteResource{QStringLiteral("/ada/goal/%1.ics").arg(uid),
                                  QStringLiteral("\"s%1\"").arg(position), data};
        };
        // the first unchanged on both sides, the second renamed on the phone only, the third
        // renamed on both (here last)
        plan.tasks[2].title = QStringLiteral("Task 2 (here)");
        in.plan = plan;
        in.changeTimes = {{100, written}, {101, written}, {102, kNow.addSecs(-60)}};
        in.changed = {resourceOf(0, QStringLiteral("Task 0"), written),
                      resourceOf(1, QStringLiteral("Task 1 (phone)"), kNow.addDays(-1)),
                      resourceOf(2, QStringLiteral("Task 2 (phone)"), kNow.addSecs(-120)),
                      resourceOf(3, QStringLiteral("Deleted here"), written),
                      resourceOf(4, QStringLiteral("Edited on the phone"), kNow.addDays(-1))};
        // AND a resource another plan wrote
        TaskFields foreign;
        foreign.title = QStringLiteral("Another plan's task");
        foreign.due = QDate(2026, 12, 9);
        foreign.start = foreign.due;
        in.changed.append({QStringLiteral("/ada/goal/x.ics"), QStringLiteral("\"x\""),
                           withTaskMark(newResource(QStringLiteral("x"), foreign, kNow),
                                        QStringLiteral("1-7-100"))});
        // WHEN the round is decided
        const StepOutput out = step(in, counter());
        // THEN the three tasks take their old UIDs and hrefs; the phone's edit of a task deleted
        // here and the foreign one are two more
        QCOMPARE(out.commit.itemWrites.size(), 5);
        for (const SyncItem &item : out.commit.itemWrites) {
            if (item.uid == QStringLiteral("x") || item.uid == QStringLiteral("old-4"))
                QVERIFY(item.taskId < 0); // inserted by this commit
            else
                QCOMPARE(item.taskId, 100 + item.uid.right(1).toInt());
        }
        QVERIFY(out.commit.plan.has_value());
        QCOMPARE(out.commit.plan->tasks.size(), 5);
        QCOMPARE(out.commit.plan->tasks.at(0).title, QStringLiteral("Task 0"));
        QCOMPARE(out.commit.plan->tasks.at(1).title, QStringLiteral("Task 1 (phone)"));
        QCOMPARE(out.commit.plan->tasks.at(1).dependsOn, QList<int>{0});
        QCOMPARE(out.commit.plan->tasks.at(2).title, QStringLiteral("Task 2 (here)"));
        QStringList added{out.commit.plan->tasks.at(3).title, out.commit.plan->tasks.at(4).title};
        added.sort();
        QCOMPARE(added, (QStringList{QStringLiteral("Another plan's task"),
                                     QStringLiteral("Edited on the phone")}));
        // AND the third goes back (here's newer title), the unchanged deleted one is deleted
        // there; nothing else is sent
        QCOMPARE(out.commit.outboxWrites.size(), 2);
        const OutboxEntry *put = entryOf(out, QStringLiteral("old-2"));
        QVERIFY(put);
        QVERIFY(put->kind == OutboxKind::Put);
        QCOMPARE(put->ifMatch, QStringLiteral("\"s2\""));
        QCOMPARE(readRemoteTask(put->body)->fields.title, QStringLiteral("Task 2 (here)"));
        QCOMPARE(taskMarkOf(put->body), taskMark(plan, 102));
        QCOMPARE(fieldsMarkOf(put->body), fieldsPrint(readRemoteTask(put->body)->fields));
        const OutboxEntry *removal = entryOf(out, QStringLiteral("old-3"));
        QVERIFY(removal);
        QVERIFY(removal->kind == OutboxKind::Delete);
        QCOMPARE(removal->ifMatch, QStringLiteral("\"s3\""));
        QCOMPARE(removal->taskId, qint64(103));
        // AND only what both sides changed is in the conflict log: the third's title (the
        // phone's older one set aside) and the deletion the phone's edit undid
        QCOMPARE(out.commit.conflicts.size(), 2);
        for (const SyncConflict &c : out.commit.conflicts) {
            if (c.field == QStringLiteral("title")) {
                QCOMPARE(c.taskId, qint64(102));
                QCOMPARE(c.otherValue, QStringLiteral("Task 2 (phone)"));
                QVERIFY(c.otherSide == SyncConflict::Side::Server);
            } else {
                QCOMPARE(c.field, QStringLiteral("deleted"));
                QCOMPARE(c.uid, QStringLiteral("old-4"));
                QVERIFY(c.otherSide == SyncConflict::Side::Here);
            }
        }
        QCOMPARE(out.received, 3); // the phone's title, the task it brought back, the foreign one
    }

    // Text another client wrote past what a plan holds is not taken (the plan's version would be
    // refused, and the whole sync with it): a sentence names it, the rest of the round goes on.
    void shouldLeaveATaskPastThePlansLimitsOnTheServerAndSaySo()
    {
        // GIVEN a plan of one agreed task, renamed on the phone to 600 characters, and a new
        // task from the phone with 30,000 characters of notes beside an ordinary one
        const Plan plan = planOf(1);
        StepInput in = inputFor(plan);
        in.items = {agreedItem(plan, 0, QStringLiteral("u0"))};
        TaskFields renamed = fieldsAt(plan, 0, {});
        renamed.title = QString(600, QLatin1Char('a'));
        in.changed = {{in.items.first().href, QStringLiteral("\"e2\""),
                       *patchResource(in.items.first().resource, renamed, {}, kNow)}};
        TaskFields wordy;
        wordy.title = QStringLiteral("Wordy");
        wordy.notes = QString(30000, QLatin1Char('n'));
        TaskFields fine;
        fine.title = QStringLiteral("Fine");
        in.changed.append({QStringLiteral("/ada/goal/w.ics"), QStringLiteral("\"w\""),
                           newResource(QStringLiteral("w"), wordy, kNow)});
        in.changed.append({QStringLiteral("/ada/goal/f.ics"), QStringLiteral("\"f\""),
                           newResource(QStringLiteral("f"), fine, kNow)});
        // WHEN the round is decided
        const StepOutput out = step(in, counter());
        // THEN the ordinary task comes in, the two others are told and nothing of them is taken
        QVERIFY(out.commit.plan.has_value());
        QCOMPARE(out.commit.plan->tasks.size(), 2);
        QCOMPARE(out.commit.plan->tasks.at(0).title, plan.tasks.at(0).title);
        QCOMPARE(out.commit.plan->tasks.at(1).title, QStringLiteral("Fine"));
        QCOMPARE(out.skipped.size(), 2);
        QVERIFY2(out.skipped.at(0).contains(QStringLiteral("600")), qPrintable(out.skipped.at(0)));
        QVERIFY2(out.skipped.at(1).contains(QStringLiteral("30000")),
                 qPrintable(out.skipped.at(1)));
        QCOMPARE(out.unreadable, 0); // the token moves on: read again once changed there
        for (const SyncItem &item : out.commit.itemWrites)
            QVERIFY2(item.uid == QStringLiteral("f"), qPrintable(item.uid));
        for (const OutboxEntry &entry : out.commit.outboxWrites)
            QVERIFY2(entry.uid != QStringLiteral("u0") && entry.uid != QStringLiteral("w"),
                     qPrintable(entry.uid));
    }

    // Bound to a person's own list whose tasks are grouped by category (CATEGORIES, no PARENT):
    // Helios reads the categories as milestones but writes nothing back to those tasks, and no
    // group for them; a task it adds in a milestone goes under that milestone's group.
    void shouldLeaveAnotherClientsCategorisedTasksWithoutParents()
    {
        // GIVEN a plan with one task of its own in "Home", and the list's two tasks in "Work"
        Plan plan = planOf(1);
        plan.tasks[0].milestone = QStringLiteral("Home");
        StepInput in = inputFor(plan);
        for (const QString &uid : {QStringLiteral("p1"), QStringLiteral("p2")}) {
            TaskFields f;
            f.title = QStringLiteral("Phone task ") + uid;
            f.milestone = QStringLiteral("Work");
            in.changed.append({QStringLiteral("/ada/goal/%1.ics").arg(uid), QStringLiteral("\"p\""),
                               newResource(uid, f, kNow.addDays(-1))});
        }
        // WHEN the first round is decided, and a round after it with the server agreeing
        const StepOutput out = step(in, counter());
        // THEN both tasks come in, in "Work"; only Helios's task and its "Home" group are sent
        QVERIFY(out.commit.plan.has_value());
        QCOMPARE(out.commit.plan->tasks.size(), 3);
        QCOMPARE(out.commit.plan->tasks.at(1).milestone, QStringLiteral("Work"));
        const QHash<QString, QString> groups = groupsOf(out);
        QCOMPARE(groups.keys(), QStringList{QStringLiteral("Home")});
        QCOMPARE(out.commit.outboxWrites.size(), 2);
        for (const OutboxEntry &entry : out.commit.outboxWrites)
            QVERIFY2(entry.uid != QStringLiteral("p1") && entry.uid != QStringLiteral("p2"),
                     qPrintable(entry.uid));
        // AND when Helios moves one of them to "Home" it goes under the "Home" group
        Plan moved = *out.commit.plan;
        for (int i = 0; i < moved.tasks.size(); ++i)
            moved.tasks[i].id = 200 + i;
        moved.tasks[1].milestone = QStringLiteral("Home");
        StepInput next = inputFor(moved);
        for (int i = 0; i < in.changed.size(); ++i) {
            const RemoteResource &r = in.changed.at(i);
            next.items.append(
                {1, readRemoteTask(r.data)->uid, r.href, r.etag, 201 + i, r.data, kNow});
        }
        const StepOutput after = step(next, counter(QStringLiteral("n-")));
        const OutboxEntry *put = entryOf(after, QStringLiteral("p1"));
        QVERIFY(put);
        const Result<RemoteTask> read = readRemoteTask(put->body);
        QCOMPARE(read->fields.milestone, QStringLiteral("Home"));
        QVERIFY(!read->parentUid.isEmpty());
        QVERIFY(!entryOf(after, QStringLiteral("p2"))); // still in "Work", untouched
        // AND when the other one is only renamed here it is sent without a PARENT, and no group
        // is written for "Work" (no task hangs under one)
        moved.tasks[2].title = QStringLiteral("Renamed here");
        next.plan = moved;
        const StepOutput renamed = step(next, counter(QStringLiteral("r-")));
        const OutboxEntry *p2 = entryOf(renamed, QStringLiteral("p2"));
        QVERIFY(p2);
        QCOMPARE(readRemoteTask(p2->body)->fields.title, QStringLiteral("Renamed here"));
        QVERIFY(readRemoteTask(p2->body)->parentUid.isEmpty());
        QCOMPARE(groupsOf(renamed).keys(), QStringList{QStringLiteral("Home")});
    }
};

HELIOS_TEST_MAIN(TestSyncStep)
#include "tst_sync_step.moc"

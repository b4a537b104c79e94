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

// An item saying what the task is now, as if the last sync agreed on it.
SyncItem agreedItem(const Plan &plan, int position, const QString &uid)
{
    const QByteArray resource = newResource(uid, fieldsAt(plan, position, {}), kNow.addDays(-1));
    return SyncItem{3,
                    uid,
                    QStringLiteral("/ada/goal/%1.ics").arg(uid),
                    QStringLiteral("\"e1\""),
                    plan.tasks.at(position).id,
                    resource,
                    kNow.addDays(-1)};
}

std::function<QString()> counter()
{
    auto n = std::make_shared<int>(0);
    return [n] { return QStringLiteral("new-%1").arg(++*n); };
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
        const StepOutput out = planStep(in, counter());
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

    void shouldSendAnEditWithIfMatchOverTheAgreedResource()
    {
        // GIVEN an agreed task, completed here since
        Plan plan = planOf(1);
        StepInput in = inputFor(plan);
        in.items = {agreedItem(plan, 0, QStringLiteral("u0"))};
        in.plan.tasks[0].status = TaskStatus::Done;
        // WHEN a round runs
        const StepOutput out = planStep(in, counter());
        // THEN it is sent with If-Match the agreed ETag
        QCOMPARE(out.commit.outboxWrites.size(), 1);
        QCOMPARE(out.commit.outboxWrites.at(0).ifMatch, QStringLiteral("\"e1\""));
        QVERIFY(readRemoteTask(out.commit.outboxWrites.at(0).body)->fields.status ==
                TaskStatus::Done);
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
        const StepOutput out = planStep(in, counter());
        // THEN a DELETE with If-Match waits in the outbox
        QCOMPARE(out.commit.outboxWrites.size(), 1);
        QCOMPARE(out.commit.outboxWrites.at(0).kind, OutboxKind::Delete);
        QCOMPARE(out.commit.outboxWrites.at(0).uid, QStringLiteral("u1"));
        QCOMPARE(out.commit.outboxWrites.at(0).ifMatch, QStringLiteral("\"e1\""));
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
        const StepOutput out = planStep(in, counter());
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
        const StepOutput out = planStep(in, counter());
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
        const StepOutput out = planStep(in, counter());
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
        const StepOutput out = planStep(in, counter());
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

    // Bound again after a stop: no items, the server holds VTODOs marked with this plan's tasks.
    // Each is adopted (its UID, its href), a differing field keeps the newer side and logs the
    // other, and nothing is sent twice; a resource marked for another plan is a new task.
    void shouldAdoptMarkedResourcesOfItsOwnTasksWhenBoundAgain()
    {
        // GIVEN a plan of three tasks, the second depending on the first, and the server's
        // resources of them from an earlier binding: the first unchanged, the second renamed on
        // the server after it changed here, the third renamed here after the server's edit
        Plan plan = planOf(3);
        plan.createdAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc());
        plan.tasks[1].dependsOn = {0};
        const QHash<qint64, QString> oldUids{{100, QStringLiteral("old-0")},
                                             {101, QStringLiteral("old-1")},
                                             {102, QStringLiteral("old-2")}};
        StepInput in = inputFor(plan);
        const auto resourceOf = [&](int position, const QString &title, const QDateTime &at) {
            TaskFields f = fieldsAt(plan, position, oldUids);
            f.title = title;
            const QString uid = oldUids.value(plan.tasks.at(position).id);
            return RemoteResource{
                QStringLiteral("/ada/goal/%1.ics").arg(uid), QStringLiteral("\"s\""),
                withTaskMark(newResource(uid, f, at), taskMark(plan, plan.tasks.at(position).id))};
        };
        plan.tasks[2].title = QStringLiteral("Task 2 (here)");
        in.plan = plan;
        in.changeTimes = {
            {100, kNow.addDays(-3)}, {101, kNow.addDays(-2)}, {102, kNow.addSecs(-60)}};
        in.changed = {resourceOf(0, QStringLiteral("Task 0"), kNow.addDays(-3)),
                      resourceOf(1, QStringLiteral("Task 1 (phone)"), kNow.addDays(-1)),
                      resourceOf(2, QStringLiteral("Task 2 (phone)"), kNow.addSecs(-120))};
        // AND a resource another plan wrote
        TaskFields foreign;
        foreign.title = QStringLiteral("Another plan's task");
        foreign.due = QDate(2026, 12, 9);
        foreign.start = foreign.due;
        in.changed.append({QStringLiteral("/ada/goal/x.ics"), QStringLiteral("\"x\""),
                           withTaskMark(newResource(QStringLiteral("x"), foreign, kNow),
                                        QStringLiteral("1-7-100"))});
        // WHEN the round is decided
        const StepOutput out = planStep(in, counter());
        // THEN the three tasks take their old UIDs and hrefs; the foreign one is a fourth task
        QCOMPARE(out.commit.itemWrites.size(), 4);
        for (const SyncItem &item : out.commit.itemWrites) {
            if (item.uid == QStringLiteral("x"))
                QVERIFY(item.taskId < 0); // inserted by this commit
            else
                QCOMPARE(item.taskId, 100 + item.uid.right(1).toInt());
        }
        QVERIFY(out.commit.plan.has_value());
        QCOMPARE(out.commit.plan->tasks.size(), 4);
        QCOMPARE(out.commit.plan->tasks.at(1).title, QStringLiteral("Task 1 (phone)"));
        QCOMPARE(out.commit.plan->tasks.at(1).dependsOn, QList<int>{0});
        QCOMPARE(out.commit.plan->tasks.at(2).title, QStringLiteral("Task 2 (here)"));
        // AND only the third goes back (here's newer title over the server's), no new resource
        QCOMPARE(out.commit.outboxWrites.size(), 1);
        const OutboxEntry &put = out.commit.outboxWrites.first();
        QCOMPARE(put.uid, QStringLiteral("old-2"));
        QCOMPARE(put.ifMatch, QStringLiteral("\"s\""));
        QCOMPARE(readRemoteTask(put.body)->fields.title, QStringLiteral("Task 2 (here)"));
        QCOMPARE(taskMarkOf(put.body), taskMark(plan, 102));
        // AND each differing title is in the conflict log, the older side set aside
        QCOMPARE(out.commit.conflicts.size(), 2);
        for (const SyncConflict &c : out.commit.conflicts) {
            QCOMPARE(c.field, QStringLiteral("title"));
            if (c.taskId == 101) {
                QCOMPARE(c.otherValue, QStringLiteral("Task 1"));
                QVERIFY(c.otherSide == SyncConflict::Side::Here);
            } else {
                QCOMPARE(c.taskId, qint64(102));
                QCOMPARE(c.otherValue, QStringLiteral("Task 2 (phone)"));
                QVERIFY(c.otherSide == SyncConflict::Side::Server);
            }
        }
    }
};

HELIOS_TEST_MAIN(TestSyncStep)
#include "tst_sync_step.moc"

#include "tests/unit/contract/storage_contract.h"

#include "core/domain/plan_limits.h"
#include "core/jobs/plan_snapshot.h"
#include "tests/support/coro_test.h"

#include <QSet>
#include <QTest>

#include <algorithm>

namespace helios::test {

namespace {

const QDate kToday(2026, 12, 1);
const QDateTime kT0(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

template <typename T> QString why(const Result<T> &result)
{
    return result ? QString() : result.error().message;
}

// Four tasks from 2026-11-27 with a chain of dependencies, notes, milestones and a known
// actual time: every field a plan and its tasks have.
Plan samplePlan(const QString &goal = QStringLiteral("学习Python编程"))
{
    Plan plan;
    plan.goal = goal;
    plan.language = QStringLiteral("zh");
    plan.kind = QStringLiteral("learning");
    plan.subject = QStringLiteral("Python");
    plan.startDate = QDate(2026, 11, 27);
    plan.deadline = QDate(2027, 2, 1);
    plan.hoursPerWeek = 6;
    plan.atRisk = true;
    plan.hoursShort = 2.5;
    for (int i = 0; i < 4; ++i) {
        Task t;
        t.title = QStringLiteral("任务 %1 — \"quoted\" 'x'; DROP TABLE tasks;").arg(i);
        t.notes = QStringLiteral("notes %1 🙂").arg(i);
        t.status = i == 1 ? TaskStatus::InProgress : TaskStatus::Todo;
        t.estimateHours = 1.5 + i;
        t.startDate = QDate(2026, 11, 27).addDays(i);
        t.dueDate = QDate(2026, 11, 28).addDays(i);
        t.actualHours = i == 1 ? 0.75 : -1.0;
        t.milestone = i < 2 ? QStringLiteral("基础") : QStringLiteral("项目");
        t.order = i;
        if (i > 0)
            t.dependsOn = {i - 1};
        if (i == 3)
            t.dependsOn = {0, 2};
        plan.tasks.append(t);
    }
    return plan;
}

Plan createdAt(Plan plan, const QDateTime &when)
{
    plan.createdAt = when;
    return plan;
}

// Records a walk: "begin", "plan <goal>", "task <title> <order> [ids]", "version <n>", "end",
// "finish".
class RecordingVisitor final : public PlanVisitor
{
public:
    bool begin() override
    {
        events << QStringLiteral("begin");
        return true;
    }
    bool beginPlan(const Plan &plan) override
    {
        events << QStringLiteral("plan %1").arg(plan.goal);
        plans << plan;
        return true;
    }
    bool visitTask(const Task &task, const QList<qint64> &dependencyIds) override
    {
        QStringList ids;
        for (const qint64 id : dependencyIds)
            ids << QString::number(id);
        events << QStringLiteral("task %1 %2 [%3]")
                      .arg(task.title)
                      .arg(task.order)
                      .arg(ids.join(QLatin1Char(',')));
        tasks << task;
        return stopAfterTasks < 0 || tasks.size() < stopAfterTasks;
    }
    bool wantsVersions() const override { return versions; }
    bool visitVersion(const PlanVersion &version) override
    {
        events << QStringLiteral("version %1 %2").arg(version.version).arg(version.reason);
        snapshots << version.snapshot;
        return true;
    }
    bool endPlan(const Plan &) override
    {
        events << QStringLiteral("end");
        return true;
    }
    bool finish() override
    {
        events << QStringLiteral("finish");
        return true;
    }

    bool versions = false;
    int stopAfterTasks = -1;
    QStringList events;
    QList<Plan> plans;
    QList<Task> tasks;
    QStringList snapshots;
};

QString snapshotOf(const Plan &plan)
{
    return planSnapshot(plan);
}

LlmCallRecord call(const QDateTime &at, const char *status, double latencyMs, bool cached = false,
                   qint64 tokensIn = 10, qint64 tokensOut = 5)
{
    LlmCallRecord r;
    r.calledAt = at;
    r.provider = QStringLiteral("openai");
    r.model = QStringLiteral("llama3");
    r.status = QString::fromLatin1(status);
    r.latencyMs = latencyMs;
    r.ttftMs = cached ? -1 : latencyMs / 4;
    r.tokensIn = tokensIn;
    r.tokensOut = tokensOut;
    r.cached = cached;
    return r;
}

} // namespace

StorageContract::StorageContract(MakeStorageBackend makeBackend)
    : m_makeBackend(std::move(makeBackend))
{}

StorageContract::~StorageContract() = default;

void StorageContract::init()
{
    m_backend = m_makeBackend();
    QVERIFY(m_backend);
}

void StorageContract::cleanup()
{
    m_backend.reset();
}

// ---- Plans and tasks ------------------------------------------------------------------------

void StorageContract::shouldReadBackASavedPlanWithEveryField()
{
    // GIVEN a plan with every field set, dependencies included
    const Plan expected = samplePlan();

    // WHEN it is saved and read back
    HELIOS_AWAIT(saved, s().planWrites().savePlan(expected));
    QVERIFY2(saved.ok(), qPrintable(why(saved)));
    HELIOS_AWAIT(loaded, s().planQueries().plan(saved->id));
    QVERIFY2(loaded.ok(), qPrintable(why(loaded)));

    // THEN the save filled in the ids, the user, the creation time and the positions
    QVERIFY(saved->id > 0);
    QVERIFY(saved->userId > 0);
    QVERIFY(saved->createdAt.isValid());
    QSet<qint64> ids;
    for (int i = 0; i < saved->tasks.size(); ++i) {
        QVERIFY(saved->tasks[i].id > 0);
        QCOMPARE(saved->tasks[i].planId, saved->id);
        QCOMPARE(saved->tasks[i].userId, saved->userId);
        QCOMPARE(saved->tasks[i].order, i);
        ids.insert(saved->tasks[i].id);
    }
    QCOMPARE(ids.size(), expected.tasks.size());
    // AND the plan read back is the plan saved, field for field
    QCOMPARE(loaded->id, saved->id);
    QCOMPARE(loaded->userId, saved->userId);
    QCOMPARE(loaded->goal, expected.goal);
    QCOMPARE(loaded->language, expected.language);
    QCOMPARE(loaded->kind, expected.kind);
    QCOMPARE(loaded->subject, expected.subject);
    QCOMPARE(loaded->createdAt, saved->createdAt);
    QCOMPARE(loaded->startDate, expected.startDate);
    QCOMPARE(loaded->deadline, expected.deadline);
    QCOMPARE(loaded->hoursPerWeek, expected.hoursPerWeek);
    QCOMPARE(loaded->atRisk, true);
    QCOMPARE(loaded->hoursShort, 2.5);
    QCOMPARE(loaded->isTemplate, false);
    QCOMPARE(loaded->tasks.size(), expected.tasks.size());
    for (int i = 0; i < expected.tasks.size(); ++i) {
        const Task &got = loaded->tasks[i];
        const Task &want = expected.tasks[i];
        QCOMPARE(got.title, want.title);
        QCOMPARE(got.notes, want.notes);
        QVERIFY(got.status == want.status);
        QCOMPARE(got.estimateHours, want.estimateHours);
        QCOMPARE(got.startDate, want.startDate);
        QCOMPARE(got.dueDate, want.dueDate);
        QCOMPARE(got.actualHours, want.actualHours);
        QCOMPARE(got.milestone, want.milestone);
        QCOMPARE(got.dependsOn, want.dependsOn);
        QCOMPARE(got.order, i);
    }
    QVERIFY(loaded->tasks == saved->tasks);
}

void StorageContract::shouldKeepOnlyDependenciesWithinThePlan()
{
    // GIVEN tasks that depend on themselves, on positions outside the plan, twice on the same
    // task, and out of order
    Plan plan = samplePlan();
    plan.tasks[0].dependsOn = {0, 7, -1};
    plan.tasks[1].dependsOn = {0, 0};
    plan.tasks[2].dependsOn = {1, 0};
    plan.tasks[3].dependsOn = {};

    // WHEN the plan is saved and read back
    HELIOS_AWAIT(saved, s().planWrites().savePlan(plan));
    QVERIFY2(saved.ok(), qPrintable(why(saved)));
    HELIOS_AWAIT(loaded, s().planQueries().plan(saved->id));
    QVERIFY(loaded.ok());

    // THEN only the dependencies on other tasks of the plan remain, each once, in order
    QCOMPARE(loaded->tasks[0].dependsOn, QList<int>{});
    QCOMPARE(loaded->tasks[1].dependsOn, QList<int>{0});
    QCOMPARE(loaded->tasks[2].dependsOn, (QList<int>{0, 1}));
    QCOMPARE(loaded->tasks[3].dependsOn, QList<int>{});
}

void StorageContract::shouldListPlansNewestFirstWithTheirFigures()
{
    // GIVEN three plans, two made at the same moment, and a template
    HELIOS_AWAIT(a, s().planWrites().savePlan(createdAt(samplePlan(QStringLiteral("A")), kT0)));
    HELIOS_AWAIT(
        b, s().planWrites().savePlan(createdAt(samplePlan(QStringLiteral("B")), kT0.addSecs(60))));
    HELIOS_AWAIT(
        c, s().planWrites().savePlan(createdAt(samplePlan(QStringLiteral("C")), kT0.addSecs(60))));
    HELIOS_AWAIT(
        t, s().planWrites().savePlan(createdAt(samplePlan(QStringLiteral("T")), kT0.addSecs(120))));
    QVERIFY(a.ok() && b.ok() && c.ok() && t.ok());
    HELIOS_AWAIT(offered, s().planWrites().setTemplate(t->id, true));
    QVERIFY(offered.ok());
    // AND the first task of A done
    HELIOS_AWAIT(done, s().taskWrites().setTaskStatus(a->tasks[0].id, TaskStatus::Done));
    QVERIFY(done.ok());

    // WHEN the plans are listed
    HELIOS_AWAIT(plans, s().planQueries().plans());
    QVERIFY2(plans.ok(), qPrintable(why(plans)));

    // THEN they come newest first (the later saved first at the same moment), without the
    // template
    QCOMPARE(plans->size(), 3);
    QCOMPARE(plans->at(0).id, c->id);
    QCOMPARE(plans->at(1).id, b->id);
    QCOMPARE(plans->at(2).id, a->id);
    // AND each with its figures
    const PlanSummary &summary = plans->at(2);
    QCOMPARE(summary.goal, QStringLiteral("A"));
    QCOMPARE(summary.createdAt, kT0);
    QCOMPARE(summary.deadline, QDate(2027, 2, 1));
    QCOMPARE(summary.atRisk, true);
    QCOMPARE(summary.hoursShort, 2.5);
    QCOMPARE(summary.taskCount, 4);
    QCOMPARE(summary.doneCount, 1);
    QCOMPARE(summary.totalHours, 1.5 + 2.5 + 3.5 + 4.5);
    QCOMPARE(summary.doneHours, 1.5);
    QCOMPARE(plans->at(0).doneCount, 0);
}

void StorageContract::shouldSaveNothingWhenATaskHasNoTitle()
{
    // GIVEN a plan whose last task has no title at all
    Plan broken = samplePlan();
    broken.tasks.last().title = QString();

    // WHEN it is saved alone, and together with a good plan
    HELIOS_AWAIT(alone, s().planWrites().savePlan(broken));
    HELIOS_AWAIT(together, s().planWrites().savePlans({samplePlan(), broken}, {}));

    // THEN both saves fail as storage errors, and nothing of either is left behind
    QVERIFY(!alone.ok());
    QCOMPARE(alone.error().kind, Error::Kind::Storage);
    QVERIFY(!together.ok());
    QCOMPARE(together.error().kind, Error::Kind::Storage);
    HELIOS_AWAIT(plans, s().planQueries().plans());
    QVERIFY(plans.ok());
    QCOMPARE(plans->size(), 0);
    HELIOS_AWAIT(stats, s().planQueries().statistics(kToday));
    QCOMPARE(stats->total, 0);
    // AND the storage still works
    HELIOS_AWAIT(good, s().planWrites().savePlan(samplePlan()));
    QVERIFY2(good.ok(), qPrintable(why(good)));
}

void StorageContract::shouldSaveSeveralPlansWithTheirVersionsAtOnce()
{
    // GIVEN two plans, the first with two versions of its own (an imported history)
    QList<std::pair<qsizetype, Plan>> seen;
    auto versionsOf = [&seen](qsizetype index, const Plan &saved) -> Result<QList<PlanVersion>> {
        seen.append({index, saved});
        if (index != 0)
            return QList<PlanVersion>();
        return QList<PlanVersion>{
            {1, kT0, QStringLiteral("original"), QStringLiteral("first %1").arg(saved.id)},
            {2, kT0.addDays(3), QStringLiteral("replan"), QStringLiteral("second")}};
    };

    // WHEN they are saved together
    HELIOS_AWAIT(saved, s().planWrites().savePlans(
                            {samplePlan(QStringLiteral("one")), samplePlan(QStringLiteral("two"))},
                            versionsOf));
    QVERIFY2(saved.ok(), qPrintable(why(saved)));

    // THEN both are saved, and the versions were asked for with each plan as saved
    QCOMPARE(saved->size(), 2);
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen[0].first, 0);
    QCOMPARE(seen[0].second.id, saved->at(0).id);
    QCOMPARE(seen[1].first, 1);
    QCOMPARE(seen[1].second.id, saved->at(1).id);
    QVERIFY(seen[0].second.tasks.constFirst().id > 0);
    // AND the first plan has its versions, with their own numbers and times
    HELIOS_AWAIT(listed, s().versionQueries().versions(saved->at(0).id));
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(0).version, 1);
    QCOMPARE(listed->at(0).createdAt, kT0);
    QCOMPARE(listed->at(0).reason, QStringLiteral("original"));
    QVERIFY(listed->at(0).snapshot.isEmpty()); // lists come without snapshots
    QCOMPARE(listed->at(1).version, 2);
    QCOMPARE(listed->at(1).createdAt, kT0.addDays(3));
    HELIOS_AWAIT(first, s().versionQueries().version(saved->at(0).id, 1));
    QVERIFY(first.ok() && first->has_value());
    QCOMPARE((*first)->snapshot, QStringLiteral("first %1").arg(saved->at(0).id));
    // AND the second has none
    HELIOS_AWAIT(none, s().versionQueries().versions(saved->at(1).id));
    QVERIFY(none.ok());
    QCOMPARE(none->size(), 0);
}

void StorageContract::shouldSaveNoPlanWhenItsVersionsCannotBeSaved()
{
    // GIVEN versions that fail to be made, and versions with the same number twice
    auto failing = [](qsizetype, const Plan &) -> Result<QList<PlanVersion>> {
        return Error::storage(QStringLiteral("Saving a version of the plan failed."));
    };
    auto twice = [](qsizetype, const Plan &) -> Result<QList<PlanVersion>> {
        return QList<PlanVersion>{{1, kT0, QStringLiteral("a"), QStringLiteral("{}")},
                                  {1, kT0, QStringLiteral("b"), QStringLiteral("{}")}};
    };

    // WHEN plans are saved with them
    HELIOS_AWAIT(failed, s().planWrites().savePlans({samplePlan(), samplePlan()}, failing));
    HELIOS_AWAIT(duplicate, s().planWrites().savePlans({samplePlan()}, twice));

    // THEN the error comes back and no plan is left behind
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().message, QStringLiteral("Saving a version of the plan failed."));
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().kind, Error::Kind::Storage);
    HELIOS_AWAIT(plans, s().planQueries().plans());
    QVERIFY(plans.ok());
    QCOMPARE(plans->size(), 0);
}

void StorageContract::shouldReportUnknownIdsAsNotFound()
{
    // GIVEN a storage with one plan
    HELIOS_AWAIT(saved, s().planWrites().savePlan(samplePlan()));
    QVERIFY(saved.ok());
    const qint64 unknown = saved->tasks.constLast().id + 4242;
    const QString number = QString::number(unknown);
    Plan missing = *saved;
    missing.id = unknown;
    RecordingVisitor visitor;
    Job noJob;
    noJob.id = unknown;
    noJob.kind = QStringLiteral("generate_plan");

    // WHEN ids that do not exist are read or changed
    HELIOS_AWAIT(plan, s().planQueries().plan(unknown));
    HELIOS_AWAIT(status, s().taskWrites().setTaskStatus(unknown, TaskStatus::Done));
    HELIOS_AWAIT(notes, s().taskWrites().setTaskNotes(unknown, QStringLiteral("n")));
    HELIOS_AWAIT(offered, s().planWrites().setTemplate(unknown, true));
    HELIOS_AWAIT(deleted, s().planWrites().deletePlan(unknown));
    HELIOS_AWAIT(walked, s().planQueries().visitPlans(unknown, visitor));
    HELIOS_AWAIT(applied,
                 s().versionWrites().applyVersion(missing, QStringLiteral("x"), snapshotOf));
    HELIOS_AWAIT(updated, s().jobWrites().updateJob(noJob));
    HELIOS_AWAIT(owner, s().planQueries().planIdOfTask(unknown));
    HELIOS_AWAIT(edited, s().versionWrites().applyEdit(missing, QStringLiteral("edit"), snapshotOf,
                                                       QDateTime::currentDateTimeUtc()));

    // THEN each is a NotFound error whose sentence names the id
    const QList<std::pair<const char *, Error>> errors{
        {"plan", plan.ok() ? Error{} : plan.error()},
        {"setTaskStatus", status.ok() ? Error{} : status.error()},
        {"setTaskNotes", notes.ok() ? Error{} : notes.error()},
        {"setTemplate", offered.ok() ? Error{} : offered.error()},
        {"deletePlan", deleted.ok() ? Error{} : deleted.error()},
        {"visitPlans", walked.ok() ? Error{} : walked.error()},
        {"applyVersion", applied.ok() ? Error{} : applied.error()},
        {"updateJob", updated.ok() ? Error{} : updated.error()},
        {"planIdOfTask", owner.ok() ? Error{} : owner.error()},
        {"applyEdit", edited.ok() ? Error{} : edited.error()},
    };
    for (const auto &[call, error] : errors) {
        QVERIFY2(error.kind == Error::Kind::NotFound, call);
        QVERIFY2(error.message.contains(number), qPrintable(error.message));
    }
    QVERIFY(visitor.events.isEmpty()); // the walk never began
    // AND reads that may find nothing say so without an error
    HELIOS_AWAIT(job, s().jobQueries().job(unknown));
    QVERIFY(job.ok() && !job->has_value());
    HELIOS_AWAIT(version, s().versionQueries().version(unknown, 1));
    QVERIFY(version.ok() && !version->has_value());
    HELIOS_AWAIT(versions, s().versionQueries().versions(unknown));
    QVERIFY(versions.ok() && versions->isEmpty());
    // AND nothing changed
    HELIOS_AWAIT(still, s().planQueries().plan(saved->id));
    QVERIFY(still.ok() && still->tasks == saved->tasks);
}

void StorageContract::shouldSeeEveryWriteInTheNextRead()
{
    // GIVEN a plan, and every cached read done once
    HELIOS_AWAIT(saved, s().planWrites().savePlan(samplePlan()));
    QVERIFY(saved.ok());
    const qint64 id = saved->id;
    const qint64 firstTask = saved->tasks[0].id;
    {
        HELIOS_AWAIT(plans, s().planQueries().plans());
        HELIOS_AWAIT(plan, s().planQueries().plan(id));
        HELIOS_AWAIT(templates, s().planQueries().templates(1, 10));
        HELIOS_AWAIT(stats, s().planQueries().statistics(kToday));
        QVERIFY(plans.ok() && plan.ok() && templates.ok() && stats.ok());
        QCOMPARE(stats->done, 0);
    }

    // WHEN a task is done THEN the list, the plan and the statistics show it
    HELIOS_AWAIT(done, s().taskWrites().setTaskStatus(firstTask, TaskStatus::Done));
    QVERIFY(done.ok());
    {
        HELIOS_AWAIT(plans, s().planQueries().plans());
        QCOMPARE(plans->at(0).doneCount, 1);
        HELIOS_AWAIT(plan, s().planQueries().plan(id));
        QVERIFY(plan->tasks[0].status == TaskStatus::Done);
        HELIOS_AWAIT(stats, s().planQueries().statistics(kToday));
        QCOMPARE(stats->done, 1);
    }
    // WHEN its notes change THEN the plan shows them
    HELIOS_AWAIT(noted, s().taskWrites().setTaskNotes(firstTask, QStringLiteral("changed")));
    QVERIFY(noted.ok());
    {
        HELIOS_AWAIT(plan, s().planQueries().plan(id));
        QCOMPARE(plan->tasks[0].notes, QStringLiteral("changed"));
    }
    // WHEN the plan becomes a template THEN it leaves the list for the templates, and back
    HELIOS_AWAIT(offered, s().planWrites().setTemplate(id, true));
    QVERIFY(offered.ok());
    {
        HELIOS_AWAIT(plans, s().planQueries().plans());
        QCOMPARE(plans->size(), 0);
        HELIOS_AWAIT(templates, s().planQueries().templates(1, 10));
        QCOMPARE(templates->total, 1);
        HELIOS_AWAIT(plan, s().planQueries().plan(id));
        QVERIFY(plan->isTemplate);
    }
    HELIOS_AWAIT(withdrawn, s().planWrites().setTemplate(id, false));
    QVERIFY(withdrawn.ok());
    {
        HELIOS_AWAIT(plans, s().planQueries().plans());
        QCOMPARE(plans->size(), 1);
        HELIOS_AWAIT(templates, s().planQueries().templates(1, 10));
        QCOMPARE(templates->total, 0);
    }
    // WHEN a new version drops a task THEN the list, the plan and the statistics count three
    Plan shorter = *saved;
    shorter.tasks.removeLast();
    HELIOS_AWAIT(applied,
                 s().versionWrites().applyVersion(shorter, QStringLiteral("revision"), snapshotOf));
    QVERIFY2(applied.ok(), qPrintable(why(applied)));
    {
        HELIOS_AWAIT(plans, s().planQueries().plans());
        QCOMPARE(plans->at(0).taskCount, 3);
        HELIOS_AWAIT(plan, s().planQueries().plan(id));
        QCOMPARE(plan->tasks.size(), 3);
        HELIOS_AWAIT(stats, s().planQueries().statistics(kToday));
        QCOMPARE(stats->total, 3);
    }
    // WHEN another plan is saved THEN the list and the statistics count it
    HELIOS_AWAIT(other, s().planWrites().savePlan(samplePlan(QStringLiteral("other"))));
    QVERIFY(other.ok());
    {
        HELIOS_AWAIT(plans, s().planQueries().plans());
        QCOMPARE(plans->size(), 2);
        HELIOS_AWAIT(stats, s().planQueries().statistics(kToday));
        QCOMPARE(stats->total, 7);
    }
    // WHEN the first plan is deleted THEN it is gone from every read
    HELIOS_AWAIT(deleted, s().planWrites().deletePlan(id));
    QVERIFY(deleted.ok());
    {
        HELIOS_AWAIT(plans, s().planQueries().plans());
        QCOMPARE(plans->size(), 1);
        QCOMPARE(plans->at(0).id, other->id);
        HELIOS_AWAIT(plan, s().planQueries().plan(id));
        QCOMPARE(plan.error().kind, Error::Kind::NotFound);
        HELIOS_AWAIT(stats, s().planQueries().statistics(kToday));
        QCOMPARE(stats->total, 4);
    }
}

void StorageContract::shouldPageTemplatesNewestFirst()
{
    // GIVEN five templates made a minute apart
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i) {
        HELIOS_AWAIT(saved, s().planWrites().savePlan(createdAt(
                                samplePlan(QStringLiteral("T%1").arg(i)), kT0.addSecs(60 * i))));
        QVERIFY(saved.ok());
        HELIOS_AWAIT(offered, s().planWrites().setTemplate(saved->id, true));
        QVERIFY(offered.ok());
        ids.prepend(saved->id); // newest first
    }

    // WHEN they are read in pages of two THEN pages hold them newest first, and all are counted
    HELIOS_AWAIT(first, s().planQueries().templates(1, 2));
    QVERIFY(first.ok());
    QCOMPARE(first->page, 1);
    QCOMPARE(first->limit, 2);
    QCOMPARE(first->total, 5);
    QCOMPARE(first->items.size(), 2);
    QCOMPARE(first->items[0].id, ids[0]);
    QCOMPARE(first->items[1].id, ids[1]);
    QCOMPARE(first->items[0].taskCount, 4);
    HELIOS_AWAIT(last, s().planQueries().templates(3, 2));
    QCOMPARE(last->items.size(), 1);
    QCOMPARE(last->items[0].id, ids[4]);
    HELIOS_AWAIT(beyond, s().planQueries().templates(4, 2));
    QCOMPARE(beyond->items.size(), 0);
    QCOMPARE(beyond->total, 5);
    // AND pages and limits out of range are brought within it
    HELIOS_AWAIT(low, s().planQueries().templates(0, 0));
    QCOMPARE(low->page, 1);
    QCOMPARE(low->limit, 1);
    QCOMPARE(low->items.size(), 1);
    HELIOS_AWAIT(high, s().planQueries().templates(1, 100000));
    QCOMPARE(high->limit, 500);
    QCOMPARE(high->items.size(), 5);
}

void StorageContract::shouldCountStatisticsOverEveryTask()
{
    // GIVEN tasks in every state, some due before today, one in a template
    Plan plan = samplePlan();
    plan.tasks.append(plan.tasks.constLast());
    const TaskStatus statuses[] = {TaskStatus::Todo, TaskStatus::InProgress, TaskStatus::Done,
                                   TaskStatus::Skipped, TaskStatus::Todo};
    for (int i = 0; i < plan.tasks.size(); ++i) {
        plan.tasks[i].status = statuses[i];
        plan.tasks[i].estimateHours = i + 1;
        plan.tasks[i].dueDate = i == 4 ? kToday.addDays(1) : kToday.addDays(-1);
    }
    HELIOS_AWAIT(saved, s().planWrites().savePlan(plan));
    QVERIFY2(saved.ok(), qPrintable(why(saved)));
    Plan offered = samplePlan(QStringLiteral("template"));
    offered.tasks = {offered.tasks[0]};
    offered.tasks[0].dependsOn.clear();
    offered.tasks[0].estimateHours = 10;
    offered.tasks[0].dueDate = kToday.addDays(-3);
    HELIOS_AWAIT(saved2, s().planWrites().savePlan(offered));
    QVERIFY(saved2.ok());
    HELIOS_AWAIT(made, s().planWrites().setTemplate(saved2->id, true));
    QVERIFY(made.ok());

    // WHEN the statistics are read
    HELIOS_AWAIT(stats, s().planQueries().statistics(kToday));
    QVERIFY2(stats.ok(), qPrintable(why(stats)));

    // THEN every task counts once by its state; overdue are the unfinished due before today
    QCOMPARE(stats->total, 6);
    QCOMPARE(stats->todo, 3);
    QCOMPARE(stats->inProgress, 1);
    QCOMPARE(stats->done, 1);
    QCOMPARE(stats->skipped, 1);
    QCOMPARE(stats->overdue, 3);
    QCOMPARE(stats->totalHours, 1.0 + 2 + 3 + 4 + 5 + 10);
    QCOMPARE(stats->finishedHours, 3.0 + 4);
}

void StorageContract::shouldWalkPlansTaskByTaskForExports()
{
    // GIVEN two plans (the first with a saved version) and a template
    HELIOS_AWAIT(a, s().planWrites().savePlan(samplePlan(QStringLiteral("A"))));
    HELIOS_AWAIT(b, s().planWrites().savePlan(samplePlan(QStringLiteral("B"))));
    HELIOS_AWAIT(t, s().planWrites().savePlan(samplePlan(QStringLiteral("T"))));
    QVERIFY(a.ok() && b.ok() && t.ok());
    HELIOS_AWAIT(offered, s().planWrites().setTemplate(t->id, true));
    Plan replanned = *a;
    replanned.deadline = replanned.deadline.addDays(7);
    HELIOS_AWAIT(applied,
                 s().versionWrites().applyVersion(replanned, QStringLiteral("replan"), snapshotOf));
    QVERIFY2(applied.ok(), qPrintable(why(applied)));

    // WHEN every plan is walked
    RecordingVisitor all;
    HELIOS_AWAIT(walked, s().planQueries().visitPlans(std::nullopt, all));
    QVERIFY2(walked.ok(), qPrintable(why(walked)));

    // THEN the plans come in the order they were saved, without the template, each task in
    // order with the ids of its prerequisites, and no versions unless asked for
    const auto deps = [](const Plan &p, int i) {
        QStringList ids;
        for (const int position : p.tasks[i].dependsOn)
            ids << QString::number(p.tasks[position].id);
        std::sort(ids.begin(), ids.end(), [](const QString &x, const QString &y) {
            return x.toLongLong() < y.toLongLong();
        });
        return ids.join(QLatin1Char(','));
    };
    QStringList expected{QStringLiteral("begin")};
    for (const Plan *p : {&*a, &*b}) {
        expected << QStringLiteral("plan %1").arg(p->goal);
        for (int i = 0; i < p->tasks.size(); ++i)
            expected
                << QStringLiteral("task %1 %2 [%3]").arg(p->tasks[i].title).arg(i).arg(deps(*p, i));
        expected << QStringLiteral("end");
    }
    expected << QStringLiteral("finish");
    QCOMPARE(all.events, expected);
    QCOMPARE(all.plans[0].id, a->id);
    QVERIFY(all.plans[0].tasks.isEmpty());
    QCOMPARE(all.plans[0].deadline, replanned.deadline);
    QVERIFY(all.tasks[3].dependsOn.isEmpty()); // prerequisites come as ids only
    QCOMPARE(all.tasks[3].notes, a->tasks[3].notes);
    QCOMPARE(all.tasks[1].actualHours, 0.75);

    // WHEN one plan is walked with its versions THEN they come after its tasks, oldest first,
    // snapshots included; a template can be walked on its own
    RecordingVisitor one;
    one.versions = true;
    HELIOS_AWAIT(walkedOne, s().planQueries().visitPlans(a->id, one));
    QVERIFY(walkedOne.ok());
    QCOMPARE(one.events.mid(one.events.size() - 4),
             (QStringList{QStringLiteral("version 1 original"), QStringLiteral("version 2 replan"),
                          QStringLiteral("end"), QStringLiteral("finish")}));
    QCOMPARE(one.snapshots.size(), 2);
    QCOMPARE(one.snapshots[1], snapshotOf(applied->plan));
    RecordingVisitor onTemplate;
    HELIOS_AWAIT(walkedTemplate, s().planQueries().visitPlans(t->id, onTemplate));
    QVERIFY(walkedTemplate.ok());
    QCOMPARE(onTemplate.plans.size(), 1);
    QVERIFY(onTemplate.plans[0].isTemplate);

    // WHEN a visitor stops early THEN the walk ends without an error and without finish()
    RecordingVisitor stopping;
    stopping.stopAfterTasks = 2;
    HELIOS_AWAIT(stopped, s().planQueries().visitPlans(std::nullopt, stopping));
    QVERIFY(stopped.ok());
    QCOMPARE(stopping.tasks.size(), 2);
    QVERIFY(!stopping.events.contains(QStringLiteral("finish")));
}

void StorageContract::shouldReadEveryPlanWithItsTasksInSavedOrder()
{
    // GIVEN two plans and a template
    HELIOS_AWAIT(
        a, s().planWrites().savePlan(createdAt(samplePlan(QStringLiteral("A")), kT0.addDays(1))));
    HELIOS_AWAIT(b, s().planWrites().savePlan(createdAt(samplePlan(QStringLiteral("B")), kT0)));
    HELIOS_AWAIT(t, s().planWrites().savePlan(samplePlan(QStringLiteral("T"))));
    QVERIFY(a.ok() && b.ok() && t.ok());
    HELIOS_AWAIT(offered, s().planWrites().setTemplate(t->id, true));

    // WHEN all are read with their tasks
    HELIOS_AWAIT(all, s().planQueries().plansWithTasks());
    QVERIFY2(all.ok(), qPrintable(why(all)));

    // THEN the plans come in the order they were saved, complete, without the template
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).id, a->id);
    QCOMPARE(all->at(1).id, b->id);
    HELIOS_AWAIT(one, s().planQueries().plan(b->id));
    QVERIFY(all->at(1).tasks == one->tasks);
    QCOMPARE(all->at(1).createdAt, kT0);
}

void StorageContract::shouldDeleteAPlanWithItsVersionsAndKeepItsJob()
{
    // GIVEN a plan with a version and the job that made it, and another plan
    HELIOS_AWAIT(doomed, s().planWrites().savePlan(samplePlan(QStringLiteral("doomed"))));
    HELIOS_AWAIT(kept, s().planWrites().savePlan(samplePlan(QStringLiteral("kept"))));
    QVERIFY(doomed.ok() && kept.ok());
    HELIOS_AWAIT(applied,
                 s().versionWrites().applyVersion(*doomed, QStringLiteral("replan"), snapshotOf));
    QVERIFY(applied.ok());
    Job made;
    made.kind = QStringLiteral("generate_plan");
    made.status = JobStatus::Completed;
    made.planId = doomed->id;
    HELIOS_AWAIT(job, s().jobWrites().insertJob(made));
    QVERIFY2(job.ok(), qPrintable(why(job)));

    // WHEN the plan is deleted
    HELIOS_AWAIT(deleted, s().planWrites().deletePlan(doomed->id));
    QVERIFY2(deleted.ok(), qPrintable(why(deleted)));

    // THEN it, its tasks and its versions are gone; the job stays, without the plan
    HELIOS_AWAIT(plan, s().planQueries().plan(doomed->id));
    QCOMPARE(plan.error().kind, Error::Kind::NotFound);
    HELIOS_AWAIT(task, s().taskWrites().setTaskStatus(doomed->tasks[0].id, TaskStatus::Done));
    QCOMPARE(task.error().kind, Error::Kind::NotFound);
    HELIOS_AWAIT(versions, s().versionQueries().versions(doomed->id));
    QVERIFY(versions.ok() && versions->isEmpty());
    HELIOS_AWAIT(left, s().jobQueries().job(job->id));
    QVERIFY(left.ok() && left->has_value());
    QCOMPARE((*left)->planId, 0);
    QVERIFY((*left)->status == JobStatus::Completed);
    // AND the other plan is untouched
    HELIOS_AWAIT(other, s().planQueries().plan(kept->id));
    QVERIFY(other.ok() && other->tasks == kept->tasks);
    // AND deleting it again finds nothing
    HELIOS_AWAIT(again, s().planWrites().deletePlan(doomed->id));
    QCOMPARE(again.error().kind, Error::Kind::NotFound);
}

void StorageContract::shouldChangeATasksStatusAndNotes()
{
    // GIVEN a plan
    HELIOS_AWAIT(saved, s().planWrites().savePlan(samplePlan()));
    QVERIFY(saved.ok());
    const Task &third = saved->tasks[2];

    // WHEN a task's status and notes change
    HELIOS_AWAIT(started, s().taskWrites().setTaskStatus(third.id, TaskStatus::InProgress));
    HELIOS_AWAIT(noted, s().taskWrites().setTaskNotes(third.id, QStringLiteral("含 \"引号\"\n2")));

    // THEN each returns the task as stored, its dependencies as positions
    QVERIFY2(started.ok(), qPrintable(why(started)));
    QCOMPARE(started->id, third.id);
    QVERIFY(started->status == TaskStatus::InProgress);
    QCOMPARE(started->dependsOn, QList<int>{1});
    QCOMPARE(started->order, 2);
    QCOMPARE(started->planId, saved->id);
    QVERIFY(noted.ok());
    QCOMPARE(noted->notes, QStringLiteral("含 \"引号\"\n2"));
    QVERIFY(noted->status == TaskStatus::InProgress);
    // AND the plan read shows both, the other tasks unchanged
    HELIOS_AWAIT(plan, s().planQueries().plan(saved->id));
    QVERIFY(*started != third);
    QCOMPARE(plan->tasks[2], *noted);
    QCOMPARE(plan->tasks[3], saved->tasks[3]);
    // AND no notes are empty notes
    HELIOS_AWAIT(cleared, s().taskWrites().setTaskNotes(third.id, QString()));
    QVERIFY(cleared.ok());
    QVERIFY(cleared->notes.isEmpty());
    // AND a task names its plan
    HELIOS_AWAIT(ownerOfTask, s().planQueries().planIdOfTask(saved->tasks[2].id));
    QVERIFY2(ownerOfTask.ok(), qPrintable(why(ownerOfTask)));
    QCOMPARE(*ownerOfTask, saved->id);
}

void StorageContract::shouldRecordEveryChangeInTheFeed()
{
    // GIVEN an empty storage: no change yet
    HELIOS_AWAIT(none, s().changes().lastChange());
    QVERIFY2(none.ok(), qPrintable(why(none)));
    QCOMPARE(*none, qint64(0));

    // WHEN a plan is saved, a task's status and notes change, the same status is set again, a
    // job runs and completes with the plan, and the plan becomes a template
    HELIOS_AWAIT(saved, s().planWrites().savePlan(samplePlan()));
    QVERIFY(saved.ok());
    const qint64 planId = saved->id;
    const qint64 taskId = saved->tasks[1].id;
    HELIOS_AWAIT(done, s().taskWrites().setTaskStatus(taskId, TaskStatus::Done));
    HELIOS_AWAIT(again, s().taskWrites().setTaskStatus(taskId, TaskStatus::Done));
    HELIOS_AWAIT(noted, s().taskWrites().setTaskNotes(taskId, QStringLiteral("notes")));
    QVERIFY(done.ok() && again.ok() && noted.ok());
    Job job;
    job.kind = QStringLiteral("generate_plan");
    HELIOS_AWAIT(inserted, s().jobWrites().insertJob(job));
    QVERIFY(inserted.ok());
    Job completed = *inserted;
    completed.status = JobStatus::Completed;
    completed.planId = planId;
    HELIOS_AWAIT(updated, s().jobWrites().updateJob(completed));
    QVERIFY(updated.ok());
    HELIOS_AWAIT(templated, s().planWrites().setTemplate(planId, true));
    QVERIFY(templated.ok());

    // THEN the feed lists each change once, oldest first, numbered upwards (a status set to what
    // it was, and a job's insertion, are no change)
    HELIOS_AWAIT(changes, s().changes().changesSince(0, 100));
    QVERIFY2(changes.ok(), qPrintable(why(changes)));
    const QList<Change> expected{
        {0, Change::Kind::Plan, planId, planId, QStringLiteral("created")},
        {0, Change::Kind::Task, taskId, planId, QStringLiteral("done")},
        {0, Change::Kind::Task, taskId, planId, QStringLiteral("done")},
        {0, Change::Kind::Job, inserted->id, planId, QStringLiteral("completed")},
        {0, Change::Kind::Plan, planId, planId, QStringLiteral("updated")},
    };
    QCOMPARE(changes->size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        Change change = changes->at(i);
        if (i > 0)
            QVERIFY(change.sequence > changes->at(i - 1).sequence);
        change.sequence = 0;
        QVERIFY2(change == expected.at(i), qPrintable(QStringLiteral("change %1").arg(i)));
    }
    // AND the last change is the newest's number, and reading after it, or with a small limit,
    // gives what follows it
    HELIOS_AWAIT(last, s().changes().lastChange());
    QCOMPARE(*last, changes->last().sequence);
    HELIOS_AWAIT(after, s().changes().changesSince(changes->at(2).sequence, 1));
    QCOMPARE(after->size(), 1);
    QCOMPARE(after->first().sequence, changes->at(3).sequence);
    HELIOS_AWAIT(nothing, s().changes().changesSince(*last, 10));
    QVERIFY(nothing->isEmpty());
}

void StorageContract::shouldListOpenTasksStartingByADateAcrossPlans()
{
    // GIVEN two plans whose tasks start on days around 2026-12-01 (one done, one skipped, one
    // without dates), and a template with a task under way
    auto dated = [](const QString &title, QDate start, QDate due, TaskStatus status) {
        Task t;
        t.title = title;
        t.startDate = start;
        t.dueDate = due;
        t.status = status;
        t.estimateHours = 2;
        return t;
    };
    const QDate d(2026, 12, 1);
    Plan first = samplePlan(QStringLiteral("first"));
    first.hoursPerWeek = 7;
    first.tasks = {dated(QStringLiteral("late"), d.addDays(-5), d.addDays(-3), TaskStatus::Todo),
                   dated(QStringLiteral("done"), d.addDays(-2), d, TaskStatus::Done),
                   dated(QStringLiteral("today"), d, d.addDays(1), TaskStatus::InProgress),
                   dated(QStringLiteral("next week"), d.addDays(7), d.addDays(8), TaskStatus::Todo),
                   dated(QStringLiteral("undated"), QDate(), QDate(), TaskStatus::Todo)};
    first.tasks[2].dependsOn = {0};
    Plan second = samplePlan(QStringLiteral("second"));
    second.tasks = {
        dated(QStringLiteral("skipped"), d.addDays(-9), d.addDays(-8), TaskStatus::Skipped),
        dated(QStringLiteral("tomorrow"), d.addDays(1), d.addDays(1), TaskStatus::Todo),
        dated(QStringLiteral("also late"), d.addDays(-3), d.addDays(-3), TaskStatus::Todo)};
    Plan model = samplePlan(QStringLiteral("template"));
    model.tasks = {dated(QStringLiteral("template task"), d, d, TaskStatus::InProgress)};
    HELIOS_AWAIT(a, s().planWrites().savePlan(first));
    HELIOS_AWAIT(b, s().planWrites().savePlan(second));
    HELIOS_AWAIT(t, s().planWrites().savePlan(model));
    QVERIFY(a.ok() && b.ok() && t.ok());
    HELIOS_AWAIT(offered, s().planWrites().setTemplate(t->id, true));
    QVERIFY(offered.ok());

    // WHEN the open tasks starting by the day after are read
    HELIOS_AWAIT(open, s().taskQueries().openTasksStartingBy(d.addDays(1)));

    // THEN they are the open ones of both plans that start by then, by due date, then plan
    QVERIFY2(open.ok(), qPrintable(why(open)));
    QStringList titles;
    for (const PlannedTask &p : *open)
        titles << p.task.title;
    QCOMPARE(titles, (QStringList{QStringLiteral("late"), QStringLiteral("also late"),
                                  QStringLiteral("today"), QStringLiteral("tomorrow")}));
    // AND each carries its ids, dates and status, its plan's goal and weekly hours, no
    // dependencies
    const PlannedTask &today = open->at(2);
    QCOMPARE(today.task.id, a->tasks[2].id);
    QCOMPARE(today.task.planId, a->id);
    QCOMPARE(today.task.order, 2);
    QVERIFY(today.task.status == TaskStatus::InProgress);
    QCOMPARE(today.task.startDate, d);
    QCOMPARE(today.task.dueDate, d.addDays(1));
    QCOMPARE(today.task.estimateHours, 2.0);
    QVERIFY(today.task.dependsOn.isEmpty());
    QCOMPARE(today.planGoal, QStringLiteral("first"));
    QCOMPARE(today.planHoursPerWeek, 7.0);
    QCOMPARE(open->at(1).planGoal, QStringLiteral("second"));

    // AND a task marked done leaves the list at the next read
    HELIOS_AWAIT(marked, s().taskWrites().setTaskStatus(a->tasks[0].id, TaskStatus::Done));
    QVERIFY(marked.ok());
    HELIOS_AWAIT(after, s().taskQueries().openTasksStartingBy(d.addDays(1)));
    QVERIFY(after.ok());
    QCOMPARE(after->size(), 3);
    QCOMPARE(after->first().task.title, QStringLiteral("also late"));
    // AND an earlier date lists only what started by then; a null one lists nothing
    HELIOS_AWAIT(early, s().taskQueries().openTasksStartingBy(d.addDays(-4)));
    QVERIFY(early.ok());
    QVERIFY(early->isEmpty());
    HELIOS_AWAIT(none, s().taskQueries().openTasksStartingBy(QDate()));
    QVERIFY(none.ok());
    QVERIFY(none->isEmpty());
}

void StorageContract::shouldReadOneTaskById()
{
    // GIVEN a plan whose tasks depend on each other
    HELIOS_AWAIT(saved, s().planWrites().savePlan(samplePlan()));
    QVERIFY(saved.ok());

    // WHEN one task is read by its id
    HELIOS_AWAIT(last, s().taskQueries().task(saved->tasks[3].id));

    // THEN it is the task as its plan reads, dependencies as positions
    QVERIFY2(last.ok(), qPrintable(why(last)));
    QCOMPARE(*last, saved->tasks[3]);
    QCOMPARE(last->dependsOn, (QList<int>{0, 2}));
    // AND an id no task has is NotFound, with a sentence naming it
    HELIOS_AWAIT(missing, s().taskQueries().task(987654));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().kind == Error::Kind::NotFound);
    QVERIFY2(missing.error().message.contains(QStringLiteral("987654")),
             qPrintable(missing.error().message));
}

// ---- Versions -------------------------------------------------------------------------------

void StorageContract::shouldKeepTheOriginalBeforeTheFirstVersion()
{
    // GIVEN a plan made at T0, and a new state of it: a later deadline, fewer hours, a task
    // moved, a goal the versions may not change
    HELIOS_AWAIT(saved, s().planWrites().savePlan(createdAt(samplePlan(), kT0)));
    QVERIFY(saved.ok());
    HELIOS_AWAIT(before, s().planQueries().plan(saved->id));
    Plan next = *saved;
    next.goal = QStringLiteral("not a goal a version changes");
    next.deadline = next.deadline.addDays(14);
    next.hoursPerWeek = 4;
    next.atRisk = false;
    next.hoursShort = 0;
    next.tasks[3].dueDate = next.tasks[3].dueDate.addDays(5);

    // WHEN it is applied as a version
    HELIOS_AWAIT(applied,
                 s().versionWrites().applyVersion(next, QStringLiteral("replan"), snapshotOf));
    QVERIFY2(applied.ok(), qPrintable(why(applied)));

    // THEN the plan as stored has the new schedule and tasks, ids kept, and its own goal
    for (int i = 0; i < applied->plan.tasks.size(); ++i)
        QCOMPARE(applied->plan.tasks[i].id, saved->tasks[i].id);
    // AND the number it reports is the one it gave the version: 2, after the original
    QCOMPARE(applied->version, 2);
    HELIOS_AWAIT(now, s().planQueries().plan(saved->id));
    QCOMPARE(now->goal, saved->goal);
    QCOMPARE(now->deadline, next.deadline);
    QCOMPARE(now->hoursPerWeek, 4.0);
    QCOMPARE(now->atRisk, false);
    QCOMPARE(now->hoursShort, 0.0);
    QCOMPARE(now->tasks[3].dueDate, next.tasks[3].dueDate);
    QCOMPARE(now->tasks[3].dependsOn, (QList<int>{0, 2}));
    // AND there are two versions: the plan as it was, then the new state
    HELIOS_AWAIT(listed, s().versionQueries().versions(saved->id));
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(0).version, 1);
    QCOMPARE(listed->at(0).reason, QStringLiteral("original"));
    QCOMPARE(listed->at(1).version, 2);
    QCOMPARE(listed->at(1).reason, QStringLiteral("replan"));
    // AND the original is dated when the plan was made, not when it was first changed
    QCOMPARE(listed->at(0).createdAt, kT0);
    QVERIFY(listed->at(1).createdAt > kT0);
    HELIOS_AWAIT(original, s().versionQueries().version(saved->id, 1));
    QCOMPARE((*original)->snapshot, snapshotOf(*before));
    HELIOS_AWAIT(second, s().versionQueries().version(saved->id, 2));
    QCOMPARE((*second)->snapshot, snapshotOf(applied->plan));

    // WHEN another version is applied THEN it is number 3, and the original is not kept again
    HELIOS_AWAIT(again,
                 s().versionWrites().applyVersion(*now, QStringLiteral("revision"), snapshotOf));
    QVERIFY(again.ok());
    QCOMPARE(again->version, 3);
    HELIOS_AWAIT(three, s().versionQueries().versions(saved->id));
    QCOMPARE(three->size(), 3);
    QCOMPARE(three->at(2).version, 3);
    QCOMPARE(three->at(2).reason, QStringLiteral("revision"));
}

void StorageContract::shouldMakeOneVersionOfAnEditingSession()
{
    // GIVEN a plan made at T0
    HELIOS_AWAIT(saved, s().planWrites().savePlan(createdAt(samplePlan(), kT0)));
    QVERIFY(saved.ok());
    const QDateTime sessionStart = QDateTime::currentDateTimeUtc().addSecs(-60);

    // WHEN a person renames it and a task, then (in the same session) adds a task
    Plan renamed = *saved;
    renamed.goal = QStringLiteral("Python, properly");
    renamed.tasks[1].title = QStringLiteral("Renamed");
    HELIOS_AWAIT(first, s().versionWrites().applyEdit(renamed, QStringLiteral("edit"), snapshotOf,
                                                      sessionStart));
    QVERIFY2(first.ok(), qPrintable(why(first)));
    Plan longer = *first;
    Task added;
    added.title = QStringLiteral("Added");
    added.estimateHours = 2;
    added.dependsOn = {1};
    longer.tasks.append(added);
    HELIOS_AWAIT(second, s().versionWrites().applyEdit(longer, QStringLiteral("edit"), snapshotOf,
                                                       sessionStart));
    QVERIFY2(second.ok(), qPrintable(why(second)));

    // THEN the goal and the tasks are stored, the new task with an id and its dependency
    HELIOS_AWAIT(now, s().planQueries().plan(saved->id));
    QCOMPARE(now->goal, QStringLiteral("Python, properly"));
    QCOMPARE(now->tasks.size(), 5);
    QCOMPARE(now->tasks[1].title, QStringLiteral("Renamed"));
    QVERIFY(now->tasks[4].id > 0);
    QCOMPARE(now->tasks[4].id, second->tasks[4].id);
    QCOMPARE(now->tasks[4].dependsOn, (QList<int>{1}));
    // AND the session made one version after the original, holding the last edit
    HELIOS_AWAIT(listed, s().versionQueries().versions(saved->id));
    QCOMPARE(listed->size(), 2);
    QCOMPARE(listed->at(0).reason, QStringLiteral("original"));
    QCOMPARE(listed->at(0).createdAt, kT0);
    QCOMPARE(listed->at(1).reason, QStringLiteral("edit"));
    HELIOS_AWAIT(edited, s().versionQueries().version(saved->id, 2));
    QCOMPARE((*edited)->snapshot, snapshotOf(*second));

    // WHEN a re-plan comes between, and then another edit
    HELIOS_AWAIT(replanned,
                 s().versionWrites().applyVersion(*now, QStringLiteral("replan"), snapshotOf));
    QVERIFY(replanned.ok());
    HELIOS_AWAIT(third, s().versionWrites().applyEdit(replanned->plan, QStringLiteral("edit"),
                                                      snapshotOf, sessionStart));
    QVERIFY(third.ok());
    // THEN that edit starts a version of its own
    HELIOS_AWAIT(four, s().versionQueries().versions(saved->id));
    QCOMPARE(four->size(), 4);
    QCOMPARE(four->at(3).reason, QStringLiteral("edit"));

    // WHEN an edit comes after its session (a session that started after the last version)
    HELIOS_AWAIT(later, s().versionWrites().applyEdit(*third, QStringLiteral("edit"), snapshotOf,
                                                      QDateTime::currentDateTimeUtc().addSecs(60)));
    QVERIFY(later.ok());
    // THEN it is a new version too
    HELIOS_AWAIT(five, s().versionQueries().versions(saved->id));
    QCOMPARE(five->size(), 5);

    // WHEN an edit names a plan that does not exist THEN it is not found and nothing changes
    Plan missing = *third;
    missing.id = saved->id + 1000;
    HELIOS_AWAIT(refused, s().versionWrites().applyEdit(missing, QStringLiteral("edit"), snapshotOf,
                                                        sessionStart));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().kind == Error::Kind::NotFound);
}

void StorageContract::shouldStoreOnlyPlainTextWithinTheLimits()
{
    // GIVEN a plan whose goal and texts hold escape sequences, a bell, NUL and a bidi override
    Plan hostile = samplePlan(QStringLiteral("Learn\x1b]0;owned\x07 Python"));
    hostile.tasks[0].title =
        QStringLiteral("Read") + QChar(0x202E) + QStringLiteral(" chapter\x1b[2J");
    hostile.tasks[1].milestone = QStringLiteral("Basics") + QChar(0) + QStringLiteral("!");

    // WHEN it is saved THEN what is stored (and read back) is plain text
    HELIOS_AWAIT(saved, s().planWrites().savePlan(hostile));
    QVERIFY2(saved.ok(), qPrintable(why(saved)));
    HELIOS_AWAIT(read, s().planQueries().plan(saved->id));
    QCOMPARE(read->goal, QStringLiteral("Learn]0;owned Python"));
    QCOMPARE(read->tasks[0].title, QStringLiteral("Read chapter[2J"));
    QCOMPARE(read->tasks[1].milestone, QStringLiteral("Basics!"));

    // WHEN notes with an escape are set THEN they are stored plain; past the limit refused
    HELIOS_AWAIT(noted,
                 s().taskWrites().setTaskNotes(read->tasks[2].id, QStringLiteral("a\x1b[31mb")));
    QVERIFY2(noted.ok(), qPrintable(why(noted)));
    QCOMPARE(noted->notes, QStringLiteral("a[31mb"));
    HELIOS_AWAIT(tooLong, s().taskWrites().setTaskNotes(
                              read->tasks[2].id, QString(limits::kMaxNotesLength + 1, u'n')));
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().kind, Error::Kind::Usage);

    // WHEN a plan or a version is past a limit THEN it is refused with a sentence, nothing saved
    Plan longTitle = samplePlan(QStringLiteral("too long"));
    longTitle.tasks[1].title = QString(limits::kMaxTitleLength + 1, u't');
    HELIOS_AWAIT(refused, s().planWrites().savePlan(longTitle));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Usage);
    QVERIFY2(refused.error().message.contains(QStringLiteral("title of task 2")),
             qPrintable(refused.error().message));
    Plan longGoalVersion = *read;
    longGoalVersion.tasks[3].notes = QString(limits::kMaxNotesLength + 1, u'n');
    HELIOS_AWAIT(versionRefused, s().versionWrites().applyVersion(
                                     longGoalVersion, QStringLiteral("revision"), snapshotOf));
    QVERIFY(!versionRefused.ok());
    QCOMPARE(versionRefused.error().kind, Error::Kind::Usage);
    HELIOS_AWAIT(plans, s().planQueries().plans());
    QCOMPARE(plans->size(), 1);
    HELIOS_AWAIT(versions, s().versionQueries().versions(saved->id));
    QVERIFY(versions->isEmpty());
    HELIOS_AWAIT(still, s().planQueries().plan(saved->id));
    QCOMPARE(still->tasks[2].notes, QStringLiteral("a[31mb"));
}

void StorageContract::shouldGiveNewTasksIdsNoTaskOfThePlanEverHad()
{
    // GIVEN a plan whose last two tasks (the highest ids) a first revision dropped
    HELIOS_AWAIT(saved, s().planWrites().savePlan(samplePlan()));
    QVERIFY(saved.ok());
    Plan shorter = *saved;
    shorter.tasks.removeLast();
    shorter.tasks.removeLast();
    HELIOS_AWAIT(dropped,
                 s().versionWrites().applyVersion(shorter, QStringLiteral("revision"), snapshotOf));
    QVERIFY(dropped.ok());

    // WHEN a second revision adds a task that depends on the first
    Plan longer = dropped->plan;
    Task added;
    added.title = QStringLiteral("A task the reviser added");
    added.estimateHours = 2;
    added.dependsOn = {0};
    longer.tasks.append(added);
    HELIOS_AWAIT(applied,
                 s().versionWrites().applyVersion(longer, QStringLiteral("revision"), snapshotOf));
    QVERIFY2(applied.ok(), qPrintable(why(applied)));

    // THEN its id is none the plan ever had, the kept tasks keep theirs, dependencies follow
    const qint64 newId = applied->plan.tasks.constLast().id;
    QVERIFY(newId > 0);
    for (const Task &task : saved->tasks)
        QVERIFY2(task.id != newId, qPrintable(task.title));
    HELIOS_AWAIT(now, s().planQueries().plan(saved->id));
    QCOMPARE(now->tasks.size(), 3);
    QCOMPARE(now->tasks[0].id, saved->tasks[0].id);
    QCOMPARE(now->tasks[2].id, newId);
    QCOMPARE(now->tasks[2].dependsOn, QList<int>{0});
    // AND a plan saved afterwards gets ids of its own too
    HELIOS_AWAIT(other, s().planWrites().savePlan(samplePlan(QStringLiteral("other"))));
    QVERIFY(other.ok());
    for (const Task &task : other->tasks)
        QVERIFY(task.id != newId && task.id != saved->tasks[3].id);
}

void StorageContract::shouldWriteAVersionOverTheStoredTasksKeepingWhatItKeeps()
{
    // GIVEN a saved plan of four tasks (1 after 0, 2 after 1, 3 after 0 and 2)
    HELIOS_AWAIT(saved, s().planWrites().savePlan(samplePlan()));
    QVERIFY(saved.ok());
    const QList<Task> was = saved->tasks;

    // WHEN a version renames task 0, drops task 1 (which task 2 depended on), puts task 3
    // before task 2, finishes task 2 with notes, leaves task 0's prerequisites as they were
    // and adds a task after 0 and 3
    Plan next = *saved;
    next.tasks = {was[0], was[3], was[2]};
    next.tasks[0].title = QStringLiteral("Renamed");
    next.tasks[1].dependsOn = {0, 2}; // still 0 and the old task 2, at their new positions
    next.tasks[2].dependsOn = {};     // its prerequisite went
    next.tasks[2].status = TaskStatus::Done;
    next.tasks[2].notes = QStringLiteral("done at last");
    Task added;
    added.title = QStringLiteral("Added");
    added.dependsOn = {0, 1};
    next.tasks.append(added);
    HELIOS_AWAIT(applied,
                 s().versionWrites().applyVersion(next, QStringLiteral("revision"), snapshotOf));
    QVERIFY2(applied.ok(), qPrintable(why(applied)));

    // THEN the plan reads back as the version has it: the kept tasks with their ids, in the new
    // order, each field and prerequisite as written, the dropped one gone, the new one with an id
    HELIOS_AWAIT(now, s().planQueries().plan(saved->id));
    QVERIFY2(now.ok(), qPrintable(why(now)));
    QCOMPARE(now->tasks.size(), 4);
    QCOMPARE(now->tasks[0].id, was[0].id);
    QCOMPARE(now->tasks[1].id, was[3].id);
    QCOMPARE(now->tasks[2].id, was[2].id);
    QVERIFY(now->tasks[3].id > 0 && now->tasks[3].id != was[1].id);
    QCOMPARE(now->tasks[0].title, QStringLiteral("Renamed"));
    QCOMPARE(now->tasks[1].title, was[3].title);
    QCOMPARE(now->tasks[1].notes, was[3].notes);
    QVERIFY(now->tasks[2].status == TaskStatus::Done);
    QCOMPARE(now->tasks[2].notes, QStringLiteral("done at last"));
    for (int i = 0; i < 4; ++i)
        QCOMPARE(now->tasks[i].order, i);
    QCOMPARE(now->tasks[0].dependsOn, QList<int>{});
    QCOMPARE(now->tasks[1].dependsOn, (QList<int>{0, 2}));
    QCOMPARE(now->tasks[2].dependsOn, QList<int>{});
    QCOMPARE(now->tasks[3].dependsOn, (QList<int>{0, 1}));
    QCOMPARE(now->tasks, applied->plan.tasks);

    // AND a version back to the saved tasks (a restore) brings the dropped task back under its
    // id, with every prerequisite as it was
    Plan back = applied->plan;
    back.tasks = was;
    HELIOS_AWAIT(restored,
                 s().versionWrites().applyVersion(back, QStringLiteral("restore"), snapshotOf));
    QVERIFY2(restored.ok(), qPrintable(why(restored)));
    HELIOS_AWAIT(again, s().planQueries().plan(saved->id));
    QCOMPARE(again->tasks, was);
}

void StorageContract::shouldReportTheTasksANewVersionFinishedOrNotedInTheFeed()
{
    // GIVEN a saved plan, and where the feed stands
    HELIOS_AWAIT(saved, s().planWrites().savePlan(samplePlan()));
    QVERIFY(saved.ok());
    HELIOS_AWAIT(before, s().changes().lastChange());
    QVERIFY(before.ok());

    // WHEN a version (a sync that received a phone's edits) finishes task 0, notes task 2 and
    // renames task 3
    Plan next = *saved;
    next.tasks[0].status = TaskStatus::Done;
    next.tasks[2].notes = QStringLiteral("from the phone");
    next.tasks[3].title = QStringLiteral("Renamed on the phone");
    HELIOS_AWAIT(applied,
                 s().versionWrites().applyVersion(next, QStringLiteral("sync"), snapshotOf));
    QVERIFY2(applied.ok(), qPrintable(why(applied)));

    // THEN the feed says the plan was updated, then names the two tasks whose status or notes
    // changed (what a window or an API client listens for), and no other task
    HELIOS_AWAIT(changes, s().changes().changesSince(*before, 100));
    QVERIFY2(changes.ok(), qPrintable(why(changes)));
    const qint64 planId = saved->id;
    const QList<Change> expected{
        {0, Change::Kind::Plan, planId, planId, QStringLiteral("updated")},
        {0, Change::Kind::Task, saved->tasks[0].id, planId, QStringLiteral("done")},
        {0, Change::Kind::Task, saved->tasks[2].id, planId, toString(saved->tasks[2].status)},
    };
    QCOMPARE(changes->size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        Change change = changes->at(i);
        change.sequence = 0;
        QVERIFY2(change == expected.at(i), qPrintable(QStringLiteral("change %1").arg(i)));
    }
}

// ---- Jobs -----------------------------------------------------------------------------------

void StorageContract::shouldInsertUpdateAndListJobs()
{
    // GIVEN a plan and a new job
    HELIOS_AWAIT(plan, s().planWrites().savePlan(samplePlan()));
    Job fresh;
    fresh.kind = QStringLiteral("generate_plan");
    fresh.status = JobStatus::Pending;
    fresh.input = QStringLiteral("{\"goal\":\"Learn Go\"}");
    fresh.ownerPid = 123;

    // WHEN it is recorded
    HELIOS_AWAIT(inserted, s().jobWrites().insertJob(fresh));
    QVERIFY2(inserted.ok(), qPrintable(why(inserted)));

    // THEN it has an id and both times, and reads back as recorded
    QVERIFY(inserted->id > 0);
    QVERIFY(inserted->createdAt.isValid());
    QCOMPARE(inserted->updatedAt, inserted->createdAt);
    HELIOS_AWAIT(read, s().jobQueries().job(inserted->id));
    QVERIFY(read.ok() && read->has_value());
    const Job &job = **read;
    QCOMPARE(job.kind, fresh.kind);
    QVERIFY(job.status == JobStatus::Pending);
    QCOMPARE(job.input, fresh.input);
    QCOMPARE(job.error, QString());
    QCOMPARE(job.ownerPid, 123);
    QCOMPARE(job.planId, 0);
    QCOMPARE(job.createdAt, inserted->createdAt);

    // WHEN it is updated (with a kind and input that an update does not change)
    Job changed = job;
    changed.kind = QStringLiteral("something else");
    changed.input = QStringLiteral("{}");
    changed.status = JobStatus::Completed;
    changed.stage = QStringLiteral("scheduling");
    changed.planId = plan->id;
    changed.ownerPid = 0;
    HELIOS_AWAIT(updated, s().jobWrites().updateJob(changed));
    QVERIFY2(updated.ok(), qPrintable(why(updated)));

    // THEN status, stage, plan and owner change, and updatedAt moves on
    HELIOS_AWAIT(after, s().jobQueries().job(job.id));
    const Job &now = **after;
    QVERIFY(now.status == JobStatus::Completed);
    QCOMPARE(now.stage, QStringLiteral("scheduling"));
    QCOMPARE(now.planId, plan->id);
    QCOMPARE(now.ownerPid, 0);
    QCOMPARE(now.kind, fresh.kind);
    QCOMPARE(now.input, fresh.input);
    QCOMPARE(now.createdAt, job.createdAt);
    QVERIFY(now.updatedAt >= now.createdAt);

    // WHEN more jobs are recorded THEN the newest come first, as many as asked for
    HELIOS_AWAIT(second, s().jobWrites().insertJob(fresh));
    HELIOS_AWAIT(third, s().jobWrites().insertJob(fresh));
    QVERIFY(second.ok() && third.ok());
    HELIOS_AWAIT(recent, s().jobQueries().recentJobs(2));
    QVERIFY(recent.ok());
    QCOMPARE(recent->size(), 2);
    QCOMPARE(recent->at(0).id, third->id);
    QCOMPARE(recent->at(1).id, second->id);
    HELIOS_AWAIT(all, s().jobQueries().recentJobs(50));
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(2).id, job.id);
}

void StorageContract::shouldKeepACancelledJobCancelled()
{
    // GIVEN a running job that another process has just cancelled
    Job fresh;
    fresh.kind = QStringLiteral("generate_plan");
    fresh.status = JobStatus::Running;
    fresh.stage = QStringLiteral("analysing");
    fresh.ownerPid = 123;
    HELIOS_AWAIT(inserted, s().jobWrites().insertJob(fresh));
    QVERIFY2(inserted.ok(), qPrintable(why(inserted)));
    Job cancelled = *inserted;
    cancelled.status = JobStatus::Cancelled;
    cancelled.error = QStringLiteral("Cancelled.");
    HELIOS_AWAIT(cancelling, s().jobWrites().updateJob(cancelled));
    QVERIFY2(cancelling.ok(), qPrintable(why(cancelling)));

    // WHEN its owner, not knowing yet, saves its next stage as running (and one as pending)
    Job staged = *inserted;
    staged.stage = QStringLiteral("planning");
    HELIOS_AWAIT(running, s().jobWrites().updateJob(staged));
    staged.status = JobStatus::Pending;
    HELIOS_AWAIT(pending, s().jobWrites().updateJob(staged));

    // THEN both saves succeed but the job stays cancelled, with the cancel's error, so the owner
    // sees the cancel at its next look
    QVERIFY2(running.ok(), qPrintable(why(running)));
    QVERIFY2(pending.ok(), qPrintable(why(pending)));
    HELIOS_AWAIT(after, s().jobQueries().job(inserted->id));
    QVERIFY(after.ok() && after->has_value());
    QVERIFY((*after)->status == JobStatus::Cancelled);
    QCOMPARE((*after)->error, QStringLiteral("Cancelled."));
    QCOMPARE((*after)->stage, QStringLiteral("analysing"));

    // AND ending it (the owner saw the cancel) is still possible
    Job ended = **after;
    ended.ownerPid = 0;
    HELIOS_AWAIT(ending, s().jobWrites().updateJob(ended));
    QVERIFY2(ending.ok(), qPrintable(why(ending)));
}

void StorageContract::shouldKeepACompletedJobCompletedWhenALateStageSaveArrives()
{
    // GIVEN a job its owner has completed with a plan
    HELIOS_AWAIT(saved, s().planWrites().savePlan(samplePlan()));
    QVERIFY(saved.ok());
    Job fresh;
    fresh.kind = QStringLiteral("generate_plan");
    fresh.status = JobStatus::Running;
    fresh.stage = QStringLiteral("analysing");
    fresh.ownerPid = 123;
    HELIOS_AWAIT(inserted, s().jobWrites().insertJob(fresh));
    QVERIFY2(inserted.ok(), qPrintable(why(inserted)));
    Job completed = *inserted;
    completed.status = JobStatus::Completed;
    completed.planId = saved->id;
    completed.stage = QStringLiteral("scheduling");
    completed.ownerPid = 0;
    HELIOS_AWAIT(completing, s().jobWrites().updateJob(completed));
    QVERIFY2(completing.ok(), qPrintable(why(completing)));

    // WHEN a stage save the owner started earlier reaches the storage only now (running, no
    // plan), and a failed job gets the same
    Job late = *inserted;
    late.stage = QStringLiteral("planning");
    HELIOS_AWAIT(lateSave, s().jobWrites().updateJob(late));
    HELIOS_AWAIT(second, s().jobWrites().insertJob(fresh));
    QVERIFY(second.ok());
    Job failed = *second;
    failed.status = JobStatus::Failed;
    failed.error = QStringLiteral("The model server did not answer.");
    HELIOS_AWAIT(markedFailed, s().jobWrites().updateJob(failed));
    QVERIFY(markedFailed.ok());
    HELIOS_AWAIT(lateOnFailed, s().jobWrites().updateJob(*second));

    // THEN the saves succeed but change nothing: the job is still completed with its plan (what
    // a reader after PLAN_GENERATED must see), the failed one still failed
    QVERIFY2(lateSave.ok(), qPrintable(why(lateSave)));
    QVERIFY2(lateOnFailed.ok(), qPrintable(why(lateOnFailed)));
    HELIOS_AWAIT(after, s().jobQueries().job(inserted->id));
    QVERIFY(after.ok() && after->has_value());
    QVERIFY((*after)->status == JobStatus::Completed);
    QCOMPARE((*after)->planId, saved->id);
    QCOMPARE((*after)->stage, QStringLiteral("scheduling"));
    HELIOS_AWAIT(failedAfter, s().jobQueries().job(second->id));
    QVERIFY(failedAfter.ok() && failedAfter->has_value());
    QVERIFY((*failedAfter)->status == JobStatus::Failed);
    QCOMPARE((*failedAfter)->error, QStringLiteral("The model server did not answer."));
}

void StorageContract::shouldInterruptJobsWhoseProcessIsGone()
{
    // GIVEN a pending job without owner, a running one of a dead process, a running one of a
    // live process and a completed one of the dead process
    auto make = [](JobStatus status, qint64 owner, const char *stage) {
        Job job;
        job.kind = QStringLiteral("generate_plan");
        job.status = status;
        job.ownerPid = owner;
        job.stage = QString::fromLatin1(stage);
        return job;
    };
    HELIOS_AWAIT(waiting, s().jobWrites().insertJob(make(JobStatus::Pending, 0, "")));
    HELIOS_AWAIT(dead, s().jobWrites().insertJob(make(JobStatus::Running, 111, "planning")));
    HELIOS_AWAIT(alive, s().jobWrites().insertJob(make(JobStatus::Running, 222, "researching")));
    HELIOS_AWAIT(over, s().jobWrites().insertJob(make(JobStatus::Completed, 111, "scheduling")));
    QVERIFY(waiting.ok() && dead.ok() && alive.ok() && over.ok());

    // WHEN orphans are looked for, with only process 222 alive
    QSet<qint64> asked;
    HELIOS_AWAIT(interrupted, s().jobWrites().interruptOrphanedJobs([&asked](qint64 pid) {
        asked.insert(pid);
        return pid == 222;
    }));
    QVERIFY2(interrupted.ok(), qPrintable(why(interrupted)));

    // THEN the job without owner and the dead process's running job are interrupted, with a
    // sentence saying what they were doing; the others are as they were
    QCOMPARE(*interrupted, 2);
    QVERIFY(asked.contains(111) && asked.contains(222));
    HELIOS_AWAIT(jobs, s().jobQueries().recentJobs(10));
    QHash<qint64, Job> byId;
    for (const Job &job : *jobs)
        byId.insert(job.id, job);
    QVERIFY(byId[waiting->id].status == JobStatus::Interrupted);
    QCOMPARE(byId[waiting->id].error, interruptedJobError(QString()));
    QVERIFY(byId[dead->id].status == JobStatus::Interrupted);
    QCOMPARE(byId[dead->id].error, interruptedJobError(QStringLiteral("planning")));
    QVERIFY(byId[dead->id].error.contains(QLatin1String("planning")));
    QCOMPARE(byId[dead->id].ownerPid, 0);
    QCOMPARE(byId[dead->id].stage, QStringLiteral("planning"));
    QVERIFY(byId[alive->id].status == JobStatus::Running);
    QCOMPARE(byId[alive->id].ownerPid, 222);
    QVERIFY(byId[over->id].status == JobStatus::Completed);
    // AND a second look finds nothing more
    HELIOS_AWAIT(again, s().jobWrites().interruptOrphanedJobs([](qint64) { return false; }));
    QCOMPARE(*again, 1); // the live process has gone meanwhile
}

// ---- LLM call log and response cache --------------------------------------------------------

void StorageContract::shouldSumUpLlmCallsInAHalfOpenRange()
{
    // GIVEN calls just before, inside and at the end of a range
    const QList<LlmCallRecord> calls{
        call(kT0.addMSecs(-1), "ok", 5000),               // before
        call(kT0, "ok", 100),                             // the first moment counts
        call(kT0.addSecs(1), "error", 300, false, 20, 0), //
        call(kT0.addSecs(2), "ok", 1, true, 7, 3),        // from the cache
        call(kT0.addSecs(3), "ok", 9000),                 // the end does not count
    };
    for (const LlmCallRecord &c : calls) {
        HELIOS_AWAIT(appended, s().llmCallWrites().appendCall(c));
        QVERIFY2(appended.ok(), qPrintable(why(appended)));
    }

    // WHEN the range is summed up
    HELIOS_AWAIT(summary, s().llmCallQueries().callSummary(kT0, kT0.addSecs(3)));
    QVERIFY2(summary.ok(), qPrintable(why(summary)));

    // THEN it counts the three calls in it, by status, with their tokens; the latencies are those
    // of the calls that reached the model (nearest rank), and a third came from the cache
    QCOMPARE(summary->calls, 3);
    QCOMPARE(summary->byStatus.value(QStringLiteral("ok")), 2);
    QCOMPARE(summary->byStatus.value(QStringLiteral("error")), 1);
    QCOMPARE(summary->tokensIn, 10 + 20 + 7);
    QCOMPARE(summary->tokensOut, 5 + 0 + 3);
    QCOMPARE(summary->p50LatencyMs, 100.0);
    QCOMPARE(summary->p95LatencyMs, 300.0);
    QVERIFY(qAbs(summary->cacheHitShare - 1.0 / 3.0) < 1e-9);
    // AND an empty range has nothing, without an error
    HELIOS_AWAIT(empty, s().llmCallQueries().callSummary(kT0.addDays(-2), kT0.addDays(-1)));
    QVERIFY(empty.ok());
    QCOMPARE(empty->calls, 0);
    QCOMPARE(empty->p95LatencyMs, 0.0);
    QCOMPARE(empty->cacheHitShare, 0.0);
}

void StorageContract::shouldListRecentLlmCallsNewestFirst()
{
    // GIVEN calls logged out of order, two at the same moment, one with nothing measured
    LlmCallRecord unnamed = call(kT0.addSecs(5), "ok", 10);
    unnamed.provider = QString();
    unnamed.ttftMs = -7;
    const QList<LlmCallRecord> calls{call(kT0.addSecs(1), "ok", 1),
                                     call(kT0.addSecs(9), "error", 2), unnamed,
                                     call(kT0.addSecs(9), "cancelled", 3)};
    for (const LlmCallRecord &c : calls) {
        HELIOS_AWAIT(appended, s().llmCallWrites().appendCall(c));
        QVERIFY(appended.ok());
    }

    // WHEN the newest three are listed
    HELIOS_AWAIT(recent, s().llmCallQueries().recentCalls(3));
    QVERIFY2(recent.ok(), qPrintable(why(recent)));

    // THEN they come newest first, the later logged first at the same moment
    QCOMPARE(recent->size(), 3);
    QCOMPARE(recent->at(0).status, QStringLiteral("cancelled"));
    QCOMPARE(recent->at(1).status, QStringLiteral("error"));
    QCOMPARE(recent->at(0), calls[3]);
    // AND what was not given reads as empty, what was not measured as -1
    QCOMPARE(recent->at(2).provider, QStringLiteral(""));
    QCOMPARE(recent->at(2).ttftMs, -1.0);
    QCOMPARE(recent->at(2).calledAt, kT0.addSecs(5));
    HELIOS_AWAIT(none, s().llmCallQueries().recentCalls(-1));
    QVERIFY(none.ok() && none->isEmpty());
}

void StorageContract::shouldTakeWhatWasPutUntilItExpires()
{
    // GIVEN an answer put in the cache
    const QByteArray payload("{\"content\":\"答案\"}");
    HELIOS_AWAIT(put, s().llmCache().cachePut(QStringLiteral("k"), payload, kT0, 0, {}));
    QVERIFY2(put.ok(), qPrintable(why(put)));

    // WHEN it is taken while it is fresh THEN it is there, with the time it was made
    HELIOS_AWAIT(fresh,
                 s().llmCache().cacheTake(QStringLiteral("k"), kT0.addSecs(10), kT0.addDays(-30)));
    QVERIFY2(fresh.ok(), qPrintable(why(fresh)));
    QVERIFY(fresh->has_value());
    QCOMPARE((*fresh)->payload, payload);
    QCOMPARE((*fresh)->createdAt, kT0);
    // AND an unknown key is a miss
    HELIOS_AWAIT(unknown, s().llmCache().cacheTake(QStringLiteral("nope"), kT0, kT0.addDays(-30)));
    QVERIFY(unknown.ok() && !unknown->has_value());

    // WHEN it is taken once it has expired THEN it is a miss, and it is gone
    HELIOS_AWAIT(expired,
                 s().llmCache().cacheTake(QStringLiteral("k"), kT0.addDays(40), kT0.addMSecs(1)));
    QVERIFY(expired.ok() && !expired->has_value());
    HELIOS_AWAIT(usage, s().llmCache().cacheUsage());
    QCOMPARE(usage->entries, 0);
    HELIOS_AWAIT(later, s().llmCache().cacheTake(QStringLiteral("k"), kT0, kT0.addDays(-30)));
    QVERIFY(later.ok() && !later->has_value());
}

void StorageContract::shouldEvictTheLeastRecentlyUsedBeyondTheLimit()
{
    // GIVEN a, b and c put one after the other, then a used (taken) and b used from memory
    for (const char *key : {"a", "b", "c"}) {
        const int n = key[0] - 'a';
        HELIOS_AWAIT(put, s().llmCache().cachePut(QString::fromLatin1(key), QByteArray(key),
                                                  kT0.addSecs(n), 0, {}));
        QVERIFY(put.ok());
    }
    HELIOS_AWAIT(taken,
                 s().llmCache().cacheTake(QStringLiteral("a"), kT0.addSecs(10), kT0.addDays(-1)));
    QVERIFY(taken.ok() && taken->has_value());

    // WHEN d is put with room for three, recording b's use from memory first
    HELIOS_AWAIT(put,
                 s().llmCache().cachePut(QStringLiteral("d"), QByteArray("d"), kT0.addSecs(11), 3,
                                         {{QStringLiteral("b"), kT0.addSecs(12)},
                                          {QStringLiteral("gone"), kT0.addSecs(12)}}));
    QVERIFY2(put.ok(), qPrintable(why(put)));

    // THEN c, the least recently used, went; the others stay
    HELIOS_AWAIT(usage, s().llmCache().cacheUsage());
    QCOMPARE(usage->entries, 3);
    for (const char *key : {"a", "b", "d"}) {
        HELIOS_AWAIT(kept, s().llmCache().cacheTake(QString::fromLatin1(key), kT0.addSecs(20),
                                                    kT0.addDays(-1)));
        QVERIFY2(kept.ok() && kept->has_value(), key);
    }
    HELIOS_AWAIT(c,
                 s().llmCache().cacheTake(QStringLiteral("c"), kT0.addSecs(20), kT0.addDays(-1)));
    QVERIFY(c.ok() && !c->has_value());
}

void StorageContract::shouldRemoveOldCacheEntriesAndClearAndMeasure()
{
    // GIVEN a large, repetitive answer made first and a small one made later
    const QByteArray large(10240, 'a');
    HELIOS_AWAIT(first, s().llmCache().cachePut(QStringLiteral("old"), large, kT0, 0, {}));
    HELIOS_AWAIT(second, s().llmCache().cachePut(QStringLiteral("new"), QByteArray("xyz"),
                                                 kT0.addDays(2), 0, {}));
    QVERIFY(first.ok() && second.ok());

    // WHEN the usage is measured THEN it counts both, the large one kept smaller than it is
    HELIOS_AWAIT(usage, s().llmCache().cacheUsage());
    QVERIFY2(usage.ok(), qPrintable(why(usage)));
    QCOMPARE(usage->entries, 2);
    QCOMPARE(usage->payloadBytes, 10240 + 3);
    QVERIFY(usage->storedBytes > 3);
    QVERIFY(usage->storedBytes < usage->payloadBytes);

    // WHEN entries made before a cutoff are removed THEN only the old one goes
    HELIOS_AWAIT(removed, s().llmCache().cacheRemoveCreatedBefore(kT0.addDays(1)));
    QVERIFY(removed.ok());
    QCOMPARE(*removed, 1);
    HELIOS_AWAIT(left, s().llmCache().cacheUsage());
    QCOMPARE(left->entries, 1);
    QCOMPARE(left->payloadBytes, 3);
    QCOMPARE(left->storedBytes, 3);

    // WHEN the cache is cleared THEN nothing is left
    HELIOS_AWAIT(cleared, s().llmCache().cacheClear());
    QVERIFY(cleared.ok());
    HELIOS_AWAIT(none, s().llmCache().cacheUsage());
    QCOMPARE(none->entries, 0);
    QCOMPARE(none->payloadBytes, 0);
}

// ---- Backups --------------------------------------------------------------------------------

void StorageContract::shouldRestoreABackupAndKeepWhatItReplaced()
{
    // GIVEN a backup made with one plan, and a second plan saved after it
    HELIOS_AWAIT(kept, s().planWrites().savePlan(samplePlan(QStringLiteral("in the backup"))));
    QVERIFY(kept.ok());
    const QString backup = s().takeBackup();
    QVERIFY(!backup.isEmpty());
    HELIOS_AWAIT(later, s().planWrites().savePlan(samplePlan(QStringLiteral("after it"))));
    QVERIFY(later.ok());
    HELIOS_AWAIT(before, s().planQueries().plans()); // read (and perhaps cached) before
    QCOMPARE(before->size(), 2);
    HELIOS_AWAIT(listed, s().backups().backups());
    QVERIFY2(listed.ok(), qPrintable(why(listed)));
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->at(0).path, backup);

    // WHEN the backup is restored
    HELIOS_AWAIT(outcome, s().backups().restore(backup));
    QVERIFY2(outcome.ok(), qPrintable(why(outcome)));

    // THEN the storage holds what the backup held, read afresh
    QCOMPARE(outcome->restoredFrom, backup);
    HELIOS_AWAIT(plans, s().planQueries().plans());
    QCOMPARE(plans->size(), 1);
    QCOMPARE(plans->at(0).id, kept->id);
    HELIOS_AWAIT(gone, s().planQueries().plan(later->id));
    QCOMPARE(gone.error().kind, Error::Kind::NotFound);
    // AND what it replaced is kept as a backup of its own, newest first
    QVERIFY(!outcome->replacedKeptAt.isEmpty());
    HELIOS_AWAIT(after, s().backups().backups());
    QCOMPARE(after->size(), 2);
    QCOMPARE(after->at(0).path, outcome->replacedKeptAt);
    QCOMPARE(after->at(0).kind, QStringLiteral("replaced"));

    // WHEN that one is restored in turn (with the storage still open, its last changes may be
    // only in the replaced database's -wal)
    HELIOS_AWAIT(undone, s().backups().restore(outcome->replacedKeptAt));
    QVERIFY2(undone.ok(), qPrintable(why(undone)));

    // THEN both plans are back
    HELIOS_AWAIT(both, s().planQueries().plans());
    QVERIFY2(both.ok(), qPrintable(why(both)));
    QCOMPARE(both->size(), 2);
    HELIOS_AWAIT(back, s().planQueries().plan(later->id));
    QVERIFY2(back.ok(), qPrintable(why(back)));
    QCOMPARE(back->goal, QStringLiteral("after it"));
}

void StorageContract::shouldRefuseAnUnknownBackupAndChangeNothing()
{
    // GIVEN a plan and a backup
    HELIOS_AWAIT(saved, s().planWrites().savePlan(samplePlan()));
    QVERIFY(saved.ok());
    const QString backup = s().takeBackup();
    QVERIFY(!backup.isEmpty());

    // WHEN a backup that does not exist is restored
    HELIOS_AWAIT(outcome, s().backups().restore(backup + QStringLiteral(".missing")));

    // THEN it is refused with a sentence naming it, and nothing changed
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.error().kind, Error::Kind::Storage);
    QVERIFY2(outcome.error().message.contains(QStringLiteral(".missing")),
             qPrintable(outcome.error().message));
    HELIOS_AWAIT(plans, s().planQueries().plans());
    QCOMPARE(plans->size(), 1);
    HELIOS_AWAIT(listed, s().backups().backups());
    QCOMPARE(listed->size(), 1);
}

} // namespace helios::test

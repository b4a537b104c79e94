// Plan versions (re-plan, apply, restore) and persisted jobs over a real SQLite file.
#include "core/jobs/job_service.h"
#include "core/jobs/plan_service.h"
#include "core/jobs/plan_snapshot.h"
#include "core/jobs/version_service.h"
#include "core/store/store.h"
#include "core/store/version_repository.h"
#include "tests/support/test_main.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <qcoro/qcorotask.h>

#include <memory>

#ifdef Q_OS_LINUX
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace helios;

namespace {

const QDate kStart(2026, 11, 2);

QString messageOf(const Error &e)
{
    return e.message;
}

} // namespace

class TestPlanVersions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;

    Plan createPlan()
    {
        PlanService service(*m_store);
        Result<Plan> plan = QCoro::waitFor(
            service.createPlan({QStringLiteral("Learn Python"), QDate(2027, 2, 1), 6, kStart}));
        if (!plan)
            qFatal("createPlan: %s", qPrintable(plan.error().message));
        return *plan;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<Store>(m_dir->filePath(QStringLiteral("helios.db")));
        QVERIFY(QCoro::waitFor(m_store->open()).ok());
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void shouldRoundTripAPlanThroughASnapshot()
    {
        Plan plan = createPlan();
        plan.tasks[0].notes = QStringLiteral("含 \"引号\"\nand a newline");
        plan.tasks[0].actualHours = 2.5;
        const Result<Plan> back = planFromSnapshot(planSnapshot(plan));
        QVERIFY(back.ok());
        QCOMPARE(back->tasks.size(), plan.tasks.size());
        for (int i = 0; i < plan.tasks.size(); ++i)
            QVERIFY2(back->tasks[i] == plan.tasks[i], qPrintable(plan.tasks[i].title));
        QCOMPARE(back->deadline, plan.deadline);
        QCOMPARE(back->hoursPerWeek, plan.hoursPerWeek);
        QCOMPARE(back->goal, plan.goal);
        QVERIFY(!planFromSnapshot(QStringLiteral("{\"snapshot\": 99}")).ok());
        QVERIFY(!planFromSnapshot(QStringLiteral("not json")).ok());
    }

    void shouldProposeAReplanWithoutChangingAnything()
    {
        // GIVEN a plan whose first tasks were due weeks ago and are not done
        const Plan plan = createPlan();
        VersionService versions(*m_store);
        // WHEN a re-plan is proposed a month later
        const Result<ReplanProposal> proposal =
            QCoro::waitFor(versions.proposeReplan(plan.id, kStart.addDays(30)));
        // THEN the overdue work moves to today or later, and the store is unchanged
        QVERIFY2(proposal.ok(),
                 qPrintable(proposal.ok() ? QString() : messageOf(proposal.error())));
        QVERIFY(!proposal->diff.shifted.isEmpty());
        for (const Task &t : proposal->proposed.tasks)
            QVERIFY(t.startDate >= kStart.addDays(30));
        const Result<Plan> stored = QCoro::waitFor(m_store->plan(plan.id));
        QCOMPARE(stored->tasks, plan.tasks);
        QCOMPARE(QCoro::waitFor(versions.versions(plan.id))->size(), 0);
    }

    void shouldApplyAVersionKeepingTheOriginalAndRestoreIt()
    {
        // GIVEN a plan with its first task done and a re-plan proposed
        PlanService service(*m_store);
        Plan plan = createPlan();
        QVERIFY(QCoro::waitFor(service.setTaskStatus(plan.tasks[0].id, TaskStatus::Done)).ok());
        const Plan original = *QCoro::waitFor(m_store->plan(plan.id));
        VersionService versions(*m_store);
        Result<ReplanProposal> proposal =
            QCoro::waitFor(versions.proposeReplan(plan.id, kStart.addDays(30)));
        QVERIFY(proposal.ok());

        // WHEN it is applied
        Result<AppliedVersion> applied =
            QCoro::waitFor(versions.applyVersion(proposal->proposed, QStringLiteral("replan")));
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : messageOf(applied.error())));
        // AND the number it reports is the one it was given: 2, after the original
        QCOMPARE(applied->version, 2);

        // THEN the plan as stored is the proposal, task ids kept, done task untouched
        const Result<Plan> now = QCoro::waitFor(m_store->plan(plan.id));
        QVERIFY(now.ok());
        QCOMPARE(now->tasks.size(), original.tasks.size());
        for (int i = 0; i < now->tasks.size(); ++i) {
            QCOMPARE(now->tasks[i].id, original.tasks[i].id);
            QCOMPARE(now->tasks[i].startDate, proposal->proposed.tasks[i].startDate);
            QCOMPARE(now->tasks[i].dependsOn, original.tasks[i].dependsOn);
        }
        QCOMPARE(now->tasks[0], original.tasks[0]);
        // AND there are two versions: the original and the re-plan
        Result<QList<PlanVersion>> list = QCoro::waitFor(versions.versions(plan.id));
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).version, 1);
        QCOMPARE(list->at(0).reason, QStringLiteral("original"));
        QCOMPARE(list->at(1).reason, QStringLiteral("replan"));
        const Result<Plan> first = QCoro::waitFor(versions.version(plan.id, 1));
        QVERIFY(first.ok());
        QCOMPARE(first->tasks, original.tasks);

        // WHEN version 1 is restored
        Result<AppliedVersion> restored = QCoro::waitFor(versions.restore(plan.id, 1));
        QVERIFY(restored.ok());
        QCOMPARE(restored->version, 3);
        // THEN the plan is the original again, as a third version
        const Result<Plan> back = QCoro::waitFor(m_store->plan(plan.id));
        QCOMPARE(back->tasks, original.tasks);
        list = QCoro::waitFor(versions.versions(plan.id));
        QCOMPARE(list->size(), 3);
        QCOMPARE(list->at(2).reason, QStringLiteral("restore of 1"));
        // AND the plan list shows the restored figures (no stale cached read)
        const Result<QList<PlanSummary>> summaries = QCoro::waitFor(m_store->plans());
        QCOMPARE(summaries->constFirst().taskCount, int(original.tasks.size()));
    }

    void shouldApplyARevisionThatAddsAndDropsTasks()
    {
        const Plan plan = createPlan();
        VersionService versions(*m_store);
        Plan revised = plan;
        revised.tasks.removeLast();
        Task added;
        added.title = QStringLiteral("A task the reviser added");
        added.estimateHours = 2;
        added.dependsOn = {0};
        revised.tasks.append(added);
        const Result<AppliedVersion> applied =
            QCoro::waitFor(versions.applyVersion(revised, QStringLiteral("revision")));
        QVERIFY(applied.ok());
        const Result<Plan> now = QCoro::waitFor(m_store->plan(plan.id));
        QCOMPARE(now->tasks.size(), plan.tasks.size());
        QCOMPARE(now->tasks.constLast().title, added.title);
        QVERIFY(now->tasks.constLast().id > 0);
        QCOMPARE(now->tasks.constLast().dependsOn, QList<int>{0});
        QCOMPARE(now->tasks.constFirst().id, plan.tasks.constFirst().id);
    }

    void shouldNeverGiveANewTaskTheIdOfATaskAnEarlierVersionHad()
    {
        // GIVEN a plan whose last two tasks (the highest ids) a first revision dropped
        const Plan plan = createPlan();
        VersionService versions(*m_store);
        Plan shorter = plan;
        shorter.tasks.removeLast();
        shorter.tasks.removeLast();
        QVERIFY(QCoro::waitFor(versions.applyVersion(shorter, QStringLiteral("revision"))).ok());
        // WHEN a second revision adds a task
        Plan longer = *QCoro::waitFor(m_store->plan(plan.id));
        Task added;
        added.title = QStringLiteral("A task the reviser added");
        added.estimateHours = 2;
        longer.tasks.append(added);
        const Result<AppliedVersion> applied =
            QCoro::waitFor(versions.applyVersion(longer, QStringLiteral("revision")));
        QVERIFY(applied.ok());
        // THEN its id is none the plan ever had
        const qint64 newId = applied->plan.tasks.constLast().id;
        for (const Task &task : plan.tasks)
            QVERIFY2(task.id != newId, qPrintable(task.title));
        // AND comparing the first version with the last shows it added and the two dropped
        // tasks removed, not an old task renamed
        const Result<Plan> first = QCoro::waitFor(versions.version(plan.id, 1));
        const Result<Plan> last = QCoro::waitFor(versions.version(plan.id, 3));
        QVERIFY(first.ok() && last.ok());
        const PlanDiff diff = diffPlans(*first, *last);
        QCOMPARE(diff.added.size(), 1);
        QCOMPARE(diff.added.constFirst().title, added.title);
        QCOMPARE(diff.removed.size(), 2);
        for (const TaskChange &change : diff.changed)
            QVERIFY2(!change.fields.testFlag(TaskField::Title), qPrintable(change.after.title));
    }

    void shouldReportUnknownPlansAndVersions()
    {
        const Plan plan = createPlan();
        VersionService versions(*m_store);
        const Result<Plan> missing = QCoro::waitFor(versions.version(plan.id, 7));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().kind == Error::Kind::NotFound);
        QVERIFY(!QCoro::waitFor(versions.versions(plan.id + 100)).ok());
        QVERIFY(!QCoro::waitFor(versions.restore(plan.id, 3)).ok());
    }

    void shouldMarkJobsOfDeadProcessesInterrupted()
    {
        // GIVEN a running job of a process that is gone and one of a live process
        Result<Job> dead;
        Result<Job> alive;
        QVERIFY(QCoro::waitFor(m_store->runOnWorker([&](QSqlDatabase &db) -> Status {
                    JobRepository jobs(db);
                    Job job;
                    job.kind = QStringLiteral("generate_plan");
                    job.status = JobStatus::Running;
                    job.stage = QStringLiteral("planning");
                    job.ownerPid = 999999;
                    dead = jobs.insert(job);
                    job.ownerPid = 4242;
                    alive = jobs.insert(job);
                    return Ok{};
                })).ok());
        QVERIFY(dead.ok() && alive.ok());
        // WHEN orphans are looked for
        int interrupted = -1;
        QVERIFY(QCoro::waitFor(m_store->runOnWorker([&](QSqlDatabase &db) -> Status {
                    Result<int> n =
                        JobRepository(db).interruptOrphans([](qint64 pid) { return pid == 4242; });
                    interrupted = n.ok() ? *n : -1;
                    return Ok{};
                })).ok());
        // THEN only the dead one is interrupted, with a sentence saying what it was doing
        QCOMPARE(interrupted, 1);
        QList<Job> jobs;
        QVERIFY(QCoro::waitFor(m_store->runOnWorker([&](QSqlDatabase &db) -> Status {
                    jobs = *JobRepository(db).recent(10);
                    return Ok{};
                })).ok());
        QCOMPARE(jobs.size(), 2);
        QVERIFY(jobs[1].status == JobStatus::Interrupted);
        QVERIFY(jobs[1].error.contains(QLatin1String("planning")));
        QVERIFY(jobs[0].status == JobStatus::Running);
    }

    void shouldTakeAnUnreapedProcessForDead()
    {
#ifdef Q_OS_LINUX
        // GIVEN a child that has exited but is not reaped yet (a zombie, as a killed Helios is
        // until its parent collects it)
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0)
            ::_exit(0);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QFile stat(QStringLiteral("/proc/%1/stat").arg(child));
                return stat.open(QIODevice::ReadOnly) && stat.readAll().contains(") Z ");
            }(),
            5000);
        // THEN its jobs count as orphaned; this process and a live parent do not
        const bool zombieAlive = JobService::isProcessAlive(child);
        ::waitpid(child, nullptr, 0);
        QVERIFY(!zombieAlive);
        QVERIFY(JobService::isProcessAlive(JobService::currentPid()));
        QVERIFY(JobService::isProcessAlive(::getppid()));
#else
        QSKIP("Zombie processes are a Unix matter; this check reads Linux's /proc.");
#endif
    }
};

HELIOS_TEST_MAIN(TestPlanVersions)
#include "tst_plan_versions.moc"

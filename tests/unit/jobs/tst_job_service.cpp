// JobService on the in-memory storage: a plan generation as a persisted job, from pending to
// completed, failed or cancelled (here or from another process), drafts attached later, and the
// jobs of processes that are gone. The planning team is a scripted one: no model, no planner.

#include "core/jobs/job_service.h"
#include "tests/support/coro_test.h"
#include "tests/support/memory_storage.h"
#include "tests/support/test_main.h"

#include <QFile>
#include <QPointer>
#include <QSignalSpy>

#include <qcoro/qcorosignal.h>

#ifdef Q_OS_LINUX
#include <sys/wait.h>
#include <unistd.h>
#endif

using namespace helios;

namespace {

const QDate kToday(2026, 11, 27);

// A planning team that reports the stages it is given and answers what it is told: a plan, an
// error, or nothing until it is cancelled.
class ScriptedTeam : public QObject, public agents::PlanningTeam
{
    Q_OBJECT

public:
    enum class Answer { Plan, Error, WaitForCancel };

    Answer answer = Answer::Plan;
    Error error = Error::provider(QStringLiteral("The model server did not answer."));
    QList<agents::PlanningStage> stages{agents::PlanningStage::Analysing,
                                        agents::PlanningStage::Planning,
                                        agents::PlanningStage::Scheduling};
    bool waiting = false;
    int generations = 0;

    QCoro::Task<Result<Plan>> generate(agents::GoalRequest request, agents::ProgressSink sink,
                                       llm::CancelToken cancel) override
    {
        ++generations;
        for (const agents::PlanningStage stage : stages) {
            sink(agents::ProgressEvent::stageEntered(stage, QStringLiteral("planner")));
        }
        if (answer == Answer::Error) {
            Error copy = error; // co_return of a member would move it away (QCoro 0.8)
            co_return copy;
        }
        if (answer == Answer::WaitForCancel && !cancel.isCancelled()) {
            QPointer<ScriptedTeam> self(this);
            cancel.onCancel([self]() {
                if (self)
                    Q_EMIT self->cancelled();
            });
            waiting = true;
            Q_EMIT startedWaiting();
            auto cancelling = qCoro(this, &ScriptedTeam::cancelled);
            co_await cancelling;
            co_return Error::cancelled();
        }
        Plan plan;
        plan.goal = request.goal.text;
        plan.startDate = request.goal.today;
        plan.hoursPerWeek = request.goal.hoursPerWeek;
        Task task;
        task.title = QStringLiteral("Install Go");
        task.startDate = task.dueDate = request.goal.today;
        plan.tasks = {task};
        co_return plan;
    }

    QCoro::Task<Result<Plan>> revise(Plan plan, agents::ProgressSummary, agents::ProgressSink,
                                     llm::CancelToken) override
    {
        co_return plan;
    }

Q_SIGNALS:
    void startedWaiting();
    void cancelled();
};

agents::GoalRequest request()
{
    agents::GoalRequest r;
    r.goal = {QStringLiteral("Learn Go"), QDate(), 5, kToday};
    return r;
}

Job jobOf(test::MemoryStorage &storage, qint64 id)
{
    const auto found = test::await(storage.job(id));
    return found && found->ok() && found->value() ? *found->value() : Job{};
}

// Awaits a signal as a task (for test::await), unless `already` says it was emitted.
template <typename Signal> QCoro::Task<> signalled(ScriptedTeam *team, Signal signal, bool already)
{
    if (already)
        co_return;
    auto emitted = qCoro(team, signal);
    co_await emitted;
}

} // namespace

class TestJobService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRecordAGenerationFromStartToCompletionAndSaveThePlan()
    {
        // GIVEN a team that goes through three stages and makes a plan
        test::MemoryStorage storage;
        JobService jobs(storage);
        ScriptedTeam team;
        QSignalSpy changed(&jobs, &JobService::jobChanged);
        QSignalSpy progress(&jobs, &JobService::progress);
        qint64 createdId = 0;

        // WHEN it generates a plan as a job
        const auto generated = test::await(
            jobs.generatePlan(team, request(), QStringLiteral("{\"goal\":\"Learn Go\"}"),
                              llm::CancelToken(), [&createdId](qint64 id) { createdId = id; }));

        // THEN the plan is saved, and the job that made it is completed and names it
        QVERIFY(generated);
        const Result<Plan> &plan = *generated;
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
        QVERIFY(plan->id > 0);
        HELIOS_AWAIT(stored, storage.plan(plan->id));
        QVERIFY(stored.ok());
        QVERIFY(createdId > 0);
        const Job job = jobOf(storage, createdId);
        QVERIFY(job.status == JobStatus::Completed);
        QCOMPARE(job.kind, QStringLiteral("generate_plan"));
        QCOMPARE(job.input, QStringLiteral("{\"goal\":\"Learn Go\"}"));
        QCOMPARE(job.planId, plan->id);
        QCOMPARE(job.stage, QStringLiteral("scheduling"));
        QCOMPARE(job.ownerPid, 0);
        QVERIFY(job.error.isEmpty());
        // AND every stage was saved as it came, and the listeners heard each one
        QStringList stages;
        for (const QList<QVariant> &args : std::as_const(changed))
            stages << args.at(0).value<Job>().stage;
        QCOMPARE(stages.first(), QStringLiteral("analysing"));
        QVERIFY(stages.contains(QStringLiteral("planning")));
        QVERIFY(changed.constLast().at(0).value<Job>().status == JobStatus::Completed);
        QCOMPARE(progress.count(), 3);
        QCOMPARE(progress.at(0).at(0).toLongLong(), createdId);
        // AND the window's thread never waited on it
        QVERIFY(generated.keptEventLoopRunning());
    }

    void shouldReturnADraftUnsavedAndRecordItsPlanOnceSaved()
    {
        // GIVEN a generation for the preview: the plan comes back unsaved
        test::MemoryStorage storage;
        JobService jobs(storage);
        ScriptedTeam team;
        qint64 jobId = 0;
        HELIOS_AWAIT(draft, jobs.generatePlan(
                                team, request(), QStringLiteral("{}"), llm::CancelToken(),
                                [&jobId](qint64 id) { jobId = id; },
                                JobService::OnCompletion::ReturnDraft));
        QVERIFY(draft.ok());
        QCOMPARE(draft->id, 0);
        HELIOS_AWAIT(none, storage.plans());
        QVERIFY(none->isEmpty());
        QVERIFY(jobOf(storage, jobId).status == JobStatus::Completed);
        QCOMPARE(jobOf(storage, jobId).planId, 0);

        // WHEN the person accepts it and it is saved and attached
        HELIOS_AWAIT(saved, storage.savePlan(*draft));
        QVERIFY(saved.ok());
        HELIOS_AWAIT(attached, jobs.attachPlan(jobId, saved->id));

        // THEN the job names the plan
        QVERIFY(attached.ok());
        QCOMPARE(jobOf(storage, jobId).planId, saved->id);
        // AND a job that did not complete, or does not exist, cannot have a plan attached
        team.answer = ScriptedTeam::Answer::Error;
        qint64 failedId = 0;
        HELIOS_AWAIT(failed,
                     jobs.generatePlan(team, request(), QStringLiteral("{}"), llm::CancelToken(),
                                       [&failedId](qint64 id) { failedId = id; }));
        QVERIFY(!failed.ok());
        HELIOS_AWAIT(refused, jobs.attachPlan(failedId, saved->id));
        QCOMPARE(refused.error().kind, Error::Kind::Usage);
        HELIOS_AWAIT(unknown, jobs.attachPlan(failedId + 100, saved->id));
        QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
    }

    void shouldRecordAFailureAndSaveNothing()
    {
        // GIVEN a team whose model server does not answer
        test::MemoryStorage storage;
        JobService jobs(storage);
        ScriptedTeam team;
        team.answer = ScriptedTeam::Answer::Error;
        qint64 jobId = 0;

        // WHEN it generates
        HELIOS_AWAIT(plan,
                     jobs.generatePlan(team, request(), QStringLiteral("{}"), llm::CancelToken(),
                                       [&jobId](qint64 id) { jobId = id; }));

        // THEN the error comes back, the job failed with it, and no plan was saved
        QVERIFY(!plan.ok());
        QCOMPARE(plan.error().kind, Error::Kind::Provider);
        const Job job = jobOf(storage, jobId);
        QVERIFY(job.status == JobStatus::Failed);
        QCOMPARE(job.error, team.error.message);
        QCOMPARE(job.ownerPid, 0);
        QCOMPARE(storage.calls(QLatin1StringView("save_plan")), 0);
    }

    void shouldStopWhenCancelledHere()
    {
        // GIVEN a generation under way
        test::MemoryStorage storage;
        JobService jobs(storage);
        ScriptedTeam team;
        team.answer = ScriptedTeam::Answer::WaitForCancel;
        llm::CancelToken cancel;
        qint64 jobId = 0;
        auto running = jobs.generatePlan(team, request(), QStringLiteral("{}"), cancel,
                                         [&jobId](qint64 id) { jobId = id; });
        QVERIFY(test::await(signalled(&team, &ScriptedTeam::startedWaiting, team.waiting)));
        QVERIFY(jobOf(storage, jobId).status == JobStatus::Running);

        // WHEN the person cancels it
        cancel.cancel();
        const auto result = test::await(std::move(running));

        // THEN it ends cancelled, and so does its job, without a plan
        QVERIFY(result);
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, Error::Kind::Cancelled);
        const Job job = jobOf(storage, jobId);
        QVERIFY(job.status == JobStatus::Cancelled);
        QCOMPARE(job.planId, 0);
        QCOMPARE(storage.calls(QLatin1StringView("save_plan")), 0);
    }

    void shouldStopWhenAnotherProcessCancelsTheJob()
    {
        // GIVEN a generation under way, and another process's service on the same storage
        test::MemoryStorage storage;
        JobService jobs(storage);
        JobService elsewhere(storage);
        ScriptedTeam team;
        team.answer = ScriptedTeam::Answer::WaitForCancel;
        qint64 jobId = 0;
        auto running = jobs.generatePlan(team, request(), QStringLiteral("{}"), llm::CancelToken(),
                                         [&jobId](qint64 id) { jobId = id; });
        QVERIFY(test::await(signalled(&team, &ScriptedTeam::startedWaiting, team.waiting)));

        // WHEN the other process cancels the job (as `helios-cli cancel` does)
        HELIOS_AWAIT(marked, elsewhere.requestCancel(jobId));
        QVERIFY(marked.ok());
        QVERIFY(marked->status == JobStatus::Cancelled);

        // THEN the running generation notices at its next look and stops
        const auto result = test::await(std::move(running));
        QVERIFY(result);
        QCOMPARE(result->error().kind, Error::Kind::Cancelled);
        QVERIFY(jobOf(storage, jobId).status == JobStatus::Cancelled);
        // AND a finished job cannot be cancelled again
        HELIOS_AWAIT(again, elsewhere.requestCancel(jobId));
        QCOMPARE(again.error().kind, Error::Kind::Usage);
        QVERIFY(again.error().message.contains(QStringLiteral("already cancelled")));
        HELIOS_AWAIT(unknown, elsewhere.requestCancel(jobId + 100));
        QCOMPARE(unknown.error().kind, Error::Kind::NotFound);
        QVERIFY(unknown.error().message.contains(QString::number(jobId + 100)));
    }

    void shouldMarkTheJobsOfProcessesThatAreGoneInterrupted()
    {
        // GIVEN a job this process runs, one whose process is gone and one never started
        test::MemoryStorage storage;
        JobService jobs(storage);
        Job job;
        job.kind = QStringLiteral("generate_plan");
        job.status = JobStatus::Running;
        job.stage = QStringLiteral("researching");
        job.ownerPid = JobService::currentPid();
        HELIOS_AWAIT(mine, storage.insertJob(job));
        job.ownerPid = 0;
        HELIOS_AWAIT(orphan, storage.insertJob(job));
        job.status = JobStatus::Pending;
        job.stage.clear();
        HELIOS_AWAIT(waiting, storage.insertJob(job));
        QVERIFY(mine.ok() && orphan.ok() && waiting.ok());

        // WHEN interrupted jobs are recovered
        HELIOS_AWAIT(recovered, jobs.recoverInterrupted());

        // THEN the two without a live process are interrupted, saying what they were doing
        QVERIFY(recovered.ok());
        QCOMPARE(*recovered, 2);
        QVERIFY(jobOf(storage, mine->id).status == JobStatus::Running);
        QVERIFY(jobOf(storage, orphan->id).status == JobStatus::Interrupted);
        QCOMPARE(jobOf(storage, orphan->id).error,
                 interruptedJobError(QStringLiteral("researching")));
        QVERIFY(jobOf(storage, waiting->id).status == JobStatus::Interrupted);
        // AND the list shows the newest first
        HELIOS_AWAIT(listed, jobs.jobs(2));
        QCOMPARE(listed->size(), 2);
        QCOMPARE(listed->at(0).id, waiting->id);
        HELIOS_AWAIT(one, jobs.job(orphan->id));
        QCOMPARE(one->id, orphan->id);
        HELIOS_AWAIT(none, jobs.job(waiting->id + 100));
        QCOMPARE(none.error().kind, Error::Kind::NotFound);
    }

    void shouldReadBackTheInputOfAGenerationToRetryIt()
    {
        const Goal goal{QStringLiteral("学习Python编程"), QDate(2027, 3, 1), 8, kToday};
        const std::optional<GenerationInput> input = readGenerationJobInput(
            generationJobInput(goal, QStringLiteral("ollama"), QStringLiteral("llama3")));
        QVERIFY(input);
        QCOMPARE(input->goal.text, goal.text);
        QCOMPARE(input->goal.deadline, goal.deadline);
        QCOMPARE(input->goal.hoursPerWeek, 8.0);
        QVERIFY(!input->goal.today.isValid()); // a retry plans from its own today
        QCOMPARE(input->provider, QStringLiteral("ollama"));
        QCOMPARE(input->model, QStringLiteral("llama3"));
        QVERIFY(!readGenerationJobInput(QStringLiteral("{\"kind\":\"other\"}")));
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
        QVERIFY(!JobService::isProcessAlive(0));
#else
        QSKIP("Zombie processes are a Unix matter; this check reads Linux's /proc.");
#endif
    }
};

HELIOS_TEST_MAIN(TestJobService)
#include "tst_job_service.moc"

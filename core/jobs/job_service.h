#pragma once

#include "core/agents/planning_team.h"
#include "core/domain/job.h"
#include "core/domain/job_queries.h"
#include "core/domain/job_writes.h"
#include "core/domain/plan.h"
#include "core/domain/plan_writes.h"
#include "core/domain/result.h"

#include <QObject>

#include <concepts>
#include <memory>
#include <optional>

#include <qcoro/qcorotask.h>

class QTimer;

namespace helios {

// Something that keeps jobs and plans both (the Store, the tests' in-memory storage).
template <typename S>
concept JobStorage = std::derived_from<S, JobQueries> && std::derived_from<S, JobWrites> &&
    std::derived_from<S, PlanWrites>;

// Plan generation as a persisted job: pending -> running (with its stage) -> completed (with the
// plan) | failed (with the error) | cancelled; a job whose process died becomes interrupted at the
// next start (recoverInterrupted). A cancel can come from this process (the CancelToken) or from
// another one (requestCancel, e.g. `helios-cli cancel`): the running process checks its job's row
// every few hundred milliseconds and stops. A plan is saved only when the job completes; a failed
// or cancelled job saves nothing. GUI thread; the storage must outlive the service.
class JobService : public QObject
{
    Q_OBJECT

public:
    JobService(JobQueries &jobQueries, JobWrites &jobWrites, PlanWrites &planWrites,
               QObject *parent = nullptr);
    template <JobStorage S>
    explicit JobService(S &storage, QObject *parent = nullptr)
        : JobService(storage, storage, storage, parent)
    {}

    // Running or pending jobs whose process is gone become interrupted. Returns how many.
    QCoro::Task<Result<int>> recoverInterrupted();

    // What becomes of the plan when the team has made it.
    enum class OnCompletion {
        SavePlan,   // saved at once; the job records its id (the CLI)
        ReturnDraft // returned unsaved, for the person to accept first (the GUI's preview);
                    // attachPlan() records the plan once it is saved
    };

    // Runs team.generate for request as a job. inputJson describes the request for `jobs`
    // (goal, provider, model...). jobCreated is told the job's id at once.
    QCoro::Task<Result<Plan>> generatePlan(agents::PlanningTeam &team, agents::GoalRequest request,
                                           QString inputJson, llm::CancelToken cancel,
                                           std::function<void(qint64)> jobCreated = {},
                                           OnCompletion onCompletion = OnCompletion::SavePlan);
    // Records that a completed job's draft was saved as plan planId.
    QCoro::Task<Status> attachPlan(qint64 jobId, qint64 planId);

    QCoro::Task<Result<QList<Job>>> jobs(int limit = 50);
    QCoro::Task<Result<Job>> job(qint64 id);
    // Marks a pending or running job cancelled; its process notices and stops. A finished job is
    // a usage error ("already completed").
    QCoro::Task<Result<Job>> requestCancel(qint64 id);

    static qint64 currentPid();
    static bool isProcessAlive(qint64 pid);

Q_SIGNALS:
    void jobChanged(const helios::Job &job);
    void progress(qint64 jobId, const helios::agents::ProgressEvent &event);

private:
    QCoro::Task<Status> save(Job job);
    // Polls the job's row until `finished`, cancelling `cancel` when another process cancelled
    // the job; waits on `tick` between looks, so that firing it ends the watch at once.
    QCoro::Task<> watchForCancel(qint64 jobId, llm::CancelToken cancel,
                                 std::shared_ptr<bool> finished, std::shared_ptr<QTimer> tick);

    JobQueries &m_jobQueries;
    JobWrites &m_jobWrites;
    PlanWrites &m_planWrites;
};

// The input of a generate_plan job as `jobs` shows it: the goal, its dates and hours, and the
// provider ("offline", "openai", "ollama") and model that plan it.
QString generationJobInput(const Goal &goal, const QString &provider, const QString &model);

// What generationJobInput wrote, read back to retry the job; nullopt when it is not such an input
// (another kind of job, or damaged). goal.today is left null: a retry plans from its own today.
struct GenerationInput
{
    Goal goal;
    QString provider; // "offline", "openai", "ollama"
    QString model;
};
std::optional<GenerationInput> readGenerationJobInput(const QString &inputJson);

} // namespace helios

Q_DECLARE_METATYPE(helios::Job)

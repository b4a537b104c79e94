#include "app/cli/version_commands.h"

#include "app/cli/cli_output.h"
#include "app/cli/interrupt.h"
#include "app/cli/llm_session.h"
#include "app/cli/sync_commands.h"
#include "core/agents/llm_planning_team.h"
#include "core/agents/offline_planning_team.h"
#include "core/io/plan_json.h"
#include "core/io/version_json.h"
#include "core/jobs/job_service.h"
#include "core/jobs/merged_first.h"
#include "core/jobs/version_service.h"
#include "core/store/llm_store.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace helios::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("helios-cli", text);
}

// Progress of a team on stderr, one line per stage, so that stdout stays the result.
agents::ProgressSink stageReporter(bool verbose)
{
    return [verbose](const agents::ProgressEvent &e) {
        if (e.kind != agents::ProgressEvent::Kind::Stage || !verbose)
            return;
        std::fprintf(stderr, "helios-cli: %s: %s\n", qPrintable(e.agent),
                     qPrintable(agents::toString(e.stage)));
    };
}

QCoro::Task<Result<Plan>> llmRevision(Store &store, const Request &request,
                                      metrics::HeliosMetrics &metrics, const Plan &current)
{
    LlmStore llmStore(store.path());
    auto opening = llmStore.open();
    const Status opened = co_await opening;
    if (!opened)
        co_return opened.error();
    LlmSession session(request.llm, &metrics, &llmStore);
    InterruptGuard interrupt(session.cancelToken());
    auto starting = session.start();
    const Status started = co_await starting;
    Result<Plan> revised = started.ok() ? Result<Plan>() : Result<Plan>(started.error());
    if (started) {
        agents::LlmTeamOptions options;
        options.call = session.callOptions();
        agents::LlmPlanningTeam team(session.client(), options);
        agents::ProgressSummary summary = agents::ProgressSummary::of(current, request.goal.today);
        if (request.newDeadline)
            summary.deadline = *request.newDeadline;
        if (request.newHoursPerWeek)
            summary.hoursPerWeek = *request.newHoursPerWeek;
        auto revising =
            team.revise(current, summary, stageReporter(request.verbose), session.cancelToken());
        revised = co_await revising;
    }
    auto draining = session.drain();
    co_await draining;
    co_return revised;
}

QCoro::Task<int> replanCommand(Store &store, const Request &request,
                               metrics::HeliosMetrics &metrics)
{
    VersionService versions(store);
    // A bound plan first takes in the server's edits: the re-plan runs on the merged plan.
    SyncAroundChange sync;
    if (request.accept) {
        QCoro::Task<> merging = sync.before(store, request.planId);
        co_await std::move(merging);
    }
    auto proposing = versions.proposeReplan(request.planId, request.goal.today, request.newDeadline,
                                            request.newHoursPerWeek);
    Result<ReplanProposal> proposal = co_await proposing;
    if (!proposal)
        co_return fail(proposal.error());
    QString reason = QStringLiteral("replan");
    if (request.replanWithLlm) {
        auto revising = llmRevision(store, request, metrics, proposal->current);
        Result<Plan> revised = co_await revising;
        if (!revised)
            co_return fail(revised.error());
        proposal->proposed = *revised;
        proposal->diff = diffPlans(proposal->current, proposal->proposed);
        reason = QStringLiteral("revision");
    }
    int version = 0;
    Plan shown = proposal->proposed;
    if (request.accept) {
        auto applying = versions.applyVersion(proposal->proposed, reason);
        Result<AppliedVersion> applied = co_await applying;
        if (!applied)
            co_return fail(applied.error());
        shown = applied->plan;
        version = applied->version; // the number this save got, not the latest at some moment
        QCoro::Task<> sending = sync.after(store); // the tasks it moved, and only those
        co_await std::move(sending);
    }
    if (request.json) {
        QJsonObject out{
            {QStringLiteral("plan_id"), request.planId},
            {QStringLiteral("accepted"), request.accept},
            {QStringLiteral("version"), version > 0 ? QJsonValue(version) : QJsonValue()},
            {QStringLiteral("diff"), planDiffToJson(proposal->diff)},
            {QStringLiteral("plan"), planToJson(shown)}};
        if (sync.bound())
            out.insert(QStringLiteral("sync"), sync.json());
        writeJson(out);
        co_return 0;
    }
    QString text = describe(proposal->diff) + QLatin1Char('\n');
    if (request.accept)
        text += tr("Applied as version %1 of plan %2. 'helios-cli versions %2 --restore N' goes "
                   "back.\n")
                    .arg(version)
                    .arg(request.planId);
    else if (!proposal->diff.isEmpty())
        text += tr("Nothing changed yet: run it again with --accept to apply this proposal.\n");
    writeOut(text);
    co_return 0;
}

QCoro::Task<int> versionsCommand(Store &store, const Request &request)
{
    VersionService versions(store);
    auto listing = versions.versions(request.planId);
    Result<QList<PlanVersion>> list = co_await listing;
    if (!list)
        co_return fail(list.error());
    if (request.json) {
        QJsonArray array;
        for (const PlanVersion &v : *list)
            array.append(planVersionToJson(v));
        writeJson(
            {{QStringLiteral("plan_id"), request.planId}, {QStringLiteral("versions"), array}});
        co_return 0;
    }
    if (list->isEmpty()) {
        writeOut(
            tr("Plan %1 has one version so far: it was never re-planned.\n").arg(request.planId));
        co_return 0;
    }
    QString text;
    for (const PlanVersion &v : *list)
        text += QStringLiteral("%1  %2  %3\n")
                    .arg(v.version, 3)
                    .arg(v.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         v.reason);
    writeOut(text);
    co_return 0;
}

QCoro::Task<int> restoreCommand(Store &store, const Request &request)
{
    VersionService versions(store);
    // A bound plan first takes in the server's edits (so they are kept in its versions), then
    // the restored version's changes are sent.
    SyncAroundChange sync;
    QCoro::Task<> merging = sync.before(store, request.planId);
    co_await std::move(merging);
    // What the phone changed since the last sync stays (core/jobs/merged_first.h).
    auto restoring = versions.restore(request.planId, request.versionA, [&sync](Plan old) {
        return keepMergedEdits(sync.planBefore(), sync.planMerged(), std::move(old));
    });
    Result<AppliedVersion> restored = co_await restoring;
    if (!restored)
        co_return fail(restored.error());
    QCoro::Task<> sending = sync.after(store);
    co_await std::move(sending);
    const int version = restored->version;
    if (request.json) {
        QJsonObject out{{QStringLiteral("plan_id"), request.planId},
                        {QStringLiteral("version"), version},
                        {QStringLiteral("plan"), planToJson(restored->plan)}};
        if (sync.bound())
            out.insert(QStringLiteral("sync"), sync.json());
        writeJson(out);
    } else
        writeOut(tr("Restored version %1 of plan %2 as version %3.\n")
                     .arg(request.versionA)
                     .arg(request.planId)
                     .arg(version));
    co_return 0;
}

QCoro::Task<int> diffCommand(Store &store, const Request &request)
{
    VersionService versions(store);
    auto loadingA = versions.version(request.planId, request.versionA);
    Result<Plan> a = co_await loadingA;
    if (!a)
        co_return fail(a.error());
    auto loadingB = versions.version(request.planId, request.versionB);
    Result<Plan> b = co_await loadingB;
    if (!b)
        co_return fail(b.error());
    const PlanDiff diff = diffPlans(*a, *b);
    if (request.json)
        writeJson({{QStringLiteral("plan_id"), request.planId},
                   {QStringLiteral("from"), request.versionA},
                   {QStringLiteral("to"), request.versionB},
                   {QStringLiteral("diff"), planDiffToJson(diff)}});
    else
        writeOut(describe(diff) + QLatin1Char('\n'));
    co_return 0;
}

QCoro::Task<int> jobsCommand(Store &store, const Request &request)
{
    JobService jobs(store);
    auto recovering = jobs.recoverInterrupted();
    co_await recovering;
    auto listing = jobs.jobs(100);
    Result<QList<Job>> list = co_await listing;
    if (!list)
        co_return fail(list.error());
    if (request.json) {
        QJsonArray array;
        for (const Job &j : *list)
            array.append(jobToJson(j));
        writeJson({{QStringLiteral("jobs"), array}});
        co_return 0;
    }
    if (list->isEmpty()) {
        writeOut(tr("No jobs yet.\n"));
        co_return 0;
    }
    QString text;
    for (const Job &j : *list) {
        text += QStringLiteral("%1  %2  %3")
                    .arg(j.id, 4)
                    .arg(toString(j.status), -11)
                    .arg(j.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (j.planId > 0)
            text += tr("  plan %1").arg(j.planId);
        if (!j.error.isEmpty() && j.status != JobStatus::Completed)
            text += QStringLiteral("  ") + j.error;
        text += QLatin1Char('\n');
    }
    writeOut(text);
    co_return 0;
}

QCoro::Task<int> cancelCommand(Store &store, const Request &request)
{
    JobService jobs(store);
    auto cancelling = jobs.requestCancel(request.jobId);
    Result<Job> job = co_await cancelling;
    if (!job)
        co_return fail(job.error());
    if (request.json)
        writeJson({{QStringLiteral("job"), jobToJson(*job)}});
    else
        writeOut(tr("Job %1 is cancelled; its process stops within a second.\n").arg(job->id));
    co_return 0;
}

QString jobInput(const Request &request, const QString &model)
{
    return generationJobInput(request.goal, llm::toString(request.llm.provider), model);
}

QCoro::Task<int> retryCommand(Store &store, const Request &request,
                              metrics::HeliosMetrics &metrics);

} // namespace

bool isVersionCommand(Command command)
{
    return command == Command::Replan || command == Command::Versions ||
           command == Command::RestoreVersion || command == Command::Diff ||
           command == Command::Jobs || command == Command::Cancel || command == Command::Retry;
}

QCoro::Task<int> runVersionCommand(Store &store, const Request &request,
                                   metrics::HeliosMetrics &metrics)
{
    switch (request.command) {
    case Command::Replan:
        return replanCommand(store, request, metrics);
    case Command::Versions:
        return versionsCommand(store, request);
    case Command::RestoreVersion:
        return restoreCommand(store, request);
    case Command::Diff:
        return diffCommand(store, request);
    case Command::Jobs:
        return jobsCommand(store, request);
    case Command::Retry:
        return retryCommand(store, request, metrics);
    default:
        return cancelCommand(store, request);
    }
}

QCoro::Task<int> generatePlan(Store &store, const Request &request, metrics::HeliosMetrics &metrics)
{
    JobService jobs(store);
    auto recovering = jobs.recoverInterrupted();
    co_await recovering;

    agents::GoalRequest goal{request.goal, std::nullopt, QString()};
    goal.goal.text = goal.goal.text.trimmed();
    auto reportJob = [&request](qint64 id) {
        if (request.verbose)
            std::fprintf(stderr, "helios-cli: job %lld\n", static_cast<long long>(id));
    };

    Result<Plan> plan;
    if (request.llm.provider == llm::ProviderKind::Offline) {
        agents::OfflinePlanningTeam team;
        llm::CancelToken cancel;
        InterruptGuard interrupt(cancel);
        auto running =
            jobs.generatePlan(team, goal, jobInput(request, QString()), cancel, reportJob);
        plan = co_await running;
    } else {
        LlmStore llmStore(store.path());
        auto opening = llmStore.open();
        const Status opened = co_await opening;
        if (!opened)
            co_return fail(opened.error());
        LlmSession session(request.llm, &metrics, &llmStore);
        InterruptGuard interrupt(session.cancelToken());
        auto starting = session.start();
        const Status started = co_await starting;
        if (!started) {
            plan = started.error();
        } else {
            agents::LlmTeamOptions options;
            options.call = session.callOptions();
            if (request.llm.temperature)
                options.temperature = *request.llm.temperature;
            agents::LlmPlanningTeam team(session.client(), options);
            auto running = jobs.generatePlan(team, goal, jobInput(request, session.model()),
                                             session.cancelToken(), reportJob);
            plan = co_await running;
        }
        auto draining = session.drain();
        co_await draining;
    }
    if (!plan)
        co_return fail(plan.error());
    qInfo("Created plan %lld with %lld tasks", static_cast<long long>(plan->id),
          static_cast<long long>(plan->tasks.size()));
    printCreatedPlan(*plan, request.json);
    co_return 0;
}

namespace {

// retry JOB_ID: the job's goal, deadline and hours, planned again as a new job from today, with the
// job's provider and model unless the command line names others.
QCoro::Task<int> retryCommand(Store &store, const Request &request, metrics::HeliosMetrics &metrics)
{
    JobService jobs(store);
    auto recovering = jobs.recoverInterrupted();
    co_await recovering;
    auto loading = jobs.job(request.jobId);
    Result<Job> job = co_await loading;
    if (!job)
        co_return fail(job.error());
    if (job->status != JobStatus::Failed && job->status != JobStatus::Cancelled &&
        job->status != JobStatus::Interrupted)
        co_return fail(Error::usage(tr("Job %1 is %2; only a failed, cancelled or interrupted "
                                       "job can be retried.")
                                        .arg(request.jobId)
                                        .arg(toString(job->status))));
    const std::optional<GenerationInput> input = readGenerationJobInput(job->input);
    if (!input)
        co_return fail(
            Error::usage(tr("Job %1 has no goal to plan again (it is not a plan generation).")
                             .arg(request.jobId)));
    Request again = request;
    again.command = Command::Plan;
    again.goal = input->goal;
    again.goal.today = request.today;
    if (!request.llm.providerGiven) {
        if (const auto kind = llm::providerKindFromString(input->provider))
            again.llm.provider = *kind;
        if (again.llm.model.isEmpty())
            again.llm.model = input->model;
    }
    if (request.verbose)
        std::fprintf(stderr, "helios-cli: retrying job %lld\n",
                     static_cast<long long>(request.jobId));
    QCoro::Task<int> generating = generatePlan(store, again, metrics);
    co_return co_await std::move(generating);
}

} // namespace

} // namespace helios::cli

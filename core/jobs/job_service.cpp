#include "core/jobs/job_service.h"

#include "core/llm/http_deadline.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

#include <csignal>
#include <memory>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <unistd.h>
#endif

namespace helios {

namespace {

constexpr int kCancelPollMs = 300;

Error noJob(qint64 id)
{
    return Error::notFound(
        QCoreApplication::translate("helios", "There is no job with id %1.").arg(id));
}

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QString generationJobInput(const Goal &goal, const QString &provider, const QString &model)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("goal"), goal.text},
                                  {QStringLiteral("deadline"), dateJson(goal.deadline)},
                                  {QStringLiteral("hours_per_week"), goal.hoursPerWeek},
                                  {QStringLiteral("today"), dateJson(goal.today)},
                                  {QStringLiteral("provider"), provider},
                                  {QStringLiteral("model"), model}})
            .toJson(QJsonDocument::Compact));
}

std::optional<GenerationInput> readGenerationJobInput(const QString &inputJson)
{
    const QJsonDocument doc = QJsonDocument::fromJson(inputJson.toUtf8());
    const QJsonObject o = doc.object();
    const QJsonValue goal = o.value(QLatin1String("goal"));
    const QJsonValue hours = o.value(QLatin1String("hours_per_week"));
    if (!doc.isObject() || !goal.isString() || !hours.isDouble())
        return std::nullopt;
    GenerationInput input;
    input.goal.text = goal.toString();
    input.goal.hoursPerWeek = hours.toDouble();
    input.goal.deadline =
        QDate::fromString(o.value(QLatin1String("deadline")).toString(), Qt::ISODate);
    input.provider = o.value(QLatin1String("provider")).toString();
    input.model = o.value(QLatin1String("model")).toString();
    return input;
}

JobService::JobService(JobQueries &jobQueries, JobWrites &jobWrites, PlanWrites &planWrites,
                       QObject *parent)
    : QObject(parent), m_jobQueries(jobQueries), m_jobWrites(jobWrites), m_planWrites(planWrites)
{
    qRegisterMetaType<helios::Job>();
}

qint64 JobService::currentPid()
{
    return QCoreApplication::applicationPid();
}

bool JobService::isProcessAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    if (pid == currentPid())
        return true;
#ifdef Q_OS_WIN
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return false;
    DWORD code = 0;
    const bool running = GetExitCodeProcess(process, &code) && code == STILL_ACTIVE;
    CloseHandle(process);
    return running;
#else
    if (!(::kill(pid_t(pid), 0) == 0 || errno == EPERM))
        return false;
#ifdef Q_OS_LINUX
    // A killed process stays a zombie until its parent reaps it, and kill(pid, 0) still succeeds
    // for it; its job is as dead as the process. /proc/PID/stat: "pid (name) state ...".
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        if (close >= 0 && close + 2 < line.size() && line.at(close + 2) == 'Z')
            return false;
    }
#endif
    return true;
#endif
}

QCoro::Task<Result<int>> JobService::recoverInterrupted()
{
    return m_jobWrites.interruptOrphanedJobs(&JobService::isProcessAlive);
}

QCoro::Task<Status> JobService::save(Job job)
{
    QPointer<JobService> self(this);
    auto running = m_jobWrites.updateJob(job);
    const Status done = co_await running;
    if (done && self)
        Q_EMIT self->jobChanged(job);
    co_return done;
}

QCoro::Task<Result<Job>> JobService::job(qint64 id)
{
    auto loading = m_jobQueries.job(id);
    const Result<std::optional<Job>> found = co_await loading;
    if (!found)
        co_return found.error();
    const std::optional<Job> &row = *found;
    if (!row)
        co_return noJob(id);
    co_return *row;
}

QCoro::Task<Result<QList<Job>>> JobService::jobs(int limit)
{
    return m_jobQueries.recentJobs(limit);
}

QCoro::Task<Result<Job>> JobService::requestCancel(qint64 id)
{
    QPointer<JobService> self(this);
    auto loading = job(id);
    Result<Job> current = co_await loading;
    if (!self)
        co_return Error::cancelled();
    if (!current)
        co_return current.error();
    if (current->status != JobStatus::Pending && current->status != JobStatus::Running)
        co_return Error::usage(
            QCoreApplication::translate("helios", "Job %1 is already %2; only a pending or running "
                                                  "job can be cancelled.")
                .arg(id)
                .arg(toString(current->status)));
    current->status = JobStatus::Cancelled;
    current->error = QCoreApplication::translate("helios", "Cancelled.");
    auto saving = save(*current);
    const Status saved = co_await saving;
    if (!saved)
        co_return saved.error();
    co_return *current;
}

QCoro::Task<> JobService::watchForCancel(qint64 jobId, llm::CancelToken cancel,
                                         std::shared_ptr<bool> finished,
                                         std::shared_ptr<QTimer> tick)
{
    QPointer<JobService> self(this);
    while (!*finished && !cancel.isCancelled()) {
        // Woken through a signal of our own: QCoro 0.8 awaiting QTimer::timeout itself passes
        // its QPrivateSignal argument as a null reference (undefined behaviour, caught by UBSan).
        auto wake = std::make_shared<llm::detail::Wakeup>();
        QObject::connect(tick.get(), &QTimer::timeout, wake.get(), &llm::detail::Wakeup::fire);
        tick->start(kCancelPollMs);
        auto waiting = llm::detail::waitFor(wake);
        co_await waiting;
        if (!self || *finished)
            co_return;
        auto loading = job(jobId);
        Result<Job> row = co_await loading;
        if (!self || *finished)
            co_return;
        if (row && row->status == JobStatus::Cancelled)
            cancel.cancel();
    }
}

QCoro::Task<Result<Plan>> JobService::generatePlan(agents::PlanningTeam &team,
                                                   agents::GoalRequest request, QString inputJson,
                                                   llm::CancelToken cancel,
                                                   std::function<void(qint64)> jobCreated,
                                                   OnCompletion onCompletion)
{
    QPointer<JobService> self(this);
    Job fresh;
    fresh.kind = QStringLiteral("generate_plan");
    fresh.status = JobStatus::Pending;
    fresh.input = inputJson;
    fresh.ownerPid = currentPid();
    auto inserting = m_jobWrites.insertJob(fresh);
    Result<Job> created = co_await inserting;
    if (!self)
        co_return Error::cancelled();
    if (!created)
        co_return created.error();
    Job job = std::move(created).value();
    if (jobCreated)
        jobCreated(job.id);

    job.status = JobStatus::Running;
    job.stage = agents::toString(agents::PlanningStage::Analysing);
    auto starting = save(job);
    const Status started = co_await starting;
    if (!self)
        co_return Error::cancelled();
    if (!started)
        co_return started.error();

    // The watch is awaited once the plan is done, its timer fired at once to end it: a watch
    // left waiting on its timer when the process exits (helios-cli right after the plan) would
    // never be freed.
    auto finished = std::make_shared<bool>(false);
    auto tick = std::make_shared<QTimer>();
    tick->setSingleShot(true);
    QCoro::Task<> watching = watchForCancel(job.id, cancel, finished, tick);

    // Stage changes are saved (a few per job); streamed text only goes to listeners.
    auto lastStage = std::make_shared<QString>(job.stage);
    const qint64 jobId = job.id;
    agents::ProgressSink sink = [self, jobId, job, lastStage](const agents::ProgressEvent &e) {
        if (!self)
            return;
        Q_EMIT self->progress(jobId, e);
        if (e.kind == agents::ProgressEvent::Kind::Stage &&
            agents::toString(e.stage) != *lastStage) {
            *lastStage = agents::toString(e.stage);
            Job staged = job;
            staged.stage = *lastStage;
            self->save(staged);
        }
    };
    auto generating = team.generate(std::move(request), sink, cancel);
    Result<Plan> plan = co_await generating;
    *finished = true;
    tick->start(0);
    co_await watching;
    if (!self)
        co_return plan;

    // A cancel from another process may have come just as the plan was ready.
    auto checking = this->job(jobId);
    Result<Job> latest = co_await checking;
    if (!self)
        co_return plan;
    if (plan && latest && latest->status == JobStatus::Cancelled)
        plan = Error::cancelled();

    if (plan && onCompletion == OnCompletion::SavePlan) {
        auto storing = m_planWrites.savePlan(*plan);
        plan = co_await storing;
        if (!self)
            co_return plan;
    }
    job.stage = *lastStage;
    job.ownerPid = 0;
    if (plan) {
        job.status = JobStatus::Completed;
        job.planId = plan->id;
        job.error.clear();
    } else {
        job.status =
            plan.error().kind == Error::Kind::Cancelled ? JobStatus::Cancelled : JobStatus::Failed;
        job.error = plan.error().message;
    }
    auto closing = save(job);
    // The plan is saved either way; a failed status write does not change what is returned.
    [[maybe_unused]] const Status closed = co_await closing;
    co_return plan;
}

QCoro::Task<Status> JobService::attachPlan(qint64 jobId, qint64 planId)
{
    QPointer<JobService> self(this);
    auto loading = job(jobId);
    Result<Job> current = co_await loading;
    if (!self)
        co_return Error::cancelled();
    if (!current)
        co_return current.error();
    if (current->status != JobStatus::Completed)
        co_return Error::usage(QCoreApplication::translate(
                                   "helios", "Job %1 is %2; only a completed job's plan can be "
                                             "recorded.")
                                   .arg(jobId)
                                   .arg(toString(current->status)));
    current->planId = planId;
    auto saving = save(*current);
    const Status saved = co_await saving;
    co_return saved;
}

} // namespace helios

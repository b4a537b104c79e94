#include "app/cli/cli_commands.h"

#include "app/cli/backup_commands.h"
#include "app/cli/db_commands.h"
#include "app/cli/edit_commands.h"
#include "app/cli/io_commands.h"
#include "app/cli/llm_commands.h"
#include "app/cli/serve_command.h"
#include "app/cli/sync_commands.h"
#include "app/cli/template_commands.h"
#include "app/cli/text_output.h"
#include "app/cli/today_commands.h"
#include "app/cli/version_commands.h"
#include "core/io/output_file.h"
#include "core/io/plan_json.h"
#include "core/jobs/plan_service.h"
#include "core/jobs/template_gallery.h"
#include "core/log/logging.h"
#include "core/metrics/helios_metrics.h"
#include "core/metrics/metric.h"
#include "core/metrics/metrics_registry.h"
#include "core/metrics/process_stats.h"
#include "core/metrics/prometheus_text.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace helios::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("helios-cli", text);
}

const char *commandName(Command command)
{
    switch (command) {
    case Command::Serve:
        return "serve";
    case Command::Plan:
        return "plan";
    case Command::PlanFromTemplate:
        return "plan --from-template";
    case Command::Plans:
        return "plans";
    case Command::Show:
        return "show";
    case Command::DeletePlan:
        return "delete";
    case Command::SetTaskStatus:
        return "task set-status";
    case Command::Templates:
        return "templates";
    case Command::SetTemplate:
        return "template";
    case Command::ExportTemplate:
        return "template export";
    case Command::ImportTemplate:
        return "template import";
    case Command::DbStatus:
        return "db status";
    case Command::DbCheck:
        return "db check";
    case Command::DbMigrate:
        return "db migrate";
    case Command::Backup:
        return "backup";
    case Command::Restore:
        return "restore";
    case Command::Backups:
        return "backups";
    case Command::Help:
        return "help";
    case Command::Version:
        return "version";
    case Command::Ask:
        return "ask";
    case Command::Models:
        return "models";
    case Command::CacheStats:
        return "cache stats";
    case Command::CacheClear:
        return "cache clear";
    case Command::Replan:
        return "replan";
    case Command::Versions:
        return "versions";
    case Command::RestoreVersion:
        return "versions --restore";
    case Command::Diff:
        return "diff";
    case Command::Jobs:
        return "jobs";
    case Command::Cancel:
        return "cancel";
    case Command::Retry:
        return "retry";
    case Command::Export:
        return "export";
    case Command::Import:
        return "import";
    case Command::AddTask:
        return "task add";
    case Command::EditTask:
        return "task edit";
    case Command::RemoveTask:
        return "task remove";
    case Command::RenamePlan:
        return "plan rename";
    case Command::Today:
        return "today";
    case Command::MoveTaskToTomorrow:
        return "task tomorrow";
    case Command::SyncStatus:
        return "sync status";
    case Command::SyncNow:
        return "sync now";
    case Command::SyncConnect:
        return "sync --account";
    case Command::SyncStop:
        return "sync stop";
    }
    return "";
}

bool isDbCommand(Command command)
{
    return command == Command::DbStatus || command == Command::DbCheck ||
           command == Command::DbMigrate;
}

// Without a database file, only `plan` creates one; the others answer (or fail) without it.
int answerWithoutDatabase(const Request &request, const QString &databasePath)
{
    switch (request.command) {
    case Command::Plans:
        if (request.json)
            writeJson({{QStringLiteral("plans"), QJsonArray()}});
        else
            writeOut(formatPlanList({}));
        return 0;
    case Command::Templates: // runCommandOnce: the built-in templates, without a database
    case Command::ExportTemplate:
    case Command::ImportTemplate:
        break;
    case Command::Show:
    case Command::DeletePlan:
    case Command::SetTemplate:
        return fail(Error::notFound(tr("There is no plan with id %1.").arg(request.planId)));
    case Command::PlanFromTemplate:
        return fail(Error::notFound(tr("There is no plan with id %1.").arg(request.templateId)));
    case Command::SetTaskStatus:
    case Command::MoveTaskToTomorrow:
        return fail(Error::notFound(tr("There is no task with id %1.").arg(request.taskId)));
    case Command::EditTask:
    case Command::RemoveTask:
        return fail(Error::notFound(tr("There is no task with id %1.").arg(request.edit.taskId)));
    case Command::AddTask:
    case Command::RenamePlan:
        return fail(Error::notFound(tr("There is no plan with id %1.").arg(request.planId)));
    case Command::SyncStatus:
        if (request.json)
            writeJson({{QStringLiteral("bindings"), QJsonArray()}});
        else
            writeOut(tr("No plan is synced. Start with: helios-cli sync --account URL --user NAME "
                        "--plan PLAN_ID\n"));
        return 0;
    case Command::SyncNow:
        return fail(Error::usage(tr("No plan is synced: bind one first with helios-cli sync "
                                    "--account URL --plan PLAN_ID.")));
    case Command::SyncConnect:
        return fail(Error::notFound(tr("There is no plan with id %1.").arg(request.planId)));
    case Command::SyncStop:
        return fail(
            Error::notFound(tr("Plan %1 is not synced with a server.").arg(request.planId)));
    case Command::Today: {
        // No database yet: nothing is planned, an empty day, nothing overdue.
        Agenda empty;
        empty.date = request.today;
        if (request.rescheduleOverdue)
            printNothingOverdue(empty, request);
        else
            printAgenda(empty, request.json);
        return 0;
    }
    case Command::Replan:
    case Command::Versions:
    case Command::RestoreVersion:
    case Command::Diff:
        return fail(Error::notFound(tr("There is no plan with id %1.").arg(request.planId)));
    case Command::Jobs:
        if (request.json)
            writeJson({{QStringLiteral("jobs"), QJsonArray()}});
        else
            writeOut(tr("No jobs yet.\n"));
        return 0;
    case Command::Cancel:
    case Command::Retry:
        return fail(Error::notFound(tr("There is no job with id %1.").arg(request.jobId)));
    case Command::DbStatus:
    case Command::DbCheck:
    case Command::DbMigrate:
    case Command::Backup:
        return fail(Error::storage(
            tr("There is no database at %1.").arg(QDir::toNativeSeparators(databasePath))));
    case Command::Export:
        return exportWithoutDatabase(request);
    case Command::Plan:
    case Command::Restore:
    case Command::Backups:
    case Command::Import:
    case Command::Help:
    case Command::Version:
    case Command::Ask:
    case Command::Models:
    case Command::CacheStats:
    case Command::CacheClear:
    case Command::Serve: // serve creates the database, as plan does
        break;
    }
    return 0;
}

// Named tasks, not temporaries, in co_await expressions: GCC 12 mishandles some temporaries of a
// co_await expression (docs/ARCHITECTURE.md).
QCoro::Task<int> listPlans(PlanService &service, const Request &request)
{
    QCoro::Task<Result<QList<PlanSummary>>> listing = service.plans();
    Result<QList<PlanSummary>> plans = co_await std::move(listing);
    if (!plans)
        co_return fail(plans.error());
    if (request.json) {
        QJsonArray array;
        for (const PlanSummary &summary : *plans)
            array.append(planSummaryToJson(summary));
        writeJson({{QStringLiteral("plans"), array}});
    } else {
        writeOut(formatPlanList(*plans));
    }
    co_return 0;
}

QCoro::Task<int> deletePlan(PlanService &service, const Request &request)
{
    // Read first, to say what went: the goal and how many tasks.
    QCoro::Task<Result<Plan>> loading = service.plan(request.planId);
    Result<Plan> plan = co_await std::move(loading);
    if (!plan)
        co_return fail(plan.error());
    QCoro::Task<Status> deleting = service.deletePlan(request.planId);
    const Status deleted = co_await std::move(deleting);
    if (!deleted)
        co_return fail(deleted.error());
    qInfo("Plan %lld deleted", static_cast<long long>(request.planId));
    if (request.json)
        writeJson({{QStringLiteral("plan_id"), request.planId},
                   {QStringLiteral("deleted"), true},
                   {QStringLiteral("tasks"), int(plan->tasks.size())}});
    else
        writeOut(tr("Deleted plan %1 “%2” and its %3 tasks.\n")
                     .arg(request.planId)
                     .arg(plan->goal)
                     .arg(plan->tasks.size()));
    co_return 0;
}

QCoro::Task<int> showPlan(PlanService &service, const Request &request)
{
    QCoro::Task<Result<Plan>> loading = service.plan(request.planId);
    Result<Plan> plan = co_await std::move(loading);
    if (!plan)
        co_return fail(plan.error());
    printPlan(*plan, request.json);
    co_return 0;
}

QCoro::Task<int> setTaskStatus(PlanService &service, const Request &request)
{
    QCoro::Task<Result<Task>> changing = service.setTaskStatus(request.taskId, request.status);
    Result<Task> task = co_await std::move(changing);
    if (!task)
        co_return fail(task.error());
    qInfo("Task %lld is now %s", static_cast<long long>(task->id),
          qPrintable(toString(task->status)));

    // The plan gives the task its context: dependency ids and the plan's progress.
    QCoro::Task<Result<Plan>> loading = service.plan(task->planId);
    Result<Plan> plan = co_await std::move(loading);
    if (!plan)
        co_return fail(plan.error());
    Task updated = *task;
    for (const Task &t : plan->tasks) {
        if (t.id == task->id)
            updated = t;
    }
    if (request.json)
        writeJson({{QStringLiteral("task"), taskToJson(*plan, updated)}});
    else
        writeOut(formatTaskChange(*plan, updated));
    co_return 0;
}

QCoro::Task<int> notAStoreCommand(Command command)
{
    co_return failUnexpectedly(
        QStringLiteral("%1 is not a store command").arg(QLatin1String(commandName(command))));
}

// The command's task over an opened store.
QCoro::Task<int> runCommand(PlanService &service, const Request &request)
{
    switch (request.command) {
    case Command::PlanFromTemplate:
        return createFromTemplate(service, request);
    case Command::Plans:
        return listPlans(service, request);
    case Command::Show:
        return showPlan(service, request);
    case Command::DeletePlan:
        return deletePlan(service, request);
    case Command::SetTaskStatus:
        return setTaskStatus(service, request);
    case Command::Templates: // runOnStore: runGalleryCommand
    case Command::ExportTemplate:
    case Command::ImportTemplate:
        break;
    case Command::SetTemplate:
        return setTemplate(service, request);
    case Command::Plan: // runOnStore: generatePlan, the planning team as a job
    case Command::DbStatus:
    case Command::DbCheck:
    case Command::DbMigrate:
    case Command::Backup:
    case Command::Restore:
    case Command::Backups:
    case Command::Export:
    case Command::Import:
    case Command::Help:
    case Command::Version:
    case Command::Ask:
    case Command::Models:
    case Command::CacheStats:
    case Command::CacheClear:
    case Command::Replan:
    case Command::Versions:
    case Command::RestoreVersion:
    case Command::Diff:
    case Command::Jobs:
    case Command::Cancel:
    case Command::Retry:
    case Command::Serve:
    case Command::AddTask:
    case Command::EditTask:
    case Command::RemoveTask:
    case Command::RenamePlan:
    case Command::Today:
    case Command::MoveTaskToTomorrow:
    case Command::SyncStatus:
    case Command::SyncNow:
    case Command::SyncConnect:
    case Command::SyncStop:
        break;
    }
    return notAStoreCommand(request.command);
}

QCoro::Task<int> runOnStore(const Request &request, const QString &databasePath,
                            metrics::HeliosMetrics &metrics,
                            std::optional<QList<ImportedPlan>> parsedImport)
{
    StoreOptions options;
    options.workerThreads = request.dbWorkers;
    options.dailyBackup = true;
    options.queryDurations = &metrics.storeQueryDuration;
    options.queryCacheRequests = &metrics.storeQueryCacheRequests;
    Store store(databasePath, options);
    QCoro::Task<Status> opening = store.open();
    Status opened = co_await std::move(opening);
    if (!opened)
        co_return fail(opened.error());

    if (request.command == Command::Plan) {
        QCoro::Task<int> generating = generatePlan(store, request, metrics);
        co_return co_await std::move(generating);
    }
    if (isVersionCommand(request.command)) {
        QCoro::Task<int> running = runVersionCommand(store, request, metrics);
        co_return co_await std::move(running);
    }
    if (isEditCommand(request.command)) {
        QCoro::Task<int> editing = runEditCommand(store, request);
        co_return co_await std::move(editing);
    }
    if (isTodayCommand(request.command)) {
        QCoro::Task<int> running = runTodayCommand(store, request);
        co_return co_await std::move(running);
    }
    if (isSyncCommand(request.command)) {
        QCoro::Task<int> running = runSyncCommand(store, request);
        co_return co_await std::move(running);
    }
    if (request.command == Command::Export || request.command == Command::Import) {
        QCoro::Task<int> transferring = request.command == Command::Export
                                            ? exportPlans(store, request)
                                            : importPlans(store, request, std::move(parsedImport));
        co_return co_await std::move(transferring);
    }
    PlanService service(store);
    if (isGalleryCommand(request)) {
        TemplateGallery gallery(store);
        QCoro::Task<int> running = runGalleryCommand(gallery, &service, request);
        co_return co_await std::move(running);
    }
    QCoro::Task<int> running = runCommand(service, request);
    co_return co_await std::move(running);
}

// --metrics-out: the Prometheus text, written whole or not at all. A failure to write it is a
// storage failure of the run even when the command itself succeeded.
int writeMetrics(const QString &path, const metrics::MetricsRegistry &registry,
                 metrics::HeliosMetrics &metrics, int exitCode)
{
    if (path.isEmpty())
        return exitCode;
    metrics::ProcessStats::updateResidentMemory(metrics.processResidentMemory.labels());
    OutputFile file(path);
    bool written = file.open();
    if (written) {
        written = file.device().write(metrics::toPrometheusText(registry)) >= 0;
        written = file.commit() && written;
    }
    if (!written) {
        const int code =
            fail(Error::storage(tr("The metrics were not written. %1").arg(file.errorString())));
        return exitCode == 0 ? code : exitCode;
    }
    return exitCode;
}

QCoro::Task<int> runCommandOnce(const Request &request, const QString &databasePath,
                                metrics::HeliosMetrics &metrics,
                                std::optional<QList<ImportedPlan>> parsedImport)
{
    if (isLlmCommand(request.command)) {
        QCoro::Task<int> running = runLlmCommand(request, databasePath, metrics);
        co_return co_await std::move(running);
    }
    // Only the commands that save a plan, and those about backups, work without a database.
    const bool worksWithoutDatabase =
        request.command == Command::Plan || request.command == Command::Import ||
        request.command == Command::Restore || request.command == Command::Backups ||
        request.command == Command::ImportTemplate ||
        (request.command == Command::PlanFromTemplate && !request.templateRef.isEmpty());
    // Without a database the gallery has only its built-in templates; none is created to list
    // or export them.
    if (!QFileInfo::exists(databasePath) &&
        (request.command == Command::Templates || request.command == Command::ExportTemplate)) {
        TemplateGallery gallery;
        QCoro::Task<int> running = runGalleryCommand(gallery, nullptr, request);
        co_return co_await std::move(running);
    }
    if (!worksWithoutDatabase && !QFileInfo::exists(databasePath))
        co_return answerWithoutDatabase(request, databasePath);
    if (isBackupCommand(request.command)) {
        QCoro::Task<int> running = runBackupCommand(request, databasePath);
        co_return co_await std::move(running);
    }
    if (isDbCommand(request.command)) {
        QCoro::Task<int> running = runDbCommand(request, databasePath);
        co_return co_await std::move(running);
    }
    QCoro::Task<int> running = runOnStore(request, databasePath, metrics, std::move(parsedImport));
    co_return co_await std::move(running);
}

} // namespace

QCoro::Task<int> run(Request request)
{
    switch (request.command) {
    case Command::Help:
        writeOut(request.helpText);
        co_return 0;
    case Command::Version:
        writeOut(QStringLiteral("helios-cli %1\n").arg(QStringLiteral(HELIOS_VERSION)));
        co_return 0;
    default:
        break;
    }

    const QString databasePath = resolveDatabasePath(request.databaseOverride);
    std::optional<QList<ImportedPlan>> parsedImport;
    if (request.command == Command::Import && !QFileInfo::exists(databasePath)) {
        QList<ImportedPlan> parsed;
        if (const std::optional<int> refused = refuseImportBeforeCreatingDatabase(request, parsed))
            co_return *refused;
        parsedImport = std::move(parsed);
    }
    const QString folder = QFileInfo(databasePath).absolutePath();
    // Commands that read nothing from a missing database do not create its folder for a log.
    if (QFileInfo::exists(databasePath) || request.command == Command::Plan ||
        request.command == Command::Serve || request.command == Command::Ask ||
        request.command == Command::Models || request.command == Command::Restore ||
        request.command == Command::Backups || request.command == Command::Import ||
        request.command == Command::ImportTemplate ||
        (request.command == Command::PlanFromTemplate && !request.templateRef.isEmpty())) {
        log::init({folder, request.verbose, false});
        setLoggingStarted();
        qInfo("helios-cli %s: %s", HELIOS_VERSION, commandName(request.command));
    }

    metrics::MetricsRegistry registry;
    metrics::HeliosMetrics metrics = metrics::registerHeliosMetrics(registry);
    if (request.command == Command::Serve) {
        QCoro::Task<int> serving = serveCommand(request, databasePath, registry, metrics);
        co_return co_await std::move(serving);
    }
    QCoro::Task<int> running =
        runCommandOnce(request, databasePath, metrics, std::move(parsedImport));
    const int code = co_await std::move(running);
    co_return writeMetrics(request.metricsOut, registry, metrics, code);
}

} // namespace helios::cli

#include "app/cli/cli_commands.h"

#include "app/cli/db_commands.h"
#include "app/cli/io_commands.h"
#include "app/cli/template_commands.h"
#include "app/cli/text_output.h"
#include "core/io/plan_json.h"
#include "core/jobs/plan_service.h"
#include "core/log/logging.h"
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
    case Command::Plan:
        return "plan";
    case Command::PlanFromTemplate:
        return "plan --from-template";
    case Command::Plans:
        return "plans";
    case Command::Show:
        return "show";
    case Command::SetTaskStatus:
        return "task set-status";
    case Command::Templates:
        return "templates";
    case Command::SetTemplate:
        return "template";
    case Command::DbStatus:
        return "db status";
    case Command::DbCheck:
        return "db check";
    case Command::DbMigrate:
        return "db migrate";
    case Command::Help:
        return "help";
    case Command::Version:
        return "version";
    case Command::Export:
        return "export";
    case Command::Import:
        return "import";
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
    case Command::Templates:
        return listNoTemplates(request);
    case Command::Show:
    case Command::SetTemplate:
        return fail(Error::notFound(tr("There is no plan with id %1.").arg(request.planId)));
    case Command::PlanFromTemplate:
        return fail(Error::notFound(tr("There is no plan with id %1.").arg(request.templateId)));
    case Command::SetTaskStatus:
        return fail(Error::notFound(tr("There is no task with id %1.").arg(request.taskId)));
    case Command::DbStatus:
    case Command::DbCheck:
    case Command::DbMigrate:
        return fail(Error::storage(
            tr("There is no database at %1.").arg(QDir::toNativeSeparators(databasePath))));
    case Command::Export:
        return exportWithoutDatabase(request);
    case Command::Plan:
    case Command::Import:
    case Command::Help:
    case Command::Version:
        break;
    }
    return 0;
}

// Named tasks, not temporaries, in co_await expressions: GCC 12 mishandles some temporaries of a
// co_await expression (docs/ARCHITECTURE.md).
QCoro::Task<int> createPlan(PlanService &service, const Request &request)
{
    QCoro::Task<Result<Plan>> creating = service.createPlan(request.goal);
    Result<Plan> plan = co_await std::move(creating);
    if (!plan)
        co_return fail(plan.error());
    qInfo("Created plan %lld with %lld tasks", static_cast<long long>(plan->id),
          static_cast<long long>(plan->tasks.size()));
    printCreatedPlan(*plan, request.json);
    co_return 0;
}

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
    case Command::Plan:
        return createPlan(service, request);
    case Command::PlanFromTemplate:
        return createFromTemplate(service, request);
    case Command::Plans:
        return listPlans(service, request);
    case Command::Show:
        return showPlan(service, request);
    case Command::SetTaskStatus:
        return setTaskStatus(service, request);
    case Command::Templates:
        return listTemplates(service, request);
    case Command::SetTemplate:
        return setTemplate(service, request);
    case Command::DbStatus:
    case Command::DbCheck:
    case Command::DbMigrate:
    case Command::Export:
    case Command::Import:
    case Command::Help:
    case Command::Version:
        break;
    }
    return notAStoreCommand(request.command);
}

QCoro::Task<int> runOnStore(const Request &request, const QString &databasePath)
{
    StoreOptions options;
    options.workerThreads = request.dbWorkers;
    Store store(databasePath, options);
    QCoro::Task<Status> opening = store.open();
    Status opened = co_await std::move(opening);
    if (!opened)
        co_return fail(opened.error());

    if (request.command == Command::Export || request.command == Command::Import) {
        QCoro::Task<int> transferring = request.command == Command::Export
                                            ? exportPlans(store, request)
                                            : importPlans(store, request);
        co_return co_await std::move(transferring);
    }
    PlanService service(store);
    QCoro::Task<int> running = runCommand(service, request);
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
    if (request.command == Command::Import && !QFileInfo::exists(databasePath)) {
        if (const std::optional<int> refused = refuseImportBeforeCreatingDatabase(request))
            co_return *refused;
    }
    // Only the commands that save a plan create the database; the others answer without it.
    if (request.command != Command::Plan && request.command != Command::Import &&
        !QFileInfo::exists(databasePath))
        co_return answerWithoutDatabase(request, databasePath);

    log::init({QFileInfo(databasePath).absolutePath(), request.verbose, false});
    setLoggingStarted();
    qInfo("helios-cli %s: %s", HELIOS_VERSION, commandName(request.command));
    if (isDbCommand(request.command)) {
        QCoro::Task<int> running = runDbCommand(request, databasePath);
        co_return co_await std::move(running);
    }
    QCoro::Task<int> running = runOnStore(request, databasePath);
    co_return co_await std::move(running);
}

} // namespace helios::cli

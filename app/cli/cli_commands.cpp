#include "app/cli/cli_commands.h"

#include "app/cli/text_output.h"
#include "core/io/plan_json.h"
#include "core/jobs/plan_service.h"
#include "core/log/logging.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

namespace helios::cli {

namespace {

// Before log::init, Qt messages would go to stderr and break the one-line error contract.
bool loggingStarted = false;

QString tr(const char *text)
{
    return QCoreApplication::translate("helios-cli", text);
}

void writeJson(const QJsonObject &object)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

void printPlan(const Plan &plan, bool json)
{
    if (json)
        writeJson({{QStringLiteral("plan"), planToJson(plan)}});
    else
        writeOut(formatPlan(plan));
}

const char *commandName(Command command)
{
    switch (command) {
    case Command::Plan:
        return "plan";
    case Command::Plans:
        return "plans";
    case Command::Show:
        return "show";
    case Command::SetTaskStatus:
        return "task set-status";
    case Command::Help:
        return "help";
    case Command::Version:
        return "version";
    }
    return "";
}

// Read-only commands never create a database: without one there is nothing to list or find.
int answerWithoutDatabase(const Request &request)
{
    switch (request.command) {
    case Command::Plans:
        if (request.json)
            writeJson({{QStringLiteral("plans"), QJsonArray()}});
        else
            writeOut(formatPlanList({}));
        return 0;
    case Command::Show:
        return fail(Error::notFound(tr("There is no plan with id %1.").arg(request.planId)));
    case Command::SetTaskStatus:
        return fail(Error::notFound(tr("There is no task with id %1.").arg(request.taskId)));
    case Command::Plan:
    case Command::Help:
    case Command::Version:
        break;
    }
    return 0;
}

// Named tasks, not temporaries, in co_await expressions: GCC 12 mishandles some temporaries of a
// co_await expression (see core/store/store.cpp).
QCoro::Task<int> createPlan(PlanService &service, const Request &request)
{
    QCoro::Task<Result<Plan>> creating = service.createPlan(request.goal);
    Result<Plan> plan = co_await std::move(creating);
    if (!plan)
        co_return fail(plan.error());
    qInfo("Created plan %lld with %lld tasks", static_cast<long long>(plan->id),
          static_cast<long long>(plan->tasks.size()));
    printPlan(*plan, request.json);
    if (!request.json)
        writeOut(tr("\nSaved as plan %1. See it again with: helios-cli show %1\n").arg(plan->id));
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

QCoro::Task<int> runOnStore(const Request &request, const QString &databasePath)
{
    Store store(databasePath);
    QCoro::Task<Status> opening = store.open();
    Status opened = co_await std::move(opening);
    if (!opened)
        co_return fail(opened.error());

    PlanService service(store);
    switch (request.command) {
    case Command::Plan: {
        QCoro::Task<int> task = createPlan(service, request);
        co_return co_await std::move(task);
    }
    case Command::Plans: {
        QCoro::Task<int> task = listPlans(service, request);
        co_return co_await std::move(task);
    }
    case Command::Show: {
        QCoro::Task<int> task = showPlan(service, request);
        co_return co_await std::move(task);
    }
    case Command::SetTaskStatus: {
        QCoro::Task<int> task = setTaskStatus(service, request);
        co_return co_await std::move(task);
    }
    case Command::Help:
    case Command::Version:
        break;
    }
    co_return 0;
}

} // namespace

void writeOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stdout);
    std::fflush(stdout);
}

namespace {

void writeError(const QString &message)
{
    // One line, whatever the message holds.
    QString sentence = message.simplified();
    if (sentence.isEmpty())
        sentence = tr("Something went wrong.");
    if (loggingStarted)
        qWarning("Failed: %s", qUtf8Printable(sentence));
    const QByteArray bytes =
        (QStringLiteral("helios-cli: error: ") + sentence + QLatin1Char('\n')).toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

int fail(const Error &error)
{
    writeError(error.message);
    return exitCodeFor(error.kind);
}

int failUnexpectedly(const QString &what)
{
    writeError(tr("Internal error (%1); please report it with helios.log.").arg(what));
    return kInternalError;
}

QCoro::Task<int> run(Request request)
{
    switch (request.command) {
    case Command::Help:
        writeOut(request.helpText);
        co_return 0;
    case Command::Version:
        writeOut(QStringLiteral("helios-cli %1\n").arg(QStringLiteral(HELIOS_VERSION)));
        co_return 0;
    case Command::Plan:
    case Command::Plans:
    case Command::Show:
    case Command::SetTaskStatus:
        break;
    }

    const QString databasePath = resolveDatabasePath(request.databaseOverride);
    if (request.command != Command::Plan && !QFileInfo::exists(databasePath))
        co_return answerWithoutDatabase(request);

    log::init({QFileInfo(databasePath).absolutePath(), request.verbose, false});
    loggingStarted = true;
    qInfo("helios-cli %s: %s", HELIOS_VERSION, commandName(request.command));
    QCoro::Task<int> running = runOnStore(request, databasePath);
    co_return co_await std::move(running);
}

} // namespace helios::cli

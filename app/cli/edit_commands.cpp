#include "app/cli/edit_commands.h"

#include "app/cli/cli_output.h"
#include "core/io/plan_json.h"
#include "core/io/version_json.h"
#include "core/jobs/plan_edit_service.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace helios::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("helios-cli", text);
}

QString isoOrNone(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : tr("no date");
}

// What the edit did, in one line, then what moved.
QString describeEdit(const Request &request, const PlanEditService::Edited &edited)
{
    const Plan &plan = edited.after;
    QString text;
    switch (request.command) {
    case Command::AddTask: {
        const Task &task = plan.tasks.at(edited.addedPosition);
        text = tr("Added task %1 “%2” (%3 h) to plan %4.\n")
                   .arg(task.id)
                   .arg(task.title)
                   .arg(task.estimateHours)
                   .arg(plan.id);
        break;
    }
    case Command::RemoveTask: {
        const int position = positionOfTask(edited.before, request.edit.taskId);
        text = tr("Removed task %1 “%2” from plan %3.\n")
                   .arg(request.edit.taskId)
                   .arg(position >= 0 ? edited.before.tasks.at(position).title : QString())
                   .arg(plan.id);
        break;
    }
    case Command::RenamePlan:
        text = tr("Plan %1 is now “%2”.\n").arg(plan.id).arg(plan.goal);
        break;
    default: {
        const int position = positionOfTask(plan, request.edit.taskId);
        const Task &task = plan.tasks.at(position);
        text = tr("Task %1 “%2”: %3 h, %4 to %5, milestone “%6”.\n")
                   .arg(task.id)
                   .arg(task.title)
                   .arg(task.estimateHours)
                   .arg(isoOrNone(task.startDate), isoOrNone(task.dueDate), task.milestone);
        break;
    }
    }
    if (edited.rescheduled) {
        const int moved = static_cast<int>(edited.diff.shifted.size());
        text += (moved == 1 ? tr("1 task moved; the plan now finishes %2%3.\n")
                            : tr("%1 tasks moved; the plan now finishes %2%3.\n").arg(moved))
                    .arg(isoOrNone(plan.finishDate()))
                    .arg(plan.atRisk ? tr(", %1 h short of the deadline").arg(plan.hoursShort)
                                     : QString());
    }
    return text;
}

} // namespace

bool isEditCommand(Command command)
{
    return command == Command::AddTask || command == Command::EditTask ||
           command == Command::RemoveTask || command == Command::RenamePlan;
}

QCoro::Task<int> runEditCommand(Store &store, const Request &request)
{
    qint64 planId = request.planId;
    if (request.command == Command::EditTask || request.command == Command::RemoveTask) {
        QCoro::Task<Result<qint64>> finding = store.planIdOfTask(request.edit.taskId);
        Result<qint64> owner = co_await std::move(finding);
        if (!owner)
            co_return fail(owner.error());
        planId = *owner;
    }
    PlanEditService service(store);
    QCoro::Task<Result<PlanEditService::Edited>> editing =
        service.edit(planId, request.edit, request.today);
    Result<PlanEditService::Edited> edited = co_await std::move(editing);
    if (!edited)
        co_return fail(edited.error());
    const Plan &plan = edited->after;
    qInfo("Plan %lld edited (%s)", static_cast<long long>(plan.id),
          request.command == Command::RenamePlan ? "rename" : "task");

    if (!request.json) {
        writeOut(describeEdit(request, *edited));
        co_return 0;
    }
    QJsonObject out{
        {QStringLiteral("plan_id"), plan.id},
        {QStringLiteral("rescheduled"), edited->rescheduled},
        {QStringLiteral("moved"), static_cast<int>(edited->diff.shifted.size())},
        {QStringLiteral("finish"), plan.finishDate().isValid()
                                       ? QJsonValue(plan.finishDate().toString(Qt::ISODate))
                                       : QJsonValue()},
        {QStringLiteral("diff"), planDiffToJson(edited->diff)},
        {QStringLiteral("plan"), planToJson(plan)}};
    if (request.command == Command::AddTask)
        out.insert(QStringLiteral("task"), taskToJson(plan, plan.tasks.at(edited->addedPosition)));
    if (request.command == Command::EditTask)
        out.insert(QStringLiteral("task"),
                   taskToJson(plan, plan.tasks.at(positionOfTask(plan, request.edit.taskId))));
    if (request.command == Command::RemoveTask)
        out.insert(QStringLiteral("removed_task_id"), request.edit.taskId);
    if (request.command == Command::RenamePlan)
        out.insert(QStringLiteral("goal"), plan.goal);
    writeJson(out);
    co_return 0;
}

} // namespace helios::cli

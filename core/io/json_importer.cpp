#include "core/io/json_importer.h"

#include "core/io/json_exporter.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace helios {

namespace {

Error refuse(const QString &sentence)
{
    return Error::usage(sentence);
}

// Where in the file a problem is, for the one sentence that refuses it.
QString where(int plan, int task = -1)
{
    return task < 0 ? QStringLiteral("plan %1").arg(plan + 1)
                    : QStringLiteral("task %1 of plan %2").arg(task + 1).arg(plan + 1);
}

Result<QDate> optionalDate(const QJsonObject &object, const QString &key, const QString &place)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QDate();
    const QDate date =
        value.isString() ? QDate::fromString(value.toString(), Qt::ISODate) : QDate();
    if (!date.isValid())
        return refuse(QStringLiteral("The %1 of %2 is not a date (YYYY-MM-DD).").arg(key, place));
    return date;
}

Result<double> hours(const QJsonObject &object, const QString &key, const QString &place,
                     double fallback, bool nullable)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || (nullable && value.isNull()))
        return fallback;
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < 0)
        return refuse(QStringLiteral("The %1 of %2 is not a number of hours.").arg(key, place));
    return value.toDouble();
}

QString text(const QJsonObject &object, const QString &key)
{
    return object.value(key).toString();
}

Result<Task> readTask(const QJsonObject &object, const QString &place)
{
    Task task;
    task.title = text(object, QStringLiteral("title")).trimmed();
    if (task.title.isEmpty())
        return refuse(QStringLiteral("The title of %1 is empty.").arg(place));
    task.notes = text(object, QStringLiteral("notes"));
    task.milestone = text(object, QStringLiteral("milestone"));
    const QString status = object.value(QStringLiteral("status")).toString(QStringLiteral("todo"));
    const std::optional<TaskStatus> parsed = taskStatusFromString(status);
    if (!parsed)
        return refuse(QStringLiteral("The status '%1' of %2 is not todo, in_progress, done or "
                                     "skipped.")
                          .arg(status, place));
    task.status = *parsed;
    Result<double> estimate = hours(object, QStringLiteral("estimate_hours"), place, 1.0, false);
    if (!estimate)
        return estimate.error();
    task.estimateHours = *estimate;
    Result<double> actual = hours(object, QStringLiteral("actual_hours"), place, -1.0, true);
    if (!actual)
        return actual.error();
    task.actualHours = *actual;
    Result<QDate> start = optionalDate(object, QStringLiteral("start_date"), place);
    if (!start)
        return start.error();
    task.startDate = *start;
    Result<QDate> due = optionalDate(object, QStringLiteral("due_date"), place);
    if (!due)
        return due.error();
    task.dueDate = *due;
    return task;
}

Result<Plan> readPlan(const QJsonObject &object, int index)
{
    const QString place = where(index);
    Plan plan;
    plan.goal = text(object, QStringLiteral("goal")).trimmed();
    if (plan.goal.isEmpty())
        return refuse(QStringLiteral("Plan %1 has no goal.").arg(index + 1));
    plan.language = text(object, QStringLiteral("language"));
    plan.kind = text(object, QStringLiteral("kind"));
    plan.subject = text(object, QStringLiteral("subject"));
    const QJsonValue created = object.value(QStringLiteral("created_at"));
    if (created.isString()) {
        plan.createdAt = QDateTime::fromString(created.toString(), Qt::ISODateWithMs);
        if (!plan.createdAt.isValid())
            return refuse(
                QStringLiteral("The created_at of %1 is not an ISO 8601 time.").arg(place));
    }
    Result<QDate> start = optionalDate(object, QStringLiteral("start_date"), place);
    if (!start)
        return start.error();
    plan.startDate = *start;
    Result<QDate> deadline = optionalDate(object, QStringLiteral("deadline"), place);
    if (!deadline)
        return deadline.error();
    plan.deadline = *deadline;
    Result<double> perWeek = hours(object, QStringLiteral("hours_per_week"), place, 10.0, false);
    if (!perWeek)
        return perWeek.error();
    plan.hoursPerWeek = *perWeek;
    plan.atRisk = object.value(QStringLiteral("at_risk")).toBool();
    Result<double> shortBy = hours(object, QStringLiteral("hours_short"), place, 0.0, false);
    if (!shortBy)
        return shortBy.error();
    plan.hoursShort = *shortBy;
    plan.isTemplate = object.value(QStringLiteral("is_template")).toBool();
    const QJsonValue versions = object.value(QStringLiteral("versions"));
    if (!versions.isUndefined() && !versions.isArray())
        return refuse(QStringLiteral("The versions of %1 are not a list.").arg(place));

    const QJsonArray tasks = object.value(QStringLiteral("tasks")).toArray();
    if (tasks.isEmpty())
        return refuse(QStringLiteral("Plan %1 has no tasks.").arg(index + 1));
    // Dependencies are task ids of this file; positions once every task is read.
    QHash<qint64, int> positionOfId;
    QList<QJsonArray> dependencies;
    for (int i = 0; i < tasks.size(); ++i) {
        const QString taskPlace = where(index, i);
        if (!tasks.at(i).isObject())
            return refuse(
                QStringLiteral("Task %1 of plan %2 is not an object.").arg(i + 1).arg(index + 1));
        const QJsonObject taskObject = tasks.at(i).toObject();
        Result<Task> task = readTask(taskObject, taskPlace);
        if (!task)
            return task.error();
        task->order = i;
        const QJsonValue id = taskObject.value(QStringLiteral("id"));
        if (id.isDouble())
            positionOfId.insert(id.toInteger(), i);
        dependencies.append(taskObject.value(QStringLiteral("depends_on")).toArray());
        plan.tasks.append(std::move(*task));
    }
    for (int i = 0; i < plan.tasks.size(); ++i) {
        for (const QJsonValue &dependency : std::as_const(dependencies[i])) {
            const auto it = positionOfId.constFind(dependency.toInteger(-1));
            if (it == positionOfId.constEnd() || *it == i)
                return refuse(QStringLiteral("Task %1 of plan %2 depends on a task id that is not "
                                             "in the plan.")
                                  .arg(i + 1)
                                  .arg(index + 1));
            plan.tasks[i].dependsOn.append(*it);
        }
        std::sort(plan.tasks[i].dependsOn.begin(), plan.tasks[i].dependsOn.end());
    }
    return plan;
}

} // namespace

Result<QList<Plan>> importHeliosJson(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return refuse(QStringLiteral("The file is not valid JSON (%1 at character %2).")
                          .arg(error.errorString())
                          .arg(error.offset));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("helios-plan"))
        return refuse(QStringLiteral("The JSON file is not a Helios plan export (its \"format\" "
                                     "is not \"helios-plan\")."));
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (!version.isDouble() || version.toInteger(-1) < 1)
        return refuse(QStringLiteral("The Helios JSON file has no valid formatVersion."));
    if (version.toInteger() > kHeliosJsonFormatVersion)
        return refuse(QStringLiteral("The file is in Helios JSON format version %1, newer than the "
                                     "version %2 this Helios reads.")
                          .arg(version.toInteger())
                          .arg(kHeliosJsonFormatVersion));
    const QJsonArray plans = root.value(QStringLiteral("plans")).toArray();
    if (plans.isEmpty())
        return refuse(QStringLiteral("The Helios JSON file holds no plans."));
    QList<Plan> result;
    for (int i = 0; i < plans.size(); ++i) {
        Result<Plan> plan = readPlan(plans.at(i).toObject(), i);
        if (!plan)
            return plan.error();
        result.append(std::move(*plan));
    }
    return result;
}

} // namespace helios

#include "core/io/json_importer.h"

#include "core/domain/plan_limits.h"
#include "core/io/json_exporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace helios {

namespace {

Error refuse(const QString &sentence)
{
    return Error::usage(sentence);
}

// Where in the file a problem is, for the one sentence that refuses it.
QString planPlace(int plan)
{
    return QCoreApplication::translate("helios", "plan %1").arg(plan + 1);
}

Result<Task> readTask(const QJsonObject &object, const QString &place);

QString versionPlace(int plan, int version)
{
    return QCoreApplication::translate("helios", "version entry %1 of plan %2")
        .arg(version + 1)
        .arg(plan + 1);
}

// Tasks in file order, with their ids in the file (0 when a task has none).
struct ReadTasks
{
    QList<Task> tasks;
    QList<qint64> ids;
};

// The tasks of a plan or of one of its versions (`owner` names which); dependencies are ids of
// tasks of the same list and become positions.
Result<ReadTasks> readTasks(const QJsonArray &tasks, const QString &owner)
{
    // Counted before a task is read: past the limit nothing more is done.
    if (tasks.size() > limits::kMaxTasksPerPlan)
        return refuse(QCoreApplication::translate(
                          "helios", "There are %1 tasks in %2; Helios takes at most %3 in one "
                                    "plan.")
                          .arg(tasks.size())
                          .arg(owner)
                          .arg(limits::kMaxTasksPerPlan));
    ReadTasks read;
    QHash<qint64, int> positionOfId;
    QList<QJsonArray> dependencies;
    for (int i = 0; i < tasks.size(); ++i) {
        const QString taskPlace =
            QCoreApplication::translate("helios", "task %1 of %2").arg(i + 1).arg(owner);
        if (!tasks.at(i).isObject())
            return refuse(QCoreApplication::translate("helios", "Task %1 of %2 is not an object.")
                              .arg(i + 1)
                              .arg(owner));
        const QJsonObject taskObject = tasks.at(i).toObject();
        Result<Task> task = readTask(taskObject, taskPlace);
        if (!task)
            return task.error();
        task->order = i;
        const QJsonValue id = taskObject.value(QStringLiteral("id"));
        if (id.isDouble()) {
            if (positionOfId.contains(id.toInteger()))
                return refuse(QCoreApplication::translate(
                                  "helios", "Task %1 of %2 has the id of an earlier task.")
                                  .arg(i + 1)
                                  .arg(owner));
            positionOfId.insert(id.toInteger(), i);
        }
        read.ids.append(id.isDouble() ? id.toInteger() : 0);
        dependencies.append(taskObject.value(QStringLiteral("depends_on")).toArray());
        read.tasks.append(std::move(*task));
    }
    for (int i = 0; i < read.tasks.size(); ++i) {
        if (dependencies[i].size() > limits::kMaxDependenciesPerTask)
            return refuse(QCoreApplication::translate(
                              "helios", "Task %1 of %2 depends on %3 tasks; Helios takes at most "
                                        "%4.")
                              .arg(i + 1)
                              .arg(owner)
                              .arg(dependencies[i].size())
                              .arg(limits::kMaxDependenciesPerTask));
        for (const QJsonValue &dependency : std::as_const(dependencies[i])) {
            const auto it = positionOfId.constFind(dependency.toInteger(-1));
            if (dependency.isDouble() && it != positionOfId.constEnd() && *it == i)
                return refuse(QCoreApplication::translate(
                                  "helios", "Task %1 of %2 depends on itself (id %3); a task "
                                            "cannot wait for itself.")
                                  .arg(i + 1)
                                  .arg(owner)
                                  .arg(dependency.toInteger()));
            if (!dependency.isDouble() || it == positionOfId.constEnd())
                return refuse(QCoreApplication::translate(
                                  "helios", "Task %1 of %2 depends on a task id that is not in "
                                            "the %3.")
                                  .arg(i + 1)
                                  .arg(owner, owner.startsWith(QLatin1String("version"))
                                                  ? QStringLiteral("version")
                                                  : QStringLiteral("plan")));
            read.tasks[i].dependsOn.append(*it);
        }
        std::sort(read.tasks[i].dependsOn.begin(), read.tasks[i].dependsOn.end());
    }
    return read;
}

Result<QDate> optionalDate(const QJsonObject &object, const QString &key, const QString &place)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return QDate();
    const QDate date =
        value.isString() ? QDate::fromString(value.toString(), Qt::ISODate) : QDate();
    if (!date.isValid())
        return refuse(
            QCoreApplication::translate("helios", "The %1 of %2 is not a date (YYYY-MM-DD).")
                .arg(key, place));
    return date;
}

Result<double> hours(const QJsonObject &object, const QString &key, const QString &place,
                     double fallback, bool nullable)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || (nullable && value.isNull()))
        return fallback;
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < 0)
        return refuse(
            QCoreApplication::translate("helios", "The %1 of %2 is not a number of hours.")
                .arg(key, place));
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
        return refuse(
            QCoreApplication::translate("helios", "The title of %1 is empty.").arg(place));
    task.notes = text(object, QStringLiteral("notes"));
    task.milestone = text(object, QStringLiteral("milestone"));
    const QString status = object.value(QStringLiteral("status")).toString(QStringLiteral("todo"));
    const std::optional<TaskStatus> parsed = taskStatusFromString(status);
    if (!parsed)
        return refuse(QCoreApplication::translate(
                          "helios", "The status '%1' of %2 is not todo, in_progress, done or "
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
    const QJsonValue event = object.value(QStringLiteral("event"));
    if (!event.isUndefined() && !event.isNull() && !event.isBool())
        return refuse(QCoreApplication::translate("helios", "The event of %1 is not true or false.")
                          .arg(place));
    task.event = event.toBool(false);
    Result<QDate> notBefore = optionalDate(object, QStringLiteral("not_before"), place);
    if (!notBefore)
        return notBefore.error();
    task.notBefore = *notBefore;
    Result<QDate> dueBy = optionalDate(object, QStringLiteral("due_by"), place);
    if (!dueBy)
        return dueBy.error();
    task.dueBy = *dueBy;
    return task;
}

// One entry of a plan's "versions": what a version can change (dates, hours, risk, tasks);
// keys it does not have are the plan's.
Result<ImportedVersion> readVersion(const QJsonValue &value, const Plan &plan,
                                    const QHash<qint64, int> &planPositionOfId, int planIndex,
                                    int index, int previousNumber)
{
    const QString place = versionPlace(planIndex, index);
    if (!value.isObject())
        return refuse(QCoreApplication::translate("helios", "The %1 is not an object.").arg(place));
    const QJsonObject object = value.toObject();
    ImportedVersion imported;
    const QJsonValue number = object.value(QStringLiteral("version"));
    const double asDouble = number.toDouble(-1);
    if (!number.isDouble() || asDouble != std::floor(asDouble) || asDouble <= previousNumber ||
        asDouble > 1e9)
        return refuse(QCoreApplication::translate(
                          "helios", "The %1 has no version number above the one before it.")
                          .arg(place));
    imported.version.version = static_cast<int>(asDouble);
    const QJsonValue created = object.value(QStringLiteral("created_at"));
    if (!created.isUndefined() && !created.isNull()) {
        imported.version.createdAt =
            created.isString() ? QDateTime::fromString(created.toString(), Qt::ISODateWithMs)
                               : QDateTime();
        if (!imported.version.createdAt.isValid())
            return refuse(QCoreApplication::translate(
                              "helios", "The created_at of %1 is not an ISO 8601 time.")
                              .arg(place));
    }
    const QJsonValue reason = object.value(QStringLiteral("reason"));
    if (!reason.isUndefined() && !reason.isString())
        return refuse(
            QCoreApplication::translate("helios", "The reason of %1 is not text.").arg(place));
    imported.version.reason = reason.toString();

    Plan &then = imported.plan;
    then = plan;
    then.tasks.clear();
    if (object.contains(QStringLiteral("start_date"))) {
        Result<QDate> start = optionalDate(object, QStringLiteral("start_date"), place);
        if (!start)
            return start.error();
        then.startDate = *start;
    }
    if (object.contains(QStringLiteral("deadline"))) {
        Result<QDate> deadline = optionalDate(object, QStringLiteral("deadline"), place);
        if (!deadline)
            return deadline.error();
        then.deadline = *deadline;
    }
    Result<double> perWeek =
        hours(object, QStringLiteral("hours_per_week"), place, plan.hoursPerWeek, false);
    if (!perWeek)
        return perWeek.error();
    then.hoursPerWeek = *perWeek;
    then.atRisk = object.value(QStringLiteral("at_risk")).toBool(plan.atRisk);
    Result<double> shortBy =
        hours(object, QStringLiteral("hours_short"), place, plan.hoursShort, false);
    if (!shortBy)
        return shortBy.error();
    then.hoursShort = *shortBy;

    const QJsonValue tasks = object.value(QStringLiteral("tasks"));
    if (!tasks.isArray())
        return refuse(
            QCoreApplication::translate("helios", "The tasks of %1 are not a list.").arg(place));
    Result<ReadTasks> read = readTasks(tasks.toArray(), place);
    if (!read)
        return read.error();
    then.tasks = std::move(read->tasks);
    for (const qint64 id : std::as_const(read->ids))
        imported.samePositions.append(id != 0 ? planPositionOfId.value(id, -1) : -1);
    return imported;
}

Result<ImportedPlan> readPlan(const QJsonObject &object, int index)
{
    const QString place = planPlace(index);
    Plan plan;
    plan.goal = text(object, QStringLiteral("goal")).trimmed();
    if (plan.goal.isEmpty())
        return refuse(QCoreApplication::translate("helios", "Plan %1 has no goal.").arg(index + 1));
    plan.language = text(object, QStringLiteral("language"));
    plan.kind = text(object, QStringLiteral("kind"));
    plan.subject = text(object, QStringLiteral("subject"));
    const QJsonValue score = object.value(QStringLiteral("kind_score"));
    if (!score.isUndefined() && !score.isNull() &&
        (!score.isDouble() || !std::isfinite(score.toDouble())))
        return refuse(QCoreApplication::translate("helios", "The kind_score of %1 is not a number.")
                          .arg(place));
    plan.kindScore = score.toDouble(0.0);
    const QJsonValue reason = object.value(QStringLiteral("kind_reason"));
    if (!reason.isUndefined() && !reason.isNull()) {
        const QJsonArray words = reason.toArray();
        if (!reason.isArray() || std::any_of(words.cbegin(), words.cend(),
                                             [](const QJsonValue &w) { return !w.isString(); }))
            return refuse(QCoreApplication::translate(
                              "helios", "The kind_reason of %1 is not a list of words.")
                              .arg(place));
        for (const QJsonValue &w : words)
            plan.kindReason << w.toString();
    }
    const QJsonValue created = object.value(QStringLiteral("created_at"));
    if (created.isString()) {
        plan.createdAt = QDateTime::fromString(created.toString(), Qt::ISODateWithMs);
        if (!plan.createdAt.isValid())
            return refuse(QCoreApplication::translate(
                              "helios", "The created_at of %1 is not an ISO 8601 time.")
                              .arg(place));
    }
    Result<QDate> start = optionalDate(object, QStringLiteral("start_date"), place);
    if (!start)
        return start.error();
    // Every plan starts somewhere: Helios's own exports always say where.
    if (!start->isValid())
        return refuse(QCoreApplication::translate(
                          "helios", "Plan %1 has no start_date (YYYY-MM-DD), which every plan "
                                    "in a Helios JSON file has.")
                          .arg(index + 1));
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

    const QJsonArray tasks = object.value(QStringLiteral("tasks")).toArray();
    if (tasks.isEmpty())
        return refuse(
            QCoreApplication::translate("helios", "Plan %1 has no tasks.").arg(index + 1));
    Result<ReadTasks> read = readTasks(tasks, place);
    if (!read)
        return read.error();
    ImportedPlan imported;
    imported.plan = std::move(plan);
    imported.plan.tasks = std::move(read->tasks);

    const QJsonValue versions = object.value(QStringLiteral("versions"));
    if (!versions.isUndefined() && !versions.isArray())
        return refuse(
            QCoreApplication::translate("helios", "The versions of %1 are not a list.").arg(place));
    const QJsonArray entries = versions.toArray();
    QHash<qint64, int> positionOfId;
    for (int i = 0; i < read->ids.size(); ++i) {
        if (read->ids.at(i) != 0)
            positionOfId.insert(read->ids.at(i), i);
    }
    int previousNumber = 0;
    for (int i = 0; i < entries.size(); ++i) {
        Result<ImportedVersion> version =
            readVersion(entries.at(i), imported.plan, positionOfId, index, i, previousNumber);
        if (!version)
            return version.error();
        previousNumber = version->version.version;
        imported.versions.append(std::move(*version));
    }
    return imported;
}

} // namespace

namespace {

// How deeply lists and objects nest in JSON text, strings skipped; counted before the text is
// parsed, so that no nesting past the limit is ever built.
int jsonNesting(QByteArrayView utf8)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : utf8) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

} // namespace

Result<QList<ImportedPlan>> importHeliosJson(const QString &text)
{
    return importHeliosJson(text.toUtf8());
}

Result<QList<ImportedPlan>> importHeliosJson(const QByteArray &utf8)
{
    if (jsonNesting(utf8) > limits::kMaxNesting)
        return refuse(QCoreApplication::translate(
                          "helios", "The JSON file nests lists and objects more than %1 deep; a "
                                    "Helios plan file never does.")
                          .arg(limits::kMaxNesting));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError)
        return refuse(QCoreApplication::translate(
                          "helios", "The file is not valid JSON (%1 at character %2).")
                          .arg(error.errorString())
                          .arg(error.offset));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("helios-plan"))
        return refuse(QCoreApplication::translate(
            "helios", "The JSON file is not a Helios plan export (its \"format\" "
                      "is not \"helios-plan\")."));
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (!version.isDouble() || version.toInteger(-1) < 1)
        return refuse(QCoreApplication::translate(
            "helios", "The Helios JSON file has no valid formatVersion."));
    if (version.toInteger() > kHeliosJsonFormatVersion)
        return refuse(QCoreApplication::translate(
                          "helios", "The file is in Helios JSON format version %1, newer than the "
                                    "version %2 this Helios reads.")
                          .arg(version.toInteger())
                          .arg(kHeliosJsonFormatVersion));
    const QJsonArray plans = root.value(QStringLiteral("plans")).toArray();
    if (plans.isEmpty())
        return refuse(
            QCoreApplication::translate("helios", "The Helios JSON file holds no plans."));
    if (plans.size() > limits::kMaxPlansPerImport)
        return refuse(QCoreApplication::translate(
                          "helios", "The file holds %1 plans; Helios imports at most %2 at once.")
                          .arg(plans.size())
                          .arg(limits::kMaxPlansPerImport));
    QList<ImportedPlan> result;
    for (int i = 0; i < plans.size(); ++i) {
        Result<ImportedPlan> plan = readPlan(plans.at(i).toObject(), i);
        if (!plan)
            return plan.error();
        result.append(std::move(*plan));
    }
    return result;
}

} // namespace helios

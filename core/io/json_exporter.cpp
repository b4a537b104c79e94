#include "core/io/json_exporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace helios {

namespace {

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonValue time(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs))
                       : QJsonValue(QJsonValue::Null);
}

// An object without its closing brace, so that more keys can follow as they arrive.
QByteArray open(const QJsonObject &object)
{
    QByteArray bytes = compact(object);
    bytes.chop(1);
    return bytes;
}

QJsonObject taskObject(const Task &task, qint64 id, const QList<qint64> &dependencyIds)
{
    QJsonArray dependsOn;
    for (const qint64 dependency : dependencyIds)
        dependsOn.append(dependency);
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("title"), task.title},
        {QStringLiteral("notes"), task.notes},
        {QStringLiteral("status"), toString(task.status)},
        {QStringLiteral("estimate_hours"), task.estimateHours},
        {QStringLiteral("actual_hours"),
         task.actualHours >= 0 ? QJsonValue(task.actualHours) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("start_date"), date(task.startDate)},
        {QStringLiteral("due_date"), date(task.dueDate)},
        {QStringLiteral("milestone"), task.milestone},
        {QStringLiteral("depends_on"), dependsOn},
        {QStringLiteral("event"), task.event},
        {QStringLiteral("not_before"), date(task.notBefore)},
        {QStringLiteral("due_by"), date(task.dueBy)},
    };
}

} // namespace

JsonExporter::JsonExporter(QIODevice &out) : PlanExporter(out) {}

bool JsonExporter::begin()
{
    return write(QByteArrayLiteral("{\"format\":\"helios-plan\",\"formatVersion\":") +
                 QByteArray::number(kHeliosJsonFormatVersion) + QByteArrayLiteral(",\"plans\":["));
}

bool JsonExporter::beginPlan(const Plan &plan)
{
    const QJsonObject header{
        {QStringLiteral("id"), plan.id},
        {QStringLiteral("goal"), plan.goal},
        {QStringLiteral("language"), plan.language},
        {QStringLiteral("kind"), plan.kind},
        {QStringLiteral("kind_score"), plan.kindScore},
        {QStringLiteral("kind_reason"), QJsonArray::fromStringList(plan.kindReason)},
        {QStringLiteral("subject"), plan.subject},
        {QStringLiteral("created_at"), time(plan.createdAt)},
        {QStringLiteral("start_date"), date(plan.startDate)},
        {QStringLiteral("deadline"), date(plan.deadline)},
        {QStringLiteral("hours_per_week"), plan.hoursPerWeek},
        {QStringLiteral("at_risk"), plan.atRisk},
        {QStringLiteral("hours_short"), plan.hoursShort},
        {QStringLiteral("is_template"), plan.isTemplate},
    };
    const QByteArray separator = m_firstPlan ? QByteArrayLiteral("\n") : QByteArrayLiteral(",\n");
    m_firstPlan = false;
    m_firstTask = true;
    m_firstVersion = true;
    // The tasks follow as they arrive.
    return write(separator + open(header) + QByteArrayLiteral(",\"tasks\":["));
}

bool JsonExporter::visitTask(const Task &task, const QList<qint64> &dependencyIds)
{
    const QByteArray separator = m_firstTask ? QByteArrayLiteral("\n") : QByteArrayLiteral(",\n");
    m_firstTask = false;
    return write(separator + compact(taskObject(task, task.id, dependencyIds)));
}

bool JsonExporter::writeVersion(const PlanVersion &version, const Plan &plan)
{
    // What a version can change; goal, language, kind and subject are the plan's. Keys in
    // alphabetical order like every object of the file: the tasks come before "version".
    const QJsonObject header{
        {QStringLiteral("created_at"), time(version.createdAt)},
        {QStringLiteral("reason"), version.reason},
        {QStringLiteral("start_date"), date(plan.startDate)},
        {QStringLiteral("deadline"), date(plan.deadline)},
        {QStringLiteral("hours_per_week"), plan.hoursPerWeek},
        {QStringLiteral("at_risk"), plan.atRisk},
        {QStringLiteral("hours_short"), plan.hoursShort},
    };
    // A task that this database knows by no id (a version imported with tasks the plan had lost
    // by then) gets a negative one of its own, so that dependencies can name it.
    const auto idOf = [&plan](int position) {
        const qint64 id = plan.tasks.at(position).id;
        return id > 0 ? id : -qint64(position) - 1;
    };
    const QByteArray separator =
        m_firstVersion ? QByteArrayLiteral("\n],\"versions\":[\n") : QByteArrayLiteral(",\n");
    m_firstVersion = false;
    if (!write(separator + open(header) + QByteArrayLiteral(",\"tasks\":[")))
        return false;
    // Task by task, like the plan's own: the snapshot is in memory already, its text need not be.
    for (int i = 0; i < plan.tasks.size(); ++i) {
        QList<qint64> dependencyIds;
        for (const int position : plan.tasks.at(i).dependsOn) {
            if (position >= 0 && position < plan.tasks.size() && position != i)
                dependencyIds.append(idOf(position));
        }
        std::sort(dependencyIds.begin(), dependencyIds.end());
        if (!write((i == 0 ? QByteArrayLiteral("\n") : QByteArrayLiteral(",\n")) +
                   compact(taskObject(plan.tasks.at(i), idOf(i), dependencyIds))))
            return false;
    }
    return write(QByteArrayLiteral("\n],\"version\":") + QByteArray::number(version.version) +
                 QByteArrayLiteral("}"));
}

bool JsonExporter::endPlan(const Plan &)
{
    return write(m_firstVersion ? QByteArrayLiteral("\n],\"versions\":[]}")
                                : QByteArrayLiteral("\n]}"));
}

bool JsonExporter::finish()
{
    return write(QByteArrayLiteral("\n]}\n"));
}

} // namespace helios

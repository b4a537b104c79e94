#include "core/io/json_exporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
        {QStringLiteral("subject"), plan.subject},
        {QStringLiteral("created_at"),
         plan.createdAt.isValid() ? QJsonValue(plan.createdAt.toUTC().toString(Qt::ISODateWithMs))
                                  : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("start_date"), date(plan.startDate)},
        {QStringLiteral("deadline"), date(plan.deadline)},
        {QStringLiteral("hours_per_week"), plan.hoursPerWeek},
        {QStringLiteral("at_risk"), plan.atRisk},
        {QStringLiteral("hours_short"), plan.hoursShort},
        {QStringLiteral("is_template"), plan.isTemplate},
    };
    QByteArray bytes = compact(header);
    bytes.chop(1); // the closing brace: the tasks follow as they arrive
    const QByteArray separator = m_firstPlan ? QByteArrayLiteral("\n") : QByteArrayLiteral(",\n");
    m_firstPlan = false;
    m_firstTask = true;
    return write(separator + bytes + QByteArrayLiteral(",\"tasks\":["));
}

bool JsonExporter::visitTask(const Task &task, const QList<qint64> &dependencyIds)
{
    QJsonArray dependsOn;
    for (const qint64 id : dependencyIds)
        dependsOn.append(id);
    const QJsonObject object{
        {QStringLiteral("id"), task.id},
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
    };
    const QByteArray separator = m_firstTask ? QByteArrayLiteral("\n") : QByteArrayLiteral(",\n");
    m_firstTask = false;
    return write(separator + compact(object));
}

bool JsonExporter::endPlan(const Plan &)
{
    // Plan versions (schema migration 3) are not exported yet; the array is part of format 1 so
    // that files written now and later read the same way.
    return write(QByteArrayLiteral("\n],\"versions\":[]}"));
}

bool JsonExporter::finish()
{
    return write(QByteArrayLiteral("\n]}\n"));
}

} // namespace helios

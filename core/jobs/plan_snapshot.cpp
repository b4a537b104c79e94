#include "core/jobs/plan_snapshot.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace helios {

namespace {

constexpr int kSnapshotFormat = 1;

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QDate dateFrom(const QJsonValue &v)
{
    return v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
}

} // namespace

QString planSnapshot(const Plan &plan)
{
    QJsonArray tasks;
    for (const Task &t : plan.tasks) {
        QJsonArray deps;
        for (int position : t.dependsOn)
            deps.append(position);
        QJsonObject task{{QStringLiteral("id"), t.id},
                         {QStringLiteral("title"), t.title},
                         {QStringLiteral("notes"), t.notes},
                         {QStringLiteral("status"), toString(t.status)},
                         {QStringLiteral("estimate"), t.estimateHours},
                         {QStringLiteral("start"), date(t.startDate)},
                         {QStringLiteral("due"), date(t.dueDate)},
                         {QStringLiteral("actual"), t.actualHours},
                         {QStringLiteral("deps"), deps},
                         {QStringLiteral("milestone"), t.milestone}};
        // Only when said, so that snapshots of plans without them stay as they were.
        if (t.event)
            task.insert(QStringLiteral("event"), true);
        if (t.notBefore.isValid())
            task.insert(QStringLiteral("notBefore"), date(t.notBefore));
        if (t.dueBy.isValid())
            task.insert(QStringLiteral("dueBy"), date(t.dueBy));
        tasks.append(task);
    }
    const QJsonObject root{
        {QStringLiteral("snapshot"), kSnapshotFormat},
        {QStringLiteral("id"), plan.id},
        {QStringLiteral("user"), plan.userId},
        {QStringLiteral("goal"), plan.goal},
        {QStringLiteral("language"), plan.language},
        {QStringLiteral("kind"), plan.kind},
        {QStringLiteral("subject"), plan.subject},
        {QStringLiteral("created"), plan.createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("start"), date(plan.startDate)},
        {QStringLiteral("deadline"), date(plan.deadline)},
        {QStringLiteral("hoursPerWeek"), plan.hoursPerWeek},
        {QStringLiteral("atRisk"), plan.atRisk},
        {QStringLiteral("hoursShort"), plan.hoursShort},
        {QStringLiteral("template"), plan.isTemplate},
        {QStringLiteral("kindScore"), plan.kindScore},
        {QStringLiteral("kindReason"), QJsonArray::fromStringList(plan.kindReason)},
        {QStringLiteral("tasks"), tasks}};
    return QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Compact));
}

Result<Plan> planFromSnapshot(const QString &snapshot)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(snapshot.toUtf8(), &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError || !doc.isObject() ||
        root.value(QLatin1String("snapshot")).toInt() != kSnapshotFormat)
        return Error::storage(
            QCoreApplication::translate("helios", "A saved version of the plan is damaged."));
    Plan plan;
    plan.id = root.value(QLatin1String("id")).toInteger();
    plan.userId = root.value(QLatin1String("user")).toInteger();
    plan.goal = root.value(QLatin1String("goal")).toString();
    plan.language = root.value(QLatin1String("language")).toString();
    plan.kind = root.value(QLatin1String("kind")).toString();
    plan.subject = root.value(QLatin1String("subject")).toString();
    plan.createdAt =
        QDateTime::fromString(root.value(QLatin1String("created")).toString(), Qt::ISODateWithMs);
    plan.startDate = dateFrom(root.value(QLatin1String("start")));
    plan.deadline = dateFrom(root.value(QLatin1String("deadline")));
    plan.hoursPerWeek = root.value(QLatin1String("hoursPerWeek")).toDouble();
    plan.atRisk = root.value(QLatin1String("atRisk")).toBool();
    plan.hoursShort = root.value(QLatin1String("hoursShort")).toDouble();
    plan.isTemplate = root.value(QLatin1String("template")).toBool();
    plan.kindScore = root.value(QLatin1String("kindScore")).toDouble();
    for (const QJsonValue &word : root.value(QLatin1String("kindReason")).toArray())
        plan.kindReason << word.toString();
    const QJsonArray tasks = root.value(QLatin1String("tasks")).toArray();
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const QJsonObject o = tasks.at(i).toObject();
        Task t;
        t.id = o.value(QLatin1String("id")).toInteger();
        t.planId = plan.id;
        t.userId = plan.userId;
        t.title = o.value(QLatin1String("title")).toString();
        t.notes = o.value(QLatin1String("notes")).toString();
        t.status = taskStatusFromString(o.value(QLatin1String("status")).toString())
                       .value_or(TaskStatus::Todo);
        t.estimateHours = o.value(QLatin1String("estimate")).toDouble();
        t.startDate = dateFrom(o.value(QLatin1String("start")));
        t.dueDate = dateFrom(o.value(QLatin1String("due")));
        t.actualHours = o.value(QLatin1String("actual")).toDouble(-1.0);
        for (const QJsonValue &d : o.value(QLatin1String("deps")).toArray())
            t.dependsOn.append(d.toInt());
        t.order = static_cast<int>(i);
        t.milestone = o.value(QLatin1String("milestone")).toString();
        t.event = o.value(QLatin1String("event")).toBool();
        t.notBefore = dateFrom(o.value(QLatin1String("notBefore")));
        t.dueBy = dateFrom(o.value(QLatin1String("dueBy")));
        plan.tasks.append(t);
    }
    return plan;
}

} // namespace helios

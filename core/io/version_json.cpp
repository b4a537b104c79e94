#include "core/io/version_json.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <utility>

namespace helios {

namespace {

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue timeValue(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QJsonObject beforeAfter(const QDate &before, const QDate &after)
{
    return {{QStringLiteral("before"), dateValue(before)},
            {QStringLiteral("after"), dateValue(after)}};
}

QJsonArray fieldNames(TaskFields fields)
{
    static const std::pair<TaskField, const char *> names[] = {
        {TaskField::Title, "title"},         {TaskField::Notes, "notes"},
        {TaskField::TaskStatus, "status"},   {TaskField::Estimate, "estimate"},
        {TaskField::Milestone, "milestone"}, {TaskField::Dependencies, "dependencies"}};
    QJsonArray out;
    for (const auto &[field, name] : names) {
        if (fields.testFlag(field))
            out.append(QLatin1String(name));
    }
    return out;
}

} // namespace

QJsonObject planDiffToJson(const PlanDiff &diff)
{
    QJsonArray added, removed, changed, shifted;
    for (const Task &t : diff.added)
        added.append(QJsonObject{{QStringLiteral("title"), t.title},
                                 {QStringLiteral("estimate_hours"), t.estimateHours},
                                 {QStringLiteral("due_date"), dateValue(t.dueDate)}});
    for (const Task &t : diff.removed)
        removed.append(
            QJsonObject{{QStringLiteral("id"), t.id}, {QStringLiteral("title"), t.title}});
    for (const TaskChange &c : diff.changed)
        changed.append(QJsonObject{{QStringLiteral("id"), c.after.id},
                                   {QStringLiteral("title"), c.after.title},
                                   {QStringLiteral("fields"), fieldNames(c.fields)}});
    for (const DateShift &s : diff.shifted)
        shifted.append(QJsonObject{{QStringLiteral("id"), s.after.id},
                                   {QStringLiteral("title"), s.after.title},
                                   {QStringLiteral("old_start"), dateValue(s.oldStart)},
                                   {QStringLiteral("old_due"), dateValue(s.oldDue)},
                                   {QStringLiteral("new_start"), dateValue(s.newStart)},
                                   {QStringLiteral("new_due"), dateValue(s.newDue)},
                                   {QStringLiteral("days"), s.days}});
    QJsonObject out{{QStringLiteral("added"), added},
                    {QStringLiteral("removed"), removed},
                    {QStringLiteral("changed"), changed},
                    {QStringLiteral("shifted"), shifted}};
    if (diff.deadline)
        out.insert(QStringLiteral("deadline"),
                   beforeAfter(diff.deadline->before, diff.deadline->after));
    if (diff.finish)
        out.insert(QStringLiteral("finish"), beforeAfter(diff.finish->before, diff.finish->after));
    return out;
}

QJsonObject planVersionToJson(const PlanVersion &version)
{
    return {{QStringLiteral("version"), version.version},
            {QStringLiteral("created_at"), timeValue(version.createdAt)},
            {QStringLiteral("reason"), version.reason}};
}

QJsonObject jobToJson(const Job &job)
{
    return {{QStringLiteral("id"), job.id},
            {QStringLiteral("kind"), job.kind},
            {QStringLiteral("status"), toString(job.status)},
            {QStringLiteral("stage"), job.stage},
            {QStringLiteral("error"), job.error},
            {QStringLiteral("plan_id"), job.planId > 0 ? QJsonValue(job.planId) : QJsonValue()},
            {QStringLiteral("input"), QJsonDocument::fromJson(job.input.toUtf8()).object()},
            {QStringLiteral("created_at"), timeValue(job.createdAt)},
            {QStringLiteral("updated_at"), timeValue(job.updatedAt)}};
}

} // namespace helios

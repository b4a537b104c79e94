#include "core/io/plan_json.h"

#include <QJsonArray>

#include <cmath>

namespace helios {

namespace {

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateTimeValue(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return QJsonValue(QJsonValue::Null);
    // Whole seconds, always with the "Z" suffix.
    QDateTime utc = dateTime.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    return utc.toString(Qt::ISODate);
}

// Sums of doubles drift (0.1 + 0.2); people and diff tools should see 0.3.
double rounded(double value, double scale)
{
    return std::round(value * scale) / scale;
}

double hours(double value)
{
    return rounded(value, 100.0);
}

} // namespace

QJsonObject taskToJson(const Plan &plan, const Task &task)
{
    QJsonArray dependsOn;
    for (const int position : task.dependsOn) {
        if (position >= 0 && position < plan.tasks.size())
            dependsOn.append(plan.tasks.at(position).id);
    }
    return QJsonObject{
        {QStringLiteral("id"), task.id},
        {QStringLiteral("title"), task.title},
        {QStringLiteral("status"), toString(task.status)},
        {QStringLiteral("estimate_hours"), hours(task.estimateHours)},
        {QStringLiteral("start_date"), dateValue(task.startDate)},
        {QStringLiteral("due_date"), dateValue(task.dueDate)},
        {QStringLiteral("depends_on"), dependsOn},
        {QStringLiteral("milestone"), task.milestone},
        {QStringLiteral("event"), task.event},
        {QStringLiteral("not_before"), dateValue(task.notBefore)},
        {QStringLiteral("due_by"), dateValue(task.dueBy)},
    };
}

QJsonObject planToJson(const Plan &plan)
{
    QJsonArray tasks;
    for (const Task &task : plan.tasks)
        tasks.append(taskToJson(plan, task));
    return QJsonObject{
        {QStringLiteral("id"), plan.id},
        {QStringLiteral("goal"), plan.goal},
        {QStringLiteral("created_at"), dateTimeValue(plan.createdAt)},
        {QStringLiteral("deadline"), dateValue(plan.deadline)},
        {QStringLiteral("at_risk"), plan.atRisk},
        {QStringLiteral("hours_short"), hours(plan.hoursShort)},
        {QStringLiteral("tasks"), tasks},
        {QStringLiteral("language"), plan.language},
        {QStringLiteral("kind"), plan.kind},
        {QStringLiteral("kind_score"), rounded(plan.kindScore, 100.0)},
        {QStringLiteral("kind_reason"), QJsonArray::fromStringList(plan.kindReason)},
        {QStringLiteral("subject"), plan.subject},
        {QStringLiteral("hours_per_week"), hours(plan.hoursPerWeek)},
        {QStringLiteral("progress"), rounded(plan.progress(), 10000.0)},
    };
}

QJsonObject planSummaryToJson(const PlanSummary &summary)
{
    return QJsonObject{
        {QStringLiteral("id"), summary.id},
        {QStringLiteral("goal"), summary.goal},
        {QStringLiteral("created_at"), dateTimeValue(summary.createdAt)},
        {QStringLiteral("deadline"), dateValue(summary.deadline)},
        {QStringLiteral("at_risk"), summary.atRisk},
        {QStringLiteral("hours_short"), hours(summary.hoursShort)},
        {QStringLiteral("task_count"), summary.taskCount},
        {QStringLiteral("done_count"), summary.doneCount},
        {QStringLiteral("total_hours"), hours(summary.totalHours)},
        {QStringLiteral("done_hours"), hours(summary.doneHours)},
        {QStringLiteral("progress"), rounded(summary.progress(), 10000.0)},
    };
}

} // namespace helios

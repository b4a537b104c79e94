#include "core/today/agenda_json.h"

#include <QJsonArray>

#include <cmath>

namespace helios {

namespace {

double hours(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QJsonValue date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonArray itemsToJson(const QList<AgendaItem> &items)
{
    QJsonArray array;
    for (const AgendaItem &item : items)
        array.append(agendaItemToJson(item));
    return array;
}

} // namespace

QJsonObject agendaItemToJson(const AgendaItem &item)
{
    const Task &t = item.task;
    return {
        {QStringLiteral("task_id"), t.id},
        {QStringLiteral("plan_id"), t.planId},
        {QStringLiteral("plan_goal"), item.planGoal},
        {QStringLiteral("title"), t.title},
        {QStringLiteral("status"), toString(t.status)},
        {QStringLiteral("estimate_hours"), hours(t.estimateHours)},
        {QStringLiteral("remaining_hours"), hours(remainingHours(t))},
        {QStringLiteral("hours_today"), hours(item.hoursToday)},
        {QStringLiteral("start_date"), date(t.startDate)},
        {QStringLiteral("due_date"), date(t.dueDate)},
        {QStringLiteral("days_overdue"), item.daysOverdue},
        {QStringLiteral("milestone"), t.milestone},
    };
}

QJsonObject agendaToJson(const Agenda &agenda)
{
    return {
        {QStringLiteral("date"), date(agenda.date)},
        {QStringLiteral("planned_hours"), hours(agenda.plannedHours)},
        {QStringLiteral("available_hours"), hours(agenda.availableHours)},
        {QStringLiteral("overdue_hours"), hours(agenda.overdueHours)},
        {QStringLiteral("overdue"), itemsToJson(agenda.overdue)},
        {QStringLiteral("today"), itemsToJson(agenda.today)},
        {QStringLiteral("next_up"), itemsToJson(agenda.nextUp)},
    };
}

} // namespace helios

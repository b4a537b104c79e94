#pragma once

#include "core/today/agenda.h"

#include <QJsonObject>

namespace helios {

// The day's list as `helios-cli today --json` prints it and the local API's /api/v1/today
// answers (docs/CLI.md): {"date", "planned_hours", "available_hours", "overdue_hours",
// "overdue": [...], "today": [...], "next_up": [...]}, each task {"task_id", "plan_id",
// "plan_goal", "title", "status", "estimate_hours", "remaining_hours", "hours_today",
// "start_date", "due_date", "days_overdue", "milestone"}. Hours rounded to 0.01, dates
// YYYY-MM-DD or null.
QJsonObject agendaToJson(const Agenda &agenda);
QJsonObject agendaItemToJson(const AgendaItem &item);

} // namespace helios

#include "core/io/ics_exporter.h"

#include "core/io/ics_text.h"

#include <cmath>

namespace helios {

namespace {

QString icsDate(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

QString icsStatus(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Todo:
        return QStringLiteral("NEEDS-ACTION");
    case TaskStatus::InProgress:
        return QStringLiteral("IN-PROCESS");
    case TaskStatus::Done:
        return QStringLiteral("COMPLETED");
    case TaskStatus::Skipped:
        return QStringLiteral("CANCELLED");
    }
    return {};
}

// PERCENT-COMPLETE: done 100; in progress the share of the estimate already spent when known
// (kept under 100), else 50; otherwise 0.
int percentComplete(const Task &task)
{
    if (task.status == TaskStatus::Done)
        return 100;
    if (task.status != TaskStatus::InProgress)
        return 0;
    if (task.actualHours >= 0 && task.estimateHours > 0)
        return std::clamp(static_cast<int>(task.actualHours / task.estimateHours * 100), 1, 99);
    return 50;
}

// An ISO 8601 duration in whole minutes: PT1H30M.
QString duration(double hours)
{
    const long long minutes = std::llround(std::max(0.0, hours) * 60);
    QString text = QStringLiteral("PT");
    if (minutes / 60 > 0)
        text += QStringLiteral("%1H").arg(minutes / 60);
    if (minutes % 60 > 0 || minutes == 0)
        text += QStringLiteral("%1M").arg(minutes % 60);
    return text;
}

} // namespace

QString icsTaskUid(qint64 planId, qint64 taskId)
{
    return QStringLiteral("task-%1-%2@helios").arg(planId).arg(taskId);
}

IcsExporter::IcsExporter(QIODevice &out, const QDateTime &stamp, bool nameCalendar)
    : PlanExporter(out), m_stamp(stamp.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))),
      m_nameCalendar(nameCalendar)
{}

bool IcsExporter::line(const QString &text)
{
    return write(ics::foldLine(text));
}

bool IcsExporter::begin()
{
    return line(QStringLiteral("BEGIN:VCALENDAR")) && line(QStringLiteral("VERSION:2.0")) &&
           line(QStringLiteral("PRODID:-//Helios//Helios planner//EN")) &&
           line(QStringLiteral("CALSCALE:GREGORIAN"));
}

bool IcsExporter::beginPlan(const Plan &plan)
{
    // Still among the calendar's own properties: no VTODO has been written yet.
    if (!m_nameCalendar || plan.goal.isEmpty())
        return true;
    m_nameCalendar = false;
    return line(QStringLiteral("X-WR-CALNAME:") + ics::escapeText(plan.goal.simplified()));
}

bool IcsExporter::visitTask(const Task &task, const QList<qint64> &dependencyIds)
{
    bool ok = line(QStringLiteral("BEGIN:VTODO")) &&
              line(QStringLiteral("UID:") + icsTaskUid(task.planId, task.id)) &&
              line(QStringLiteral("DTSTAMP:") + m_stamp) &&
              line(QStringLiteral("SUMMARY:") + ics::escapeText(task.title));
    if (ok && !task.notes.isEmpty())
        ok = line(QStringLiteral("DESCRIPTION:") + ics::escapeText(task.notes));
    // RFC 5545 wants DUE after DTSTART: a one-day task (start == due) keeps only its DUE, so
    // that calendars show it on the day Helios has it.
    const bool startBeforeDue = !task.dueDate.isValid() || task.startDate < task.dueDate;
    if (ok && task.startDate.isValid() && startBeforeDue)
        ok = line(QStringLiteral("DTSTART;VALUE=DATE:") + icsDate(task.startDate));
    if (ok && task.dueDate.isValid())
        ok = line(QStringLiteral("DUE;VALUE=DATE:") + icsDate(task.dueDate));
    ok = ok && line(QStringLiteral("STATUS:") + icsStatus(task.status)) &&
         line(QStringLiteral("PERCENT-COMPLETE:%1").arg(percentComplete(task))) &&
         line(QStringLiteral("ESTIMATED-DURATION:") + duration(task.estimateHours));
    if (ok && !task.milestone.isEmpty())
        ok = line(QStringLiteral("CATEGORIES:") + ics::escapeText(task.milestone));
    // What Helios's scheduler honours, for a Helios that imports the file again; other
    // calendars ignore X- properties.
    if (ok && task.event)
        ok = line(QStringLiteral("X-HELIOS-EVENT:TRUE"));
    if (ok && task.notBefore.isValid())
        ok = line(QStringLiteral("X-HELIOS-NOT-BEFORE;VALUE=DATE:") + icsDate(task.notBefore));
    if (ok && task.dueBy.isValid())
        ok = line(QStringLiteral("X-HELIOS-DUE-BY;VALUE=DATE:") + icsDate(task.dueBy));
    for (const qint64 dependency : dependencyIds) {
        if (ok)
            ok = line(QStringLiteral("RELATED-TO;RELTYPE=DEPENDS-ON:") +
                      icsTaskUid(task.planId, dependency));
    }
    return ok && line(QStringLiteral("END:VTODO"));
}

bool IcsExporter::endPlan(const Plan &)
{
    return true;
}

bool IcsExporter::finish()
{
    return line(QStringLiteral("END:VCALENDAR"));
}

} // namespace helios

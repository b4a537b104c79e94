#pragma once

#include "core/io/plan_exporter.h"

namespace helios {

// iCalendar (RFC 5545): one VCALENDAR, a VTODO per task (docs/FORMATS.md).
class IcsExporter final : public PlanExporter
{
public:
    // nameCalendar: write the (only) plan's goal as the calendar's name.
    IcsExporter(QIODevice &out, const QDateTime &stamp, bool nameCalendar = false);

    bool begin() override;
    bool beginPlan(const Plan &plan) override;
    bool visitTask(const Task &task, const QList<qint64> &dependencyIds) override;
    bool endPlan(const Plan &plan) override;
    bool finish() override;

private:
    bool line(const QString &text);

    QString m_stamp; // DTSTAMP, UTC
    bool m_nameCalendar = false;
};

// The UID of a task in iCalendar exports: stable across exports of the same stored task.
QString icsTaskUid(qint64 planId, qint64 taskId);

} // namespace helios

#pragma once

#include "core/domain/plan_visitor.h"
#include "core/io/plan_format.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <memory>

class QIODevice;

namespace helios {

struct ExportOptions
{
    // When the export was made: iCalendar's DTSTAMP. Invalid: now.
    QDateTime now;
    // The export holds one plan: iCalendar then names the calendar after its goal
    // (X-WR-CALNAME), which calendar apps show and the importer takes as the plan's name.
    bool onePlan = false;
};

// A PlanVisitor that writes one format to a device as the tasks arrive, never holding more than
// one plan's header and one task (plus, for the formats that need them, small per-plan tables).
// It does not own the device. A failed write stops the walk; failed() and errorMessage() say so.
class PlanExporter : public PlanVisitor
{
public:
    explicit PlanExporter(QIODevice &out);

    // A saved version of the plan whose tasks were just visited (before its endPlan), decoded
    // from its snapshot by the caller. Only exporters whose wantsVersions() is true get them.
    virtual bool writeVersion(const PlanVersion &version, const Plan &plan)
    {
        Q_UNUSED(version);
        Q_UNUSED(plan);
        return true;
    }

    bool failed() const { return !m_error.isEmpty(); }
    const QString &errorMessage() const { return m_error; }

protected:
    bool write(const QByteArray &bytes);
    bool write(const QString &text) { return write(text.toUtf8()); }

private:
    QIODevice &m_out;
    QString m_error;
};

std::unique_ptr<PlanExporter> makePlanExporter(PlanFormat format, QIODevice &out,
                                               const ExportOptions &options = {});

// Drives an exporter over plans already in memory (e.g. "Copy as Markdown"). Tasks without ids
// (unsaved plans) are numbered from their positions. Returns false when the exporter failed.
bool exportPlans(const QList<Plan> &plans, PlanExporter &exporter);

} // namespace helios

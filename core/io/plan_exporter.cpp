#include "core/io/plan_exporter.h"

#include "core/io/csv_exporter.h"
#include "core/io/ics_exporter.h"
#include "core/io/json_exporter.h"
#include "core/io/markdown_exporter.h"
#include "core/io/todotxt_exporter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace helios {

PlanExporter::PlanExporter(QIODevice &out) : m_out(out) {}

bool PlanExporter::write(const QByteArray &bytes)
{
    if (failed())
        return false;
    if (m_out.write(bytes) != bytes.size()) {
        m_error = QCoreApplication::translate("helios", "Writing the export failed: %1.")
                      .arg(m_out.errorString());
        return false;
    }
    return true;
}

std::unique_ptr<PlanExporter> makePlanExporter(PlanFormat format, QIODevice &out,
                                               const ExportOptions &options)
{
    switch (format) {
    case PlanFormat::Json:
        return std::make_unique<JsonExporter>(out);
    case PlanFormat::ICalendar:
        return std::make_unique<IcsExporter>(
            out, options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc(),
            options.onePlan);
    case PlanFormat::Markdown:
        return std::make_unique<MarkdownExporter>(out);
    case PlanFormat::Csv:
        return std::make_unique<CsvExporter>(out);
    case PlanFormat::TodoTxt:
        return std::make_unique<TodoTxtExporter>(out);
    }
    return nullptr;
}

bool exportPlans(const QList<Plan> &plans, PlanExporter &exporter)
{
    if (!exporter.begin())
        return false;
    for (const Plan &plan : plans) {
        Plan header = plan;
        header.tasks.clear();
        if (!exporter.beginPlan(header))
            return false;
        const auto idOf = [&plan](int position) {
            const qint64 id = plan.tasks.at(position).id;
            return id > 0 ? id : position + 1;
        };
        for (int i = 0; i < plan.tasks.size(); ++i) {
            Task task = plan.tasks.at(i);
            task.id = idOf(i);
            task.planId = plan.id;
            task.order = i;
            QList<qint64> dependencyIds;
            for (const int position : std::as_const(task.dependsOn)) {
                if (position >= 0 && position < plan.tasks.size() && position != i)
                    dependencyIds.append(idOf(position));
            }
            task.dependsOn.clear();
            if (!exporter.visitTask(task, dependencyIds))
                return false;
        }
        if (!exporter.endPlan(header))
            return false;
    }
    return exporter.finish();
}

} // namespace helios

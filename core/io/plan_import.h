#pragma once

#include "core/domain/plan.h"
#include "core/domain/result.h"
#include "core/io/imported_plan.h"
#include "core/io/plan_format.h"

#include <QByteArray>
#include <QDate>
#include <QString>

#include <optional>

namespace helios {

struct ImportOptions
{
    std::optional<PlanFormat> format; // none: guessed from the content
    QDate today;                      // the first day imported work is scheduled on
    // The file's name: names the plan when the file does not, and its suffix is the last
    // resort when the content does not tell the format.
    QString fileName;
};

// Turns the bytes of an import file into new plans, ready to save: one plan for iCalendar,
// Markdown and todo.txt (scheduled from options.today by the Scheduler), one or more for Helios
// JSON (kept exactly as exported, ids aside). Refuses the whole file with one usage-error
// sentence when it is not text, not the claimed format, broken or without tasks. Pure: no I/O.
Result<QList<ImportedPlan>> importPlanFile(const QByteArray &bytes, const ImportOptions &options);
// The same without the versions of Helios JSON plans (checked all the same).
Result<QList<Plan>> importPlans(const QByteArray &bytes, const ImportOptions &options);

// The format `text` is in, or a usage error saying it cannot be told.
Result<PlanFormat> sniffPlanFormat(const QString &text, const QString &fileName = {});

} // namespace helios

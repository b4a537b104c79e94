#pragma once

// What the importer fuzz targets share: the bytes go through importPlanFile as the given format
// (decoding, parsing, limits, cycle checks, scheduling). Any input gives plans or one sentence;
// what is accepted holds only plain text within the limits. A broken promise aborts, which is
// how libFuzzer is told.

#include "core/domain/plain_text.h"
#include "core/domain/plan_limits.h"
#include "core/io/plan_import.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

namespace helios::fuzz {

inline void checkPlainText(const QString &text, bool multiline)
{
    if (plainText(text, multiline) != text)
        std::abort();
}

inline int importAs(PlanFormat format, const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ImportOptions options;
    options.format = format;
    options.today = QDate(2026, 11, 27);
    options.fileName = QStringLiteral("fuzz.txt");
    const Result<QList<ImportedPlan>> plans = importPlanFile(bytes, options);
    if (!plans) {
        if (plans.error().message.isEmpty() || plans.error().kind != Error::Kind::Usage)
            std::abort();
        return 0;
    }
    if (plans->isEmpty())
        std::abort();
    for (const ImportedPlan &imported : *plans) {
        const Plan &plan = imported.plan;
        if (plan.tasks.isEmpty() || !checkPlanLimits(plan).ok())
            std::abort();
        checkPlainText(plan.goal, false);
        for (const Task &task : plan.tasks) {
            checkPlainText(task.title, false);
            checkPlainText(task.notes, true);
            for (const int d : task.dependsOn) {
                if (d < 0 || d >= plan.tasks.size())
                    std::abort();
            }
        }
    }
    return 0;
}

} // namespace helios::fuzz

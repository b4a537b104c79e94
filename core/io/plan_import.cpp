#include "core/io/plan_import.h"

#include "core/domain/plan_limits.h"
#include "core/io/ics_importer.h"
#include "core/io/import_text.h"
#include "core/io/json_importer.h"
#include "core/io/markdown_importer.h"
#include "core/io/todotxt_importer.h"
#include "core/planning/dependency_graph.h"
#include "core/planning/scheduler.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace helios {

namespace {

bool looksLikeJson(const QString &text)
{
    const QStringView t = QStringView(text).trimmed();
    return t.startsWith(QLatin1Char('{')) || t.startsWith(QLatin1Char('['));
}

bool hasCjk(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x3040 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

QString formatTitle(PlanFormat format)
{
    switch (format) {
    case PlanFormat::Json:
        return QStringLiteral("Helios JSON");
    case PlanFormat::ICalendar:
        return QStringLiteral("iCalendar");
    case PlanFormat::Markdown:
        return QStringLiteral("Markdown");
    case PlanFormat::Csv:
        return QStringLiteral("CSV");
    case PlanFormat::TodoTxt:
        return QStringLiteral("todo.txt");
    }
    return {};
}

// An imported plan gets what the planner would give it: a language, a kind, a start, a deadline
// from the latest due date the file gave, and dates from the Scheduler.
Plan schedule(Plan plan, const QDate &today)
{
    QString allText = plan.goal;
    for (const Task &task : std::as_const(plan.tasks))
        allText += task.title;
    plan.language = hasCjk(allText) ? QStringLiteral("zh") : QStringLiteral("en");
    plan.kind = QStringLiteral("import");
    if (plan.subject.isEmpty())
        plan.subject = plan.goal;
    plan.startDate = today;
    plan.hoursPerWeek = 10.0;
    QDate latestDue;
    for (Task &task : plan.tasks) {
        if (task.isFinished())
            continue;
        if (task.dueDate.isValid() && task.dueDate >= today &&
            (!latestDue.isValid() || task.dueDate > latestDue))
            latestDue = task.dueDate;
        task.startDate = {};
        task.dueDate = {};
    }
    plan.deadline = latestDue;
    const ScheduleResult scheduled =
        Scheduler::schedule(plan.tasks, {today, plan.deadline, plan.hoursPerWeek});
    plan.atRisk = scheduled.atRisk;
    plan.hoursShort = scheduled.hoursShort;
    return plan;
}

// The open tasks without a due date, as the file gave them.
int undatedTasks(const Plan &plan)
{
    return int(std::count_if(plan.tasks.cbegin(), plan.tasks.cend(), [](const Task &task) {
        return !task.isFinished() && !task.dueDate.isValid();
    }));
}

// "2, 5 and 7"
QString numberList(const std::vector<int> &positions)
{
    QStringList parts;
    for (const int p : positions)
        parts << QString::number(p + 1);
    if (parts.size() <= 1)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return QCoreApplication::translate("helios", "%1 and %2", "the last two of a list of numbers")
        .arg(parts.join(QCoreApplication::translate("helios", ", ")), last);
}

// What every imported plan (and each of its versions) goes through before it is scheduled or
// saved: its texts made plain text (no escape sequences, bells or bidirectional overrides), the
// limits of plan_limits.h, dates a person could mean (checkPlanDates), and no dependency cycle
// (which no order of work could satisfy). `where` names it for the person: "the file", "plan 2 of
// the file", ...
Status checkImported(Plan &plan, const QString &where)
{
    makePlainText(plan);
    if (Status within = checkPlanLimits(plan, where); !within)
        return within;
    if (Status dated = checkPlanDates(plan, where); !dated)
        return dated;
    const std::vector<std::vector<int>> cycles = dependencyCycles(plan.tasks);
    if (cycles.empty())
        return Ok{};
    const std::vector<int> &cycle = cycles.front();
    QStringList titles;
    for (size_t i = 0; i < cycle.size() && i < 5; ++i) {
        QString title = plan.tasks.at(cycle[i]).title;
        if (title.size() > 60)
            title = title.left(59) + QChar(0x2026);
        titles << QCoreApplication::translate("helios", "“%1”").arg(title);
    }
    if (cycle.size() > 5)
        titles << QStringLiteral("…");
    return Error::usage(QCoreApplication::translate(
                            "helios", "Tasks %1 of %2 (%3) depend on each other in a cycle, so "
                                      "no order of work can satisfy them; remove one of those "
                                      "dependencies and import it again.")
                            .arg(numberList(cycle), where,
                                 titles.join(QCoreApplication::translate("helios", ", "))));
}

Error notClaimed(PlanFormat claimed, PlanFormat actual)
{
    return Error::usage(
        QCoreApplication::translate("helios",
                                    "The file is %1, not %2: import it with --format %3 or "
                                    "without --format.")
            .arg(formatTitle(actual), formatTitle(claimed), planFormatName(actual)));
}

} // namespace

Result<PlanFormat> sniffPlanFormat(const QString &text, const QString &fileName)
{
    if (looksLikeJson(text))
        return PlanFormat::Json;
    if (looksLikeICalendar(text))
        return PlanFormat::ICalendar;
    if (looksLikeMarkdown(text))
        return PlanFormat::Markdown;
    if (looksLikeTodoTxt(text))
        return PlanFormat::TodoTxt;
    if (const std::optional<PlanFormat> bySuffix = planFormatForFileName(fileName);
        bySuffix && *bySuffix != PlanFormat::Csv)
        return *bySuffix;
    return Error::usage(QCoreApplication::translate(
        "helios", "Helios cannot tell which format the file is in (Helios "
                  "JSON, iCalendar, Markdown or todo.txt): give it with "
                  "--format."));
}

Result<QList<Plan>> importPlans(const QByteArray &bytes, const ImportOptions &options)
{
    Result<QList<ImportedPlan>> imported = importPlanFile(bytes, options);
    if (!imported)
        return imported.error();
    QList<Plan> plans;
    plans.reserve(imported->size());
    for (ImportedPlan &plan : *imported)
        plans.append(std::move(plan.plan));
    return plans;
}

Result<QList<ImportedPlan>> importPlanFile(const QByteArray &bytes, const ImportOptions &options)
{
    if (bytes.size() > kMaxImportBytes)
        return Error::usage(QCoreApplication::translate(
            "helios", "The file is too large to import (the limit is 16 MiB)."));
    Result<QString> text = decodeImportText(bytes);
    if (!text)
        return text.error();
    if (text->trimmed().isEmpty())
        return Error::usage(QCoreApplication::translate(
            "helios", "The file is empty: there are no tasks to import."));

    PlanFormat format = PlanFormat::Json;
    if (options.format) {
        format = *options.format;
    } else {
        Result<PlanFormat> sniffed = sniffPlanFormat(*text, options.fileName);
        if (!sniffed)
            return sniffed.error();
        format = *sniffed;
    }
    // A claimed format that the content plainly contradicts.
    if (options.format && format != PlanFormat::Json && looksLikeJson(*text))
        return notClaimed(format, PlanFormat::Json);
    if (options.format && format != PlanFormat::ICalendar && looksLikeICalendar(*text))
        return notClaimed(format, PlanFormat::ICalendar);
    if (format == PlanFormat::TodoTxt && looksLikeMarkdown(*text))
        return notClaimed(format, PlanFormat::Markdown);

    QString title = QFileInfo(options.fileName).completeBaseName().simplified();
    if (title.isEmpty())
        title = QStringLiteral("Imported tasks");
    Result<Plan> plan = Error::usage(QString());
    QStringList skipped;
    switch (format) {
    case PlanFormat::Json: {
        // Parsed from UTF-8; the decoded text (twice the size) is not needed any more.
        const QByteArray utf8 = text->toUtf8();
        *text = QString();
        Result<QList<ImportedPlan>> plans = importHeliosJson(utf8);
        if (!plans)
            return plans;
        for (qsizetype i = 0; i < plans->size(); ++i) {
            ImportedPlan &imported = (*plans)[i];
            imported.undatedTasks = undatedTasks(imported.plan);
            const QString where =
                QCoreApplication::translate("helios", "plan %1 of the file").arg(i + 1);
            if (Status checked = checkImported(imported.plan, where); !checked)
                return checked.error();
            for (qsizetype v = 0; v < imported.versions.size(); ++v) {
                const QString version =
                    QCoreApplication::translate("helios", "version entry %1 of plan %2 of the file")
                        .arg(v + 1)
                        .arg(i + 1);
                if (Status checked = checkImported(imported.versions[v].plan, version); !checked)
                    return checked.error();
            }
        }
        return plans;
    }
    case PlanFormat::Csv:
        return Error::usage(QCoreApplication::translate(
            "helios", "Helios exports CSV but does not import it: import "
                      "Helios JSON, iCalendar, Markdown or todo.txt."));
    case PlanFormat::ICalendar:
        plan = importICalendar(*text, title);
        break;
    case PlanFormat::Markdown:
        plan = importMarkdown(*text, title, &skipped);
        break;
    case PlanFormat::TodoTxt:
        plan = importTodoTxt(*text, title);
        break;
    }
    if (!plan)
        return plan.error();
    if (Status checked =
            checkImported(*plan, QCoreApplication::translate("helios", "the file's plan"));
        !checked)
        return checked.error();
    const QDate today = options.today.isValid() ? options.today : QDate::currentDate();
    ImportedPlan imported;
    imported.undatedTasks = undatedTasks(*plan);
    imported.namedAfterFile = plan->goal == title;
    imported.skippedLines = std::move(skipped);
    imported.plan = schedule(std::move(*plan), today);
    return QList<ImportedPlan>{std::move(imported)};
}

} // namespace helios

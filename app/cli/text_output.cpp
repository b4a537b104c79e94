#include "app/cli/text_output.h"

#include "core/planning/offline_planner.h"
#include "core/planning/planner_catalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <algorithm>

namespace helios::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("helios-cli", text);
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

QString hours(double h)
{
    return QLocale::c().toString(h, 'f', 1) + QLatin1Char('h');
}

QString percent(double share)
{
    return QString::number(qRound(share * 100.0)) + QLatin1Char('%');
}

// Left-aligned text padded to `width`, with one space between columns.
QString cell(const QString &text, int width)
{
    return text.leftJustified(width) + QLatin1Char(' ');
}

QString rightCell(const QString &text, int width)
{
    return text.rightJustified(width) + QLatin1Char(' ');
}

int idWidth(const QList<Task> &tasks)
{
    int width = 2;
    for (const Task &t : tasks)
        width = std::max(width, int(QString::number(t.id).size()));
    return width;
}

} // namespace

QString formatPlan(const Plan &plan)
{
    QString out;
    out += tr("Plan %1: %2\n").arg(plan.id).arg(plan.goal);
    out +=
        tr("Start %1, deadline %2, %3 hours per week.\n")
            .arg(date(plan.startDate), plan.deadline.isValid() ? date(plan.deadline) : tr("none"),
                 QLocale::c().toString(plan.hoursPerWeek, 'g', 4));
    out += tr("%1 tasks, %2 in total, %3 done, finishing %4.\n")
               .arg(plan.tasks.size())
               .arg(hours(plan.totalHours()), percent(plan.progress()), date(plan.finishDate()));
    if (plan.atRisk) {
        out += tr("Warning: at risk, the work does not fit before the deadline: %1 hours short.\n")
                   .arg(QLocale::c().toString(plan.hoursShort, 'f', 1));
    }
    // Why the offline planner planned it as it did, or that it did not know the goal.
    if (const std::optional<PlannerKind> kind = plannerKind(plan.kind)) {
        out += plan.kindReason.isEmpty()
                   ? tr("Recognised as %1 (%2).\n").arg(kind->name.en, plan.kind)
                   : tr("Recognised as %1 (%2) from: %3.\n")
                         .arg(kind->name.en, plan.kind, plan.kindReason.join(QStringLiteral(", ")));
    } else if (plan.kind == u"generic") {
        out += tr("Hint: ") + genericPlanHint(plan.language) + QLatin1Char('\n');
    }
    for (const Task &t : plan.tasks) {
        if (t.event && t.dueDate.isValid())
            out += tr("Event: %1 on %2.\n").arg(t.title, date(t.dueDate));
    }

    // Milestones in the order they first appear, each with its tasks.
    QStringList milestones;
    for (const Task &t : plan.tasks) {
        if (!milestones.contains(t.milestone))
            milestones.append(t.milestone);
    }
    const int w = idWidth(plan.tasks);
    for (const QString &milestone : milestones) {
        out += QLatin1Char('\n');
        out += milestone.isEmpty() ? tr("Tasks\n") : milestone + QLatin1Char('\n');
        out += QStringLiteral("  ") + rightCell(tr("ID"), w) + cell(tr("STATUS"), 11) +
               rightCell(tr("EST"), 6) + cell(tr("START"), 10) + cell(tr("DUE"), 10) + tr("TITLE") +
               QLatin1Char('\n');
        // In the order they fall (a weekly series and one-off tasks interleave by date; in plan
        // order the list jumped from February back to December), unscheduled ones last.
        QList<const Task *> rows;
        for (const Task &t : plan.tasks) {
            if (t.milestone == milestone)
                rows.append(&t);
        }
        std::stable_sort(rows.begin(), rows.end(), [](const Task *a, const Task *b) {
            if (a->startDate.isValid() != b->startDate.isValid())
                return a->startDate.isValid();
            return a->startDate < b->startDate;
        });
        for (const Task *task : std::as_const(rows)) {
            const Task &t = *task;
            out += QStringLiteral("  ") + rightCell(QString::number(t.id), w) +
                   cell(toString(t.status), 11) + rightCell(hours(t.estimateHours), 6) +
                   cell(date(t.startDate), 10) + cell(date(t.dueDate), 10) + t.title +
                   QLatin1Char('\n');
        }
    }
    return out;
}

namespace {

// One row per plan: id, dates, counts, hours, progress, risk, goal.
QString summaryTable(const QList<PlanSummary> &plans)
{
    int w = 2;
    for (const PlanSummary &p : plans)
        w = std::max(w, int(QString::number(p.id).size()));
    QString out = rightCell(tr("ID"), w) + cell(tr("CREATED"), 10) + cell(tr("DEADLINE"), 10) +
                  rightCell(tr("TASKS"), 5) + rightCell(tr("DONE"), 5) + rightCell(tr("HOURS"), 7) +
                  rightCell(tr("PROG"), 4) + cell(tr("RISK"), 7) + tr("GOAL") + QLatin1Char('\n');
    for (const PlanSummary &p : plans) {
        const QString risk = p.atRisk ? tr("%1h").arg(QLocale::c().toString(p.hoursShort, 'f', 0))
                                      : QStringLiteral("-");
        out += rightCell(QString::number(p.id), w) + cell(date(p.createdAt.toUTC().date()), 10) +
               cell(date(p.deadline), 10) + rightCell(QString::number(p.taskCount), 5) +
               rightCell(QString::number(p.doneCount), 5) + rightCell(hours(p.totalHours), 7) +
               rightCell(percent(p.progress()), 4) + cell(risk, 7) +
               QString(p.goal).replace(QLatin1Char('\n'), QLatin1Char(' ')) + QLatin1Char('\n');
    }
    return out;
}

} // namespace

QString formatPlanList(const QList<PlanSummary> &plans)
{
    if (plans.isEmpty())
        return tr("No plans yet. Create one with: helios-cli plan \"Learn Python\"\n");
    return summaryTable(plans);
}

QString formatGalleryPage(const Page<GalleryTemplate> &page, bool ownOnly, bool searched)
{
    if (page.total == 0 && ownOnly && !searched)
        return tr("No templates of your own yet. Offer a plan as one with: helios-cli template "
                  "set PLAN_ID, or add a shared one with: helios-cli template import FILE\n");
    if (page.total == 0)
        return tr("No template matches. helios-cli templates lists them all.\n");
    const int pages = (page.total + page.limit - 1) / page.limit;
    if (page.items.isEmpty())
        return tr("Page %1 is past the last page: %2 templates fill %3 pages of %4.\n")
            .arg(page.page)
            .arg(page.total)
            .arg(pages)
            .arg(page.limit);
    int w = 2;
    int c = 8;
    for (const GalleryTemplate &t : page.items) {
        w = std::max(w, int(t.id.size()));
        c = std::max(c, int(t.categoryName.size()));
    }
    QString out = cell(tr("ID"), w) + cell(tr("CATEGORY"), c) + rightCell(tr("TASKS"), 5) +
                  rightCell(tr("HOURS"), 7) + QLatin1Char(' ') + tr("TEMPLATE") + QLatin1Char('\n');
    for (const GalleryTemplate &t : page.items) {
        QString title = QString(t.title).replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (t.builtIn && t.goal != t.title)
            title += QStringLiteral(" \u2014 ") + t.goal;
        out += cell(t.id, w) + cell(t.categoryName, c) +
               rightCell(QString::number(t.taskCount), 5) + rightCell(hours(t.totalHours), 7) +
               QLatin1Char(' ') + title + QLatin1Char('\n');
    }
    out += tr("Page %1 of %2, %3 templates in all.").arg(page.page).arg(pages).arg(page.total);
    if (page.page < pages)
        out += QLatin1Char(' ') + tr("Next: --page %1.").arg(page.page + 1);
    return out + QLatin1Char('\n') +
           tr("Start a plan from one with: helios-cli plan --from-template ID [GOAL]\n");
}

QString formatTaskChange(const Plan &plan, const Task &task)
{
    return tr("Task %1 is now %2: %3\nPlan %4 (%5) is %6 done.\n")
        .arg(QString::number(task.id), toString(task.status), task.title, QString::number(plan.id),
             plan.goal, percent(plan.progress()));
}

namespace {

// SQLite's answers may hold several lines: each on its own line, indented.
QString indentedLines(const QStringList &texts, const QString &indent)
{
    QString out;
    for (const QString &text : texts) {
        for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            out += indent + line.trimmed() + QLatin1Char('\n');
    }
    return out;
}

} // namespace

QString formatDatabaseStatus(const DatabaseStatus &status, const QStringList &backups)
{
    QString version = status.version < 0
                          ? tr("unknown (latest %1)").arg(status.latest)
                          : tr("%1 (latest %2)").arg(status.version).arg(status.latest);
    if (status.version < 0)
        version += tr(", unreadable");
    else if (status.version > status.latest)
        version += tr(", written by a newer Helios");
    else if (status.version < status.latest)
        version += tr(", brought up to date when Helios next opens it");
    QString out = tr("Database:     %1\n").arg(QDir::toNativeSeparators(status.path));
    out += tr("Schema:       %1\n").arg(version);
    out += tr("Journal mode: %1\n").arg(status.journalMode);
    out += tr("Size:         %1 bytes\n").arg(status.sizeBytes);
    const QString indent(14, QLatin1Char(' '));
    const QString quickCheck = indentedLines({status.quickCheck}, indent).mid(indent.size());
    out += tr("Quick check:  ") + (quickCheck.isEmpty() ? QStringLiteral("-\n") : quickCheck);
    if (backups.isEmpty())
        return out + tr("Backups:      none\n");
    out += tr("Backups:      %1, newest first\n").arg(backups.size());
    for (const QString &backup : backups)
        out += QStringLiteral("  ") + QDir::toNativeSeparators(backup) + QLatin1Char('\n');
    return out;
}

QString formatIntegrityReport(const IntegrityReport &report)
{
    if (report.ok())
        return QStringLiteral("ok\n");
    QString out;
    if (!report.integrityProblems.isEmpty())
        out += tr("Integrity check failed:\n") +
               indentedLines(report.integrityProblems, QStringLiteral("  "));
    if (!report.foreignKeyProblems.isEmpty())
        out += tr("Foreign key check failed (table, rowid, parent table, foreign key):\n") +
               indentedLines(report.foreignKeyProblems, QStringLiteral("  "));
    if (!report.schemaProblems.isEmpty())
        out += tr("Schema check failed (what Helios did not make, or made otherwise):\n") +
               indentedLines(report.schemaProblems, QStringLiteral("  "));
    return out;
}

} // namespace helios::cli

#include "core/io/markdown_exporter.h"

#include <QLocale>

namespace helios {

QString escapeMarkdown(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (QStringLiteral("\\`*_[]<>#|").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

namespace {

QString hoursText(double hours)
{
    return QLocale::c().toString(hours, 'g', QLocale::FloatingPointShortest) + QLatin1Char('h');
}

// One line of text: Markdown list items end at a newline.
QString oneLine(const QString &text)
{
    QString line = text;
    line.replace(QLatin1String("\r\n"), QLatin1String(" "));
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    line.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return line;
}

} // namespace

MarkdownExporter::MarkdownExporter(QIODevice &out) : PlanExporter(out) {}

bool MarkdownExporter::beginPlan(const Plan &plan)
{
    QString text = m_firstPlan ? QString() : QStringLiteral("\n");
    m_firstPlan = false;
    m_inMilestone = false;
    m_milestone.clear();
    text += QStringLiteral("# ") + escapeMarkdown(oneLine(plan.goal)) + QLatin1Char('\n');
    if (plan.deadline.isValid())
        text += QStringLiteral("\nDeadline: ") + plan.deadline.toString(Qt::ISODate) +
                QLatin1Char('\n');
    return write(text);
}

bool MarkdownExporter::visitTask(const Task &task, const QList<qint64> &)
{
    QString text;
    // Tasks arrive in plan order; a milestone's tasks are usually together, and a milestone
    // that comes back later gets its heading again rather than a reordered plan.
    if (!m_inMilestone || task.milestone != m_milestone) {
        const QString heading =
            task.milestone.isEmpty() ? QStringLiteral("Other tasks") : task.milestone;
        if (m_inMilestone || !task.milestone.isEmpty())
            text += QStringLiteral("\n## ") + escapeMarkdown(oneLine(heading)) + QLatin1Char('\n');
        text += QLatin1Char('\n');
        m_inMilestone = true;
        m_milestone = task.milestone;
    }
    text += task.status == TaskStatus::Done ? QStringLiteral("- [x] ") : QStringLiteral("- [ ] ");
    QString title = escapeMarkdown(oneLine(task.title));
    if (task.status == TaskStatus::Skipped)
        title = QStringLiteral("~~") + title + QStringLiteral("~~ (skipped)");
    text += title + QStringLiteral(" (") + hoursText(task.estimateHours) + QLatin1Char(')');
    if (task.dueDate.isValid())
        text += QStringLiteral(" — due ") + task.dueDate.toString(Qt::ISODate);
    if (task.status == TaskStatus::InProgress)
        text += QStringLiteral(" — in progress");
    if (task.event)
        text += QStringLiteral(" — event");
    if (task.notBefore.isValid())
        text += QStringLiteral(" — not before ") + task.notBefore.toString(Qt::ISODate);
    if (task.dueBy.isValid())
        text += QStringLiteral(" — at the latest ") + task.dueBy.toString(Qt::ISODate);
    text += QLatin1Char('\n');
    if (!task.notes.isEmpty()) {
        QString notes = task.notes;
        notes.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        for (const QString &line : notes.split(QLatin1Char('\n'))) {
            if (line.trimmed().isEmpty())
                continue;
            // A note line must not read as a list item of its own.
            QString escaped = escapeMarkdown(line.trimmed());
            if (escaped.startsWith(QLatin1Char('-')) || escaped.startsWith(QLatin1Char('+')))
                escaped.prepend(QLatin1Char('\\'));
            text += QStringLiteral("  ") + escaped + QLatin1Char('\n');
        }
    }
    return write(text);
}

bool MarkdownExporter::endPlan(const Plan &)
{
    return true;
}

} // namespace helios

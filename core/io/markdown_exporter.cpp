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

// The words of the export are the plan's language (its tasks are written in it), whatever the
// window's: a Chinese plan reads "（1.5 小时） — 截止 2026-12-01", an English one
// "(1.5h) — due 2026-12-01". The importer reads both.
struct Words
{
    QString deadline, due, inProgress, skipped, otherTasks, hoursBefore, hoursAfter, event,
        notBefore, atTheLatest;
};

const Words &wordsFor(const QString &language)
{
    static const Words english{QStringLiteral("Deadline: "),
                               QStringLiteral(" — due "),
                               QStringLiteral(" — in progress"),
                               QStringLiteral(" (skipped)"),
                               QStringLiteral("Other tasks"),
                               QStringLiteral(" ("),
                               QStringLiteral("h)"),
                               QStringLiteral(" — event"),
                               QStringLiteral(" — not before "),
                               QStringLiteral(" — at the latest ")};
    static const Words chinese{QStringLiteral("截止日期："), QStringLiteral(" — 截止 "),
                               QStringLiteral(" — 进行中"),  QStringLiteral("（已跳过）"),
                               QStringLiteral("其他任务"),   QStringLiteral("（"),
                               QStringLiteral(" 小时）"),    QStringLiteral(" — 活动"),
                               QStringLiteral(" — 不早于 "), QStringLiteral(" — 最晚 ")};
    return language == QLatin1String("zh") ? chinese : english;
}

QString hoursText(double hours, const Words &words)
{
    return words.hoursBefore + QLocale::c().toString(hours, 'g', QLocale::FloatingPointShortest) +
           words.hoursAfter;
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
    m_language = plan.language;
    text += QStringLiteral("# ") + escapeMarkdown(oneLine(plan.goal)) + QLatin1Char('\n');
    if (plan.deadline.isValid())
        text += QLatin1Char('\n') + wordsFor(plan.language).deadline +
                plan.deadline.toString(Qt::ISODate) + QLatin1Char('\n');
    return write(text);
}

bool MarkdownExporter::visitTask(const Task &task, const QList<qint64> &)
{
    const Words &words = wordsFor(m_language);
    QString text;
    // Tasks arrive in plan order; a milestone's tasks are usually together, and a milestone
    // that comes back later gets its heading again rather than a reordered plan.
    if (!m_inMilestone || task.milestone != m_milestone) {
        const QString heading = task.milestone.isEmpty() ? words.otherTasks : task.milestone;
        if (m_inMilestone || !task.milestone.isEmpty())
            text += QStringLiteral("\n## ") + escapeMarkdown(oneLine(heading)) + QLatin1Char('\n');
        text += QLatin1Char('\n');
        m_inMilestone = true;
        m_milestone = task.milestone;
    }
    text += task.status == TaskStatus::Done ? QStringLiteral("- [x] ") : QStringLiteral("- [ ] ");
    QString title = escapeMarkdown(oneLine(task.title));
    if (task.status == TaskStatus::Skipped)
        title = QStringLiteral("~~") + title + QStringLiteral("~~") + words.skipped;
    text += title + hoursText(task.estimateHours, words);
    if (task.dueDate.isValid())
        text += words.due + task.dueDate.toString(Qt::ISODate);
    if (task.status == TaskStatus::InProgress)
        text += words.inProgress;
    if (task.event)
        text += words.event;
    if (task.notBefore.isValid())
        text += words.notBefore + task.notBefore.toString(Qt::ISODate);
    if (task.dueBy.isValid())
        text += words.atTheLatest + task.dueBy.toString(Qt::ISODate);
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

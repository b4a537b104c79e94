#include "core/io/todotxt_exporter.h"

#include <QLocale>

namespace helios {

QString todoTxtSlug(const QString &text)
{
    QString slug;
    for (const QChar c : text.toLower()) {
        if (c.isLetterOrNumber() || c == QLatin1Char('_'))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug;
}

TodoTxtExporter::TodoTxtExporter(QIODevice &out) : PlanExporter(out) {}

bool TodoTxtExporter::beginPlan(const Plan &plan)
{
    m_project = todoTxtSlug(plan.subject.isEmpty() ? plan.goal : plan.subject);
    m_created = plan.createdAt.isValid() ? plan.createdAt.toUTC().date() : QDate();
    m_milestoneRank.clear();
    return true;
}

bool TodoTxtExporter::visitTask(const Task &task, const QList<qint64> &)
{
    if (!m_milestoneRank.contains(task.milestone))
        m_milestoneRank.insert(task.milestone, static_cast<int>(m_milestoneRank.size()));
    QString line;
    if (task.isFinished()) {
        // Helios does not record when a task was finished; todo.txt allows a creation date only
        // after a completion date, so a finished task has neither.
        line = QStringLiteral("x ");
    } else {
        // Priority: what is under way first, then the plan's milestones in order.
        const int rank = task.status == TaskStatus::InProgress
                             ? 0
                             : std::min(2, m_milestoneRank.value(task.milestone));
        line = QStringLiteral("(%1) ").arg(QChar(u'A' + rank));
        if (m_created.isValid())
            line += m_created.toString(Qt::ISODate) + QLatin1Char(' ');
    }
    QString title = task.title.simplified();
    line += title;
    if (!m_project.isEmpty())
        line += QStringLiteral(" +") + m_project;
    const QString context = todoTxtSlug(task.milestone);
    if (!context.isEmpty())
        line += QStringLiteral(" @") + context;
    if (task.dueDate.isValid())
        line += QStringLiteral(" due:") + task.dueDate.toString(Qt::ISODate);
    // The threshold date of the todo.txt extension: clients hide the task until that day.
    if (task.notBefore.isValid())
        line += QStringLiteral(" t:") + task.notBefore.toString(Qt::ISODate);
    if (task.dueBy.isValid())
        line += QStringLiteral(" by:") + task.dueBy.toString(Qt::ISODate);
    if (task.event)
        line += QStringLiteral(" event:yes");
    line += QStringLiteral(" est:") +
            QLocale::c().toString(task.estimateHours, 'g', QLocale::FloatingPointShortest) +
            QLatin1Char('h');
    if (task.status == TaskStatus::Skipped)
        line += QStringLiteral(" status:skipped");
    return write(line + QLatin1Char('\n'));
}

bool TodoTxtExporter::endPlan(const Plan &)
{
    return true;
}

} // namespace helios

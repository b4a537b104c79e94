#include "core/io/csv_exporter.h"

#include <QLocale>
#include <QStringList>

namespace helios {

QString csvCell(const QString &value)
{
    QString cell = value;
    static const QString formulaStarts = QStringLiteral("=+-@\t\r");
    if (!cell.isEmpty() && formulaStarts.contains(cell.at(0)))
        cell.prepend(QLatin1Char('\''));
    if (cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) ||
        cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))) {
        cell.replace(QLatin1String("\""), QLatin1String("\"\""));
        cell = QLatin1Char('"') + cell + QLatin1Char('"');
    }
    return cell;
}

namespace {

QString number(double value)
{
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest);
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QByteArray row(const QStringList &cells)
{
    QStringList quoted;
    quoted.reserve(cells.size());
    for (const QString &cell : cells)
        quoted.append(csvCell(cell));
    return (quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
}

} // namespace

CsvExporter::CsvExporter(QIODevice &out) : PlanExporter(out) {}

bool CsvExporter::begin()
{
    return write(
        row({QStringLiteral("plan_id"), QStringLiteral("plan"), QStringLiteral("task_id"),
             QStringLiteral("position"), QStringLiteral("title"), QStringLiteral("status"),
             QStringLiteral("milestone"), QStringLiteral("estimate_hours"),
             QStringLiteral("actual_hours"), QStringLiteral("start_date"),
             QStringLiteral("due_date"), QStringLiteral("depends_on"), QStringLiteral("event"),
             QStringLiteral("not_before"), QStringLiteral("due_by"), QStringLiteral("notes")}));
}

bool CsvExporter::beginPlan(const Plan &plan)
{
    m_goal = plan.goal;
    return true;
}

bool CsvExporter::visitTask(const Task &task, const QList<qint64> &dependencyIds)
{
    QStringList dependencies;
    for (const qint64 id : dependencyIds)
        dependencies.append(QString::number(id));
    return write(row({QString::number(task.planId), m_goal, QString::number(task.id),
                      QString::number(task.order + 1), task.title, toString(task.status),
                      task.milestone, number(task.estimateHours),
                      task.actualHours >= 0 ? number(task.actualHours) : QString(),
                      date(task.startDate), date(task.dueDate), dependencies.join(QLatin1Char(' ')),
                      task.event ? QStringLiteral("yes") : QString(), date(task.notBefore),
                      date(task.dueBy), task.notes}));
}

bool CsvExporter::endPlan(const Plan &)
{
    return true;
}

} // namespace helios

#include "ui/models/plan_diff_model.h"

#include "ui/models/display_format.h"

#include <QBrush>
#include <QColor>
#include <QSet>
#include <QStringList>

namespace helios::ui {

namespace {

QString hoursText(double hours)
{
    return PlanDiffModel::tr("%1 h").arg(formatHours(hours));
}

// "Dec 1 – Dec 10", or the one date that is known.
QString datesText(const QDate &start, const QDate &due)
{
    if (start.isValid() && due.isValid() && start != due)
        return PlanDiffModel::tr("%1 – %2").arg(formatDate(start), formatDate(due));
    if (due.isValid())
        return formatDate(due);
    if (start.isValid())
        return formatDate(start);
    return PlanDiffModel::tr("not scheduled");
}

// What an added or removed task is: its estimate and its dates.
QString taskText(const Task &task)
{
    return PlanDiffModel::tr("%1, %2").arg(hoursText(task.estimateHours),
                                           datesText(task.startDate, task.dueDate));
}

QString riskText(bool atRisk, double hoursShort)
{
    if (!atRisk)
        return PlanDiffModel::tr("On track");
    return PlanDiffModel::tr("At risk, %1 short").arg(hoursText(hoursShort));
}

QString prerequisitesText(const Task &task, const Plan &plan)
{
    QStringList titles;
    for (int position : task.dependsOn) {
        if (position >= 0 && position < plan.tasks.size())
            titles << plan.tasks.at(position).title;
    }
    return titles.isEmpty() ? PlanDiffModel::tr("none") : titles.join(QStringLiteral(", "));
}

// Notes can be long: the first line, shortened.
QString notesText(const QString &notes)
{
    constexpr int kMaxChars = 60;
    QString line = notes.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > kMaxChars)
        line = line.left(kMaxChars - 1) + QStringLiteral("…");
    return line.isEmpty() ? PlanDiffModel::tr("(empty)") : line;
}

} // namespace

PlanDiffModel::PlanDiffModel(QObject *parent) : QAbstractTableModel(parent) {}

int PlanDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PlanDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TaskColumn:
        return tr("Task");
    case ChangeColumn:
        return tr("Change");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    default:
        return {};
    }
}

QVariant PlanDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    auto text = [&]() -> QString {
        switch (index.column()) {
        case TaskColumn:
            return row.task;
        case ChangeColumn:
            return row.change;
        case BeforeColumn:
            return row.before;
        case AfterColumn:
            return row.after;
        default:
            return {};
        }
    };
    switch (role) {
    case Qt::DisplayRole:
        return text();
    case Qt::ToolTipRole:
        return plainToolTip(text());
    case Qt::ForegroundRole:
        // The change column says at a glance what kind of change a row is.
        if (index.column() != ChangeColumn)
            return {};
        switch (row.kind) {
        case Kind::Added:
            return QBrush(QColor(0x1e, 0x7d, 0x32));
        case Kind::Removed:
            return QBrush(QColor(0xb0, 0x2a, 0x1b));
        case Kind::MovedLater:
            return QBrush(QColor(0xa8, 0x5c, 0x00));
        default:
            return {};
        }
    case KindRole:
        return static_cast<int>(row.kind);
    case DaysRole:
        return row.days;
    default:
        return {};
    }
}

void PlanDiffModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_summary.clear();
    endResetModel();
}

void PlanDiffModel::setDiff(const PlanDiff &diff, const Plan &before, const Plan &after)
{
    beginResetModel();
    m_rows.clear();
    const QString plan = tr("Whole plan");
    if (diff.deadline) {
        auto text = [](const QDate &d) { return d.isValid() ? formatDate(d) : tr("none"); };
        m_rows.append({Kind::Plan, plan, tr("Deadline"), text(diff.deadline->before),
                       text(diff.deadline->after)});
    }
    if (diff.hoursPerWeek) {
        m_rows.append({Kind::Plan, plan, tr("Hours per week"), hoursText(diff.hoursPerWeek->before),
                       hoursText(diff.hoursPerWeek->after)});
    }
    if (diff.finish) {
        m_rows.append({Kind::Plan, plan, tr("Finish date"), formatDate(diff.finish->before),
                       formatDate(diff.finish->after),
                       diff.finish->before.isValid() && diff.finish->after.isValid()
                           ? diff.finish->before.daysTo(diff.finish->after)
                           : 0});
    }
    if (diff.atRisk || diff.hoursShort) {
        m_rows.append({Kind::Plan, plan, tr("Risk"), riskText(before.atRisk, before.hoursShort),
                       riskText(after.atRisk, after.hoursShort)});
    }
    for (const Task &task : diff.removed)
        m_rows.append({Kind::Removed, task.title, tr("Removed"), taskText(task), QString()});
    for (const Task &task : diff.added)
        m_rows.append({Kind::Added, task.title, tr("Added"), QString(), taskText(task)});

    // Task by task in the new plan's order, as describe() does: what changed, then how it moved.
    auto change = diff.changed.cbegin();
    auto shift = diff.shifted.cbegin();
    while (change != diff.changed.cend() || shift != diff.shifted.cend()) {
        if (shift == diff.shifted.cend() ||
            (change != diff.changed.cend() && change->position <= shift->position)) {
            addTaskChangeRows(*change++, before, after);
            continue;
        }
        const DateShift &s = *shift++;
        const Kind kind = s.days < 0 ? Kind::MovedEarlier : Kind::MovedLater;
        QString what;
        if (s.days > 0)
            what = tr("Moves %n day(s) later", nullptr, static_cast<int>(s.days));
        else if (s.days < 0)
            what = tr("Moves %n day(s) earlier", nullptr, static_cast<int>(-s.days));
        else
            what = tr("Dates change");
        m_rows.append({kind, s.after.title, what, datesText(s.oldStart, s.oldDue),
                       datesText(s.newStart, s.newDue), s.days});
    }
    m_summary = summarize(diff);
    endResetModel();
}

void PlanDiffModel::addTaskChangeRows(const TaskChange &change, const Plan &before,
                                      const Plan &after)
{
    const Task &a = change.before;
    const Task &b = change.after;
    const QString task = b.title;
    if (change.fields.testFlag(TaskField::Title))
        m_rows.append({Kind::Changed, task, tr("Renamed"), a.title, b.title});
    if (change.fields.testFlag(TaskField::Estimate))
        m_rows.append({Kind::Changed, task, tr("Estimate"), hoursText(a.estimateHours),
                       hoursText(b.estimateHours)});
    if (change.fields.testFlag(TaskField::TaskStatus))
        m_rows.append(
            {Kind::Changed, task, tr("Status"), statusLabel(a.status), statusLabel(b.status)});
    if (change.fields.testFlag(TaskField::Milestone))
        m_rows.append({Kind::Changed, task, tr("Milestone"), a.milestone, b.milestone});
    if (change.fields.testFlag(TaskField::Dependencies))
        m_rows.append({Kind::Changed, task, tr("Prerequisites"), prerequisitesText(a, before),
                       prerequisitesText(b, after)});
    if (change.fields.testFlag(TaskField::Notes))
        m_rows.append({Kind::Changed, task, tr("Notes"), notesText(a.notes), notesText(b.notes)});
}

QString PlanDiffModel::summarize(const PlanDiff &diff)
{
    if (diff.isEmpty())
        return tr("No changes.");
    int later = 0;
    int earlier = 0;
    for (const DateShift &s : diff.shifted) {
        if (s.days > 0)
            ++later;
        else if (s.days < 0)
            ++earlier;
    }
    int estimates = 0;
    QSet<int> otherChanges;
    for (const TaskChange &c : diff.changed) {
        if (c.fields.testFlag(TaskField::Estimate))
            ++estimates;
        if (c.fields & ~TaskFields(TaskField::Estimate))
            otherChanges.insert(c.position);
    }
    QStringList parts;
    if (later > 0)
        parts << tr("%n task(s) move later", nullptr, later);
    if (earlier > 0)
        parts << tr("%n task(s) move earlier", nullptr, earlier);
    if (!diff.added.isEmpty())
        parts << tr("%n added", "tasks", static_cast<int>(diff.added.size()));
    if (!diff.removed.isEmpty())
        parts << tr("%n removed", "tasks", static_cast<int>(diff.removed.size()));
    if (estimates > 0)
        parts << tr("%n estimate(s) changed", nullptr, estimates);
    if (!otherChanges.isEmpty())
        parts << tr("%n task(s) otherwise changed", nullptr, static_cast<int>(otherChanges.size()));
    if (diff.deadline)
        parts << tr("new deadline");
    if (diff.hoursPerWeek)
        parts << tr("new weekly hours");
    // Whether the work still fits matters more than by how many hours it does not.
    if (diff.atRisk)
        parts << (diff.atRisk->after ? tr("now at risk") : tr("no longer at risk"));
    if (parts.isEmpty() && diff.finish)
        parts << tr("the finish date moves");
    if (parts.isEmpty())
        parts << tr("the hours short change");
    return tr("%1.", "summary sentence").arg(parts.join(tr(", ")));
}

} // namespace helios::ui

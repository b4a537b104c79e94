#include "ui/models/task_table_model.h"

#include "core/today/agenda.h"
#include "ui/models/display_format.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QStyle>

#include <algorithm>

namespace helios::ui {

namespace {

std::optional<TaskStatus> statusFromVariant(const QVariant &value)
{
    bool ok = false;
    const int raw = value.toInt(&ok);
    if (!ok)
        return std::nullopt;
    for (TaskStatus s : kAllStatuses) {
        if (static_cast<int>(s) == raw)
            return s;
    }
    return std::nullopt;
}

} // namespace

QColor finishedTextColor(const QPalette &palette)
{
    // Quieter than open work but still easy to read: the text colour 40% of the way to the
    // background (#666 on white, 5.7:1), where the disabled colour was #bebebe (1.9:1).
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    auto mix = [](int a, int b) { return a + (b - a) * 2 / 5; };
    return QColor(mix(text.red(), base.red()), mix(text.green(), base.green()),
                  mix(text.blue(), base.blue()));
}

TaskTableModel::TaskTableModel(QObject *parent) : QAbstractTableModel(parent) {}

int TaskTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tasks.size());
}

int TaskTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaskTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task &task = m_tasks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(task, index.column());
    case Qt::EditRole:
        if (index.column() == StatusColumn)
            return static_cast<int>(task.status);
        return displayData(task, index.column());
    case Qt::ToolTipRole:
        // The title may be cut off in its column; the notes say how to go about it.
        if (index.column() == TitleColumn)
            return plainToolTip(task.notes.isEmpty()
                                    ? task.title
                                    : task.title + QStringLiteral("\n\n") + task.notes);
        if (index.column() == DueColumn && isOverdue(task, m_today))
            return tr("Overdue: it was due %1").arg(formatDate(task.dueDate));
        return {};
    case Qt::DecorationRole:
        // Overdue in a sign as well as in colour.
        if (index.column() == DueColumn && isOverdue(task, m_today))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == EstimateColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        return foregroundData(task, index.column());
    case Qt::FontRole:
        if (task.status == TaskStatus::Skipped && index.column() == TitleColumn) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case TaskIdRole:
        return task.id;
    case StatusRole:
        return static_cast<int>(task.status);
    case OverdueRole:
        return isOverdue(task, m_today);
    default:
        return {};
    }
}

QVariant TaskTableModel::displayData(const Task &task, int column) const
{
    switch (column) {
    case TitleColumn:
        return task.title;
    case StatusColumn:
        return statusLabel(task.status);
    case EstimateColumn:
        return formatHours(task.estimateHours);
    case StartColumn:
        return formatDate(task.startDate);
    case DueColumn:
        return formatDate(task.dueDate);
    case MilestoneColumn:
        return task.milestone;
    default:
        return {};
    }
}

QVariant TaskTableModel::foregroundData(const Task &task, int column) const
{
    if (task.isFinished())
        return QBrush(finishedTextColor(QGuiApplication::palette()));
    if (column == DueColumn && isOverdue(task, m_today))
        return QBrush(QColor(0xb0, 0x2a, 0x1b));
    const bool late = m_deadline.isValid() && task.dueDate.isValid() && task.dueDate > m_deadline;
    if (late && column == DueColumn)
        return QBrush(QColor(0xb0, 0x2a, 0x1b));
    return {};
}

QVariant TaskTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Task");
    case StatusColumn:
        return tr("Status");
    case EstimateColumn:
        return tr("Estimate (h)");
    case StartColumn:
        return tr("Start");
    case DueColumn:
        return tr("Due");
    case MilestoneColumn:
        return tr("Milestone");
    default:
        return {};
    }
}

Qt::ItemFlags TaskTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == StatusColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool TaskTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != StatusColumn ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const std::optional<TaskStatus> status = statusFromVariant(value);
    if (!status)
        return false;
    Task &task = m_tasks[index.row()];
    if (task.status == *status)
        return true;
    task.status = *status;
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT statusChangeRequested(task.id, *status);
    return true;
}

void TaskTableModel::setToday(const QDate &today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (!m_tasks.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void TaskTableModel::setPlan(const Plan &plan)
{
    const bool sameRows = plan.id == m_planId && plan.tasks.size() == m_tasks.size() &&
                          std::equal(plan.tasks.cbegin(), plan.tasks.cend(), m_tasks.cbegin(),
                                     [](const Task &a, const Task &b) { return a.id == b.id; });
    if (sameRows && !m_tasks.isEmpty()) {
        // A refresh of the shown plan: keep the view's selection and scroll position.
        m_deadline = plan.deadline;
        m_tasks = plan.tasks;
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_planId = plan.id;
    m_deadline = plan.deadline;
    m_tasks = plan.tasks;
    endResetModel();
}

void TaskTableModel::clear()
{
    beginResetModel();
    m_planId = 0;
    m_deadline = {};
    m_tasks.clear();
    endResetModel();
}

bool TaskTableModel::updateTask(const Task &task)
{
    for (int row = 0; row < m_tasks.size(); ++row) {
        if (m_tasks.at(row).id != task.id)
            continue;
        m_tasks[row] = task;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return true;
    }
    return false;
}

} // namespace helios::ui

#include "ui/models/task_tree_model.h"

#include "ui/models/display_format.h"
#include "ui/models/task_table_model.h"

#include <QFont>

#include <algorithm>

namespace helios::ui {

namespace {

// Internal ids: 0 marks a milestone row; a task row carries its milestone's row + 1.
constexpr quintptr kMilestoneId = 0;

int tableColumn(int treeColumn)
{
    switch (treeColumn) {
    case TaskTreeModel::TitleColumn:
        return TaskTableModel::TitleColumn;
    case TaskTreeModel::StatusColumn:
        return TaskTableModel::StatusColumn;
    case TaskTreeModel::EstimateColumn:
        return TaskTableModel::EstimateColumn;
    case TaskTreeModel::StartColumn:
        return TaskTableModel::StartColumn;
    case TaskTreeModel::DueColumn:
        return TaskTableModel::DueColumn;
    default:
        return -1;
    }
}

// "3, 7": the 1-based positions of the tasks this one waits for.
QString dependencyNumbers(const Task &task)
{
    QString text;
    for (int position : task.dependsOn) {
        if (!text.isEmpty())
            text += QStringLiteral(", ");
        text += QString::number(position + 1);
    }
    return text;
}

} // namespace

TaskTreeModel::TaskTreeModel(TaskTableModel *tasks, QObject *parent)
    : QAbstractItemModel(parent), m_tasks(tasks)
{
    connect(tasks, &QAbstractItemModel::modelAboutToBeReset, this, &TaskTreeModel::beginResetModel);
    connect(tasks, &QAbstractItemModel::modelReset, this, [this]() {
        rebuild();
        endResetModel();
    });
    connect(tasks, &QAbstractItemModel::dataChanged, this, &TaskTreeModel::onSourceDataChanged);
    // TaskTableModel only resets or changes rows in place; anything else is followed by a reset.
    connect(tasks, &QAbstractItemModel::rowsInserted, this, &TaskTreeModel::resetFromSource);
    connect(tasks, &QAbstractItemModel::rowsRemoved, this, &TaskTreeModel::resetFromSource);
    connect(tasks, &QAbstractItemModel::rowsMoved, this, &TaskTreeModel::resetFromSource);
    connect(tasks, &QAbstractItemModel::layoutChanged, this, &TaskTreeModel::resetFromSource);
    rebuild();
}

QModelIndex TaskTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, kMilestoneId) : QModelIndex();
    if (!isMilestone(parent) || parent.column() != 0 || parent.row() >= m_groups.size())
        return {};
    if (row >= m_groups.at(parent.row()).rows.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex TaskTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || isMilestone(child))
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kMilestoneId);
}

int TaskTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_groups.size());
    if (isMilestone(parent) && parent.column() == 0)
        return static_cast<int>(m_groups.at(parent.row()).rows.size());
    return 0;
}

int TaskTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

int TaskTreeModel::sourceRow(const QModelIndex &index) const
{
    const Group &group = m_groups.at(static_cast<int>(index.internalId() - 1));
    return group.rows.at(index.row());
}

QModelIndex TaskTreeModel::sourceIndex(int sourceRow, int column) const
{
    return m_tasks->index(sourceRow, column);
}

const Task *TaskTreeModel::taskAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || isMilestone(index))
        return nullptr;
    return &m_tasks->tasks().at(sourceRow(index));
}

QModelIndex TaskTreeModel::indexOfTask(qint64 taskId) const
{
    // Built on first use: only selection by id needs it, and the tree's build stays lean.
    if (m_rowOfTask.isEmpty() && !m_tasks->tasks().isEmpty()) {
        const QList<Task> &tasks = m_tasks->tasks();
        m_rowOfTask.reserve(tasks.size());
        for (int row = 0; row < tasks.size(); ++row)
            m_rowOfTask.insert(tasks.at(row).id, row);
    }
    const auto it = m_rowOfTask.constFind(taskId);
    if (it == m_rowOfTask.constEnd())
        return {};
    const int row = *it;
    return createIndex(m_positionInGroup.at(row), 0,
                       static_cast<quintptr>(m_groupOfRow.at(row)) + 1);
}

QString TaskTreeModel::milestoneLabel(const Task &task) const
{
    return task.milestone.isEmpty() ? tr("No milestone") : task.milestone;
}

QVariant TaskTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    if (isMilestone(index)) {
        if (role == IsMilestoneRole)
            return true;
        if (role == TaskRowRole)
            return -1;
        return milestoneData(m_groups.at(index.row()), index.column(), role);
    }
    return taskData(index, role);
}

QVariant TaskTreeModel::milestoneData(const Group &group, int column, int role) const
{
    if (role == Qt::FontRole) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && column == EstimateColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (column) {
    case TitleColumn:
        return group.name.isEmpty() ? tr("No milestone") : group.name;
    case StatusColumn:
        return tr("%1 of %n done", "finished tasks of a milestone", int(group.rows.size()))
            .arg(group.finished);
    case EstimateColumn:
        return formatHours(group.hours);
    case StartColumn:
        return formatDate(group.start);
    case DueColumn:
        return formatDate(group.due);
    default:
        return {};
    }
}

QVariant TaskTreeModel::taskData(const QModelIndex &index, int role) const
{
    const int row = sourceRow(index);
    switch (role) {
    case IsMilestoneRole:
        return false;
    case TaskRowRole:
        return row;
    default:
        break;
    }
    const int column = tableColumn(index.column());
    if (column >= 0)
        return m_tasks->data(sourceIndex(row, column), role);

    // The two columns TaskTableModel does not have.
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (index.column() == NumberColumn)
            return row + 1;
        // Built when a row is shown, not for all 20,000 at a reset.
        return dependencyNumbers(m_tasks->tasks().at(row));
    case Qt::ToolTipRole:
        if (index.column() == DependenciesColumn)
            return dependencyToolTip(m_tasks->tasks().at(row));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
    case TaskIdRole:
    case StatusRole:
    case OverdueRole:
        return m_tasks->data(sourceIndex(row, TaskTableModel::TitleColumn), role);
    default:
        return {};
    }
}

QString TaskTreeModel::dependencyToolTip(const Task &task) const
{
    // Built on hover only, for one task.
    const QList<Task> &tasks = m_tasks->tasks();
    QStringList lines;
    for (int position : task.dependsOn) {
        if (position >= 0 && position < tasks.size())
            lines << tr("%1. %2").arg(position + 1).arg(tasks.at(position).title);
    }
    return plainToolTip(lines.join(QLatin1Char('\n')));
}

QVariant TaskTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case DependenciesColumn:
        return tr("Depends on");
    case EstimateColumn:
        return tr("Hours"); // shorter than the table's "Estimate (h)": titles need the room
    default:
        break;
    }
    const int column = tableColumn(section);
    return column >= 0 ? m_tasks->headerData(column, orientation, role) : QVariant();
}

Qt::ItemFlags TaskTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return Qt::NoItemFlags;
    if (isMilestone(index))
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int column = tableColumn(index.column());
    if (column >= 0)
        return m_tasks->flags(sourceIndex(sourceRow(index), column));
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

bool TaskTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.model() != this || isMilestone(index))
        return false;
    const int column = tableColumn(index.column());
    if (column < 0)
        return false;
    // TaskTableModel announces the change and its dataChanged comes back here.
    return m_tasks->setData(sourceIndex(sourceRow(index), column), value, role);
}

void TaskTreeModel::rebuild()
{
    const QList<Task> &tasks = m_tasks->tasks();
    const qsizetype count = tasks.size();
    m_groups.clear();
    m_groupOfRow.resize(count);
    m_positionInGroup.resize(count);
    m_rowOfTask.clear();

    QHash<QString, int> groupOfName;
    for (int row = 0; row < count; ++row) {
        const Task &task = tasks.at(row);
        auto found = groupOfName.constFind(task.milestone);
        int group = 0;
        if (found == groupOfName.constEnd()) {
            group = static_cast<int>(m_groups.size());
            groupOfName.insert(task.milestone, group);
            m_groups.append(Group{task.milestone, {}, 0, 0.0, {}, {}});
        } else {
            group = *found;
        }
        m_groupOfRow[row] = group;
        m_positionInGroup[row] = static_cast<int>(m_groups[group].rows.size());
        m_groups[group].rows.append(row);
    }
    for (Group &group : m_groups)
        recountGroup(group);
}

void TaskTreeModel::recountGroup(Group &group) const
{
    const QList<Task> &tasks = m_tasks->tasks();
    group.finished = 0;
    group.hours = 0.0;
    group.start = {};
    group.due = {};
    for (int row : std::as_const(group.rows)) {
        const Task &task = tasks.at(row);
        if (task.isFinished())
            ++group.finished;
        group.hours += task.estimateHours;
        if (task.startDate.isValid() && (!group.start.isValid() || task.startDate < group.start))
            group.start = task.startDate;
        if (task.dueDate.isValid() && (!group.due.isValid() || task.dueDate > group.due))
            group.due = task.dueDate;
    }
}

void TaskTreeModel::resetFromSource()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void TaskTreeModel::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                        const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    const QList<Task> &tasks = m_tasks->tasks();
    const int first = topLeft.row();
    const int last = bottomRight.row();
    if (last >= m_groupOfRow.size()) {
        resetFromSource();
        return;
    }
    // A task that moved to another milestone changes the tree's shape.
    for (int row = first; row <= last; ++row) {
        if (tasks.at(row).milestone != m_groups.at(m_groupOfRow.at(row)).name) {
            resetFromSource();
            return;
        }
    }
    // The same shape: refresh the touched milestones' totals, then tell
    // views about each touched milestone's rows.
    QList<int> firstChanged(m_groups.size(), -1);
    QList<int> lastChanged(m_groups.size(), -1);
    for (int row = first; row <= last; ++row) {
        const int group = m_groupOfRow.at(row);
        const int position = m_positionInGroup.at(row);
        if (firstChanged[group] < 0)
            firstChanged[group] = position;
        lastChanged[group] = std::max(lastChanged[group], position);
    }
    for (int group = 0; group < m_groups.size(); ++group) {
        if (firstChanged[group] < 0)
            continue;
        recountGroup(m_groups[group]);
        const QModelIndex milestone = createIndex(group, 0, kMilestoneId);
        Q_EMIT dataChanged(milestone, createIndex(group, ColumnCount - 1, kMilestoneId));
        Q_EMIT dataChanged(index(firstChanged[group], 0, milestone),
                           index(lastChanged[group], ColumnCount - 1, milestone), roles);
    }
}

} // namespace helios::ui

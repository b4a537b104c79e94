#include "ui/models/task_filter_model.h"

#include "ui/models/task_tree_model.h"

#include <QLocale>

namespace helios::ui {

TaskFilterModel::TaskFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // A milestone is shown when any of its tasks is.
    setRecursiveFilteringEnabled(true);
    setToday(QDate::currentDate());
}

void TaskFilterModel::setSourceModel(QAbstractItemModel *source)
{
    Q_ASSERT(!source || qobject_cast<TaskTreeModel *>(source));
    QSortFilterProxyModel::setSourceModel(source);
}

void TaskFilterModel::setStatusFilter(std::optional<TaskStatus> status)
{
    if (m_status == status)
        return;
    m_status = status;
    refilter();
}

void TaskFilterModel::setOverdueOnly(bool on)
{
    if (m_overdueOnly == on)
        return;
    m_overdueOnly = on;
    refilter();
}

void TaskFilterModel::setThisWeekOnly(bool on)
{
    if (m_thisWeekOnly == on)
        return;
    m_thisWeekOnly = on;
    refilter();
}

void TaskFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_search == trimmed)
        return;
    m_search = trimmed;
    refilter();
}

void TaskFilterModel::setToday(const QDate &today)
{
    if (m_today == today)
        return;
    m_today = today;
    const int firstDay = QLocale().firstDayOfWeek();
    const int back = (today.dayOfWeek() - firstDay + 7) % 7;
    m_weekStart = today.addDays(-back);
    m_weekEnd = m_weekStart.addDays(6);
    if (m_overdueOnly || m_thisWeekOnly)
        refilter();
}

bool TaskFilterModel::isFiltering() const
{
    return m_status || m_overdueOnly || m_thisWeekOnly || !m_search.isEmpty();
}

void TaskFilterModel::clearFilters()
{
    if (!isFiltering())
        return;
    m_status.reset();
    m_overdueOnly = false;
    m_thisWeekOnly = false;
    m_search.clear();
    refilter();
}

int TaskFilterModel::matchingTaskCount() const
{
    int count = 0;
    for (int group = 0; group < rowCount(); ++group)
        count += rowCount(index(group, 0));
    return count;
}

void TaskFilterModel::refilter()
{
    // One layout change rather than invalidateFilter()'s removals and insertions per range of
    // rows: a view relayouts on each of those, which at 20,000 tasks is thousands of passes.
    invalidate();
    Q_EMIT filterChanged();
}

bool TaskFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    // Milestones pass through their tasks (recursive filtering), or all of them unfiltered.
    if (!sourceParent.isValid())
        return !isFiltering();
    const auto *tree = static_cast<const TaskTreeModel *>(sourceModel());
    const Task *task = tree->taskAt(tree->index(sourceRow, 0, sourceParent));
    return task && accepts(*task);
}

bool TaskFilterModel::accepts(const Task &task) const
{
    if (m_status && task.status != *m_status)
        return false;
    if (m_overdueOnly && (task.isFinished() || !task.dueDate.isValid() || task.dueDate >= m_today))
        return false;
    if (m_thisWeekOnly) {
        const QDate start = task.startDate.isValid() ? task.startDate : task.dueDate;
        if (!start.isValid() || start > m_weekEnd ||
            (task.dueDate.isValid() ? task.dueDate : start) < m_weekStart)
            return false;
    }
    if (!m_search.isEmpty() && !task.title.contains(m_search, Qt::CaseInsensitive) &&
        !task.notes.contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace helios::ui

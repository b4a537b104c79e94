#pragma once

#include "core/domain/task.h"

#include <QDate>
#include <QSortFilterProxyModel>

#include <optional>

namespace helios::ui {

// Narrows TaskTreeModel to the tasks the person is looking for: one status, overdue ones, those
// scheduled this week, and a search of titles and notes (case-insensitive, any script). A
// milestone stays while any of its tasks matches. Order is left as the plan has it.
class TaskFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TaskFilterModel(QObject *parent = nullptr);

    // The source must be a TaskTreeModel.
    void setSourceModel(QAbstractItemModel *source) override;

    void setStatusFilter(std::optional<TaskStatus> status);
    std::optional<TaskStatus> statusFilter() const { return m_status; }
    // Not finished and due before today.
    void setOverdueOnly(bool on);
    bool overdueOnly() const { return m_overdueOnly; }
    // Scheduled (start to due) at some point in the locale's week that holds today.
    void setThisWeekOnly(bool on);
    bool thisWeekOnly() const { return m_thisWeekOnly; }
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setToday(const QDate &today);
    QDate today() const { return m_today; }

    bool isFiltering() const;
    void clearFilters();
    // Tasks (not milestones) that pass; walks the whole tree, for tests and status text.
    int matchingTaskCount() const;

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool accepts(const Task &task) const;
    void refilter();

    std::optional<TaskStatus> m_status;
    bool m_overdueOnly = false;
    bool m_thisWeekOnly = false;
    QString m_search;
    QDate m_today;
    QDate m_weekStart;
    QDate m_weekEnd;
};

} // namespace helios::ui

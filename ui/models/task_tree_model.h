#pragma once

#include "core/domain/task.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace helios::ui {

class TaskTableModel;

// The tasks of the shown plan grouped by milestone: one top-level row per milestone (in the
// order the plan first mentions it) with its tasks as children. A live view over
// TaskTableModel, which stays the one copy of the tasks: edits go to it (status in place) and its
// changes come back here. Built in one pass over the tasks; data() looks values up without
// building anything, so 20,000 tasks stay quick.
class TaskTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        NumberColumn, // the task's 1-based position in the plan, as dependencies refer to it
        StatusColumn,
        EstimateColumn,
        StartColumn,
        DueColumn,
        DependenciesColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        TaskIdRole = Qt::UserRole + 1, // same values as TaskTableModel's roles
        StatusRole,
        OverdueRole,
        IsMilestoneRole = Qt::UserRole + 20,
        TaskRowRole, // the row in TaskTableModel (= position in the plan); -1 for milestones
    };
    Q_ENUM(Role)

    explicit TaskTreeModel(TaskTableModel *tasks, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // The task at index, or nullptr for a milestone row or an invalid index.
    const Task *taskAt(const QModelIndex &index) const;
    // The index (column 0) of the task with this id; invalid when it is not shown.
    QModelIndex indexOfTask(qint64 taskId) const;
    // The milestone name shown for a task's group ("No milestone" when it has none).
    QString milestoneLabel(const Task &task) const;
    int milestoneCount() const { return static_cast<int>(m_groups.size()); }

private:
    struct Group
    {
        QString name;
        QList<int> rows; // rows of TaskTableModel, ascending
        int finished = 0;
        double hours = 0.0;
        QDate start;
        QDate due;
    };

    bool isMilestone(const QModelIndex &index) const { return index.internalId() == 0; }
    int sourceRow(const QModelIndex &index) const;
    QModelIndex sourceIndex(int sourceRow, int column) const;
    QVariant milestoneData(const Group &group, int column, int role) const;
    QVariant taskData(const QModelIndex &index, int role) const;
    QString dependencyToolTip(const Task &task) const;

    void rebuild();
    void resetFromSource();
    void recountGroup(Group &group) const;
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                             const QList<int> &roles);

    TaskTableModel *m_tasks = nullptr;
    QList<Group> m_groups;
    QList<int> m_groupOfRow;                // by TaskTableModel row
    QList<int> m_positionInGroup;           // by TaskTableModel row
    mutable QHash<qint64, int> m_rowOfTask; // task id -> TaskTableModel row, built on demand
};

} // namespace helios::ui

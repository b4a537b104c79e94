#pragma once

#include "core/domain/plan.h"

#include <QAbstractTableModel>
#include <QColor>

class QPalette;

namespace helios::ui {

// The colour of finished (done or skipped) tasks' text: quieter than open work, still readable.
QColor finishedTextColor(const QPalette &palette);

// The tasks of one plan, one row each. The status column is editable: an edit is shown at once
// and announced through statusChangeRequested; whoever saves it calls updateTask with the stored
// task (or setPlan again to roll back).
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        StatusColumn,
        EstimateColumn,
        StartColumn,
        DueColumn,
        MilestoneColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        TaskIdRole = Qt::UserRole + 1,
        StatusRole,  // TaskStatus as int, in every column
        OverdueRole, // true for a task not finished and due before today, in every column
    };
    Q_ENUM(Role)

    explicit TaskTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Status column, Qt::EditRole, a TaskStatus as int.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void setPlan(const Plan &plan);
    // The day overdue is counted from (core/today's isOverdue); the current date until set.
    void setToday(const QDate &today);
    QDate today() const { return m_today; }
    void clear();
    // Replaces the row of the task with the same id; false when it is not shown.
    bool updateTask(const Task &task);

    qint64 planId() const { return m_planId; }
    const QList<Task> &tasks() const { return m_tasks; }

Q_SIGNALS:
    void statusChangeRequested(qint64 taskId, helios::TaskStatus status);

private:
    QVariant displayData(const Task &task, int column) const;
    QVariant foregroundData(const Task &task, int column) const;

    qint64 m_planId = 0;
    QDate m_deadline;
    QDate m_today = QDate::currentDate();
    QList<Task> m_tasks;
};

} // namespace helios::ui

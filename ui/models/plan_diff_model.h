#pragma once

#include "core/domain/plan.h"
#include "core/planning/plan_diff.h"

#include <QAbstractTableModel>
#include <QList>

namespace helios::ui {

// The differences between two versions of a plan as a table for the person to review: one row
// per change (task, what changed, before, after). Plan-wide changes come first (deadline, weekly
// hours, finish date, risk), then removed and added tasks, then each kept task's changes and
// moves in the new plan's order. Texts are translated and dates in the locale's format.
class PlanDiffModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TaskColumn, ChangeColumn, BeforeColumn, AfterColumn, ColumnCount };
    Q_ENUM(Column)

    // What a row is about, for colours and for tests.
    enum class Kind { Plan, Added, Removed, MovedLater, MovedEarlier, Changed };
    Q_ENUM(Kind)

    enum Role {
        KindRole = Qt::UserRole + 1, // Kind as int
        DaysRole,                    // a move's shift in days, else 0
    };
    Q_ENUM(Role)

    explicit PlanDiffModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // diff is diffPlans(before, after); the plans name the prerequisites of changed tasks.
    void setDiff(const PlanDiff &diff, const Plan &before, const Plan &after);
    void clear();

    bool isEmpty() const { return m_rows.isEmpty(); }
    // "3 tasks move later, 1 added" (translated, plurals); "No changes." for an empty diff.
    QString summary() const { return m_summary; }
    static QString summarize(const PlanDiff &diff);

private:
    struct Row
    {
        Kind kind = Kind::Plan;
        QString task;
        QString change;
        QString before;
        QString after;
        qint64 days = 0;
    };

    void addTaskChangeRows(const TaskChange &change, const Plan &before, const Plan &after);

    QList<Row> m_rows;
    QString m_summary;
};

} // namespace helios::ui

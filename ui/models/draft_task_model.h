#pragma once

#include "core/domain/plan.h"
#include "core/planning/scheduler.h"

#include <QAbstractTableModel>

namespace helios::ui {

// A plan the planning team made, before it is saved: the New goal preview. The person can rename
// a task, change its estimate or remove it; every edit schedules the plan again (same start,
// deadline and weekly hours), so the dates and the "does it fit" figures shown are always those
// that will be saved.
class DraftTaskModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        MilestoneColumn,
        TitleColumn,
        EstimateColumn,
        StartColumn,
        DueColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit DraftTaskModel(QObject *parent = nullptr);

    // options: how the plan was scheduled (start = the goal's today).
    void setDraft(Plan plan, ScheduleOptions options);
    void clear();
    const Plan &draft() const { return m_plan; }
    bool isEdited() const { return m_edited; }

    // Removes a task; tasks that depended on it now depend on its own prerequisites. The last
    // task cannot be removed (a plan has at least one). Returns whether it was removed.
    bool removeTask(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Title (a non-empty text) and Estimate (hours, more than 0 and at most 1,000).
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // The dates, the total hours or the risk changed.
    void scheduleChanged();

private:
    void reschedule();

    Plan m_plan;
    ScheduleOptions m_options;
    bool m_edited = false;
};

} // namespace helios::ui

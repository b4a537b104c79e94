#pragma once

#include "core/domain/plan.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

namespace helios::ui {

// The person's plans, one row each: the goal as display text, progress and risk in roles.
class PlanListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        PlanIdRole = Qt::UserRole + 1,
        ProgressRole, // 0..1 share of estimated hours finished
        AtRiskRole,
        HoursShortRole,
        TaskCountRole,
        DoneCountRole,
        DeadlineRole,
        OverdueCountRole, // open tasks due before today (setOverdueCounts)
    };
    Q_ENUM(Role)

    explicit PlanListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the rows. When the same plans come back in the same order only their data
    // changes, so the view keeps its selection and scroll position.
    void setPlans(QList<PlanSummary> plans);

    // How many overdue tasks each plan has (from the day's list); plans not named have none.
    // Kept across setPlans.
    void setOverdueCounts(const QHash<qint64, int> &counts);

    int rowOfPlan(qint64 planId) const; // -1 when absent
    qint64 planIdAt(int row) const;     // 0 when out of range
    const QList<PlanSummary> &plans() const { return m_plans; }

private:
    QList<PlanSummary> m_plans;
    QHash<qint64, int> m_overdue;
};

} // namespace helios::ui

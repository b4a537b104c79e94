#include "ui/models/plan_list_model.h"

#include "ui/models/display_format.h"

#include <algorithm>
#include <cmath>

namespace helios::ui {

namespace {

bool sameIds(const QList<PlanSummary> &a, const QList<PlanSummary> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const PlanSummary &x, const PlanSummary &y) { return x.id == y.id; });
}

QString oneLine(const QString &text)
{
    return text.simplified();
}

} // namespace

PlanListModel::PlanListModel(QObject *parent) : QAbstractListModel(parent) {}

int PlanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_plans.size());
}

QVariant PlanListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanSummary &plan = m_plans.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return oneLine(plan.goal);
    case Qt::ToolTipRole: {
        QString tip = plan.goal + QLatin1Char('\n') +
                      tr("%1% done: %2 of %3 hours")
                          .arg(static_cast<int>(std::lround(plan.progress() * 100)))
                          .arg(formatHours(plan.doneHours), formatHours(plan.totalHours));
        if (plan.atRisk)
            tip += QLatin1Char('\n') +
                   tr("At risk: %1 hours short of the deadline").arg(formatHours(plan.hoursShort));
        if (const int overdue = m_overdue.value(plan.id); overdue > 0)
            tip += QLatin1Char('\n') + tr("%n task(s) overdue", "", overdue);
        return tip;
    }
    case Qt::AccessibleTextRole:
        return tr("%1, %2% done").arg(oneLine(plan.goal)).arg(std::lround(plan.progress() * 100));
    case PlanIdRole:
        return plan.id;
    case ProgressRole:
        return plan.progress();
    case AtRiskRole:
        return plan.atRisk;
    case HoursShortRole:
        return plan.hoursShort;
    case TaskCountRole:
        return plan.taskCount;
    case DoneCountRole:
        return plan.doneCount;
    case DeadlineRole:
        return plan.deadline;
    case OverdueCountRole:
        return m_overdue.value(plan.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> PlanListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PlanIdRole, "planId");
    names.insert(ProgressRole, "progress");
    names.insert(AtRiskRole, "atRisk");
    names.insert(HoursShortRole, "hoursShort");
    names.insert(TaskCountRole, "taskCount");
    names.insert(DoneCountRole, "doneCount");
    names.insert(DeadlineRole, "deadline");
    names.insert(OverdueCountRole, "overdueCount");
    return names;
}

void PlanListModel::setOverdueCounts(const QHash<qint64, int> &counts)
{
    if (counts == m_overdue)
        return;
    m_overdue = counts;
    if (!m_plans.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {OverdueCountRole, Qt::ToolTipRole});
}

void PlanListModel::setPlans(QList<PlanSummary> plans)
{
    if (sameIds(m_plans, plans)) {
        m_plans = std::move(plans);
        if (!m_plans.isEmpty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
        return;
    }
    beginResetModel();
    m_plans = std::move(plans);
    endResetModel();
}

int PlanListModel::rowOfPlan(qint64 planId) const
{
    const auto it = std::find_if(m_plans.cbegin(), m_plans.cend(),
                                 [planId](const PlanSummary &p) { return p.id == planId; });
    return it == m_plans.cend() ? -1 : static_cast<int>(it - m_plans.cbegin());
}

qint64 PlanListModel::planIdAt(int row) const
{
    return row >= 0 && row < m_plans.size() ? m_plans.at(row).id : 0;
}

} // namespace helios::ui

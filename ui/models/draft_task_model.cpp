#include "ui/models/draft_task_model.h"

#include "core/domain/plain_text.h"
#include "core/domain/plan_limits.h"
#include "ui/models/display_format.h"

#include <cmath>

namespace helios::ui {

namespace {

constexpr double kMaxEstimateHours = 1000.0;

} // namespace

DraftTaskModel::DraftTaskModel(QObject *parent) : QAbstractTableModel(parent) {}

void DraftTaskModel::setDraft(Plan plan, ScheduleOptions options)
{
    beginResetModel();
    m_plan = std::move(plan);
    m_options = std::move(options);
    m_edited = false;
    endResetModel();
    Q_EMIT scheduleChanged();
}

void DraftTaskModel::clear()
{
    setDraft({}, {});
}

int DraftTaskModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.tasks.size());
}

int DraftTaskModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DraftTaskModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task &task = m_plan.tasks.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case MilestoneColumn:
            return task.milestone;
        case TitleColumn:
            return task.title;
        case EstimateColumn:
            return role == Qt::EditRole ? QVariant(task.estimateHours)
                                        : QVariant(formatHours(task.estimateHours));
        case StartColumn:
            return formatDate(task.startDate);
        case DueColumn:
            return formatDate(task.dueDate);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return plainToolTip(task.title);
    if (role == Qt::TextAlignmentRole && index.column() == EstimateColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DraftTaskModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MilestoneColumn:
        return tr("Milestone");
    case TitleColumn:
        return tr("Task");
    case EstimateColumn:
        return tr("Hours");
    case StartColumn:
        return tr("Start");
    case DueColumn:
        return tr("Due");
    default:
        return {};
    }
}

Qt::ItemFlags DraftTaskModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == TitleColumn || index.column() == EstimateColumn))
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool DraftTaskModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Task &task = m_plan.tasks[index.row()];
    if (index.column() == TitleColumn) {
        // What is typed or pasted is plain text, within the limit every way in keeps.
        const QString title = plainText(value.toString(), false);
        if (title.isEmpty() || title == task.title || title.size() > limits::kMaxTitleLength)
            return false;
        task.title = title;
        m_edited = true;
        Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole, Qt::ToolTipRole});
        return true;
    }
    if (index.column() == EstimateColumn) {
        bool ok = false;
        const double hours = value.toDouble(&ok);
        if (!ok || !std::isfinite(hours) || hours <= 0 || hours > kMaxEstimateHours)
            return false;
        if (hours == task.estimateHours)
            return false;
        task.estimateHours = hours;
        m_edited = true;
        Q_EMIT dataChanged(index, index, {Qt::DisplayRole, Qt::EditRole});
        reschedule();
        return true;
    }
    return false;
}

bool DraftTaskModel::removeTask(int row)
{
    if (row < 0 || row >= m_plan.tasks.size() || m_plan.tasks.size() <= 1)
        return false;
    beginRemoveRows({}, row, row);
    const QList<int> inherited = m_plan.tasks.at(row).dependsOn;
    m_plan.tasks.removeAt(row);
    for (int i = 0; i < m_plan.tasks.size(); ++i) {
        Task &task = m_plan.tasks[i];
        task.order = i;
        QList<int> deps;
        for (int dep : std::as_const(task.dependsOn)) {
            const QList<int> replaced = dep == row ? inherited : QList<int>{dep};
            for (int d : replaced) {
                const int shifted = d > row ? d - 1 : d;
                if (d != row && shifted != i && !deps.contains(shifted))
                    deps.append(shifted);
            }
        }
        task.dependsOn = deps;
    }
    m_edited = true;
    endRemoveRows();
    reschedule();
    return true;
}

void DraftTaskModel::reschedule()
{
    const ScheduleResult result = Scheduler::schedule(m_plan.tasks, m_options);
    m_plan.atRisk = result.atRisk;
    m_plan.hoursShort = result.hoursShort;
    if (!m_plan.tasks.isEmpty())
        Q_EMIT dataChanged(index(0, StartColumn), index(rowCount() - 1, DueColumn),
                           {Qt::DisplayRole});
    Q_EMIT scheduleChanged();
}

} // namespace helios::ui

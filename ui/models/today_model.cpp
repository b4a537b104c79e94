#include "ui/models/today_model.h"

#include "ui/models/display_format.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>
#include <utility>

namespace helios::ui {

namespace {

// Internal ids: 0 marks a section row; a task row carries its section (AgendaItem::Section) + 1,
// not the section's row, so that a task's index stays right when a section before it goes.
constexpr quintptr kSectionId = 0;

quintptr idOfSection(AgendaItem::Section section)
{
    return static_cast<quintptr>(section) + 1;
}

AgendaItem::Section sectionOfId(quintptr id)
{
    return static_cast<AgendaItem::Section>(id - 1);
}
const QColor kOverdueColour(0xb0, 0x2a, 0x1b);

} // namespace

TodayModel::TodayModel(QObject *parent) : QAbstractItemModel(parent) {}

QModelIndex TodayModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_sections.size() ? createIndex(row, column, kSectionId) : QModelIndex();
    if (parent.internalId() != kSectionId || parent.column() != 0 ||
        parent.row() >= m_sections.size() || row >= itemsOf(parent.row()).size())
        return {};
    return createIndex(row, column, idOfSection(m_sections.at(parent.row())));
}

QModelIndex TodayModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSectionId)
        return {};
    const int sectionRow = rowOfSection(sectionOfId(child.internalId()));
    return sectionRow >= 0 ? createIndex(sectionRow, 0, kSectionId) : QModelIndex();
}

int TodayModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_sections.size());
    if (parent.internalId() != kSectionId || parent.column() != 0)
        return 0;
    return static_cast<int>(itemsOf(parent.row()).size());
}

int TodayModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

const QList<AgendaItem> &TodayModel::itemsOf(int sectionRow) const
{
    return itemsIn(m_sections.at(sectionRow));
}

const QList<AgendaItem> &TodayModel::itemsIn(AgendaItem::Section section) const
{
    return itemsIn(m_agenda, section);
}

const QList<AgendaItem> &TodayModel::itemsIn(const Agenda &agenda, AgendaItem::Section section)
{
    switch (section) {
    case AgendaItem::Section::Overdue:
        return agenda.overdue;
    case AgendaItem::Section::Today:
        return agenda.today;
    case AgendaItem::Section::NextUp:
        break;
    }
    return agenda.nextUp;
}

const AgendaItem *TodayModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == kSectionId)
        return nullptr;
    const AgendaItem::Section section = sectionOfId(index.internalId());
    if (!m_sections.contains(section) || index.row() >= itemsIn(section).size())
        return nullptr;
    return &itemsIn(section).at(index.row());
}

QModelIndex TodayModel::indexOfTask(qint64 taskId) const
{
    for (int s = 0; s < m_sections.size(); ++s) {
        const QList<AgendaItem> &items = itemsOf(s);
        for (int row = 0; row < items.size(); ++row) {
            if (items.at(row).task.id == taskId)
                return createIndex(row, 0, idOfSection(m_sections.at(s)));
        }
    }
    return {};
}

int TodayModel::rowOfSection(AgendaItem::Section section) const
{
    return static_cast<int>(m_sections.indexOf(section));
}

QVariant TodayModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kSectionId)
        return sectionData(index.row(), index.column(), role);
    const AgendaItem *item = itemAt(index);
    return item ? taskData(*item, index.column(), role) : QVariant();
}

QVariant TodayModel::sectionData(int sectionRow, int column, int role) const
{
    const AgendaItem::Section section = m_sections.at(sectionRow);
    const int count = static_cast<int>(itemsOf(sectionRow).size());
    switch (role) {
    case Qt::DisplayRole:
        if (column == TitleColumn) {
            switch (section) {
            case AgendaItem::Section::Overdue:
                return tr("Overdue (%1)").arg(count);
            case AgendaItem::Section::Today:
                return tr("Today (%1)").arg(count);
            case AgendaItem::Section::NextUp:
                return tr("Next up (%1)").arg(count);
            }
        }
        if (column == HoursColumn && section == AgendaItem::Section::Overdue)
            return formatHours(m_agenda.overdueHours);
        if (column == HoursColumn && section == AgendaItem::Section::Today)
            return formatHours(m_agenda.plannedHours);
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setBold(true);
        return font;
    }
    case Qt::ForegroundRole:
        return section == AgendaItem::Section::Overdue ? QBrush(kOverdueColour) : QVariant();
    case Qt::TextAlignmentRole:
        if (column == HoursColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SectionRole:
        return static_cast<int>(section);
    case IsSectionRole:
        return true;
    default:
        return {};
    }
}

QVariant TodayModel::taskData(const AgendaItem &item, int column, int role) const
{
    const Task &task = item.task;
    const bool overdue = item.section == AgendaItem::Section::Overdue;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case TitleColumn:
            return task.title;
        case PlanColumn:
            return item.planGoal.simplified();
        case WhenColumn:
            if (overdue)
                return tr("%n day(s) late", "", item.daysOverdue);
            if (item.section == AgendaItem::Section::NextUp)
                return tr("starts %1").arg(formatDate(task.startDate));
            return task.dueDate == m_agenda.date ? tr("due today")
                                                 : tr("due %1").arg(formatDate(task.dueDate));
        case HoursColumn:
            if (item.section == AgendaItem::Section::NextUp)
                return formatHours(remainingHours(task));
            return formatHours(item.hoursToday);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == TitleColumn || column == PlanColumn)
            return plainToolTip(task.title + QStringLiteral("\n") + item.planGoal.simplified());
        if (column == WhenColumn && overdue)
            return tr("Was due %1").arg(formatDate(task.dueDate));
        if (column == HoursColumn)
            return item.section == AgendaItem::Section::Today
                       ? tr("Hours planned today, of %1 h left")
                             .arg(formatHours(remainingHours(task)))
                       : tr("Hours left");
        return {};
    case Qt::CheckStateRole:
        if (column == TitleColumn)
            return Qt::Unchecked; // the list holds open tasks only
        return {};
    case Qt::ForegroundRole:
        if (overdue && column == WhenColumn)
            return QBrush(kOverdueColour);
        if (item.section == AgendaItem::Section::NextUp || column == PlanColumn)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (column == HoursColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case TaskIdRole:
        return task.id;
    case PlanIdRole:
        return task.planId;
    case SectionRole:
        return static_cast<int>(item.section);
    case IsSectionRole:
        return false;
    case OverdueRole:
        return overdue;
    default:
        return {};
    }
}

QVariant TodayModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Task");
    case PlanColumn:
        return tr("Plan");
    case WhenColumn:
        return tr("When");
    case HoursColumn:
        return tr("Hours");
    default:
        return {};
    }
}

Qt::ItemFlags TodayModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return Qt::NoItemFlags;
    if (index.internalId() == kSectionId)
        return Qt::ItemIsEnabled;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == TitleColumn)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool TodayModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const AgendaItem *item = itemAt(index);
    if (!item || role != Qt::CheckStateRole || index.column() != TitleColumn)
        return false;
    if (value.toInt() != Qt::Checked)
        return false;
    Q_EMIT doneRequested(item->task.id);
    return true;
}

namespace {

// The same tasks in the same sections and order: only what they show may differ.
bool sameRows(const Agenda &a, const Agenda &b)
{
    const auto same = [](const QList<AgendaItem> &x, const QList<AgendaItem> &y) {
        return x.size() == y.size() && std::equal(x.cbegin(), x.cend(), y.cbegin(),
                                                  [](const AgendaItem &i, const AgendaItem &j) {
                                                      return i.task.id == j.task.id &&
                                                             i.section == j.section;
                                                  });
    };
    return same(a.overdue, b.overdue) && same(a.today, b.today) && same(a.nextUp, b.nextUp);
}

// What a task row shows is the same (TodayModel::taskData reads no more than this).
bool sameShown(const AgendaItem &a, const AgendaItem &b)
{
    return a.task.id == b.task.id && a.section == b.section && a.task.title == b.task.title &&
           a.planGoal == b.planGoal && a.task.planId == b.task.planId &&
           a.daysOverdue == b.daysOverdue && a.task.startDate == b.task.startDate &&
           a.task.dueDate == b.task.dueDate && a.hoursToday == b.hoursToday &&
           remainingHours(a.task) == remainingHours(b.task);
}

} // namespace

bool TodayModel::removeTask(qint64 taskId, const Agenda &after)
{
    const QModelIndex at = indexOfTask(taskId);
    if (!at.isValid())
        return false;
    const QModelIndex section = at.parent();
    if (rowCount(section) <= 1) {
        // The last of its section: the section goes, header and all, as one removed row.
        beginRemoveRows({}, section.row(), section.row());
        m_agenda = after;
        m_sections.removeAt(section.row());
        endRemoveRows();
        return true;
    }
    beginRemoveRows(section, at.row(), at.row());
    m_agenda = after;
    endRemoveRows();
    Q_EMIT dataChanged(section, index(section.row(), ColumnCount - 1)); // its count and hours
    return true;
}

void TodayModel::setAgenda(const Agenda &agenda)
{
    // The day read again after a change shown at once (a task done, off the list already) is
    // most often the list as shown: no reset then, which would lay out and expand thousands of
    // rows again on the GUI thread (docs/BENCHMARKS.md, Today), only their texts refreshed.
    // Only the rows that show something else are said to have changed: a signal over all of
    // them made the view repaint and the header measure again for nothing, as after a task done
    // the day read again is the list as shown (docs/BENCHMARKS.md, Today).
    if (!m_sections.isEmpty() && sameRows(m_agenda, agenda)) {
        const Agenda before = std::exchange(m_agenda, agenda);
        const bool sameDay = before.date == m_agenda.date;
        const bool sameTotals = sameDay && before.plannedHours == m_agenda.plannedHours &&
                                before.overdueHours == m_agenda.overdueHours;
        for (int s = 0; s < m_sections.size(); ++s) {
            const QModelIndex section = index(s, 0);
            if (!sameTotals)
                Q_EMIT dataChanged(section, index(s, ColumnCount - 1));
            const QList<AgendaItem> &was = itemsIn(before, m_sections.at(s));
            const QList<AgendaItem> &now = itemsOf(s);
            // Runs of changed rows, one signal each.
            int first = -1;
            for (int row = 0; row <= now.size(); ++row) {
                const bool changed =
                    row < now.size() && (!sameDay || !sameShown(was.at(row), now.at(row)));
                if (changed && first < 0)
                    first = row;
                if (!changed && first >= 0) {
                    Q_EMIT dataChanged(index(first, 0, section),
                                       index(row - 1, ColumnCount - 1, section));
                    first = -1;
                }
            }
        }
        return;
    }
    beginResetModel();
    m_agenda = agenda;
    m_sections.clear();
    if (!m_agenda.overdue.isEmpty())
        m_sections.append(AgendaItem::Section::Overdue);
    if (!m_agenda.today.isEmpty())
        m_sections.append(AgendaItem::Section::Today);
    if (!m_agenda.nextUp.isEmpty())
        m_sections.append(AgendaItem::Section::NextUp);
    endResetModel();
}

} // namespace helios::ui

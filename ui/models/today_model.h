#pragma once

#include "core/today/agenda.h"

#include <QAbstractItemModel>
#include <QList>

namespace helios::ui {

// The day's list as a tree: one top-level row per section that has tasks (Overdue, Today, Next
// up, in that order, each with its count) and the tasks under it. The title column is checkable:
// ticking a task asks for it to be marked done (doneRequested); whoever does it sets a new agenda.
// Built in one pass; data() looks values up, so thousands of overdue tasks stay quick.
class TodayModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { TitleColumn, PlanColumn, WhenColumn, HoursColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        TaskIdRole = Qt::UserRole + 1,
        PlanIdRole,
        SectionRole,   // AgendaItem::Section as int, on section and task rows
        IsSectionRole, // true on the section rows
        OverdueRole,   // true on overdue task rows
    };
    Q_ENUM(Role)

    explicit TodayModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Qt::CheckStateRole on the title column of a task: Checked asks for it to be done.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    void setAgenda(const Agenda &agenda);
    // Takes one task off the list as a removed row, `after` being the agenda without it, rather
    // than resetting thousands of rows; when it is the last of its section the section's row goes
    // instead (its header with it). False (nothing changed) when it is not listed.
    bool removeTask(qint64 taskId, const Agenda &after);
    const Agenda &agenda() const { return m_agenda; }

    // The task at index, or nullptr for a section row or an invalid index.
    const AgendaItem *itemAt(const QModelIndex &index) const;
    // The index (column 0) of the task with this id; invalid when it is not listed.
    QModelIndex indexOfTask(qint64 taskId) const;
    // The row of a section, -1 when it has no tasks and so is not shown.
    int rowOfSection(AgendaItem::Section section) const;

Q_SIGNALS:
    void doneRequested(qint64 taskId);

private:
    const QList<AgendaItem> &itemsOf(int sectionRow) const;
    const QList<AgendaItem> &itemsIn(AgendaItem::Section section) const;
    static const QList<AgendaItem> &itemsIn(const Agenda &agenda, AgendaItem::Section section);
    QVariant sectionData(int sectionRow, int column, int role) const;
    QVariant taskData(const AgendaItem &item, int column, int role) const;

    Agenda m_agenda;
    QList<AgendaItem::Section> m_sections; // the shown ones, in order
};

} // namespace helios::ui

#pragma once

#include "core/domain/plan_version.h"

#include <QAbstractTableModel>
#include <QList>

namespace helios::ui {

// A plan's saved versions, newest first: number, date (the locale's format), why it was made
// and how many tasks it has.
class VersionListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NumberColumn, DateColumn, ReasonColumn, TasksColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        VersionRole = Qt::UserRole + 1, // the version number
        TaskCountRole,                  // -1 while unknown
    };
    Q_ENUM(Role)

    struct Entry
    {
        PlanVersion version; // without its snapshot
        int taskCount = -1;
    };

    explicit VersionListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Entries in any order; shown newest first.
    void setVersions(QList<Entry> entries);
    void clear();
    int versionAt(int row) const; // 0 when out of range
    int rowOfVersion(int version) const;

    // "Original", "Re-planned", "Revised by the model", "Restore of version 2", translated.
    static QString reasonText(const QString &reason);

private:
    QList<Entry> m_entries;
};

} // namespace helios::ui

#include "ui/models/version_list_model.h"

#include "ui/models/display_format.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace helios::ui {

VersionListModel::VersionListModel(QObject *parent) : QAbstractTableModel(parent) {}

int VersionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int VersionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VersionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Version");
    case DateColumn:
        return tr("Saved");
    case ReasonColumn:
        return tr("Reason");
    case TasksColumn:
        return tr("Tasks");
    default:
        return {};
    }
}

QVariant VersionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NumberColumn:
            return QLocale().toString(entry.version.version);
        case DateColumn:
            return QLocale().toString(entry.version.createdAt.toLocalTime(), QLocale::ShortFormat);
        case ReasonColumn:
            return reasonText(entry.version.reason);
        case TasksColumn:
            return entry.taskCount < 0 ? QString() : QLocale().toString(entry.taskCount);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn || index.column() == TasksColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case VersionRole:
        return entry.version.version;
    case TaskCountRole:
        return entry.taskCount;
    default:
        return {};
    }
}

void VersionListModel::setVersions(QList<Entry> entries)
{
    std::sort(entries.begin(), entries.end(),
              [](const Entry &a, const Entry &b) { return a.version.version > b.version.version; });
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void VersionListModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int VersionListModel::versionAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).version.version : 0;
}

int VersionListModel::rowOfVersion(int version) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).version.version == version)
            return row;
    }
    return -1;
}

QString VersionListModel::reasonText(const QString &reason)
{
    if (reason == QLatin1String("original"))
        return tr("Original plan");
    if (reason == QLatin1String("replan"))
        return tr("Re-planned from today");
    if (reason == QLatin1String("revision"))
        return tr("Revised by the model");
    if (reason == QLatin1String("edit"))
        return tr("Edited");
    static const QRegularExpression restore(QStringLiteral("^restore of (\\d+)$"));
    const QRegularExpressionMatch match = restore.match(reason);
    if (match.hasMatch())
        return tr("Restore of version %1").arg(QLocale().toString(match.captured(1).toInt()));
    return reason;
}

} // namespace helios::ui

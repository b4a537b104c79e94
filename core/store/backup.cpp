#include "core/store/backup.h"

#include "core/store/database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace helios {

namespace {

QDir backupFolder(const QString &databasePath)
{
    return QDir(QFileInfo(databasePath).absolutePath() + QStringLiteral("/backups"));
}

QString backupPrefix(const QString &databasePath, const QString &kind)
{
    return QFileInfo(databasePath).completeBaseName() + QLatin1Char('.') + kind + QLatin1Char('-');
}

} // namespace

Status writeBackup(QSqlDatabase &db, const QString &target)
{
    if (QFileInfo::exists(target))
        return Error::storage(
            QStringLiteral("The backup %1 already exists.").arg(QDir::toNativeSeparators(target)));
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Error::storage(QStringLiteral("Cannot create the backup folder %1.")
                                  .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath())));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        QFile::remove(target); // never leave half a backup that looks like a whole one
        return Error::storage(describeSqlError(
            QStringLiteral("Writing the backup %1").arg(QDir::toNativeSeparators(target)),
            q.lastError()));
    }
    return Ok{};
}

QString backupPath(const QString &databasePath, const QString &kind)
{
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    return backupFolder(databasePath)
        .filePath(backupPrefix(databasePath, kind) + stamp + QStringLiteral(".db"));
}

QStringList listBackups(const QString &databasePath, const QString &kind)
{
    const QDir folder = backupFolder(databasePath);
    // The timestamp in the name sorts chronologically.
    const QStringList names =
        folder.entryList({backupPrefix(databasePath, kind) + QStringLiteral("*.db")}, QDir::Files,
                         QDir::Name | QDir::Reversed);
    QStringList paths;
    for (const QString &name : names)
        paths.append(folder.filePath(name));
    return paths;
}

void pruneBackups(const QString &databasePath, const QString &kind, int keep)
{
    const QStringList all = listBackups(databasePath, kind);
    for (int i = std::max(0, keep); i < all.size(); ++i)
        QFile::remove(all[i]);
}

} // namespace helios

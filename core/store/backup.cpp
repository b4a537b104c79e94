#include "core/store/backup.h"

#include "core/store/database.h"
#include "core/store/database_checks.h"
#include "core/store/private_connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace helios {

namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss-zzz");

QString backupPrefix(const QString &databasePath, const QString &kind)
{
    return QFileInfo(databasePath).completeBaseName() + QLatin1Char('.') + kind + QLatin1Char('-');
}

// Half-written backups of processes killed while writing one; an hour old, nobody is still
// writing them. Never listed as backups (they do not end in .db).
void removeStalePartials(const QString &folder)
{
    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    const QFileInfoList partials =
        QDir(folder).entryInfoList({QStringLiteral("*.db.partial")}, QDir::Files);
    for (const QFileInfo &partial : partials) {
        if (partial.lastModified().toUTC() < hourAgo)
            QFile::remove(partial.absoluteFilePath());
    }
}

} // namespace

QString backupFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QStringLiteral("/backups");
}

Status checkBackupFolder(const QString &folder)
{
    const QFileInfo info(folder);
    if (info.isSymLink())
        return Error::storage(
            QCoreApplication::translate("helios", "The backup folder %1 is a symbolic link; Helios "
                                                  "writes backups only into a real folder beside "
                                                  "the database. Remove the link.")
                .arg(QDir::toNativeSeparators(folder)));
    if (info.exists() && !info.isDir())
        return Error::storage(
            QCoreApplication::translate("helios", "%1 is not a folder; Helios keeps its backups "
                                                  "there. Move it away.")
                .arg(QDir::toNativeSeparators(folder)));
    return Ok{};
}

Status writeBackup(QSqlDatabase &db, const QString &target)
{
    const QFileInfo targetInfo(target);
    if (targetInfo.exists() || targetInfo.isSymLink()) {
        if (!targetInfo.isFile() || targetInfo.isSymLink())
            return Error::storage(
                QCoreApplication::translate("helios", "%1 is not a regular file; a backup is "
                                                      "written only to a new file.")
                    .arg(QDir::toNativeSeparators(target)));
        return Error::storage(QCoreApplication::translate("helios", "The backup %1 already exists.")
                                  .arg(QDir::toNativeSeparators(target)));
    }
    if (!QDir().mkpath(targetInfo.absolutePath()))
        return Error::storage(
            QCoreApplication::translate("helios", "Cannot create the backup folder %1.")
                .arg(QDir::toNativeSeparators(targetInfo.absolutePath())));
    // A damaged database is not backed up: its copy would count among the good ones kept.
    Result<QString> whole = quickCheck(db);
    if (!whole)
        return whole.error();
    if (*whole != QLatin1String("ok"))
        return Error::storage(
            QCoreApplication::translate("helios", "The database is damaged (%1), so no backup was "
                                                  "written; the earlier backups are kept.")
                .arg(whole->simplified()));
    const QString partial = target + QStringLiteral(".partial");
    removeStalePartials(targetInfo.absolutePath());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(partial);
    if (!q.exec()) {
        QFile::remove(partial);
        return Error::storage(
            describeSqlError(QCoreApplication::translate("helios", "Writing the backup %1")
                                 .arg(QDir::toNativeSeparators(target)),
                             q.lastError()));
    }
    // What was written is checked before it is put among the backups.
    Result<QString> copyWhole = withPrivateConnection<Result<QString>>(
        partial, true, [](QSqlDatabase &copy) { return quickCheck(copy); });
    QFile::remove(partial + QStringLiteral("-wal"));
    QFile::remove(partial + QStringLiteral("-shm"));
    if (!copyWhole || *copyWhole != QLatin1String("ok")) {
        QFile::remove(partial);
        return Error::storage(
            QCoreApplication::translate("helios", "The backup %1 came out damaged (%2), so it was "
                                                  "not kept; the earlier backups are.")
                .arg(QDir::toNativeSeparators(target),
                     copyWhole ? copyWhole->simplified() : copyWhole.error().message));
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return Error::storage(QCoreApplication::translate("helios", "Cannot write the backup %1.")
                                  .arg(QDir::toNativeSeparators(target)));
    }
    return Ok{};
}

QString backupPath(const QString &databasePath, const QString &kind, const QDateTime &when)
{
    return QDir(backupFolder(databasePath))
        .filePath(backupPrefix(databasePath, kind) + when.toUTC().toString(kStampFormat) +
                  QStringLiteral(".db"));
}

QStringList listBackups(const QString &databasePath, const QString &kind)
{
    const QDir folder(backupFolder(databasePath));
    // The timestamp in the name sorts chronologically.
    const QStringList names =
        folder.entryList({backupPrefix(databasePath, kind) + QStringLiteral("*.db")}, QDir::Files,
                         QDir::Name | QDir::Reversed);
    QStringList paths;
    for (const QString &name : names)
        paths.append(folder.filePath(name));
    return paths;
}

QList<BackupInfo> listAllBackups(const QString &databasePath)
{
    const QDir folder(backupFolder(databasePath));
    const QRegularExpression pattern(
        QStringLiteral("^%1\\.([a-z-]+)-(\\d{8}-\\d{6}-\\d{3})\\.db$")
            .arg(QRegularExpression::escape(QFileInfo(databasePath).completeBaseName())));
    QList<BackupInfo> backups;
    const QFileInfoList files = folder.entryInfoList({QStringLiteral("*.db")}, QDir::Files);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime when = QDateTime::fromString(match.captured(2), kStampFormat);
        when.setTimeSpec(Qt::UTC);
        backups.append({file.absoluteFilePath(), match.captured(1), when, file.size()});
    }
    std::sort(backups.begin(), backups.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.path > b.path;
    });
    return backups;
}

void pruneBackups(const QString &databasePath, const QString &kind, int keep)
{
    if (!checkBackupFolder(backupFolder(databasePath)))
        return; // never delete through a planted link
    const QStringList all = listBackups(databasePath, kind);
    for (int i = std::max(0, keep); i < all.size(); ++i)
        QFile::remove(all[i]);
}

} // namespace helios

#pragma once

#include "core/domain/backup_info.h"
#include "core/domain/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace helios {

// The kinds of backup and how many of each are kept (see BackupInfo).
namespace backup_kind {
inline const QString daily = QStringLiteral("daily");
inline const QString preMigration = QStringLiteral("pre-migration");
inline const QString manual = QStringLiteral("manual");
inline const QString replaced = QStringLiteral("replaced");
} // namespace backup_kind
inline constexpr int kDailyBackupsKept = 7;
inline constexpr int kPreMigrationBackupsKept = 3;

// Writes a consistent copy of the open database to `target` while it stays in use
// (VACUUM INTO). Refuses to overwrite an existing file, or to write anything but a new regular
// file. The copy is written under a temporary name, checked (quick_check) and renamed when
// whole, so a killed process never leaves half a backup that looks whole; a damaged database,
// or a copy that comes out damaged, gives no backup at all.
Status writeBackup(QSqlDatabase &db, const QString &target);

// The folder that holds the backups of `databasePath`: backups/ beside it.
QString backupFolder(const QString &databasePath);

// Refuses a backup folder that is a symbolic link (or not a folder): Helios never writes or
// deletes backups through a planted link.
Status checkBackupFolder(const QString &folder);

// The path for a backup of `databasePath` of the given kind, made at `when`:
// <folder>/backups/<name>.<kind>-<UTC timestamp>.db
QString backupPath(const QString &databasePath, const QString &kind,
                   const QDateTime &when = QDateTime::currentDateTimeUtc());

// Backups of `databasePath` of that kind, newest first.
QStringList listBackups(const QString &databasePath, const QString &kind);

// Every backup of `databasePath`, whatever its kind, newest first.
QList<BackupInfo> listAllBackups(const QString &databasePath);

// Deletes all but the newest `keep` backups of that kind.
void pruneBackups(const QString &databasePath, const QString &kind, int keep);

} // namespace helios

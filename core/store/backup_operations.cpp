#include "core/store/backup_operations.h"

#include "core/store/backup.h"
#include "core/store/maintenance.h"
#include "core/store/migrations.h"
#include "core/store/private_connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace helios {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// The files SQLite keeps beside a database; they belong to it and move with it.
const QStringList kCompanions{QStringLiteral("-wal"), QStringLiteral("-shm"),
                              QStringLiteral("-journal")};

void removeWithCompanions(const QString &path)
{
    QFile::remove(path);
    for (const QString &suffix : kCompanions)
        QFile::remove(path + suffix);
}

// Moves `from` and its companions to `to`; on failure puts back what moved.
bool moveWithCompanions(const QString &from, const QString &to)
{
    if (!QFile::rename(from, to))
        return false;
    QStringList moved;
    for (const QString &suffix : kCompanions) {
        if (!QFileInfo::exists(from + suffix))
            continue;
        if (!QFile::rename(from + suffix, to + suffix)) {
            for (const QString &back : std::as_const(moved))
                QFile::rename(to + back, from + back);
            QFile::rename(to, from);
            return false;
        }
        moved.append(suffix);
    }
    return true;
}

// The schema version of a file already checked to be whole, or why it cannot be restored.
Result<int> checkOpenBackup(QSqlDatabase &db, const QString &shownPath)
{
    const QString refused =
        QCoreApplication::translate("helios", "The backup %1 cannot be restored: %2; nothing was "
                                              "changed.");
    QSqlQuery integrity(db);
    if (!integrity.exec(QStringLiteral("PRAGMA integrity_check")))
        return Error::storage(refused.arg(
            native(shownPath),
            QCoreApplication::translate("helios", "it is not a database or is damaged")));
    QStringList problems;
    while (integrity.next())
        problems.append(integrity.value(0).toString());
    if (problems != QStringList{QStringLiteral("ok")})
        return Error::storage(
            refused.arg(native(shownPath),
                        QCoreApplication::translate("helios", "it is damaged (integrity check: %1)")
                            .arg(problems.value(0))));
    Result<int> version = schemaVersion(db);
    if (!version)
        return Error::storage(refused.arg(
            native(shownPath),
            QCoreApplication::translate("helios", "it is not a database or is damaged")));
    QSqlQuery plans(db);
    const bool hasPlans =
        plans.exec(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE name = 'plans'")) &&
        plans.next();
    if (*version <= 0 || !hasPlans)
        return Error::storage(
            refused.arg(native(shownPath),
                        QCoreApplication::translate("helios", "it is not a Helios database")));
    if (*version > latestSchemaVersion())
        return Error::storage(refused.arg(
            native(shownPath), QCoreApplication::translate(
                                   "helios", "it was written by a newer Helios (schema %1, this "
                                             "one knows up to %2)")
                                   .arg(*version)
                                   .arg(latestSchemaVersion())));
    return *version;
}

} // namespace

Result<QString> backUpDatabase(const QString &databasePath, const QString &target)
{
    const QString file = target.isEmpty() ? backupPath(databasePath, backup_kind::manual)
                                          : QFileInfo(target).absoluteFilePath();
    if (QFileInfo(file) == QFileInfo(databasePath))
        return Error::usage(QCoreApplication::translate(
            "helios", "A backup cannot overwrite the database itself."));
    return withPrivateConnection<Result<QString>>(
        databasePath, false, [&](QSqlDatabase &db) -> Result<QString> {
            if (Status written = writeBackup(db, file); !written)
                return written.error();
            return file;
        });
}

Result<QString> writeDailyBackupIfDue(const QString &databasePath, const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    const QList<BackupInfo> existing = listAllBackups(databasePath);
    for (const BackupInfo &backup : existing) {
        if (backup.kind == backup_kind::daily && backup.createdAt.toLocalTime().date() == today)
            return QString();
    }
    const QString file = backupPath(databasePath, backup_kind::daily, now);
    Result<QString> written = withPrivateConnection<Result<QString>>(
        databasePath, false, [&](QSqlDatabase &db) -> Result<QString> {
            if (Status s = writeBackup(db, file); !s)
                return s.error();
            return file;
        });
    if (written)
        pruneBackups(databasePath, backup_kind::daily, kDailyBackupsKept);
    return written;
}

Result<int> checkBackup(const QString &backupFile)
{
    if (!QFileInfo(backupFile).isFile())
        return Error::storage(QCoreApplication::translate("helios", "There is no backup at %1.")
                                  .arg(native(backupFile)));
    // Checked on a copy: even a read-only open may leave -wal/-shm files beside the original,
    // whose folder may not even be writable.
    const QTemporaryDir scratch;
    const QString copy = scratch.filePath(QStringLiteral("checking.db"));
    if (!scratch.isValid() || !QFile::copy(backupFile, copy))
        return Error::storage(QCoreApplication::translate("helios", "Cannot read the backup %1.")
                                  .arg(native(backupFile)));
    return withPrivateConnection<Result<int>>(
        copy, false, [&](QSqlDatabase &db) { return checkOpenBackup(db, backupFile); });
}

Result<RestoreOutcome> restoreBackup(const QString &databasePath, const QString &backupFile,
                                     const QDateTime &now)
{
    if (!QFileInfo(backupFile).isFile())
        return Error::storage(QCoreApplication::translate("helios", "There is no backup at %1.")
                                  .arg(native(backupFile)));
    if (QFileInfo(backupFile) == QFileInfo(databasePath))
        return Error::usage(
            QCoreApplication::translate("helios", "%1 is the database itself, not a backup of it.")
                .arg(native(backupFile)));
    if (!QDir().mkpath(QFileInfo(databasePath).absolutePath()))
        return Error::storage(
            QCoreApplication::translate("helios", "Cannot create the data folder %1.")
                .arg(native(QFileInfo(databasePath).absolutePath())));

    // 1. Copy the backup beside the database (same file system: the swap is a rename) and check
    //    the copy, so that what is checked is exactly what is swapped in.
    const QString staging = databasePath + QStringLiteral(".restoring");
    removeWithCompanions(staging);
    if (!QFile::copy(backupFile, staging))
        return Error::storage(
            QCoreApplication::translate("helios", "Cannot copy the backup %1 into %2; nothing was "
                                                  "changed.")
                .arg(native(backupFile), native(QFileInfo(databasePath).absolutePath())));
    Result<int> version = withPrivateConnection<Result<int>>(
        staging, false, [&](QSqlDatabase &db) { return checkOpenBackup(db, backupFile); });
    // Checking may have created -wal/-shm beside the copy; they are empty once closed.
    QFile::remove(staging + QStringLiteral("-wal"));
    QFile::remove(staging + QStringLiteral("-shm"));
    if (!version) {
        removeWithCompanions(staging);
        return version.error();
    }

    // 2. Keep the database it replaces, with its -wal and -shm: together they are whole.
    RestoreOutcome outcome;
    outcome.restoredFrom = QFileInfo(backupFile).absoluteFilePath();
    outcome.backupVersion = *version;
    if (QFileInfo::exists(databasePath)) {
        const QString kept = backupPath(databasePath, backup_kind::replaced, now);
        if (!QDir().mkpath(QFileInfo(kept).absolutePath()) ||
            !moveWithCompanions(databasePath, kept)) {
            removeWithCompanions(staging);
            return Error::storage(
                QCoreApplication::translate("helios", "Cannot move the database %1 aside to %2; "
                                                      "nothing was restored.")
                    .arg(native(databasePath), native(kept)));
        }
        outcome.replacedKeptAt = kept;
    }

    // 3. Swap the checked copy in.
    if (!QFile::rename(staging, databasePath)) {
        if (!outcome.replacedKeptAt.isEmpty())
            moveWithCompanions(outcome.replacedKeptAt, databasePath);
        removeWithCompanions(staging);
        return Error::storage(QCoreApplication::translate(
                                  "helios", "Cannot put the backup in place of %1; the database "
                                            "was left as it was.")
                                  .arg(native(databasePath)));
    }

    // 4. An older schema is brought up to date (with its own pre-migration backup).
    outcome.version = *version;
    if (*version < latestSchemaVersion()) {
        if (Status migrated = migrateDatabase(databasePath, latestSchemaVersion()); !migrated)
            return Error::storage(
                QCoreApplication::translate("helios", "The backup was restored but could not be "
                                                      "brought up to date: %1")
                    .arg(migrated.error().message));
        outcome.version = latestSchemaVersion();
    }
    return outcome;
}

} // namespace helios

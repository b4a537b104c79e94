#include "core/store/backup_operations.h"

#include "core/domain/plan_limits.h"
#include "core/store/backup.h"
#include "core/store/database_checks.h"
#include "core/store/database_lock.h"
#include "core/store/maintenance.h"
#include "core/store/migrations.h"
#include "core/store/private_connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <optional>

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

// Copies the database file `from` to `to` with what SQLite may still hold for it in `from`-wal: a
// "replaced" backup is a database moved aside with its companions, and its last changes may be
// only in that WAL. The WAL is then folded into the copy (a checkpoint on the copy, never on
// `from`), so that `to` alone is the whole database. False when a file cannot be copied or the
// WAL cannot be folded in; `to` and its companions are removed then.
bool copyWhole(const QString &from, const QString &to)
{
    removeWithCompanions(to);
    if (!QFile::copy(from, to))
        return false;
    const QString wal = from + QStringLiteral("-wal");
    if (!QFileInfo(wal).isFile() || QFileInfo(wal).size() == 0)
        return true;
    if (!QFile::copy(wal, to + QStringLiteral("-wal"))) {
        removeWithCompanions(to);
        return false;
    }
    // The -shm is not copied: SQLite rebuilds it from the WAL. A file that is not a database
    // fails here or in the checks that follow, which say so.
    const Status folded = withPrivateConnection<Status>(to, false, [](QSqlDatabase &db) -> Status {
        QSqlQuery checkpoint(db);
        if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) ||
            !checkpoint.next() || checkpoint.value(0).toInt() != 0)
            return Error::storage(QString());
        return Ok{};
    });
    if (!folded) {
        removeWithCompanions(to);
        return false;
    }
    // Folded in (TRUNCATE succeeded), or a -wal SQLite ignores (a database not in WAL mode).
    QFile::remove(to + QStringLiteral("-wal"));
    QFile::remove(to + QStringLiteral("-shm"));
    return true;
}

// The first row of `sql`, or nothing; an error when the query fails.
Result<std::optional<QStringList>> firstRow(QSqlDatabase &db, const QString &sql,
                                            const QVariantList &values)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return Error::storage(describeSqlError(
            QCoreApplication::translate("helios", "Checking the backup"), q.lastError()));
    if (!q.next())
        return std::optional<QStringList>();
    QStringList row;
    for (int i = 0; i < q.record().count(); ++i)
        row.append(q.value(i).toString());
    return std::optional<QStringList>(row);
}

// What in a backup is beyond the limits any way into Helios keeps (plan_limits.h), in words;
// empty when nothing is.
Result<QString> overLimits(QSqlDatabase &db)
{
    Result<std::optional<QStringList>> tasks = firstRow(
        db,
        QStringLiteral("SELECT plan_id, count(*) AS n FROM tasks GROUP BY plan_id HAVING n > ? "
                       "LIMIT 1"),
        {limits::kMaxTasksPerPlan});
    if (!tasks)
        return tasks.error();
    if (*tasks)
        return QCoreApplication::translate("helios",
                                           "plan %1 has %2 tasks, more than the %3 Helios takes")
            .arg((**tasks).value(0), (**tasks).value(1))
            .arg(limits::kMaxTasksPerPlan);
    Result<std::optional<QStringList>> goal =
        firstRow(db, QStringLiteral("SELECT id FROM plans WHERE length(goal) > ? LIMIT 1"),
                 {kMaxGoalLength});
    if (!goal)
        return goal.error();
    if (*goal)
        return QCoreApplication::translate("helios",
                                           "the goal of plan %1 is longer than %2 characters")
            .arg((**goal).value(0))
            .arg(kMaxGoalLength);
    Result<std::optional<QStringList>> text = firstRow(
        db,
        QStringLiteral("SELECT id FROM tasks WHERE length(title) > ? OR length(milestone) > ? "
                       "OR length(notes) > ? LIMIT 1"),
        {limits::kMaxTitleLength, limits::kMaxTitleLength, limits::kMaxNotesLength});
    if (!text)
        return text.error();
    if (*text)
        return QCoreApplication::translate(
                   "helios", "task %1 has a title, milestone or notes longer than Helios takes")
            .arg((**text).value(0));
    Result<std::optional<QStringList>> dependencies = firstRow(
        db,
        QStringLiteral("SELECT task_id, count(*) AS n FROM task_dependencies GROUP BY task_id "
                       "HAVING n > ? LIMIT 1"),
        {limits::kMaxDependenciesPerTask});
    if (!dependencies)
        return dependencies.error();
    if (*dependencies)
        return QCoreApplication::translate(
                   "helios", "task %1 depends on %2 tasks, more than the %3 Helios takes")
            .arg((**dependencies).value(0), (**dependencies).value(1))
            .arg(limits::kMaxDependenciesPerTask);
    return QString();
}

// The schema version of a file already copied for checking, or why it cannot be restored: it
// must be a Helios database this Helios knows, whole (integrity_check), holding only the schema
// objects Helios made and nothing beyond Helios's limits.
Result<int> checkOpenBackup(QSqlDatabase &db, const QString &shownPath)
{
    const QString refused =
        QCoreApplication::translate("helios", "The backup %1 cannot be restored: %2; nothing was "
                                              "changed.");
    const QString notADatabase =
        QCoreApplication::translate("helios", "it is not a database or is damaged");
    Result<DatabaseIdentity> identity = identifyDatabase(db, shownPath);
    if (!identity)
        return Error::storage(refused.arg(native(shownPath), notADatabase));
    if (identity->kind != DatabaseIdentity::Kind::Helios || identity->version <= 0)
        return Error::storage(
            refused.arg(native(shownPath),
                        QCoreApplication::translate("helios", "it is not a Helios database")));
    if (identity->version > latestSchemaVersion())
        return Error::storage(refused.arg(
            native(shownPath), QCoreApplication::translate(
                                   "helios", "it was written by a newer Helios (schema %1, this "
                                             "one knows up to %2)")
                                   .arg(identity->version)
                                   .arg(latestSchemaVersion())));
    QSqlQuery integrity(db);
    if (!integrity.exec(QStringLiteral("PRAGMA integrity_check")))
        return Error::storage(refused.arg(native(shownPath), notADatabase));
    QStringList problems;
    while (integrity.next())
        problems.append(integrity.value(0).toString());
    integrity.finish();
    if (problems != QStringList{QStringLiteral("ok")})
        return Error::storage(
            refused.arg(native(shownPath),
                        QCoreApplication::translate("helios", "it is damaged (integrity check: %1)")
                            .arg(problems.value(0))));
    Result<QList<SchemaDifference>> differences = schemaDifferences(db, identity->version);
    if (!differences)
        return Error::storage(refused.arg(native(shownPath), differences.error().message));
    if (!differences->isEmpty())
        return Error::storage(refused.arg(
            native(shownPath), QCoreApplication::translate(
                                   "helios", "it holds schema objects that Helios did not make: %1")
                                   .arg(describeDifferences(*differences))));
    Result<QString> beyond = overLimits(db);
    if (!beyond)
        return Error::storage(refused.arg(native(shownPath), beyond.error().message));
    if (!beyond->isEmpty())
        return Error::storage(refused.arg(native(shownPath), *beyond));
    return identity->version;
}

// Steps 2 to 4 of restoreBackup, while no other process uses the database.
Result<RestoreOutcome> swapIn(const QString &databasePath, const QString &staging,
                              const QString &backupFile, int version, const QDateTime &now);

} // namespace

Result<QString> backUpDatabase(const QString &databasePath, const QString &target)
{
    if (target.isEmpty()) {
        if (Status folder = checkBackupFolder(backupFolder(databasePath)); !folder)
            return folder.error();
    }
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
    if (Status folder = checkBackupFolder(backupFolder(databasePath)); !folder)
        return folder.error();
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
    if (!scratch.isValid() || !copyWhole(backupFile, copy))
        return Error::storage(QCoreApplication::translate("helios", "Cannot read the backup %1.")
                                  .arg(native(backupFile)));
    return withPrivateConnection<Result<int>>(
        copy, false, [&](QSqlDatabase &db) { return checkOpenBackup(db, backupFile); });
}

Result<RestoreOutcome> restoreBackup(const QString &givenPath, const QString &backupFile,
                                     const QDateTime &now)
{
    // A database path that is a symbolic link is restored into the file it names; the link stays.
    const QString databasePath = databaseFileBehind(givenPath);
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
    if (QFileInfo::exists(databasePath) && !QFileInfo(databasePath).isFile())
        return Error::storage(
            QCoreApplication::translate("helios", "%1 is not a regular file; a backup is restored "
                                                  "only over a database file. Nothing was "
                                                  "changed.")
                .arg(native(databasePath)));
    if (Status folder = checkBackupFolder(backupFolder(databasePath)); !folder)
        return folder.error();

    // 1. Copy the backup beside the database (same file system: the swap is a rename) and check
    //    the copy, so that what is checked is exactly what is swapped in.
    //    A backup's -wal (a "replaced" one's last changes) is copied and folded in too.
    const QString staging = databasePath + QStringLiteral(".restoring");
    if (!copyWhole(backupFile, staging))
        return Error::storage(
            QCoreApplication::translate("helios", "Cannot copy the backup %1 into %2; nothing was "
                                                  "changed.")
                .arg(native(backupFile), native(QFileInfo(databasePath).absolutePath())));
    Result<int> version = withPrivateConnection<Result<int>>(
        staging, false, [&](QSqlDatabase &db) { return checkOpenBackup(db, backupFile); });
    // Checking may have created -wal/-shm beside the copy; they are empty once closed.
    QFile::remove(staging + QStringLiteral("-wal"));
    QFile::remove(staging + QStringLiteral("-shm"));
    // A backup from before Helios marked its files is marked on the copy (never the backup).
    if (version) {
        if (Status marked = withPrivateConnection<Status>(staging, false, markAsHelios); !marked)
            version = marked.error();
        QFile::remove(staging + QStringLiteral("-wal"));
        QFile::remove(staging + QStringLiteral("-shm"));
    }
    if (!version) {
        removeWithCompanions(staging);
        return version.error();
    }

    // 2.–4. run while no other Helios process has the database open: a process that goes on
    // writing to the file moved aside would lose its edits (database_lock.h).
    Result<RestoreOutcome> swapped = Error::storage(QString());
    const Status exclusive = DatabaseUse::exclusively(databasePath, [&]() -> Status {
        swapped = swapIn(databasePath, staging, backupFile, *version, now);
        return Ok{};
    });
    if (!exclusive) {
        removeWithCompanions(staging);
        return exclusive.error();
    }
    return swapped;
}

namespace {

Result<RestoreOutcome> swapIn(const QString &databasePath, const QString &staging,
                              const QString &backupFile, int version, const QDateTime &now)
{
    // 2. Keep the database it replaces, with its -wal and -shm: together they are whole.
    RestoreOutcome outcome;
    outcome.restoredFrom = QFileInfo(backupFile).absoluteFilePath();
    outcome.backupVersion = version;
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
    outcome.version = version;
    if (version < latestSchemaVersion()) {
        if (Status migrated = migrateDatabase(databasePath, latestSchemaVersion()); !migrated)
            return Error::storage(
                QCoreApplication::translate("helios", "The backup was restored but could not be "
                                                      "brought up to date: %1")
                    .arg(migrated.error().message));
        outcome.version = latestSchemaVersion();
    }
    return outcome;
}

} // namespace

} // namespace helios

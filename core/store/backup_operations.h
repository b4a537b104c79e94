#pragma once

#include "core/domain/backup_info.h"
#include "core/domain/result.h"

#include <QDateTime>
#include <QString>

// Backups and restores of whole database files. Synchronous, each on its own short-lived
// connection: call them from a worker thread, never from the GUI thread.
namespace helios {

// Writes a backup of the database at `databasePath` to `target`, or, when `target` is empty,
// into its backups folder as kind "manual". Returns the file written.
Result<QString> backUpDatabase(const QString &databasePath, const QString &target = {});

// The daily backup: written unless one was already made on the same (local) calendar day as
// `now`; then all but the newest seven daily backups are deleted. Returns the file written, or
// an empty string when today's backup already exists.
Result<QString> writeDailyBackupIfDue(const QString &databasePath, const QDateTime &now);

// What a backup file holds, checked without changing a byte of it: a Helios database that
// passes `PRAGMA integrity_check` and whose schema this Helios knows. Returns its schema
// version.
Result<int> checkBackup(const QString &backupFile);

// Swaps the backup at `backupFile` in for the database at `databasePath`. The backup is first
// copied beside the database and the copy checked (integrity, schema version); a backup that
// fails is refused and the database is left byte for byte as it was. The database it replaces
// (with its -wal and -shm files) is moved into the backups folder as kind "replaced", never
// deleted. A backup from an older schema is migrated afterwards. Nothing may have the database
// open while this runs: a Store must be closed first.
Result<RestoreOutcome> restoreBackup(const QString &databasePath, const QString &backupFile,
                                     const QDateTime &now = QDateTime::currentDateTimeUtc());

} // namespace helios

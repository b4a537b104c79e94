#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace helios {

// Writes a consistent copy of the open database to `target` while it stays in use
// (VACUUM INTO). Refuses to overwrite an existing file.
Status writeBackup(QSqlDatabase &db, const QString &target);

// The path for a backup of `databasePath` of the given kind ("pre-migration", "daily", "manual"):
// <folder>/backups/<name>.<kind>-<UTC timestamp>.db
QString backupPath(const QString &databasePath, const QString &kind);

// Backups of `databasePath` of that kind, newest first.
QStringList listBackups(const QString &databasePath, const QString &kind);

// Deletes all but the newest `keep` backups of that kind.
void pruneBackups(const QString &databasePath, const QString &kind, int keep);

} // namespace helios

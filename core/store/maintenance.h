#pragma once

#include "core/domain/result.h"

#include <QString>
#include <QStringList>

namespace helios {

// What `helios-cli db status` shows. Read without writing a byte, even from a newer Helios.
struct DatabaseStatus
{
    QString path;
    int version = 0;
    int latest = 0;
    QString journalMode;
    qint64 sizeBytes = 0;
    QString quickCheck; // "ok" or SQLite's first complaint
};

// What `helios-cli db check` finds: integrity_check and foreign_key_check in full.
struct IntegrityReport
{
    QStringList integrityProblems;
    QStringList foreignKeyProblems;
    bool ok() const { return integrityProblems.isEmpty() && foreignKeyProblems.isEmpty(); }
};

// These open their own read-only (or, for migrate, exclusive) connection on the calling thread;
// call them from a worker, never from the GUI thread.
Result<DatabaseStatus> inspectDatabase(const QString &path);
Result<IntegrityReport> checkDatabase(const QString &path);
// Moves the schema up or down to `target` after writing a backup of the file.
Status migrateDatabase(const QString &path, int target);

} // namespace helios

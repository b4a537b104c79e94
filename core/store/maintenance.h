#pragma once

#include "core/domain/result.h"

#include <QString>
#include <QStringList>

namespace helios {

// What `helios-cli db status` shows. Read without writing a byte, even from a newer Helios.
struct DatabaseStatus
{
    QString path;
    int version = -1; // -1 when it cannot be read (a damaged file)
    int latest = 0;
    QString journalMode; // empty when it cannot be read
    qint64 sizeBytes = 0;
    QString quickCheck; // "ok" or SQLite's first complaint
};

// What `helios-cli db check` finds: integrity_check and foreign_key_check in full, and how the
// schema differs from the one Helios made (objects Helios did not make, changed or missing ones;
// or that the file is not a Helios database at all).
struct IntegrityReport
{
    QStringList integrityProblems;
    QStringList foreignKeyProblems;
    QStringList schemaProblems;
    bool ok() const
    {
        return integrityProblems.isEmpty() && foreignKeyProblems.isEmpty() &&
               schemaProblems.isEmpty();
    }
};

// These open their own read-only (or, for migrate, exclusive) connection on the calling thread;
// call them from a worker, never from the GUI thread.
// inspectDatabase reads what it can: an error only when there is no file; a damaged file gives a
// status whose quick check says so.
Result<DatabaseStatus> inspectDatabase(const QString &path);
Result<IntegrityReport> checkDatabase(const QString &path);
// Moves the schema up or down to `target` after writing a backup of the file. Refuses, untouched,
// a file that Helios would not open (database_checks.h).
Status migrateDatabase(const QString &path, int target);

} // namespace helios

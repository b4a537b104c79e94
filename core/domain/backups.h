#pragma once

#include "core/domain/backup_info.h"
#include "core/domain/result.h"

#include <QList>
#include <QString>

#include <qcoro/qcorotask.h>

namespace helios {

// The backups of the storage, for "Restore from backup…" and `helios-cli backups` (see
// PlanQueries for what every storage interface promises).
class Backups
{
public:
    virtual ~Backups() = default;

    // Every backup, newest first.
    virtual QCoro::Task<Result<QList<BackupInfo>>> backups() = 0;
    // Makes a backup the storage's current state, keeping the state it replaces as a backup of
    // kind "replaced". A backup that cannot be used is refused and changes nothing.
    virtual QCoro::Task<Result<RestoreOutcome>> restore(QString backupFile) = 0;
};

} // namespace helios

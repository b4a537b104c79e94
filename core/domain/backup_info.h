#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace helios {

// One backup file of the database, as listed for the person (CLI `backups`, GUI "Restore from
// backup…"). The kind says why it was written:
//   "daily"          the first time Helios opened the database on a calendar day (7 kept)
//   "pre-migration"  before a schema change (3 kept)
//   "manual"         `helios-cli backup` (never pruned)
//   "replaced"       the database a restore replaced (never pruned)
struct BackupInfo
{
    QString path;
    QString kind;
    QDateTime createdAt; // UTC, from the file name
    qint64 sizeBytes = 0;
};

// What a restore did.
struct RestoreOutcome
{
    QString restoredFrom;   // the backup file (left in place)
    QString replacedKeptAt; // where the database it replaced now is; empty when there was none
    int backupVersion = 0;  // the backup's schema version, before any migration
    int version = 0;        // the restored database's schema version now
};

} // namespace helios

Q_DECLARE_METATYPE(helios::BackupInfo)

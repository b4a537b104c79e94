#include "core/store/maintenance.h"

#include "core/store/backup.h"
#include "core/store/database.h"
#include "core/store/database_checks.h"
#include "core/store/database_lock.h"
#include "core/store/migrations.h"
#include "core/store/private_connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <functional>

namespace helios {

namespace {

template <typename R>
R withConnection(const QString &path, bool readOnly, const std::function<R(QSqlDatabase &)> &fn)
{
    return withPrivateConnection<R>(path, readOnly, fn);
}

Result<QStringList> rows(QSqlDatabase &db, const QString &sql, const QString &what)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return Error::storage(describeSqlError(what, q.lastError()));
    QStringList out;
    while (q.next()) {
        QStringList cells;
        for (int i = 0; i < q.record().count(); ++i)
            cells.append(q.value(i).toString());
        out.append(cells.join(QLatin1Char(' ')));
    }
    return out;
}

} // namespace

Result<DatabaseStatus> inspectDatabase(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Error::storage(QCoreApplication::translate("helios", "There is no database at %1.")
                                  .arg(QDir::toNativeSeparators(path)));
    DatabaseStatus status;
    status.path = QFileInfo(path).absoluteFilePath();
    status.latest = latestSchemaVersion();
    status.sizeBytes = QFileInfo(path).size();
    // Each item as far as it can be read: a damaged file still shows its size and SQLite's
    // complaint.
    Result<DatabaseStatus> read = withConnection<Result<DatabaseStatus>>(
        path, true, [&](QSqlDatabase &db) -> Result<DatabaseStatus> {
            DatabaseStatus out = status;
            if (Result<int> version = schemaVersion(db))
                out.version = *version;
            if (Result<QStringList> mode =
                    rows(db, QStringLiteral("PRAGMA journal_mode"),
                         QCoreApplication::translate("helios", "Reading the journal mode")))
                out.journalMode = mode->value(0);
            Result<QString> quick = quickCheck(db);
            out.quickCheck = quick ? *quick : quick.error().message;
            return out;
        });
    if (read)
        return read;
    status.quickCheck = read.error().message;
    return status;
}

Result<IntegrityReport> checkDatabase(const QString &path)
{
    return withConnection<Result<IntegrityReport>>(
        path, true, [&](QSqlDatabase &db) -> Result<IntegrityReport> {
            IntegrityReport report;
            Result<QStringList> integrity =
                rows(db, QStringLiteral("PRAGMA integrity_check"),
                     QCoreApplication::translate("helios", "Checking the database's integrity"));
            if (!integrity)
                report.integrityProblems.append(integrity.error().message);
            else if (!(integrity->size() == 1 && integrity->first() == QLatin1String("ok")))
                report.integrityProblems = *integrity;
            Result<QStringList> keys =
                rows(db, QStringLiteral("PRAGMA foreign_key_check"),
                     QCoreApplication::translate("helios", "Checking the database's references"));
            if (!keys)
                report.foreignKeyProblems.append(keys.error().message);
            else
                report.foreignKeyProblems = *keys;
            // Whose file it is and whether its schema is the one Helios made.
            if (!report.integrityProblems.isEmpty())
                return report;
            Result<DatabaseIdentity> identity = identifyDatabase(db, path);
            if (!identity) {
                report.schemaProblems.append(identity.error().message);
            } else if (identity->kind == DatabaseIdentity::Kind::Foreign) {
                report.schemaProblems.append(
                    QCoreApplication::translate("helios", "not a Helios database: it holds another "
                                                          "program's tables (%1)")
                        .arg(identity->tables.mid(0, 5).join(QStringLiteral(", "))));
            } else if (identity->version <= latestSchemaVersion()) {
                Result<QList<SchemaDifference>> differences =
                    schemaDifferences(db, identity->version);
                if (!differences)
                    report.schemaProblems.append(differences.error().message);
                else
                    for (const SchemaDifference &d : std::as_const(*differences))
                        report.schemaProblems.append(describeDifferences({d}));
            }
            return report;
        });
}

Status migrateDatabase(const QString &path, int target)
{
    if (!QFileInfo::exists(path))
        return Error::storage(QCoreApplication::translate("helios", "There is no database at %1.")
                                  .arg(QDir::toNativeSeparators(path)));
    // Read first, on a read-only connection: another program's file, a damaged one or one with
    // foreign schema objects is refused before anything is written.
    if (Result<DatabaseIdentity> checked = checkDatabaseFile(path); !checked)
        return checked.error();
    if (Status folder = checkBackupFolder(backupFolder(path)); !folder)
        return folder;
    Result<std::shared_ptr<DatabaseUse>> use = DatabaseUse::share(path);
    if (!use)
        return use.error();
    return withConnection<Status>(path, false, [&](QSqlDatabase &db) -> Status {
        Result<int> version = schemaVersion(db);
        if (!version)
            return Error::storage(
                QCoreApplication::translate("helios",
                                            "%1 is not a Helios database or is damaged (%2)")
                    .arg(QDir::toNativeSeparators(path), version.error().message));
        if (*version > latestSchemaVersion())
            return Error::storage(
                QCoreApplication::translate(
                    "helios", "%1 was written by a newer Helios (schema %2); this one knows "
                              "up to %3 and cannot move it.")
                    .arg(QDir::toNativeSeparators(path))
                    .arg(*version)
                    .arg(latestSchemaVersion()));
        if (target < 0 || target > latestSchemaVersion())
            return Error::usage(QCoreApplication::translate(
                                    "helios", "There is no schema version %1; the latest is %2.")
                                    .arg(target)
                                    .arg(latestSchemaVersion()));
        if (*version == target)
            return Ok{};
        if (Status backedUp = writeBackup(db, backupPath(path, backup_kind::preMigration));
            !backedUp)
            return backedUp;
        pruneBackups(path, backup_kind::preMigration, kPreMigrationBackupsKept);
        if (Status moved = migrateTo(db, target); !moved)
            return moved;
        return markAsHelios(db);
    });
}

} // namespace helios

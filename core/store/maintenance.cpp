#include "core/store/maintenance.h"

#include "core/store/backup.h"
#include "core/store/database.h"
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
    return withConnection<Result<DatabaseStatus>>(
        path, true, [&](QSqlDatabase &db) -> Result<DatabaseStatus> {
            DatabaseStatus status;
            status.path = QFileInfo(path).absoluteFilePath();
            status.latest = latestSchemaVersion();
            status.sizeBytes = QFileInfo(path).size();
            Result<int> version = schemaVersion(db);
            if (!version)
                return Error::storage(
                    QCoreApplication::translate("helios",
                                                "%1 is not a Helios database or is damaged (%2)")
                        .arg(QDir::toNativeSeparators(path), version.error().message));
            status.version = *version;
            Result<QStringList> mode =
                rows(db, QStringLiteral("PRAGMA journal_mode"),
                     QCoreApplication::translate("helios", "Reading the journal mode"));
            if (!mode)
                return mode.error();
            status.journalMode = mode->value(0);
            Result<QStringList> quick =
                rows(db, QStringLiteral("PRAGMA quick_check"),
                     QCoreApplication::translate("helios", "Checking the database"));
            status.quickCheck = quick ? quick->value(0) : quick.error().message;
            return status;
        });
}

Result<IntegrityReport> checkDatabase(const QString &path)
{
    return withConnection<Result<IntegrityReport>>(
        path, true, [](QSqlDatabase &db) -> Result<IntegrityReport> {
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
            return report;
        });
}

Status migrateDatabase(const QString &path, int target)
{
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
        return migrateTo(db, target);
    });
}

} // namespace helios

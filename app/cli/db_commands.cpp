#include "app/cli/db_commands.h"

#include "app/cli/cli_output.h"
#include "app/cli/text_output.h"
#include "core/store/backup.h"
#include "core/store/maintenance.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QtConcurrent/QtConcurrentRun>

#include <qcoro/qcorofuture.h>

namespace helios::cli {

namespace {

const QString kPreMigration = QStringLiteral("pre-migration");

QString tr(const char *text)
{
    return QCoreApplication::translate("helios-cli", text);
}

QJsonArray stringArray(const QStringList &strings)
{
    QJsonArray array;
    for (const QString &s : strings)
        array.append(s);
    return array;
}

struct StatusReading
{
    Result<DatabaseStatus> status;
    QStringList backups; // newest first
};

struct MigrationOutcome
{
    Status migrated;
    int from = 0;
    QString backup; // empty when nothing moved
};

// Named futures, not temporaries, in co_await expressions: GCC 12 mishandles some temporaries
// of a co_await expression (docs/ARCHITECTURE.md).
QCoro::Task<int> showStatus(const Request &request, const QString &path)
{
    auto read = [path]() {
        return StatusReading{inspectDatabase(path), listBackups(path, kPreMigration)};
    };
    QFuture<StatusReading> future = QtConcurrent::run(std::move(read));
    StatusReading reading = co_await future;
    if (!reading.status)
        co_return fail(reading.status.error());
    const DatabaseStatus &status = *reading.status;
    if (request.json) {
        writeJson({{QStringLiteral("database"),
                    QJsonObject{{QStringLiteral("path"), QDir::toNativeSeparators(status.path)},
                                {QStringLiteral("version"),
                                 status.version >= 0 ? QJsonValue(status.version) : QJsonValue()},
                                {QStringLiteral("latest"), status.latest},
                                {QStringLiteral("journal_mode"), status.journalMode},
                                {QStringLiteral("size_bytes"), status.sizeBytes},
                                {QStringLiteral("quick_check"), status.quickCheck},
                                {QStringLiteral("backups"), stringArray(reading.backups)}}}});
    } else {
        writeOut(formatDatabaseStatus(status, reading.backups));
    }
    co_return 0;
}

QCoro::Task<int> checkIntegrity(const Request &request, const QString &path)
{
    auto check = [path]() { return checkDatabase(path); };
    QFuture<Result<IntegrityReport>> future = QtConcurrent::run(std::move(check));
    Result<IntegrityReport> report = co_await future;
    if (!report)
        co_return fail(report.error());
    if (request.json) {
        writeJson(
            {{QStringLiteral("check"),
              QJsonObject{
                  {QStringLiteral("ok"), report->ok()},
                  {QStringLiteral("integrity_problems"), stringArray(report->integrityProblems)},
                  {QStringLiteral("foreign_key_problems"), stringArray(report->foreignKeyProblems)},
                  {QStringLiteral("schema_problems"), stringArray(report->schemaProblems)}}}});
    } else {
        writeOut(formatIntegrityReport(*report));
    }
    if (report->ok())
        co_return 0;
    const bool integrity = !report->integrityProblems.isEmpty();
    const bool keys = !report->foreignKeyProblems.isEmpty();
    if (!integrity && !keys)
        co_return fail(Error::storage(
            tr("The database holds schema objects that Helios did not make, or is not Helios's.")));
    co_return fail(Error::storage(
        integrity && keys ? tr("The database failed its integrity and foreign key checks.")
        : integrity       ? tr("The database failed its integrity check.")
                          : tr("The database failed its foreign key check.")));
}

QCoro::Task<int> migrate(const Request &request, const QString &path)
{
    const int target = request.targetVersion;
    auto move = [path, target]() {
        MigrationOutcome outcome;
        // The version it starts from, read without writing.
        Result<DatabaseStatus> before = inspectDatabase(path);
        if (!before) {
            outcome.migrated = before.error();
            return outcome;
        }
        outcome.from = before->version;
        outcome.migrated = migrateDatabase(path, target);
        if (outcome.migrated && outcome.from != target)
            outcome.backup = listBackups(path, kPreMigration).value(0);
        return outcome;
    };
    QFuture<MigrationOutcome> future = QtConcurrent::run(std::move(move));
    MigrationOutcome outcome = co_await future;
    if (!outcome.migrated)
        co_return fail(outcome.migrated.error());
    qInfo("Migrated the database from schema %d to %d", outcome.from, target);

    if (request.json) {
        const QJsonValue backup = outcome.backup.isEmpty()
                                      ? QJsonValue(QJsonValue::Null)
                                      : QJsonValue(QDir::toNativeSeparators(outcome.backup));
        writeJson({{QStringLiteral("migration"),
                    QJsonObject{{QStringLiteral("path"), QDir::toNativeSeparators(path)},
                                {QStringLiteral("from"), outcome.from},
                                {QStringLiteral("to"), target},
                                {QStringLiteral("backup"), backup}}}});
    } else if (outcome.from == target) {
        writeOut(tr("%1 is already at schema version %2; nothing changed.\n")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(target));
    } else {
        writeOut(tr("Migrated %1 from schema version %2 to %3.\nBackup: %4\n")
                     .arg(QDir::toNativeSeparators(path))
                     .arg(outcome.from)
                     .arg(target)
                     .arg(QDir::toNativeSeparators(outcome.backup)));
    }
    co_return 0;
}

} // namespace

QCoro::Task<int> runDbCommand(const Request &request, const QString &databasePath)
{
    switch (request.command) {
    case Command::DbStatus: {
        QCoro::Task<int> task = showStatus(request, databasePath);
        co_return co_await std::move(task);
    }
    case Command::DbCheck: {
        QCoro::Task<int> task = checkIntegrity(request, databasePath);
        co_return co_await std::move(task);
    }
    case Command::DbMigrate: {
        QCoro::Task<int> task = migrate(request, databasePath);
        co_return co_await std::move(task);
    }
    default:
        break;
    }
    co_return failUnexpectedly(QStringLiteral("not a db command"));
}

} // namespace helios::cli

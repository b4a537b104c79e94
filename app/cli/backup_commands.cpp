#include "app/cli/backup_commands.h"

#include "app/cli/cli_options.h"
#include "app/cli/cli_output.h"
#include "core/store/backup.h"
#include "core/store/backup_operations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QtConcurrent/QtConcurrentRun>

#include <qcoro/qcorofuture.h>

namespace helios::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("helios-cli", text);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString when(const BackupInfo &backup)
{
    return backup.createdAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString size(qint64 bytes)
{
    return bytes < 1024 * 1024
               ? QStringLiteral("%1 KiB").arg((bytes + 1023) / 1024)
               : QStringLiteral("%1 MiB").arg(double(bytes) / (1024 * 1024), 0, 'f', 1);
}

// Named futures, not temporaries, in co_await expressions: GCC 12 mishandles some temporaries
// of a co_await expression (docs/ARCHITECTURE.md).
QCoro::Task<int> backUp(const Request &request, const QString &path)
{
    auto write = [path, target = request.backupFile]() { return backUpDatabase(path, target); };
    QFuture<Result<QString>> future = QtConcurrent::run(std::move(write));
    Result<QString> written = co_await future;
    if (!written)
        co_return fail(written.error());
    qInfo("Backup written to %s", qPrintable(native(*written)));
    const qint64 bytes = QFileInfo(*written).size();
    if (request.json)
        writeJson(
            {{QStringLiteral("backup"), QJsonObject{{QStringLiteral("path"), native(*written)},
                                                    {QStringLiteral("size_bytes"), bytes}}}});
    else
        writeOut(tr("Backup written to %1 (%2).\n").arg(native(*written), size(bytes)));
    co_return 0;
}

QCoro::Task<int> restore(const Request &request, const QString &path)
{
    auto swap = [path, file = request.backupFile]() { return restoreBackup(path, file); };
    QFuture<Result<RestoreOutcome>> future = QtConcurrent::run(std::move(swap));
    Result<RestoreOutcome> outcome = co_await future;
    if (!outcome)
        co_return fail(outcome.error());
    qInfo("Restored %s into %s; the replaced database is kept at %s",
          qPrintable(native(outcome->restoredFrom)), qPrintable(native(path)),
          qPrintable(native(outcome->replacedKeptAt)));
    if (request.json) {
        const QJsonValue kept = outcome->replacedKeptAt.isEmpty()
                                    ? QJsonValue(QJsonValue::Null)
                                    : QJsonValue(native(outcome->replacedKeptAt));
        writeJson({{QStringLiteral("restore"),
                    QJsonObject{{QStringLiteral("path"), native(path)},
                                {QStringLiteral("from"), native(outcome->restoredFrom)},
                                {QStringLiteral("replaced_kept_at"), kept},
                                {QStringLiteral("backup_version"), outcome->backupVersion},
                                {QStringLiteral("version"), outcome->version}}}});
        co_return 0;
    }
    QString text = tr("Restored %1 into %2 (schema version %3")
                       .arg(native(outcome->restoredFrom), native(path))
                       .arg(outcome->backupVersion);
    if (outcome->version != outcome->backupVersion)
        text += tr(", migrated to %1").arg(outcome->version);
    text += QStringLiteral(").\n");
    if (!outcome->replacedKeptAt.isEmpty())
        text += tr("The database it replaced is kept at %1\n").arg(native(outcome->replacedKeptAt));
    writeOut(text);
    co_return 0;
}

QCoro::Task<int> list(const Request &request, const QString &path)
{
    QFuture<QList<BackupInfo>> future =
        QtConcurrent::run([path]() { return listAllBackups(path); });
    const QList<BackupInfo> backups = co_await future;
    if (request.json) {
        QJsonArray array;
        for (const BackupInfo &b : backups)
            array.append(QJsonObject{
                {QStringLiteral("path"), native(b.path)},
                {QStringLiteral("kind"), b.kind},
                {QStringLiteral("created_at"), b.createdAt.toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("size_bytes"), b.sizeBytes}});
        writeJson({{QStringLiteral("backups"), array}});
        co_return 0;
    }
    if (backups.isEmpty()) {
        writeOut(tr("No backups yet in %1.\n").arg(native(backupFolder(path))));
        co_return 0;
    }
    QString text = tr("Backups in %1, newest first:\n").arg(native(backupFolder(path)));
    for (const BackupInfo &b : backups)
        text += QStringLiteral("  %1  %2  %3  %4\n")
                    .arg(when(b), b.kind.leftJustified(13), size(b.sizeBytes).rightJustified(10),
                         QFileInfo(b.path).fileName());
    text += tr("Kept: the last %1 daily and %2 pre-migration backups; manual and replaced ones "
               "until you delete them.\n")
                .arg(kDailyBackupsKept)
                .arg(kPreMigrationBackupsKept);
    writeOut(text);
    co_return 0;
}

} // namespace

Status fillBackupCommand(Request &request, Verb verb, const QCommandLineParser &parser,
                         const CommandOptions &options, const QStringList &args)
{
    switch (verb) {
    case Verb::Backup:
        request.command = Command::Backup;
        if (!args.isEmpty())
            return Error::usage(tr("The backup command takes no arguments, not '%1'; use -o FILE "
                                   "to choose the file.")
                                    .arg(args.join(QLatin1Char(' '))));
        if (parser.isSet(options.output)) {
            request.backupFile = parser.value(options.output);
            if (request.backupFile.isEmpty())
                return Error::usage(tr("-o needs a file path."));
        }
        return Ok{};
    case Verb::Restore:
        request.command = Command::Restore;
        if (args.size() != 1)
            return Error::usage(
                args.isEmpty()
                    ? tr("The restore command needs a backup file: helios-cli restore FILE "
                         "(helios-cli backups lists them).")
                    : tr("The restore command takes one backup file, not %1 arguments.")
                          .arg(args.size()));
        request.backupFile = QDir::current().absoluteFilePath(args.constFirst());
        return Ok{};
    case Verb::Backups:
        request.command = Command::Backups;
        if (!args.isEmpty())
            return Error::usage(tr("The backups command takes no arguments, not '%1'.")
                                    .arg(args.join(QLatin1Char(' '))));
        return Ok{};
    default:
        break;
    }
    return Error::usage(tr("Not a backup command."));
}

void describeBackupVerb(QCommandLineParser &parser, Verb verb)
{
    switch (verb) {
    case Verb::Backup:
        parser.setApplicationDescription(
            tr("Write a backup of the database now, while it may stay in use. Without -o it goes "
               "into the backups folder beside the database as a \"manual\" backup, which is "
               "never deleted automatically."));
        parser.addPositionalArgument(QStringLiteral("backup"), tr("The command."),
                                     QStringLiteral("backup"));
        break;
    case Verb::Restore:
        parser.setApplicationDescription(
            tr("Check a backup (integrity, and a schema this Helios knows) and swap it in for the "
               "database. The database it replaces is moved into the backups folder as a "
               "\"replaced\" backup, never deleted. A damaged or newer backup is refused and "
               "nothing changes (exit 5). Close the Helios window first."));
        parser.addPositionalArgument(QStringLiteral("file"),
                                     tr("The backup file, as listed by 'backups'."),
                                     QStringLiteral("restore FILE"));
        break;
    case Verb::Backups:
        parser.setApplicationDescription(
            tr("List the backups of the database, newest first, with their kind: daily (the last "
               "7 kept), pre-migration (3 kept), manual and replaced (kept until you delete "
               "them)."));
        parser.addPositionalArgument(QStringLiteral("backups"), tr("The command."),
                                     QStringLiteral("backups"));
        break;
    default:
        break;
    }
}

bool isBackupCommand(Command command)
{
    return command == Command::Backup || command == Command::Restore || command == Command::Backups;
}

QCoro::Task<int> runBackupCommand(const Request &request, const QString &databasePath)
{
    switch (request.command) {
    case Command::Backup: {
        QCoro::Task<int> task = backUp(request, databasePath);
        co_return co_await std::move(task);
    }
    case Command::Restore: {
        QCoro::Task<int> task = restore(request, databasePath);
        co_return co_await std::move(task);
    }
    case Command::Backups: {
        QCoro::Task<int> task = list(request, databasePath);
        co_return co_await std::move(task);
    }
    default:
        break;
    }
    co_return failUnexpectedly(QStringLiteral("not a backup command"));
}

} // namespace helios::cli

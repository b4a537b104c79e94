#include "core/store/database.h"

#include "core/store/backup.h"
#include "core/store/migrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadStorage>

#include <algorithm>
#include <vector>

namespace helios {

namespace {

constexpr int kBusyTimeoutMs = 5000;

// Connections opened by the current thread; removed when the thread ends, on that thread, as
// QSqlDatabase requires.
struct ThreadConnections
{
    std::vector<QString> names;
    ~ThreadConnections()
    {
        for (const QString &name : names) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
    }
};

// QThreadStorage (not thread_local) so that cleanup runs while Qt's thread data is still alive.
ThreadConnections &threadConnections()
{
    static QThreadStorage<ThreadConnections *> storage;
    if (!storage.hasLocalData())
        storage.setLocalData(new ThreadConnections);
    return *storage.localData();
}

QString connectionName(const QString &prefix)
{
    return prefix + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

Status execPragma(QSqlDatabase &db, const QString &sql)
{
    // Switching a new file to WAL needs it to itself for a moment, and SQLite answers SQLITE_BUSY
    // at once, without its busy handler, when another connection opens the file at that moment
    // (the GUI opens its Store and LlmStore together). So a busy answer is tried again for as
    // long as the busy timeout; once one connection has switched, the others find WAL set.
    QDeadlineTimer patience(kBusyTimeoutMs);
    for (;;) {
        QSqlQuery q(db);
        if (q.exec(sql))
            return Ok{};
        const QSqlError error = q.lastError();
        if (error.nativeErrorCode() != QLatin1String("5") || patience.hasExpired())
            return Error::storage(describeSqlError(
                QCoreApplication::translate("helios", "Opening the database"), error));
        QThread::msleep(10);
    }
}

} // namespace

QString describeSqlError(const QString &what, const QSqlError &error)
{
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.driverText().trimmed();
    if (detail.isEmpty())
        detail = error.text().trimmed();
    // SQLITE_CORRUPT and SQLITE_NOTADB: say what it means for the person, not only SQLite's words.
    const QString code = error.nativeErrorCode();
    if (code == QLatin1String("11") || code == QLatin1String("26") ||
        detail.contains(QLatin1String("malformed")))
        return QCoreApplication::translate(
                   "helios", "%1 failed: the database is damaged (%2); restore a backup.")
            .arg(what, detail);
    // SQLITE_FULL: the disk (or the size limit) is full; the transaction was rolled back.
    if (code == QLatin1String("13"))
        return QCoreApplication::translate(
                   "helios", "%1 failed: the disk is full (%2); free some space and try again.")
            .arg(what, detail);
    return QCoreApplication::translate("helios", "%1 failed: %2.").arg(what, detail);
}

Database::Database(QString path) : m_path(std::move(path))
{
    static QAtomicInteger<quint64> instances;
    m_connectionPrefix = QStringLiteral("helios-%1-").arg(instances.fetchAndAddOrdered(1));
}

Database::~Database() = default;

Result<QSqlDatabase> Database::connection()
{
    const QString name = connectionName(m_connectionPrefix);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name, false);

    Result<QSqlDatabase> db = openConnection(name);
    if (db)
        threadConnections().names.push_back(name);
    else
        QSqlDatabase::removeDatabase(name); // nothing refers to it any more: try afresh next time
    return db;
}

void Database::closeConnection()
{
    const QString name = connectionName(m_connectionPrefix);
    std::vector<QString> &names = threadConnections().names;
    const auto it = std::find(names.begin(), names.end(), name);
    if (it == names.end())
        return;
    names.erase(it);
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Result<QSqlDatabase> Database::openConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db.isValid())
        return Error::storage(QCoreApplication::translate(
            "helios", "SQLite support is missing: install the Qt SQLite plugin "
                      "(Debian package libqt6sql6-sqlite)"));
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    if (!db.open())
        return Error::storage(
            describeSqlError(QCoreApplication::translate("helios", "Opening the database %1")
                                 .arg(QDir::toNativeSeparators(m_path)),
                             db.lastError()));
    // Read first: a file that is not a database, or one from a newer Helios, is refused before
    // anything (even the journal mode) is written to it.
    Result<int> version = schemaVersion(db);
    if (!version) {
        db.close();
        return Error::storage(
            QCoreApplication::translate("helios", "%1 is not a Helios database or is damaged (%2)")
                .arg(QDir::toNativeSeparators(m_path), version.error().message));
    }
    if (*version > latestSchemaVersion()) {
        db.close();
        return Error::storage(
            QCoreApplication::translate(
                "helios", "%1 was written by a newer Helios (schema %2, this one knows up to %3); "
                          "it was left untouched.")
                .arg(QDir::toNativeSeparators(m_path))
                .arg(*version)
                .arg(latestSchemaVersion()));
    }
    QStringList pragmas{QStringLiteral("PRAGMA journal_mode=WAL"),
                        QStringLiteral("PRAGMA synchronous=NORMAL"),
                        QStringLiteral("PRAGMA foreign_keys=ON")};
    if (m_maxPageCount > 0)
        pragmas.append(QStringLiteral("PRAGMA max_page_count=%1").arg(m_maxPageCount));
    for (const QString &pragma : std::as_const(pragmas)) {
        if (Status s = execPragma(db, pragma); !s) {
            db.close();
            return s.error();
        }
    }
    if (m_connectionOpened)
        m_connectionOpened(db);
    return db;
}

Status Database::prepare()
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return Error::storage(
            QCoreApplication::translate("helios", "Cannot create the data folder %1.")
                .arg(QDir::toNativeSeparators(info.absolutePath())));
    // Judged by the permission bits, not by access(2), so that it holds for root too.
    if (info.exists() && !(info.permissions() & QFile::WriteOwner))
        return Error::storage(
            QCoreApplication::translate(
                "helios", "The database %1 is read-only; Helios needs to write to it.")
                .arg(QDir::toNativeSeparators(m_path)));
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    Result<int> version = schemaVersion(*db);
    if (!version)
        return version.error();
    if (*version == latestSchemaVersion())
        return Ok{};
    // An existing database gets a backup before its schema changes; the last three are kept.
    if (*version > 0) {
        if (Status backedUp = writeBackup(*db, backupPath(m_path, backup_kind::preMigration));
            !backedUp)
            return backedUp;
        pruneBackups(m_path, backup_kind::preMigration, kPreMigrationBackupsKept);
    }
    return migrateTo(*db, latestSchemaVersion());
}

} // namespace helios

#include "core/store/database.h"

#include "core/store/backup.h"
#include "core/store/database_checks.h"
#include "core/store/database_lock.h"
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

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

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

// Which file a path names now (device and inode), to notice a file swapped by a restore. Zero
// where it cannot be told.
std::pair<quint64, quint64> fileIdentity(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0)
        return {quint64(st.st_dev), quint64(st.st_ino)};
#else
    Q_UNUSED(path)
#endif
    return {0, 0};
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
    if (isDamageError(error))
        return QCoreApplication::translate(
                   "helios", "%1 failed: the database is damaged (%2); restore a backup.")
            .arg(what, detail);
    // SQLITE_PERM, SQLITE_READONLY, SQLITE_CANTOPEN: out of reach, not damaged.
    if (code == QLatin1String("3") || code == QLatin1String("8") || code == QLatin1String("14"))
        return QCoreApplication::translate(
                   "helios", "%1 failed: Helios cannot write the database or the files SQLite "
                             "keeps beside it (%2); check that the file and its folder are "
                             "writable.")
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
    if (QSqlDatabase::contains(name)) {
        std::pair<quint64, quint64> openedOn;
        {
            const std::lock_guard lock(m_mutex);
            openedOn = m_openedOn.value(name);
        }
        // A restore (in this process or, coordinated by the use lock, another) swapped the file:
        // this connection still reads the one moved aside.
        if (openedOn == fileIdentity(m_path))
            return QSqlDatabase::database(name, false);
        closeConnection();
    }

    if (Status held = holdUse(); !held)
        return held.error();
    const std::pair<quint64, quint64> identity = fileIdentity(m_path);
    Result<QSqlDatabase> db = openConnection(name);
    if (db) {
        threadConnections().names.push_back(name);
        const std::lock_guard lock(m_mutex);
        m_openedOn.insert(name, identity.first == 0 ? fileIdentity(m_path) : identity);
    } else {
        QSqlDatabase::removeDatabase(name); // nothing refers to it any more: try afresh next time
    }
    return db;
}

Status Database::holdUse()
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_use)
            return Ok{};
    }
    Result<std::shared_ptr<DatabaseUse>> use = DatabaseUse::share(m_path);
    if (!use)
        return use.error();
    const std::lock_guard lock(m_mutex);
    if (!m_use)
        m_use = std::move(*use);
    return Ok{};
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
    const std::lock_guard lock(m_mutex);
    m_openedOn.remove(name);
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
    // anything (even the journal mode) is written to it. (prepare() checked the file as a whole;
    // this is every later connection's own look.)
    Result<int> version = schemaVersion(db);
    if (!version) {
        db.close();
        return Error::storage(
            QCoreApplication::translate("helios", "Cannot use the database %1: %2")
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
    // trusted_schema=OFF: SQL in the schema (which Helios's own never has) may not call functions
    // with side effects or use virtual tables, whoever wrote it.
    QStringList pragmas{
        QStringLiteral("PRAGMA trusted_schema=OFF"), QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"), QStringLiteral("PRAGMA foreign_keys=ON")};
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
    // Judged by the permission bits, not by access(2) alone, so that it holds for root too.
    if (info.exists() && !(info.permissions() & QFile::WriteOwner))
        return Error::storage(
            QCoreApplication::translate(
                "helios", "The database %1 is read-only; Helios needs to write to it.")
                .arg(QDir::toNativeSeparators(m_path)));
    const QFileInfo folder(QFileInfo(databaseFileBehind(m_path)).absolutePath());
    if (!folder.isWritable() || !(folder.permissions() & QFile::WriteOwner))
        return Error::storage(
            QCoreApplication::translate("helios", "The folder %1 of the database is read-only; "
                                                  "Helios needs to write there (SQLite keeps its "
                                                  "journal beside the database).")
                .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    // Everything is read, on a read-only connection, before a byte is written: whose file it is,
    // its schema objects, and whether SQLite finds it whole.
    if (info.exists() && info.size() > 0) {
        if (Result<DatabaseIdentity> checked = checkDatabaseFile(m_path); !checked)
            return checked.error();
    }
    if (Status held = holdUse(); !held)
        return held;
    Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    Result<int> version = schemaVersion(*db);
    if (!version)
        return version.error();
    if (*version != latestSchemaVersion()) {
        // An existing database gets a backup before its schema changes; the last three are kept.
        if (*version > 0) {
            if (Status backedUp = writeBackup(*db, backupPath(m_path, backup_kind::preMigration));
                !backedUp)
                return backedUp;
            pruneBackups(m_path, backup_kind::preMigration, kPreMigrationBackupsKept);
        }
        if (Status migrated = migrateTo(*db, latestSchemaVersion()); !migrated)
            return migrated;
    }
    return markAsHelios(*db);
}

Status markAsHelios(QSqlDatabase &db)
{
    QSqlQuery read(db);
    if (read.exec(QStringLiteral("PRAGMA application_id")) && read.next() &&
        static_cast<qint32>(read.value(0).toLongLong()) == kHeliosApplicationId)
        return Ok{};
    read.finish();
    // PRAGMA takes no bound values; the id is our constant.
    return execPragma(db, QStringLiteral("PRAGMA application_id=%1").arg(kHeliosApplicationId));
}

} // namespace helios

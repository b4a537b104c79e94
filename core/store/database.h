#pragma once

#include "core/domain/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>
#include <mutex>

namespace helios {

class DatabaseUse;

// One SQLite file and how connections to it are opened: one named connection per thread, with
// WAL, synchronous=NORMAL, foreign keys and a busy timeout. A thread's connections are closed
// when the thread ends, and opened again when the file was swapped (a restore) since.
class Database
{
public:
    explicit Database(QString path);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const QString &path() const { return m_path; }

    // Caps the file's size in pages on every connection opened after this call; lets tests
    // meet a full disk (SQLITE_FULL) without filling one.
    void setMaxPageCount(int pages) { m_maxPageCount = pages; }
    void setConnectionOpened(std::function<void(QSqlDatabase &)> hook)
    {
        m_connectionOpened = std::move(hook);
    }

    // This thread's connection, opened and configured on first use.
    Result<QSqlDatabase> connection();
    // Closes this thread's connection, if it has one; the next connection() opens afresh.
    void closeConnection();

    // Refuses files that are not Helios databases, come from a newer Helios, hold schema
    // objects Helios did not make or are damaged (database_checks.h), then brings the schema up
    // to the latest version and marks the file as Helios's (PRAGMA application_id). Never writes
    // to a file it refuses. From then on this process holds its share of the database
    // (database_lock.h), so that no other process swaps the file while it is in use.
    Status prepare();

private:
    Result<QSqlDatabase> openConnection(const QString &name) const;
    Status holdUse();

    QString m_path;
    QString m_connectionPrefix;
    int m_maxPageCount = 0;
    std::function<void(QSqlDatabase &)> m_connectionOpened;
    std::mutex m_mutex; // guards the two below
    std::shared_ptr<DatabaseUse> m_use;
    // The file (device, inode) each connection was opened on, by connection name.
    QHash<QString, std::pair<quint64, quint64>> m_openedOn;
};

// Sets PRAGMA application_id to Helios's on a file Helios has checked or made (a write).
Status markAsHelios(QSqlDatabase &db);

// One sentence describing a failed query or connection, for Error::storage.
QString describeSqlError(const QString &what, const class QSqlError &error);

} // namespace helios

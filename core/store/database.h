#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace helios {

// One SQLite file and how connections to it are opened: one named connection per thread, with
// WAL, synchronous=NORMAL, foreign keys and a busy timeout. A thread's connections are closed
// when the thread ends.
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

    // Refuses files that are not Helios databases or come from a newer Helios, then brings the
    // schema up to the latest version. Never writes to a file it refuses.
    Status prepare();

private:
    Result<QSqlDatabase> openConnection(const QString &name) const;

    QString m_path;
    QString m_connectionPrefix;
    int m_maxPageCount = 0;
    std::function<void(QSqlDatabase &)> m_connectionOpened;
};

// One sentence describing a failed query or connection, for Error::storage.
QString describeSqlError(const QString &what, const class QSqlError &error);

} // namespace helios

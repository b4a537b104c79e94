#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QString>

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

    // This thread's connection, opened and configured on first use.
    Result<QSqlDatabase> connection();

    // Refuses files that are not Helios databases or come from a newer Helios, then brings the
    // schema up to the latest version. Never writes to a file it refuses.
    Status prepare();

private:
    Result<QSqlDatabase> openConnection(const QString &name) const;

    QString m_path;
    QString m_connectionPrefix;
};

// One sentence describing a failed query or connection, for Error::storage.
QString describeSqlError(const QString &what, const class QSqlError &error);

} // namespace helios

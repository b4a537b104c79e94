#pragma once

#include "core/domain/result.h"
#include "core/store/database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>

#include <functional>

namespace helios {

// Names for private connections, one counter for every R below: connections of different kinds
// may be open at once on one thread (a backup checks its copy while the database is open).
inline QString nextPrivateConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("helios-private-%1").arg(counter.fetchAndAddOrdered(1));
}

// Runs fn on a connection to `path` that exists only for this call, on the calling thread
// (a worker, never the GUI thread). Whole-file work (status, checks, migrations, backups,
// restores) uses it so that no connection outlives the call. The file must exist.
template <typename R>
R withPrivateConnection(const QString &path, bool readOnly,
                        const std::function<R(QSqlDatabase &)> &fn)
{
    if (!QFileInfo::exists(path))
        return Error::storage(QCoreApplication::translate("helios", "There is no database at %1.")
                                  .arg(QDir::toNativeSeparators(path)));
    const QString name = nextPrivateConnectionName();
    R result =
        Error::storage(QCoreApplication::translate("helios", "Opening the database failed."));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(readOnly
                                 ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                                 : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            result = Error::storage(
                describeSqlError(QCoreApplication::translate("helios", "Opening the database %1")
                                     .arg(QDir::toNativeSeparators(path)),
                                 db.lastError()));
        else
            result = fn(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace helios

#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace helios {

// One prepared statement run through the SQLite C API on a QSqlDatabase's own handle. The large
// reads use it: QSqlQuery::value() builds a QVariant per cell, which costs more than SQLite's
// own work for a row. Only on the connection's thread, like the connection itself.
class SqliteStatement
{
public:
    // Prepares `sql` on the connection; `what` heads the error sentence ("Listing plans").
    static Result<SqliteStatement> prepare(QSqlDatabase &db, const QString &sql,
                                           const QString &what);
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;
    ~SqliteStatement();

    void bind(int position, qint64 value); // 1-based, as in SQL

    // Moves to the next row: true while there is one. After false, failed() tells an error
    // from the end of the rows.
    bool next();
    bool failed() const { return m_failed; }
    Error error() const;

    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    // A date stored as ISO text (YYYY-MM-DD); a null date for NULL or anything else.
    QDate date(int column) const;
    // The raw UTF-8 bytes of a text cell, valid until the next call to next().
    QByteArrayView bytes(int column) const;

private:
    SqliteStatement(sqlite3 *db, sqlite3_stmt *statement, QString what);

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_what;
    bool m_failed = false;
};

// The connection's sqlite3 handle, or nullptr when the driver is not QSQLITE.
sqlite3 *sqliteHandle(QSqlDatabase &db);

} // namespace helios

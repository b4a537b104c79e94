#pragma once

#include "core/domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace helios {

// One prepared statement for the large reads, run through the SQLite C API on a QSqlDatabase's
// own handle: QSqlQuery::value() builds a QVariant per cell, which costs more than SQLite's own
// work for a row. Where Qt's SQLite driver carries its own copy of SQLite (HELIOS_SQLITE_C_API
// off, see core/store/CMakeLists.txt) the same interface runs over QSqlQuery. Only on the
// connection's thread, like the connection itself.
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
    void bind(int position, const QString &value);

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
    // A UTC timestamp stored as the store writes them (YYYY-MM-DDTHH:MM:SS.mmmZ), read without
    // QDateTime's parser; any other ISO form through it; invalid for NULL or anything else.
    QDateTime timestamp(int column) const;
    // The raw UTF-8 bytes of a text cell, valid until the next call to next() or bytes().
    QByteArrayView bytes(int column) const;

private:
    struct Cursor;
    explicit SqliteStatement(std::unique_ptr<Cursor> cursor);

    std::unique_ptr<Cursor> m_cursor;
    bool m_failed = false;
};

} // namespace helios

#include "core/store/sqlite_statement.h"

#include "core/store/database.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

#include <utility>

namespace helios {

namespace {

Error sqliteError(sqlite3 *db, const QString &what)
{
    const int code = db ? sqlite3_errcode(db) : SQLITE_MISUSE;
    const QString text = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("no handle");
    // Through describeSqlError, so damaged files read the same as elsewhere in the store.
    return Error::storage(describeSqlError(
        what, QSqlError(QString(), text, QSqlError::StatementError, QString::number(code & 0xff))));
}

int digits(const char *p, int n)
{
    int value = 0;
    for (int i = 0; i < n; ++i) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        value = value * 10 + (p[i] - '0');
    }
    return value;
}

} // namespace

sqlite3 *sqliteHandle(QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Result<SqliteStatement> SqliteStatement::prepare(QSqlDatabase &db, const QString &sql,
                                                 const QString &what)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return Error::storage(QStringLiteral("%1 failed: the connection is not SQLite.").arg(what));
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(handle, utf8.constData(), int(utf8.size()), 0, &statement, nullptr) !=
        SQLITE_OK) {
        sqlite3_finalize(statement);
        return sqliteError(handle, what);
    }
    return SqliteStatement(handle, statement, what);
}

SqliteStatement::SqliteStatement(sqlite3 *db, sqlite3_stmt *statement, QString what)
    : m_db(db), m_statement(statement), m_what(std::move(what))
{}

SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept
    : m_db(other.m_db), m_statement(std::exchange(other.m_statement, nullptr)),
      m_what(std::move(other.m_what)), m_failed(other.m_failed)
{}

SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_db = other.m_db;
        m_statement = std::exchange(other.m_statement, nullptr);
        m_what = std::move(other.m_what);
        m_failed = other.m_failed;
    }
    return *this;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int position, qint64 value)
{
    sqlite3_bind_int64(m_statement, position, value);
}

bool SqliteStatement::next()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    m_failed = rc != SQLITE_DONE;
    return false;
}

Error SqliteStatement::error() const
{
    return sqliteError(m_db, m_what);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QByteArrayView SqliteStatement::bytes(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_statement, column))
                : QByteArrayView();
}

QString SqliteStatement::text(int column) const
{
    const QByteArrayView utf8 = bytes(column);
    return utf8.isEmpty() ? QString(QLatin1String("")) : QString::fromUtf8(utf8);
}

QDate SqliteStatement::date(int column) const
{
    const QByteArrayView iso = bytes(column);
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-')
        return {};
    const int year = digits(iso.data(), 4);
    const int month = digits(iso.data() + 5, 2);
    const int day = digits(iso.data() + 8, 2);
    return year < 0 || month < 0 || day < 0 ? QDate() : QDate(year, month, day);
}

} // namespace helios

#include "core/store/sqlite_statement.h"

#include "core/store/database.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#ifdef HELIOS_SQLITE_C_API
#include <sqlite3.h>
#else
#include <QSqlQuery>
#endif

#include <utility>

namespace helios {

namespace {

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

#ifdef HELIOS_SQLITE_C_API

struct SqliteStatement::Cursor
{
    sqlite3 *db = nullptr;
    sqlite3_stmt *statement = nullptr;
    QString what;
    ~Cursor() { sqlite3_finalize(statement); }

    static Error errorOf(sqlite3 *db, const QString &what)
    {
        const int code = db ? sqlite3_errcode(db) : SQLITE_MISUSE;
        const QString text =
            db ? QString::fromUtf8(sqlite3_errmsg(db)) : QStringLiteral("no SQLite handle");
        // Through describeSqlError, so damaged files read the same as elsewhere in the store.
        return Error::storage(
            describeSqlError(what, QSqlError(QString(), text, QSqlError::StatementError,
                                             QString::number(code & 0xff))));
    }
    Error error() const { return errorOf(db, what); }
    void bind(int position, qint64 value) { sqlite3_bind_int64(statement, position, value); }
    void bind(int position, const QString &value)
    {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(statement, position, utf8.constData(), int(utf8.size()),
                          SQLITE_TRANSIENT);
    }
    // SQLITE_ROW: true; SQLITE_DONE: false, *failed false; else false, *failed true.
    bool step(bool *failed)
    {
        const int rc = sqlite3_step(statement);
        *failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
        return rc == SQLITE_ROW;
    }
    bool isNull(int c) const { return sqlite3_column_type(statement, c) == SQLITE_NULL; }
    qint64 int64(int c) const { return sqlite3_column_int64(statement, c); }
    double real(int c) const { return sqlite3_column_double(statement, c); }
    QByteArrayView bytes(int c) const
    {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, c));
        return text ? QByteArrayView(text, sqlite3_column_bytes(statement, c)) : QByteArrayView();
    }
};

Result<SqliteStatement> SqliteStatement::prepare(QSqlDatabase &db, const QString &sql,
                                                 const QString &what)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return Error::storage(
            QCoreApplication::translate("helios", "%1 failed: the connection is not SQLite.")
                .arg(what));
    auto cursor = std::make_unique<Cursor>();
    cursor->db = *static_cast<sqlite3 *const *>(handle.constData());
    cursor->what = what;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(cursor->db, utf8.constData(), int(utf8.size()), 0, &cursor->statement,
                           nullptr) != SQLITE_OK)
        return cursor->error();
    return SqliteStatement(std::move(cursor));
}

#else // QSqlQuery underneath: Qt's driver has its own SQLite, whose handle we must not touch.

struct SqliteStatement::Cursor
{
    QSqlQuery query;
    QString what;
    bool executed = false;
    mutable QByteArray lastBytes;

    explicit Cursor(QSqlDatabase &db) : query(db) {}
    Error error() const { return Error::storage(describeSqlError(what, query.lastError())); }
    void bind(int position, qint64 value) { query.bindValue(position - 1, value); }
    void bind(int position, const QString &value) { query.bindValue(position - 1, value); }
    bool step(bool *failed)
    {
        if (!executed) {
            executed = true;
            if (!query.exec()) {
                *failed = true;
                return false;
            }
        }
        const bool row = query.next();
        *failed = !row && query.lastError().isValid();
        return row;
    }
    bool isNull(int c) const { return query.isNull(c); }
    qint64 int64(int c) const { return query.value(c).toLongLong(); }
    double real(int c) const { return query.value(c).toDouble(); }
    QByteArrayView bytes(int c) const
    {
        lastBytes = query.value(c).toString().toUtf8();
        return lastBytes;
    }
};

Result<SqliteStatement> SqliteStatement::prepare(QSqlDatabase &db, const QString &sql,
                                                 const QString &what)
{
    auto cursor = std::make_unique<Cursor>(db);
    cursor->what = what;
    cursor->query.setForwardOnly(true);
    if (!cursor->query.prepare(sql))
        return cursor->error();
    return SqliteStatement(std::move(cursor));
}

#endif

SqliteStatement::SqliteStatement(std::unique_ptr<Cursor> cursor) : m_cursor(std::move(cursor)) {}
SqliteStatement::SqliteStatement(SqliteStatement &&other) noexcept = default;
SqliteStatement &SqliteStatement::operator=(SqliteStatement &&other) noexcept = default;
SqliteStatement::~SqliteStatement() = default;

void SqliteStatement::bind(int position, qint64 value)
{
    m_cursor->bind(position, value);
}

void SqliteStatement::bind(int position, const QString &value)
{
    m_cursor->bind(position, value);
}

bool SqliteStatement::next()
{
    return m_cursor->step(&m_failed);
}

Error SqliteStatement::error() const
{
    return m_cursor->error();
}

bool SqliteStatement::isNull(int column) const
{
    return m_cursor->isNull(column);
}

qint64 SqliteStatement::int64(int column) const
{
    return m_cursor->int64(column);
}

double SqliteStatement::real(int column) const
{
    return m_cursor->real(column);
}

QByteArrayView SqliteStatement::bytes(int column) const
{
    return m_cursor->bytes(column);
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

QDateTime SqliteStatement::timestamp(int column) const
{
    const QByteArrayView iso = bytes(column);
    if (iso.size() == 24 && iso[4] == '-' && iso[7] == '-' && iso[10] == 'T' && iso[13] == ':' &&
        iso[16] == ':' && iso[19] == '.' && iso[23] == 'Z') {
        const char *p = iso.data();
        const QDate day(digits(p, 4), digits(p + 5, 2), digits(p + 8, 2));
        const QTime time(digits(p + 11, 2), digits(p + 14, 2), digits(p + 17, 2),
                         digits(p + 20, 3));
        if (day.isValid() && time.isValid())
            return QDateTime(day, time, Qt::UTC);
    }
    return QDateTime::fromString(QString::fromUtf8(iso), Qt::ISODateWithMs);
}

} // namespace helios

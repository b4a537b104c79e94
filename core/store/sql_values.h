#pragma once

// Small conversions between domain values and bound SQL values, and a scoped transaction, for
// the repositories of core/store.

#include "core/store/database.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace helios::sqlv {

// A date as ISO text, or NULL for an invalid date.
inline QVariant date(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate))
                       : QVariant(QMetaType::fromType<QString>());
}
inline QDate dateFrom(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}
inline QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}
inline QDateTime timestampFrom(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}
// Optional text columns are NOT NULL with '' for nothing; a null QString would bind as NULL.
inline QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
// A short list of words as a JSON array of strings ('' for none), and back; anything else reads
// as none.
inline QString stringListText(const QStringList &list)
{
    if (list.isEmpty())
        return QStringLiteral("");
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}
inline QStringList stringList(const QString &text)
{
    QStringList list;
    if (text.isEmpty())
        return list;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array()) {
        if (v.isString())
            list << v.toString();
    }
    return list;
}
inline Error queryError(const QString &what, const QSqlQuery &q)
{
    return Error::storage(describeSqlError(what, q.lastError()));
}

// Rolls back unless committed, so that an early return never leaves a half-written change.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase &db) : m_db(db), m_active(db.transaction()) {}
    ~Transaction()
    {
        if (m_active)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool active() const { return m_active; }
    bool commit()
    {
        m_active = !m_db.commit();
        return !m_active;
    }

private:
    QSqlDatabase &m_db;
    bool m_active;
};

// The same, but taking the write lock at once (BEGIN IMMEDIATE, waiting out another writer up to
// the busy timeout): for a write that first reads what it is about to change.
class ImmediateTransaction
{
public:
    explicit ImmediateTransaction(QSqlDatabase &db) : m_db(db)
    {
        QSqlQuery begin(m_db);
        m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!m_active)
            m_error = begin.lastError();
    }
    ~ImmediateTransaction()
    {
        if (m_active)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    }
    ImmediateTransaction(const ImmediateTransaction &) = delete;
    ImmediateTransaction &operator=(const ImmediateTransaction &) = delete;
    bool active() const { return m_active; }
    const QSqlError &error() const { return m_error; }
    bool commit()
    {
        QSqlQuery commit(m_db);
        if (!commit.exec(QStringLiteral("COMMIT"))) {
            m_error = commit.lastError();
            return false;
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase &m_db;
    bool m_active = false;
    QSqlError m_error;
};

} // namespace helios::sqlv

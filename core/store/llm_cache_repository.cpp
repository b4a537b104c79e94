#include "core/store/llm_cache_repository.h"

#include "core/store/database.h"
#include "core/store/sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <zlib.h>

namespace helios {

namespace {

QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

Error queryError(const QString &what, const QSqlQuery &q)
{
    return Error::storage(describeSqlError(what, q.lastError()));
}

QString cacheWhat()
{
    return QCoreApplication::translate("helios", "Using the LLM response cache");
}

} // namespace

QByteArray zlibCompress(const QByteArray &data)
{
    uLongf size = compressBound(static_cast<uLong>(data.size()));
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (compress2(reinterpret_cast<Bytef *>(out.data()), &size,
                  reinterpret_cast<const Bytef *>(data.constData()),
                  static_cast<uLong>(data.size()), Z_DEFAULT_COMPRESSION) != Z_OK)
        return {};
    out.truncate(static_cast<qsizetype>(size));
    return out;
}

std::optional<QByteArray> zlibDecompress(const QByteArray &data, qsizetype originalSize)
{
    if (originalSize < 0)
        return std::nullopt;
    QByteArray out(originalSize, Qt::Uninitialized);
    uLongf size = static_cast<uLongf>(originalSize);
    if (uncompress(reinterpret_cast<Bytef *>(out.data()), &size,
                   reinterpret_cast<const Bytef *>(data.constData()),
                   static_cast<uLong>(data.size())) != Z_OK ||
        size != static_cast<uLongf>(originalSize))
        return std::nullopt;
    return out;
}

LlmCacheRepository::LlmCacheRepository(QSqlDatabase db) : m_db(db) {} // QSqlDatabase has no move

Result<std::optional<LlmCacheRow>>
LlmCacheRepository::take(const QString &key, const QDateTime &now, const QDateTime &expiredBefore)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql::llmCacheFind);
    q.addBindValue(key);
    if (!q.exec())
        return queryError(cacheWhat(), q);
    if (!q.next())
        return std::optional<LlmCacheRow>();
    const QByteArray stored = q.value(0).toByteArray();
    const bool compressed = q.value(1).toBool();
    const qint64 size = q.value(2).toLongLong();
    const QDateTime createdAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    q.finish();

    std::optional<QByteArray> payload =
        compressed ? zlibDecompress(stored, size) : std::optional(stored);
    if (!createdAt.isValid() || createdAt < expiredBefore || !payload) {
        // Expired, or damaged: either way it is a miss and goes.
        QSqlQuery del(m_db);
        del.prepare(sql::llmCacheDelete);
        del.addBindValue(key);
        if (!del.exec())
            return queryError(cacheWhat(), del);
        return std::optional<LlmCacheRow>();
    }

    QSqlQuery touchQuery(m_db);
    touchQuery.prepare(sql::llmCacheTouch);
    touchQuery.addBindValue(timestamp(now));
    touchQuery.addBindValue(key);
    if (!touchQuery.exec())
        return queryError(cacheWhat(), touchQuery);
    return std::optional<LlmCacheRow>(LlmCacheRow{std::move(*payload), createdAt});
}

Status LlmCacheRepository::put(const QString &key, const QByteArray &payload, const QDateTime &now,
                               int maxEntries)
{
    QByteArray stored = payload;
    bool compressed = false;
    if (payload.size() >= kCompressThreshold) {
        QByteArray packed = zlibCompress(payload);
        if (!packed.isEmpty() && packed.size() < payload.size()) {
            stored = std::move(packed);
            compressed = true;
        }
    }
    QSqlQuery q(m_db);
    q.prepare(sql::llmCacheUpsert);
    q.addBindValue(key);
    q.addBindValue(stored);
    q.addBindValue(compressed ? 1 : 0);
    q.addBindValue(static_cast<qint64>(payload.size()));
    q.addBindValue(timestamp(now));
    q.addBindValue(timestamp(now));
    if (!q.exec())
        return queryError(cacheWhat(), q);
    if (maxEntries > 0) {
        Result<int> evicted = evictBeyond(maxEntries);
        if (!evicted)
            return evicted.error();
    }
    return Ok{};
}

Status LlmCacheRepository::touch(const QList<std::pair<QString, QDateTime>> &used)
{
    if (used.isEmpty())
        return Ok{};
    const bool inTransaction = m_db.transaction();
    QSqlQuery q(m_db);
    q.prepare(sql::llmCacheTouch);
    for (const auto &[key, when] : used) {
        q.bindValue(0, timestamp(when));
        q.bindValue(1, key);
        if (!q.exec()) {
            Error error = queryError(cacheWhat(), q);
            if (inTransaction)
                m_db.rollback();
            return error;
        }
    }
    if (inTransaction && !m_db.commit())
        return Error::storage(describeSqlError(cacheWhat(), m_db.lastError()));
    return Ok{};
}

Result<int> LlmCacheRepository::removeCreatedBefore(const QDateTime &cutoff)
{
    QSqlQuery q(m_db);
    q.prepare(sql::llmCacheDeleteCreatedBefore);
    q.addBindValue(timestamp(cutoff));
    if (!q.exec())
        return queryError(cacheWhat(), q);
    return q.numRowsAffected();
}

Result<int> LlmCacheRepository::evictBeyond(int maxEntries)
{
    QSqlQuery q(m_db);
    q.prepare(sql::llmCacheEvictBeyond);
    q.addBindValue(maxEntries);
    if (!q.exec())
        return queryError(cacheWhat(), q);
    return q.numRowsAffected();
}

Status LlmCacheRepository::clear()
{
    QSqlQuery q(m_db);
    if (!q.exec(sql::llmCacheClear))
        return queryError(cacheWhat(), q);
    return Ok{};
}

Result<LlmCacheUsage> LlmCacheRepository::usage()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(sql::llmCacheUsage) || !q.next())
        return queryError(cacheWhat(), q);
    return LlmCacheUsage{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong()};
}

} // namespace helios

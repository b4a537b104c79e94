#include "core/store/llm_call_repository.h"

#include "core/store/database.h"
#include "core/store/sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>
#include <vector>

namespace helios {

namespace {

QString timestamp(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

QString callLogWhat()
{
    return QCoreApplication::translate("helios", "Using the LLM call log");
}

Error queryError(const QSqlQuery &q)
{
    return Error::storage(describeSqlError(callLogWhat(), q.lastError()));
}

} // namespace

LlmCallRepository::LlmCallRepository(QSqlDatabase db) : m_db(db) {} // QSqlDatabase has no move

Status LlmCallRepository::append(const LlmCallRecord &record)
{
    QSqlQuery q(m_db);
    q.prepare(sql::insertLlmCall);
    q.addBindValue(timestamp(record.calledAt));
    q.addBindValue(record.provider.isNull() ? QStringLiteral("") : record.provider);
    q.addBindValue(record.model.isNull() ? QStringLiteral("") : record.model);
    q.addBindValue(record.status.isNull() ? QStringLiteral("") : record.status);
    q.addBindValue(record.latencyMs);
    q.addBindValue(record.ttftMs < 0 ? QVariant(QMetaType::fromType<double>())
                                     : QVariant(record.ttftMs));
    q.addBindValue(record.tokensIn);
    q.addBindValue(record.tokensOut);
    q.addBindValue(record.cached ? 1 : 0);
    if (!q.exec())
        return queryError(q);
    return Ok{};
}

Result<LlmCallSummary> LlmCallRepository::summary(const QDateTime &from, const QDateTime &to)
{
    LlmCallSummary summary;
    qint64 cached = 0;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(sql::llmCallTotals);
        q.addBindValue(timestamp(from));
        q.addBindValue(timestamp(to));
        if (!q.exec())
            return queryError(q);
        while (q.next()) {
            const qint64 count = q.value(1).toLongLong();
            summary.byStatus.insert(q.value(0).toString(), count);
            summary.calls += count;
            summary.tokensIn += q.value(2).toLongLong();
            summary.tokensOut += q.value(3).toLongLong();
            cached += q.value(4).toLongLong();
        }
    }
    std::vector<double> latencies;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true); // one double per row in memory, not the rows
        q.prepare(sql::llmCallLatencies);
        q.addBindValue(timestamp(from));
        q.addBindValue(timestamp(to));
        if (!q.exec())
            return queryError(q);
        while (q.next())
            latencies.push_back(q.value(0).toDouble());
    }
    summary.p50LatencyMs = percentile(latencies, 50);
    summary.p95LatencyMs = percentile(latencies, 95);
    summary.cacheHitShare = summary.calls > 0 ? double(cached) / double(summary.calls) : 0;
    return summary;
}

Result<QList<LlmCallRecord>> LlmCallRepository::recent(int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql::recentLlmCalls);
    q.addBindValue(std::max(0, limit));
    if (!q.exec())
        return queryError(q);
    QList<LlmCallRecord> records;
    while (q.next()) {
        LlmCallRecord r;
        r.calledAt = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        r.provider = q.value(1).toString();
        r.model = q.value(2).toString();
        r.status = q.value(3).toString();
        r.latencyMs = q.value(4).toDouble();
        r.ttftMs = q.value(5).isNull() ? -1 : q.value(5).toDouble();
        r.tokensIn = q.value(6).toLongLong();
        r.tokensOut = q.value(7).toLongLong();
        r.cached = q.value(8).toBool();
        records.append(r);
    }
    return records;
}

} // namespace helios

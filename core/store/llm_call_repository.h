#pragma once

#include "core/domain/llm_call.h"
#include "core/domain/result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace helios {

// The llm_calls table on one connection (a store worker thread's).
class LlmCallRepository
{
public:
    explicit LlmCallRepository(QSqlDatabase db);

    Status append(const LlmCallRecord &record);
    // Calls with from <= calledAt < to.
    Result<LlmCallSummary> summary(const QDateTime &from, const QDateTime &to);
    // The newest calls first.
    Result<QList<LlmCallRecord>> recent(int limit);

private:
    QSqlDatabase m_db;
};

} // namespace helios

#pragma once

#include "core/domain/llm_call.h"
#include "core/domain/result.h"

#include <QDateTime>
#include <QList>

#include <qcoro/qcorotask.h>

namespace helios {

// Reads of the LLM call log, for the performance dashboard and `helios-cli llm stats` (see
// PlanQueries for what every storage interface promises).
class LlmCallQueries
{
public:
    virtual ~LlmCallQueries() = default;

    // The calls with from <= calledAt < to, summed up.
    virtual QCoro::Task<Result<LlmCallSummary>> callSummary(QDateTime from, QDateTime to) = 0;
    // The newest calls first (by calledAt, then in the order they were logged), at most limit.
    virtual QCoro::Task<Result<QList<LlmCallRecord>>> recentCalls(int limit) = 0;
};

} // namespace helios

#pragma once

#include "core/domain/llm_call.h"
#include "core/domain/result.h"

#include <qcoro/qcorotask.h>

namespace helios {

// Where finished LLM calls are logged (core/llm's CallRecorder writes here; see PlanQueries for
// what every storage interface promises).
class LlmCallWrites
{
public:
    virtual ~LlmCallWrites() = default;

    // Times are kept to the millisecond; a null provider, model or status is kept as empty.
    virtual QCoro::Task<Status> appendCall(LlmCallRecord record) = 0;
};

} // namespace helios

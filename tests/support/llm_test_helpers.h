#pragma once

// Helpers the LLM provider and client tests share: a small request, call options with short
// timeouts, one chat through a provider, and the error text of a result for QVERIFY2.

#include "core/domain/result.h"
#include "core/llm/chat.h"
#include "core/llm/provider.h"

#include <QString>
#include <QStringList>

#include <qcoro/qcorotask.h>

namespace helios::test {

// A one-message request.
inline llm::ChatRequest question(const QString &text = QStringLiteral("Plan my week"))
{
    llm::ChatRequest request;
    request.messages = {{QStringLiteral("user"), text}};
    return request;
}

// Short timeouts, so that a broken exchange fails the test in seconds, not minutes.
inline llm::CallOptions quickOptions(bool stream, qint64 deadlineMs,
                                     int maxRetries = llm::CallOptions{}.maxRetries)
{
    llm::CallOptions options;
    options.stream = stream;
    options.connectTimeoutMs = 2000;
    options.firstByteTimeoutMs = 3000;
    options.idleTimeoutMs = 3000;
    options.deadlineMs = deadlineMs;
    options.maxRetries = maxRetries;
    return options;
}

// One chat through provider with quick options; streamed pieces go to pieces when given.
inline Result<llm::ChatAnswer> chatOnce(llm::Provider &provider, const llm::ChatRequest &request,
                                        bool stream, QStringList *pieces = nullptr,
                                        llm::AttemptInfo *info = nullptr)
{
    auto sink = [pieces](const QString &piece) {
        if (pieces)
            pieces->append(piece);
    };
    return QCoro::waitFor(
        provider.chat(request, quickOptions(stream, 5000), sink, llm::CancelToken(), info));
}

// The error message of a failed result, empty for a good one (for QVERIFY2's message).
template <typename T> QString messageOf(const Result<T> &result)
{
    return result.ok() ? QString() : result.error().message;
}

} // namespace helios::test

#pragma once

#include "core/llm/chat.h"

#include <QByteArray>
#include <QJsonValue>

namespace helios::llm {

// The response cache's key: the SHA-256 (64 lower-case hex digits) of the canonical JSON of
// everything that changes what the model answers: provider kind, endpoint (normalised), model,
// messages (role and content), temperature, top_p, seed, token limit, stop sequences, JSON
// schema and its name, and the prompt template's version. Nothing else: not the API key, the
// timeouts or the stream flag (CallOptions), not ProviderConfig::useMaxCompletionTokens (only
// the parameter's name on the wire) or maxConcurrent, and not ChatRequest::contextTokens: for
// the same messages a larger context window does not change the answer (the history is fitted
// to the context before the request is built, so a smaller one shows up in the messages).
QByteArray cacheKey(const ProviderConfig &provider, const ChatRequest &request);

// The canonical JSON the key is hashed from (exposed for tests and debugging): objects with
// keys sorted by UTF-16 code unit, no whitespace, integers written as integers, other numbers
// in their shortest round-trip form, -0 as 0, NaN and infinities as null.
QByteArray canonicalJson(const QJsonValue &value);

} // namespace helios::llm

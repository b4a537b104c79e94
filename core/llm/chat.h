#pragma once

#include "core/llm/stream_decoder.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace helios::llm {

enum class ProviderKind { Offline, OpenAi, Ollama };

QString toString(ProviderKind kind); // "offline", "openai", "ollama"
std::optional<ProviderKind> providerKindFromString(QStringView text);

struct ChatMessage
{
    QString role; // "system", "user", "assistant"
    QString content;
    friend bool operator==(const ChatMessage &, const ChatMessage &) = default;
};

// How to reach a model. The API key is not here: it is looked up when a request is sent
// (keychain or environment) and never stored, logged or put on a command line.
struct ProviderConfig
{
    ProviderKind kind = ProviderKind::Offline;
    QUrl endpoint; // e.g. http://127.0.0.1:11434 or http://localhost:8080
    QString model;
    bool useMaxCompletionTokens = false; // OpenAI: send max_completion_tokens instead of max_tokens
    int maxConcurrent = 4;               // requests in flight to this provider
};

// Everything that decides what a model answers. The response cache's key is built from exactly
// these fields plus the provider's kind, endpoint and model (never the key, timeouts or stream
// flag).
struct ChatRequest
{
    QList<ChatMessage> messages;
    double temperature = 0.2;
    double topP = 1.0;
    std::optional<qint64> seed;
    int maxTokens = 2048;
    QStringList stop;
    QJsonObject jsonSchema;   // empty: free text; else the answer must match this JSON schema
    QString schemaName;       // name sent with the schema
    QString promptVersion;    // the prompt template's version
    int contextTokens = 8192; // the model's context (Ollama num_ctx; the token budget)
};

// Per call, not part of the cache key.
struct CallOptions
{
    bool stream = true;
    bool bypassCache = false; // "Regenerate" / --no-cache: ask the model, then store
    int connectTimeoutMs = 10'000;
    int firstByteTimeoutMs = 300'000; // cold model loads take minutes
    int idleTimeoutMs = 60'000;       // between chunks of a stream
    int deadlineMs = 600'000;         // overall, waiting for a slot included
    qint64 maxAnswerBytes = qint64(8) * 1024 * 1024;
    int maxRetries = 3;
};

// The outcome of a successful call.
struct ChatResult
{
    ChatAnswer answer;
    bool cached = false;       // served from the response cache
    bool sharedFlight = false; // joined an identical request already in flight
    double latencyMs = 0;
    double timeToFirstTokenMs = -1; // negative: not streamed or not measured
    int attempts = 1;
};

} // namespace helios::llm

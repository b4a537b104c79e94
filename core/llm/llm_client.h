#pragma once

#include "core/llm/provider.h"
#include "core/llm/retry_policy.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace helios::llm {

// What one model call did, for metrics and the llm_calls history (emitted once per real call;
// joiners of a shared flight do not emit).
struct CallRecord
{
    QString provider; // "openai", "ollama"
    QString model;
    QString status; // "ok", "error", "cancelled", "timeout"
    double latencyMs = 0;
    double timeToFirstTokenMs = -1;
    qint64 tokensIn = 0;
    qint64 tokensOut = 0;
    bool cached = false;
    int attempts = 0;
};

class ResponseCache;

namespace detail {
class ConcurrencyLimit;
struct Flight;
} // namespace detail

// A Provider with timeouts, retries, a concurrency limit, single-flight and a size cap.
//
// Ownership: the client owns the provider (a QObject child), which owns its
// QNetworkAccessManager. Coroutines hold a QPointer to the client and end with an error when it
// was destroyed while they waited. GUI thread only; no nested event loops.
//
// Timeouts: connect (until QNetworkReply::requestSent or the first response byte), first byte,
// idle between chunks, and an overall deadline that covers waiting for a slot, every attempt and
// every backoff. A retry keeps its concurrency slot while it backs off.
//
// Single-flight: a call identical to one in flight (same requestKey) waits for that one and gets
// its result with sharedFlight = true; streamed pieces go only to the first caller's onPiece, a
// joiner sees the whole answer at the end. A joiner's own cancel or deadline ends only its wait.
// If the first caller is cancelled, its joiners get the Cancelled error too.
//
// Response cache (optional, setResponseCache): a call first looks for the answer there (unless
// CallOptions::bypassCache) and a complete answer from the model is stored (also when bypassing,
// so "Regenerate" refreshes the entry). A hit reaches onPiece as one piece, costs no tokens and is
// reported by callFinished with cached = true. The flight is registered before the lookup, so an
// identical call during a slow disk lookup joins instead of asking the model a second time.
class LlmClient : public QObject
{
    Q_OBJECT

public:
    LlmClient(std::unique_ptr<Provider> provider, QObject *parent = nullptr,
              RetryPolicy retryPolicy = RetryPolicy());
    ~LlmClient() override;

    Provider *provider() const { return m_provider; }

    // cache (may be null: no caching) must outlive the client.
    void setResponseCache(ResponseCache *cache) { m_cache = cache; }
    ResponseCache *responseCache() const { return m_cache; }

    QCoro::Task<Result<ChatResult>> chat(ChatRequest request, CallOptions options,
                                         Provider::PieceSink onPiece = {},
                                         CancelToken cancel = CancelToken());

    // SHA-256 hex of the canonical JSON of the request and the provider's kind, endpoint and
    // model; the response cache uses the same key (cacheKey()).
    static QByteArray requestKey(const ProviderConfig &config, const ChatRequest &request);

    int callsInFlight() const { return static_cast<int>(m_flights.size()); }

Q_SIGNALS:
    void callFinished(const helios::llm::CallRecord &record);

private:
    QCoro::Task<Result<ChatResult>> runCall(ChatRequest request, CallOptions options,
                                            Provider::PieceSink onPiece, CancelToken cancel,
                                            CallRecord *record);
    QCoro::Task<Result<ChatResult>> join(std::shared_ptr<detail::Flight> flight,
                                         CallOptions options, CancelToken cancel);

    Provider *m_provider; // child of this
    ResponseCache *m_cache = nullptr;
    RetryPolicy m_retry;
    std::shared_ptr<detail::ConcurrencyLimit> m_limit;
    QHash<QByteArray, std::shared_ptr<detail::Flight>> m_flights;
};

} // namespace helios::llm

Q_DECLARE_METATYPE(helios::llm::CallRecord)

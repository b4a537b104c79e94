#pragma once

#include "core/domain/result.h"
#include "core/llm/chat.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <qcoro/qcorotask.h>

#include <functional>
#include <map>
#include <memory>

namespace helios::llm {

// Shared cancel state: copies of a token see the same cancel. cancel() runs the registered
// callbacks (which abort the in-flight QNetworkReply, wake a waiting slot or backoff sleep).
// A cancel is Error::Kind::Cancelled and is never retried. GUI thread only.
class CancelToken
{
public:
    CancelToken() : m_state(std::make_shared<State>()) {}

    void cancel() const;
    bool isCancelled() const { return m_state->cancelled; }

    // Runs fn on cancel, at once when already cancelled. Returns an id for removeCallback().
    int onCancel(std::function<void()> fn) const;
    void removeCallback(int id) const;

private:
    struct State
    {
        bool cancelled = false;
        int nextId = 0;
        std::map<int, std::function<void()>> callbacks;
    };
    std::shared_ptr<State> m_state;
};

// Why the last attempt of a call failed, for the retry decision (see RetryPolicy).
struct AttemptInfo
{
    enum class Stop {
        None,
        Cancelled,
        ConnectTimeout,
        FirstByteTimeout,
        IdleTimeout,
        Deadline,
        TooLarge
    };

    int httpStatus = 0;            // 0: no HTTP response
    QByteArray retryAfter;         // the Retry-After header, as sent
    QByteArray errorBody;          // the body of an error response
    bool connectionFailed = false; // no response at all (refused, reset, connect timeout)
    bool contentStarted = false;   // a piece of the answer was delivered already
    Stop stop = Stop::None;
    double timeToFirstByteMs = -1;
};

// One model server, as one ProviderConfig describes it. Owns its QNetworkAccessManager (a heap
// child of this QObject). Every call runs on the GUI thread; coroutines hold a QPointer to the
// provider and end with an error when it was destroyed while they waited. One attempt per
// chat() call: retries, slots and single-flight are LlmClient's. The timeouts and the size cap in
// CallOptions apply to this one attempt (deadlineMs: what is left of the caller's deadline).
class Provider : public QObject
{
public:
    using PieceSink = std::function<void(const QString &)>;

    explicit Provider(ProviderConfig config, QObject *parent = nullptr)
        : QObject(parent), m_config(std::move(config))
    {}

    const ProviderConfig &config() const { return m_config; }

    // info, when given, must outlive the task; it tells LlmClient whether to retry.
    virtual QCoro::Task<Result<ChatAnswer>> chat(const ChatRequest &request,
                                                 const CallOptions &options, PieceSink onPiece,
                                                 CancelToken cancel,
                                                 AttemptInfo *info = nullptr) = 0;
    virtual QCoro::Task<Result<QStringList>> models() = 0;
    // A short description of the server ("Ollama 0.5.7", "3 models") when it answers.
    virtual QCoro::Task<Result<QString>> health() = 0;

protected:
    ProviderConfig m_config;
};

} // namespace helios::llm

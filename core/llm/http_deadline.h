#pragma once

// One HTTP exchange with hand-made timers (internal to core/llm): QNetworkRequest's transfer
// timeout is an inactivity timer only, so connect, first-byte, idle and overall deadlines and the
// size cap are QTimers here that abort the reply and say why.

#include "core/domain/error.h"
#include "core/llm/chat.h"
#include "core/llm/provider.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>

#include <qcoro/qcorotask.h>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace helios::llm::detail {

// Something a coroutine waits for, fired at most once. Owned by the waiting coroutine, so it is
// alive when the (queued) resumption arrives, whatever else was destroyed meanwhile.
class Wakeup : public QObject
{
    Q_OBJECT
public:
    void fire()
    {
        if (m_fired)
            return;
        m_fired = true;
        Q_EMIT fired();
    }
    bool isFired() const { return m_fired; }

Q_SIGNALS:
    void fired();

private:
    bool m_fired = false;
};

// Waits until wake fires (at once when it fired already).
QCoro::Task<> waitFor(std::shared_ptr<Wakeup> wake);

// Sleeps ms; false when cancel came first.
QCoro::Task<bool> sleepUnlessCancelled(qint64 ms, CancelToken cancel);

struct HttpLimits
{
    int connectTimeoutMs = 10'000;
    int firstByteTimeoutMs = 300'000;
    int idleTimeoutMs = 60'000;
    qint64 deadlineMs = 600'000; // <= 0: already past
    qint64 maxBytes = qint64(8) * 1024 * 1024;

    static HttpLimits from(const CallOptions &options);
};

struct HttpOutcome
{
    AttemptInfo::Stop stop = AttemptInfo::Stop::None;
    bool stoppedByConsumer = false;
    int status = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    QByteArray body; // the whole body, unless a 2xx body went to the chunk consumer
    QByteArray retryAfter;
    qint64 bytes = 0;
    double firstByteMs = -1;

    bool succeeded() const
    {
        return stop == AttemptInfo::Stop::None && !stoppedByConsumer && status >= 200 &&
               status < 300 && networkError == QNetworkReply::NoError;
    }
};

// Sends one request. A 2xx body goes chunk by chunk to onChunk when given (return false to stop
// the transfer); everything else is collected in HttpOutcome::body. verb: "GET" or "POST".
// The connect timeout ends at QNetworkReply::requestSent (the request is written, so the TCP
// connection is up) or at the first response byte, whichever comes first.
QCoro::Task<HttpOutcome> runHttp(QNetworkAccessManager *nam, QNetworkRequest request,
                                 QByteArray verb, QByteArray body, HttpLimits limits,
                                 CancelToken cancel,
                                 std::function<bool(QByteArrayView)> onChunk = {});

// The sentence for an outcome that did not succeed; serverMessage is the server's own message
// from an error body (may be empty).
Error outcomeError(const HttpOutcome &outcome, const HttpLimits &limits,
                   const QString &serverMessage);

// Copies what the retry decision needs.
void fillAttempt(AttemptInfo *info, const HttpOutcome &outcome);

Error providerError(QString message);

// A JSON POST/GET request to endpoint + path; never sets Accept-Encoding (Qt then asks for gzip
// and inflates the body itself).
QNetworkRequest jsonRequest(const QUrl &endpoint, const QString &path);

} // namespace helios::llm::detail

namespace helios::llm::detail {

// What a streamed answer said so far.
struct StreamState
{
    ChatAnswer answer;
    QString error; // the stream's own error, when it reported one
    bool done = false;
    bool contentStarted = false;
};

// Applies decoded events; false once the stream reported an error.
bool applyEvents(const QList<StreamEvent> &events, StreamState &state,
                 const std::function<void(const QString &)> &onPiece);

// The remaining time of a deadline that started at clock's start.
qint64 remainingMs(qint64 deadlineMs, qint64 elapsedMs);

} // namespace helios::llm::detail

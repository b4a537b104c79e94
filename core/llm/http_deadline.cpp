#include "core/llm/http_deadline.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QTimer>

#include <qcoro/qcorosignal.h>

namespace helios::llm {

void CancelToken::cancel() const
{
    if (m_state->cancelled)
        return;
    m_state->cancelled = true;
    auto callbacks = std::move(m_state->callbacks);
    m_state->callbacks.clear();
    for (auto &[id, fn] : callbacks)
        fn();
}

int CancelToken::onCancel(std::function<void()> fn) const
{
    if (m_state->cancelled) {
        fn();
        return -1;
    }
    const int id = m_state->nextId++;
    m_state->callbacks.emplace(id, std::move(fn));
    return id;
}

void CancelToken::removeCallback(int id) const
{
    m_state->callbacks.erase(id);
}

} // namespace helios::llm

namespace helios::llm::detail {

namespace {

QString seconds(qint64 ms)
{
    return QString::number(static_cast<double>(ms) / 1000.0, 'g', 4);
}

QString sentence(QString text)
{
    text = text.trimmed();
    static const QString ends = QStringLiteral(".!?。！？");
    if (!text.isEmpty() && !ends.contains(text.back()))
        text += QCoreApplication::translate("helios", ".", "the full stop that ends a sentence");
    return text;
}

// Removes a cancel callback when the exchange ends.
struct CancelRegistration
{
    CancelToken token;
    int id = -1;
    ~CancelRegistration() { token.removeCallback(id); }
};

} // namespace

Error providerError(QString message)
{
    return Error{Error::Kind::Provider, std::move(message)};
}

HttpLimits HttpLimits::from(const CallOptions &options)
{
    HttpLimits limits;
    limits.connectTimeoutMs = options.connectTimeoutMs;
    limits.firstByteTimeoutMs = options.firstByteTimeoutMs;
    limits.idleTimeoutMs = options.idleTimeoutMs;
    limits.deadlineMs = options.deadlineMs;
    limits.maxBytes = options.maxAnswerBytes;
    return limits;
}

QCoro::Task<> waitFor(std::shared_ptr<Wakeup> wake)
{
    if (wake->isFired())
        co_return;
    auto fired = qCoro(wake.get(), &Wakeup::fired);
    co_await fired;
}

QCoro::Task<bool> sleepUnlessCancelled(qint64 ms, CancelToken cancel)
{
    if (cancel.isCancelled())
        co_return false;
    auto wake = std::make_shared<Wakeup>();
    QTimer::singleShot(std::chrono::milliseconds(std::max<qint64>(0, ms)), wake.get(),
                       [w = wake.get()] { w->fire(); });
    CancelRegistration reg{cancel, cancel.onCancel([w = wake.get()] { w->fire(); })};
    auto waiting = waitFor(wake);
    co_await waiting;
    co_return !cancel.isCancelled();
}

namespace {

// The state of one exchange; its timers are its children and die with it.
class Exchange : public QObject
{
public:
    HttpOutcome out;
    HttpLimits limits;
    std::function<bool(QByteArrayView)> onChunk;
    QPointer<QNetworkReply> reply;
    std::shared_ptr<Wakeup> done = std::make_shared<Wakeup>();
    QElapsedTimer clock;
    QTimer connectTimer;
    QTimer firstByteTimer;
    QTimer idleTimer;
    QTimer deadlineTimer;
    bool firstByte = false;

    Exchange()
    {
        for (QTimer *t : {&connectTimer, &firstByteTimer, &idleTimer, &deadlineTimer}) {
            t->setParent(this);
            t->setSingleShot(true);
        }
    }
    ~Exchange() override
    {
        for (QTimer *t : {&connectTimer, &firstByteTimer, &idleTimer, &deadlineTimer})
            t->setParent(nullptr);
    }

    void stop(AttemptInfo::Stop why)
    {
        if (out.stop == AttemptInfo::Stop::None && !out.stoppedByConsumer)
            out.stop = why;
        if (reply && !reply->isFinished())
            reply->abort();
    }

    void connected() { connectTimer.stop(); }

    void gotFirstByte()
    {
        if (firstByte)
            return;
        firstByte = true;
        out.firstByteMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        connectTimer.stop();
        firstByteTimer.stop();
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.retryAfter = reply->rawHeader("Retry-After");
    }

    void read()
    {
        if (!reply)
            return;
        gotFirstByte();
        if (limits.idleTimeoutMs > 0)
            idleTimer.start(limits.idleTimeoutMs);
        const QByteArray data = reply->readAll();
        if (data.isEmpty() || out.stop != AttemptInfo::Stop::None || out.stoppedByConsumer)
            return;
        out.bytes += data.size();
        if (limits.maxBytes > 0 && out.bytes > limits.maxBytes) {
            stop(AttemptInfo::Stop::TooLarge);
            return;
        }
        const bool ok = out.status >= 200 && out.status < 300;
        if (ok && onChunk) {
            if (!onChunk(data)) {
                out.stoppedByConsumer = true;
                if (reply && !reply->isFinished())
                    reply->abort();
            }
        } else {
            out.body += data;
        }
    }

    void finished()
    {
        if (reply) {
            if (reply->bytesAvailable() > 0)
                read();
            if (!firstByte && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid())
                gotFirstByte();
            out.networkError = reply->error();
            out.networkErrorString = reply->errorString();
        }
        for (QTimer *t : {&connectTimer, &firstByteTimer, &idleTimer, &deadlineTimer})
            t->stop();
        done->fire();
    }
};

} // namespace

QCoro::Task<HttpOutcome> runHttp(QNetworkAccessManager *nam, QNetworkRequest request,
                                 QByteArray verb, QByteArray body, HttpLimits limits,
                                 CancelToken cancel, std::function<bool(QByteArrayView)> onChunk)
{
    auto ex = std::make_unique<Exchange>();
    ex->limits = limits;
    ex->onChunk = std::move(onChunk);
    if (cancel.isCancelled()) {
        ex->out.stop = AttemptInfo::Stop::Cancelled;
        co_return ex->out;
    }
    if (limits.deadlineMs <= 0) {
        ex->out.stop = AttemptInfo::Stop::Deadline;
        co_return ex->out;
    }
    ex->clock.start();
    QNetworkReply *reply =
        verb == "GET" ? nam->get(request) : nam->sendCustomRequest(request, verb, body);
    ex->reply = reply;
    Exchange *e = ex.get();
    QObject::connect(reply, &QNetworkReply::requestSent, e, [e] { e->connected(); });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, e, [e] { e->gotFirstByte(); });
    QObject::connect(reply, &QIODevice::readyRead, e, [e] { e->read(); });
    QObject::connect(reply, &QNetworkReply::finished, e, [e] { e->finished(); });
    QObject::connect(reply, &QObject::destroyed, e, [e] { e->done->fire(); });
    QObject::connect(&e->connectTimer, &QTimer::timeout, e,
                     [e] { e->stop(AttemptInfo::Stop::ConnectTimeout); });
    QObject::connect(&e->firstByteTimer, &QTimer::timeout, e,
                     [e] { e->stop(AttemptInfo::Stop::FirstByteTimeout); });
    QObject::connect(&e->idleTimer, &QTimer::timeout, e,
                     [e] { e->stop(AttemptInfo::Stop::IdleTimeout); });
    QObject::connect(&e->deadlineTimer, &QTimer::timeout, e,
                     [e] { e->stop(AttemptInfo::Stop::Deadline); });
    if (limits.connectTimeoutMs > 0)
        e->connectTimer.start(limits.connectTimeoutMs);
    if (limits.firstByteTimeoutMs > 0)
        e->firstByteTimer.start(limits.firstByteTimeoutMs);
    e->deadlineTimer.start(std::chrono::milliseconds(limits.deadlineMs));
    CancelRegistration reg{cancel, cancel.onCancel([e] { e->stop(AttemptInfo::Stop::Cancelled); })};

    auto waiting = waitFor(e->done);
    co_await waiting;

    if (ex->reply) {
        ex->reply->disconnect(e);
        ex->reply->deleteLater();
    } else if (ex->out.stop == AttemptInfo::Stop::None && ex->out.status == 0) {
        ex->out.networkError = QNetworkReply::OperationCanceledError;
        ex->out.networkErrorString =
            QCoreApplication::translate("helios", "the connection was closed");
    }
    co_return ex->out;
}

Error outcomeError(const HttpOutcome &outcome, const HttpLimits &limits,
                   const QString &serverMessage)
{
    using Stop = AttemptInfo::Stop;
    switch (outcome.stop) {
    case Stop::Cancelled:
        return Error::cancelled();
    case Stop::ConnectTimeout:
        return providerError(QCoreApplication::translate(
                                 "helios", "Could not connect to the model server within %1 s.")
                                 .arg(seconds(limits.connectTimeoutMs)));
    case Stop::FirstByteTimeout:
        return providerError(
            QCoreApplication::translate("helios", "The model server did not answer within %1 s.")
                .arg(seconds(limits.firstByteTimeoutMs)));
    case Stop::IdleTimeout:
        return providerError(
            QCoreApplication::translate(
                "helios", "The model server sent nothing for %1 s in the middle of its answer.")
                .arg(seconds(limits.idleTimeoutMs)));
    case Stop::Deadline:
        return providerError(QCoreApplication::translate(
            "helios", "The model call did not finish before its deadline."));
    case Stop::TooLarge:
        return providerError(QCoreApplication::translate(
                                 "helios",
                                 "The model's answer was larger than the limit of %1 bytes; the "
                                 "transfer was stopped.")
                                 .arg(limits.maxBytes));
    case Stop::None:
        break;
    }
    if (outcome.status >= 400 || (outcome.status > 0 && outcome.status < 200)) {
        QString message = serverMessage;
        if (message.isEmpty())
            message = QString::fromUtf8(outcome.body.left(200)).simplified();
        if (message.isEmpty())
            message = QCoreApplication::translate("helios", "no reason given");
        return providerError(
            QCoreApplication::translate("helios", "The model server answered %1: %2")
                .arg(outcome.status)
                .arg(sentence(message)));
    }
    if (!serverMessage.isEmpty())
        return providerError(
            QCoreApplication::translate("helios", "The model server reported an error: %1")
                .arg(sentence(serverMessage)));
    if (outcome.status >= 200 && outcome.status < 300 &&
        outcome.networkError != QNetworkReply::NoError)
        return providerError(QCoreApplication::translate(
            "helios", "The model server closed the connection in the middle of its answer."));
    return providerError(
        QCoreApplication::translate("helios", "Could not reach the model server: %1")
            .arg(sentence(outcome.networkErrorString)));
}

void fillAttempt(AttemptInfo *info, const HttpOutcome &outcome)
{
    if (!info)
        return;
    info->httpStatus = outcome.status;
    info->retryAfter = outcome.retryAfter;
    info->errorBody = outcome.status >= 300 ? outcome.body : QByteArray();
    info->stop = outcome.stop;
    info->timeToFirstByteMs = outcome.firstByteMs;
    info->connectionFailed = outcome.stop == AttemptInfo::Stop::ConnectTimeout ||
                             (outcome.stop == AttemptInfo::Stop::None && outcome.status == 0 &&
                              outcome.networkError != QNetworkReply::NoError);
}

QNetworkRequest jsonRequest(const QUrl &endpoint, const QString &path)
{
    QUrl url = endpoint;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json, text/event-stream, application/x-ndjson");
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return request;
}

} // namespace helios::llm::detail

namespace helios::llm::detail {

bool applyEvents(const QList<StreamEvent> &events, StreamState &state,
                 const std::function<void(const QString &)> &onPiece)
{
    for (const StreamEvent &event : events) {
        switch (event.kind) {
        case StreamEvent::Kind::Content:
            if (event.text.isEmpty())
                break;
            state.contentStarted = true;
            state.answer.content += event.text;
            if (onPiece)
                onPiece(event.text);
            break;
        case StreamEvent::Kind::Finished:
            state.answer.finishReason = event.text;
            break;
        case StreamEvent::Kind::Usage:
            state.answer.usage = event.usage;
            state.answer.hasUsage = true;
            break;
        case StreamEvent::Kind::Done:
            state.done = true;
            break;
        case StreamEvent::Kind::Error:
            state.error = event.text;
            return false;
        }
    }
    return true;
}

qint64 remainingMs(qint64 deadlineMs, qint64 elapsedMs)
{
    return deadlineMs - elapsedMs;
}

} // namespace helios::llm::detail

#include "core/llm/llm_client.h"

#include "core/llm/cache_key.h"
#include "core/llm/http_deadline.h"
#include "core/llm/response_cache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

namespace helios::llm {

using namespace detail;

namespace detail {

// A FIFO counting semaphore for coroutines: acquire() waits its turn; a waiter that gives up
// (deadline or cancel) leaves the queue without taking a slot.
class ConcurrencyLimit
{
public:
    explicit ConcurrencyLimit(int slots) : m_free(std::max(1, slots)) {}

    struct Waiter
    {
        std::shared_ptr<Wakeup> wake = std::make_shared<Wakeup>();
        bool granted = false;
        bool abandoned = false;
    };

    // True when a slot was taken; false when the deadline passed or cancel came first.
    static QCoro::Task<bool> acquire(std::shared_ptr<ConcurrencyLimit> self, qint64 timeoutMs,
                                     CancelToken cancel)
    {
        if (cancel.isCancelled())
            co_return false;
        if (self->m_free > 0 && self->m_queue.isEmpty()) {
            --self->m_free;
            co_return true;
        }
        auto waiter = std::make_shared<Waiter>();
        self->m_queue.append(waiter);
        Wakeup *w = waiter->wake.get();
        QTimer::singleShot(std::chrono::milliseconds(std::max<qint64>(0, timeoutMs)), w,
                           [w] { w->fire(); });
        const int id = cancel.onCancel([w] { w->fire(); });
        auto waiting = waitFor(waiter->wake);
        co_await waiting;
        cancel.removeCallback(id);
        if (waiter->granted)
            co_return true;
        waiter->abandoned = true;
        self->m_queue.removeOne(waiter);
        co_return false;
    }

    void release()
    {
        while (!m_queue.isEmpty()) {
            auto next = m_queue.takeFirst();
            if (next->abandoned || next->wake->isFired())
                continue;
            next->granted = true;
            next->wake->fire();
            return;
        }
        ++m_free;
    }

private:
    int m_free;
    QList<std::shared_ptr<Waiter>> m_queue;
};

struct Flight
{
    std::shared_ptr<Wakeup> done = std::make_shared<Wakeup>();
    std::optional<Result<ChatResult>> result;
};

} // namespace detail

namespace {

struct SlotGuard
{
    std::shared_ptr<ConcurrencyLimit> limit;
    ~SlotGuard()
    {
        if (limit)
            limit->release();
    }
};

Error deadlineError()
{
    return providerError(QCoreApplication::translate(
        "helios", "The model call did not finish before its deadline."));
}

bool isTimeout(AttemptInfo::Stop stop)
{
    return stop == AttemptInfo::Stop::ConnectTimeout ||
           stop == AttemptInfo::Stop::FirstByteTimeout || stop == AttemptInfo::Stop::IdleTimeout ||
           stop == AttemptInfo::Stop::Deadline;
}

} // namespace

LlmClient::LlmClient(std::unique_ptr<Provider> provider, QObject *parent, RetryPolicy retryPolicy)
    : QObject(parent), m_provider(provider.release()), m_retry(std::move(retryPolicy)),
      m_limit(std::make_shared<ConcurrencyLimit>(m_provider->config().maxConcurrent))
{
    qRegisterMetaType<helios::llm::CallRecord>();
    m_provider->setParent(this);
}

LlmClient::~LlmClient() = default;

QByteArray LlmClient::requestKey(const ProviderConfig &config, const ChatRequest &request)
{
    return cacheKey(config, request);
}

QCoro::Task<Result<ChatResult>> LlmClient::chat(ChatRequest request, CallOptions options,
                                                Provider::PieceSink onPiece, CancelToken cancel)
{
    QPointer<LlmClient> self(this);
    const ProviderConfig config = m_provider->config();
    const QByteArray key = requestKey(config, request);
    // "Regenerate" wants a fresh answer, not the one an identical call is about to get.
    if (auto it = m_flights.constFind(key); it != m_flights.constEnd() && !options.bypassCache) {
        if (m_cache)
            m_cache->recordJoin();
        auto joining = join(it.value(), options, cancel);
        Result<ChatResult> joined = co_await joining;
        co_return joined;
    }
    auto flight = std::make_shared<Flight>();
    m_flights.insert(key, flight);

    CallRecord record;
    record.provider = toString(config.kind);
    record.model = config.model;
    QElapsedTimer clock;
    clock.start();

    std::optional<Result<ChatResult>> outcome;
    if (m_cache && !options.bypassCache) {
        auto lookup = m_cache->get(key);
        Result<std::optional<ChatAnswer>> hit = co_await lookup;
        // A failed lookup (database trouble) is a miss: the model still answers.
        if (self && hit.ok() && hit->has_value()) {
            ChatResult cached;
            cached.answer = std::move(**hit);
            cached.cached = true;
            cached.attempts = 0;
            cached.latencyMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
            if (onPiece && !cached.answer.content.isEmpty())
                onPiece(cached.answer.content);
            record.status = QStringLiteral("ok");
            record.cached = true;
            record.latencyMs = cached.latencyMs;
            outcome = std::move(cached);
        }
    }
    if (!outcome && self) {
        auto running = runCall(std::move(request), options, std::move(onPiece), cancel, &record);
        outcome = co_await running;
        if (self && m_cache && outcome->ok() && ResponseCache::isCacheable((*outcome)->answer)) {
            auto storing = m_cache->put(key, (*outcome)->answer);
            co_await storing; // a failed write only costs a later cache miss
        }
    }
    if (!outcome)
        outcome = Result<ChatResult>(
            providerError(QCoreApplication::translate("helios", "The model client was closed.")));

    Result<ChatResult> result = std::move(*outcome);
    flight->result = result;
    flight->done->fire();
    if (!self)
        co_return result;
    if (m_flights.value(key) == flight)
        m_flights.remove(key);
    Q_EMIT callFinished(record);
    co_return result;
}

QCoro::Task<Result<ChatResult>> LlmClient::join(std::shared_ptr<Flight> flight, CallOptions options,
                                                CancelToken cancel)
{
    QElapsedTimer clock;
    clock.start();
    auto wake = std::make_shared<Wakeup>();
    Wakeup *w = wake.get();
    QObject::connect(flight->done.get(), &Wakeup::fired, w, [w] { w->fire(); });
    if (flight->done->isFired())
        w->fire();
    QTimer::singleShot(std::chrono::milliseconds(std::max(0, options.deadlineMs)), w,
                       [w] { w->fire(); });
    const int id = cancel.onCancel([w] { w->fire(); });
    auto waiting = waitFor(wake);
    co_await waiting;
    cancel.removeCallback(id);
    if (flight->result) {
        Result<ChatResult> shared = *flight->result;
        if (shared.ok()) {
            shared->sharedFlight = true;
            shared->latencyMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        }
        co_return shared;
    }
    if (cancel.isCancelled())
        co_return Error::cancelled();
    co_return deadlineError();
}

QCoro::Task<Result<ChatResult>> LlmClient::runCall(ChatRequest request, CallOptions options,
                                                   Provider::PieceSink onPiece, CancelToken cancel,
                                                   CallRecord *record)
{
    QPointer<LlmClient> self(this);
    QElapsedTimer clock;
    clock.start();
    auto finish = [&](Result<ChatResult> result, AttemptInfo::Stop stop, int attempts) {
        record->latencyMs = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        record->attempts = attempts;
        if (result.ok()) {
            record->status = QStringLiteral("ok");
            record->timeToFirstTokenMs = result->timeToFirstTokenMs;
            record->tokensIn = result->answer.usage.promptTokens;
            record->tokensOut = result->answer.usage.completionTokens;
            result->latencyMs = record->latencyMs;
            result->attempts = attempts;
        } else if (result.error().kind == Error::Kind::Cancelled) {
            record->status = QStringLiteral("cancelled");
        } else {
            record->status = isTimeout(stop) ? QStringLiteral("timeout") : QStringLiteral("error");
        }
        return result;
    };

    std::shared_ptr<ConcurrencyLimit> limit = m_limit;
    auto acquiring = ConcurrencyLimit::acquire(limit, options.deadlineMs, cancel);
    const bool gotSlot = co_await acquiring;
    if (!gotSlot) {
        if (cancel.isCancelled())
            co_return finish(Error::cancelled(), AttemptInfo::Stop::Cancelled, 0);
        co_return finish(providerError(QCoreApplication::translate(
                             "helios", "No free slot for the model call before its deadline.")),
                         AttemptInfo::Stop::Deadline, 0);
    }
    SlotGuard slot{limit};

    double ttft = -1;
    auto sink = [&ttft, &clock, onPiece](const QString &piece) {
        if (ttft < 0)
            ttft = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        if (onPiece)
            onPiece(piece);
    };

    int attempts = 0;
    for (;;) {
        if (!self)
            co_return finish(providerError(QCoreApplication::translate(
                                 "helios", "The model client was closed.")),
                             AttemptInfo::Stop::None, attempts);
        ++attempts;
        CallOptions attemptOptions = options;
        attemptOptions.deadlineMs =
            static_cast<int>(remainingMs(options.deadlineMs, clock.elapsed()));
        AttemptInfo info;
        auto attempt = m_provider->chat(request, attemptOptions, sink, cancel, &info);
        Result<ChatAnswer> answer = co_await attempt;
        if (answer.ok()) {
            ChatResult result;
            result.answer = std::move(answer).value();
            result.timeToFirstTokenMs = ttft;
            co_return finish(result, AttemptInfo::Stop::None, attempts);
        }
        const Error error = answer.error();
        if (cancel.isCancelled() || error.kind == Error::Kind::Cancelled)
            co_return finish(Error::cancelled(), AttemptInfo::Stop::Cancelled, attempts);
        const bool retryable =
            !info.contentStarted && info.stop == AttemptInfo::Stop::None &&
            RetryPolicy::isRetryable(info.httpStatus, info.errorBody, info.connectionFailed);
        const bool connectRetry = info.stop == AttemptInfo::Stop::ConnectTimeout;
        if ((!retryable && !connectRetry) || attempts > options.maxRetries)
            co_return finish(error, info.stop, attempts);
        qint64 delay = m_retry.backoffMs(attempts - 1);
        if (const auto after = RetryPolicy::parseRetryAfter(info.retryAfter))
            delay = *after;
        if (delay >= remainingMs(options.deadlineMs, clock.elapsed()))
            co_return finish(error, info.stop, attempts);
        auto sleeping = sleepUnlessCancelled(delay, cancel);
        const bool slept = co_await sleeping;
        if (!slept)
            co_return finish(Error::cancelled(), AttemptInfo::Stop::Cancelled, attempts);
    }
}

} // namespace helios::llm

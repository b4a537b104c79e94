#pragma once

#include <QByteArrayView>
#include <QDateTime>

#include <functional>
#include <optional>

namespace helios::llm {

// When and how long to wait before trying a model call again; pure, no network.
class RetryPolicy
{
public:
    static constexpr qint64 BaseMs = 500;
    static constexpr qint64 CapMs = 30'000;
    static constexpr qint64 MaxRetryAfterMs = 60'000;

    // Uniform in [0, 1]; injectable for tests.
    using Random = std::function<double()>;

    explicit RetryPolicy(Random random = {}, qint64 baseMs = BaseMs, qint64 capMs = CapMs);

    // Full jitter: uniform in [0, min(cap, base * 2^retry)]; retry 0 is the first retry.
    qint64 backoffMs(int retry) const;

    // Retry-After as seconds or an HTTP-date, in ms from now, capped at MaxRetryAfterMs;
    // nullopt for garbage or a negative number. A date in the past gives 0.
    static std::optional<qint64>
    parseRetryAfter(QByteArrayView value, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Whether a failed attempt may be tried again: connection failures, 408, 409, 429 and 5xx,
    // but never an exhausted quota (OpenAI's insufficient_quota), 401/403 or another 4xx.
    static bool isRetryable(int httpStatus, QByteArrayView errorBody, bool connectionFailed);
    static bool isQuotaExhausted(QByteArrayView errorBody);

private:
    Random m_random;
    qint64 m_baseMs;
    qint64 m_capMs;
};

} // namespace helios::llm

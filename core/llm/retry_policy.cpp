#include "core/llm/retry_policy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace helios::llm {

RetryPolicy::RetryPolicy(Random random, qint64 baseMs, qint64 capMs)
    : m_random(std::move(random)), m_baseMs(baseMs), m_capMs(capMs)
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

qint64 RetryPolicy::backoffMs(int retry) const
{
    const int shift = std::clamp(retry, 0, 30);
    const qint64 bound = std::min<qint64>(m_capMs, m_baseMs << shift);
    const double r = std::clamp(m_random(), 0.0, 1.0);
    return std::llround(r * static_cast<double>(bound));
}

std::optional<qint64> RetryPolicy::parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const QByteArray text = value.toByteArray().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 secs = text.toLongLong(&isNumber);
    if (isNumber) {
        if (secs < 0)
            return std::nullopt;
        return std::min<qint64>(secs, MaxRetryAfterMs / 1000) * 1000;
    }
    // HTTP-date (IMF-fixdate): "Wed, 21 Oct 2015 07:28:00 GMT"
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(text),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    const qint64 ms = now.msecsTo(when);
    return std::clamp<qint64>(ms, 0, MaxRetryAfterMs);
}

bool RetryPolicy::isQuotaExhausted(QByteArrayView errorBody)
{
    const QJsonObject error = QJsonDocument::fromJson(errorBody.toByteArray())
                                  .object()
                                  .value(QLatin1String("error"))
                                  .toObject();
    return error.value(QLatin1String("code")).toString() == QLatin1String("insufficient_quota") ||
           error.value(QLatin1String("type")).toString() == QLatin1String("insufficient_quota");
}

bool RetryPolicy::isRetryable(int httpStatus, QByteArrayView errorBody, bool connectionFailed)
{
    if (connectionFailed)
        return true;
    if (isQuotaExhausted(errorBody))
        return false;
    return httpStatus == 408 || httpStatus == 409 || httpStatus == 429 ||
           (httpStatus >= 500 && httpStatus <= 599);
}

} // namespace helios::llm

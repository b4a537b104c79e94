#include "core/llm/http_exchange.h"

#include "core/llm/json_fields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace helios::llm::detail {

Error closedError()
{
    return providerError(
        QCoreApplication::translate("helios", "The model provider was closed during the call."));
}

HttpLimits probeLimits()
{
    HttpLimits limits;
    limits.connectTimeoutMs = 10'000;
    limits.firstByteTimeoutMs = 30'000;
    limits.idleTimeoutMs = 30'000;
    limits.deadlineMs = 60'000;
    return limits;
}

std::function<bool(QByteArrayView)> ChatStream::consumer(bool stream)
{
    if (!stream)
        return {};
    return
        [this](QByteArrayView chunk) { return applyEvents(decoder.feed(chunk), state, onPiece); };
}

void ChatStream::record(AttemptInfo *info, const HttpOutcome &out) const
{
    fillAttempt(info, out);
    if (info)
        info->contentStarted = state.contentStarted;
}

Result<ChatAnswer> ChatStream::streamedAnswer(const HttpOutcome &out, const HttpLimits &limits)
{
    if (!decoder.isFinished())
        applyEvents(decoder.finish(), state, onPiece);
    if (!state.error.isEmpty())
        return outcomeError(out, limits, state.error);
    return state.answer;
}

Error ChatStream::failure(const HttpOutcome &out, const HttpLimits &limits) const
{
    const QString message = !state.error.isEmpty() ? state.error : errorMessageIn(out.body);
    return outcomeError(out, limits, message);
}

QCoro::Task<Result<QByteArray>> probe(QPointer<QObject> owner, QNetworkAccessManager *nam,
                                      QNetworkRequest request)
{
    const HttpLimits limits = probeLimits();
    auto exchange = runHttp(nam, std::move(request), "GET", {}, limits, CancelToken());
    const HttpOutcome out = co_await exchange;
    if (!owner)
        co_return closedError();
    if (!out.succeeded())
        co_return outcomeError(out, limits, errorMessageIn(out.body));
    co_return out.body;
}

Result<QStringList> modelNamesIn(const QByteArray &body, QLatin1String listKey,
                                 QLatin1String nameKey)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject() || !doc.object().value(listKey).isArray())
        return providerError(QCoreApplication::translate(
            "helios", "The model server's list of models could not be read."));
    QStringList names;
    const QJsonArray list = doc.object().value(listKey).toArray();
    for (const QJsonValue &entry : list) {
        const QString name = entry.toObject().value(nameKey).toString();
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

} // namespace helios::llm::detail

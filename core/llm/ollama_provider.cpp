#include "core/llm/ollama_provider.h"

#include "core/llm/http_deadline.h"
#include "core/llm/ollama_stream_decoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>

namespace helios::llm {

using namespace detail;

namespace {

Error closedError()
{
    return providerError(QStringLiteral("The model provider was closed during the call."));
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

} // namespace

OllamaProvider::OllamaProvider(ProviderConfig config, QObject *parent)
    : Provider(std::move(config), parent), m_network(m_config.maxConcurrent, this)
{}

QByteArray OllamaProvider::chatBody(const ChatRequest &request, bool stream) const
{
    QJsonArray messages;
    for (const ChatMessage &m : request.messages)
        messages.append(
            QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), m.content}});
    QJsonObject options{{QStringLiteral("temperature"), request.temperature},
                        {QStringLiteral("top_p"), request.topP},
                        {QStringLiteral("num_ctx"), request.contextTokens},
                        {QStringLiteral("num_predict"), request.maxTokens}};
    if (request.seed)
        options.insert(QStringLiteral("seed"), static_cast<double>(*request.seed));
    if (!request.stop.isEmpty())
        options.insert(QStringLiteral("stop"), QJsonArray::fromStringList(request.stop));
    QJsonObject body{{QStringLiteral("model"), m_config.model},
                     {QStringLiteral("messages"), messages},
                     {QStringLiteral("stream"), stream},
                     {QStringLiteral("options"), options}};
    if (!request.jsonSchema.isEmpty())
        body.insert(QStringLiteral("format"), request.jsonSchema);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QCoro::Task<Result<ChatAnswer>> OllamaProvider::chat(const ChatRequest &request,
                                                     const CallOptions &options, PieceSink onPiece,
                                                     CancelToken cancel, AttemptInfo *info)
{
    QPointer<OllamaProvider> self(this);
    const CallOptions opts = options;
    const HttpLimits limits = HttpLimits::from(opts);
    StreamState state;
    OllamaStreamDecoder decoder;
    std::function<bool(QByteArrayView)> consumer;
    if (opts.stream)
        consumer = [&](QByteArrayView chunk) {
            return applyEvents(decoder.feed(chunk), state, onPiece);
        };
    auto exchange =
        runHttp(m_network.next(), jsonRequest(m_config.endpoint, QStringLiteral("/api/chat")),
                "POST", chatBody(request, opts.stream), limits, cancel, consumer);
    const HttpOutcome out = co_await exchange;
    if (!self)
        co_return closedError();
    fillAttempt(info, out);
    if (info)
        info->contentStarted = state.contentStarted;
    if (out.succeeded()) {
        if (!opts.stream) {
            Result<ChatAnswer> answer = OllamaStreamDecoder::parseAnswer(out.body);
            if (!answer)
                co_return outcomeError(out, limits, answer.error().message);
            co_return answer;
        }
        if (!decoder.isFinished())
            applyEvents(decoder.finish(), state, onPiece);
        if (!state.error.isEmpty())
            co_return outcomeError(out, limits, state.error);
        co_return state.answer;
    }
    const QString message =
        !state.error.isEmpty() ? state.error : OllamaStreamDecoder::errorMessage(out.body);
    co_return outcomeError(out, limits, message);
}

QCoro::Task<Result<QStringList>> OllamaProvider::models()
{
    QPointer<OllamaProvider> self(this);
    const HttpLimits limits = probeLimits();
    auto exchange =
        runHttp(m_network.next(), jsonRequest(m_config.endpoint, QStringLiteral("/api/tags")),
                "GET", {}, limits, CancelToken());
    const HttpOutcome out = co_await exchange;
    if (!self)
        co_return closedError();
    if (!out.succeeded())
        co_return outcomeError(out, limits, OllamaStreamDecoder::errorMessage(out.body));
    const QJsonDocument doc = QJsonDocument::fromJson(out.body);
    if (!doc.isObject() || !doc.object().value(QLatin1String("models")).isArray())
        co_return providerError(
            QStringLiteral("The model server's list of models could not be read."));
    QStringList names;
    const QJsonArray list = doc.object().value(QLatin1String("models")).toArray();
    for (const QJsonValue &entry : list) {
        const QString name = entry.toObject().value(QLatin1String("name")).toString();
        if (!name.isEmpty())
            names.append(name);
    }
    co_return names;
}

QCoro::Task<Result<QString>> OllamaProvider::health()
{
    QPointer<OllamaProvider> self(this);
    const HttpLimits limits = probeLimits();
    auto exchange =
        runHttp(m_network.next(), jsonRequest(m_config.endpoint, QStringLiteral("/api/version")),
                "GET", {}, limits, CancelToken());
    const HttpOutcome out = co_await exchange;
    if (!self)
        co_return closedError();
    if (!out.succeeded())
        co_return outcomeError(out, limits, OllamaStreamDecoder::errorMessage(out.body));
    const QString version =
        QJsonDocument::fromJson(out.body).object().value(QLatin1String("version")).toString();
    if (version.isEmpty())
        co_return providerError(QStringLiteral("The model server did not say its version."));
    co_return QStringLiteral("Ollama %1").arg(version);
}

} // namespace helios::llm

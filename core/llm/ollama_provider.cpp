#include "core/llm/ollama_provider.h"

#include "core/llm/http_exchange.h"
#include "core/llm/ollama_stream_decoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>

namespace helios::llm {

using namespace detail;

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
    OllamaStreamDecoder decoder;
    ChatStream stream{decoder, {}, onPiece};
    auto exchange = runHttp(
        m_network.next(), jsonRequest(m_config.endpoint, QStringLiteral("/api/chat")), "POST",
        chatBody(request, opts.stream), limits, cancel, stream.consumer(opts.stream));
    const HttpOutcome out = co_await exchange;
    if (!self)
        co_return closedError();
    stream.record(info, out);
    if (!out.succeeded())
        co_return stream.failure(out, limits);
    if (opts.stream)
        co_return stream.streamedAnswer(out, limits);
    Result<ChatAnswer> answer = OllamaStreamDecoder::parseAnswer(out.body);
    if (!answer)
        co_return outcomeError(out, limits, answer.error().message);
    co_return answer;
}

QCoro::Task<Result<QStringList>> OllamaProvider::models()
{
    auto exchange =
        probe(this, m_network.next(), jsonRequest(m_config.endpoint, QStringLiteral("/api/tags")));
    const Result<QByteArray> body = co_await exchange;
    if (!body)
        co_return body.error();
    co_return modelNamesIn(*body, QLatin1String("models"), QLatin1String("name"));
}

QCoro::Task<Result<QString>> OllamaProvider::health()
{
    auto exchange = probe(this, m_network.next(),
                          jsonRequest(m_config.endpoint, QStringLiteral("/api/version")));
    const Result<QByteArray> body = co_await exchange;
    if (!body)
        co_return body.error();
    const QString version =
        QJsonDocument::fromJson(*body).object().value(QLatin1String("version")).toString();
    if (version.isEmpty())
        co_return providerError(
            QCoreApplication::translate("helios", "The model server did not say its version."));
    co_return QStringLiteral("Ollama %1").arg(version);
}

} // namespace helios::llm

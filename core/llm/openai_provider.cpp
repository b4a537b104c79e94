#include "core/llm/openai_provider.h"

#include "core/llm/http_deadline.h"
#include "core/llm/openai_stream_decoder.h"

#include <QElapsedTimer>
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

bool rejectsResponseFormat(const HttpOutcome &out)
{
    if (out.status != 400)
        return false;
    const QString message =
        OpenAiStreamDecoder::errorMessage(out.body) + QString::fromUtf8(out.body);
    return message.contains(QLatin1String("response_format"), Qt::CaseInsensitive) ||
           message.contains(QLatin1String("json_schema"), Qt::CaseInsensitive) ||
           message.contains(QLatin1String("json_object"), Qt::CaseInsensitive);
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

OpenAiProvider::OpenAiProvider(ProviderConfig config, std::function<QString()> apiKey,
                               QObject *parent)
    : Provider(std::move(config), parent), m_network(m_config.maxConcurrent, this),
      m_apiKey(std::move(apiKey))
{}

QNetworkRequest OpenAiProvider::request(const QString &path) const
{
    QNetworkRequest req = jsonRequest(m_config.endpoint, path);
    const QString key = m_apiKey ? m_apiKey() : QString();
    if (!key.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    return req;
}

QByteArray OpenAiProvider::chatBody(const ChatRequest &request, bool stream, SchemaMode mode) const
{
    const bool schema = !request.jsonSchema.isEmpty();
    QJsonArray messages;
    bool instructed = false;
    const QString instruction =
        QStringLiteral("Answer with JSON only, matching this schema: %1")
            .arg(QString::fromUtf8(
                QJsonDocument(request.jsonSchema).toJson(QJsonDocument::Compact)));
    const bool addInstruction = schema && mode == SchemaMode::Instructions;
    for (const ChatMessage &m : request.messages) {
        QString content = m.content;
        if (addInstruction && !instructed && m.role == QLatin1String("system")) {
            content += QStringLiteral("\n\n") + instruction;
            instructed = true;
        }
        messages.append(
            QJsonObject{{QStringLiteral("role"), m.role}, {QStringLiteral("content"), content}});
    }
    if (addInstruction && !instructed)
        messages.prepend(QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                     {QStringLiteral("content"), instruction}});

    QJsonObject body{{QStringLiteral("model"), m_config.model},
                     {QStringLiteral("messages"), messages},
                     {QStringLiteral("stream"), stream},
                     {QStringLiteral("temperature"), request.temperature},
                     {QStringLiteral("top_p"), request.topP}};
    body.insert(m_config.useMaxCompletionTokens ? QStringLiteral("max_completion_tokens")
                                                : QStringLiteral("max_tokens"),
                request.maxTokens);
    if (request.seed)
        body.insert(QStringLiteral("seed"), static_cast<double>(*request.seed));
    if (!request.stop.isEmpty())
        body.insert(QStringLiteral("stop"), QJsonArray::fromStringList(request.stop));
    if (stream)
        body.insert(QStringLiteral("stream_options"),
                    QJsonObject{{QStringLiteral("include_usage"), true}});
    if (schema && mode == SchemaMode::JsonSchema) {
        const QString name =
            request.schemaName.isEmpty() ? QStringLiteral("answer") : request.schemaName;
        body.insert(QStringLiteral("response_format"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("json_schema")},
                                {QStringLiteral("json_schema"),
                                 QJsonObject{{QStringLiteral("name"), name},
                                             {QStringLiteral("schema"), request.jsonSchema},
                                             {QStringLiteral("strict"), true}}}});
    } else if (schema && mode == SchemaMode::JsonObject) {
        body.insert(QStringLiteral("response_format"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("json_object")}});
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QCoro::Task<Result<ChatAnswer>> OpenAiProvider::chat(const ChatRequest &request,
                                                     const CallOptions &options, PieceSink onPiece,
                                                     CancelToken cancel, AttemptInfo *info)
{
    QPointer<OpenAiProvider> self(this);
    const ChatRequest req = request; // the caller's objects may not outlive the first suspension
    const CallOptions opts = options;
    const bool schema = !req.jsonSchema.isEmpty();
    SchemaMode mode = m_schemaMode;
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        HttpLimits limits = HttpLimits::from(opts);
        limits.deadlineMs = remainingMs(opts.deadlineMs, clock.elapsed());
        StreamState state;
        OpenAiStreamDecoder decoder;
        std::function<bool(QByteArrayView)> consumer;
        if (opts.stream)
            consumer = [&](QByteArrayView chunk) {
                return applyEvents(decoder.feed(chunk), state, onPiece);
            };
        auto exchange =
            runHttp(m_network.next(), this->request(QStringLiteral("/v1/chat/completions")), "POST",
                    chatBody(req, opts.stream, mode), limits, cancel, consumer);
        const HttpOutcome out = co_await exchange;
        if (!self)
            co_return closedError();
        fillAttempt(info, out);
        if (info)
            info->contentStarted = state.contentStarted;

        if (out.succeeded()) {
            if (schema)
                m_schemaMode = mode;
            if (!opts.stream) {
                Result<ChatAnswer> answer = OpenAiStreamDecoder::parseAnswer(out.body);
                if (!answer)
                    co_return providerError(answer.error().message);
                co_return answer;
            }
            if (!decoder.isFinished())
                applyEvents(decoder.finish(), state, onPiece);
            if (!state.error.isEmpty())
                co_return outcomeError(out, limits, state.error);
            co_return state.answer;
        }
        if (schema && mode != SchemaMode::Instructions && rejectsResponseFormat(out)) {
            mode =
                mode == SchemaMode::JsonSchema ? SchemaMode::JsonObject : SchemaMode::Instructions;
            continue;
        }
        const QString message =
            !state.error.isEmpty() ? state.error : OpenAiStreamDecoder::errorMessage(out.body);
        co_return outcomeError(out, limits, message);
    }
}

QCoro::Task<Result<QStringList>> OpenAiProvider::models()
{
    QPointer<OpenAiProvider> self(this);
    const HttpLimits limits = probeLimits();
    auto exchange = runHttp(m_network.next(), request(QStringLiteral("/v1/models")), "GET", {},
                            limits, CancelToken());
    const HttpOutcome out = co_await exchange;
    if (!self)
        co_return closedError();
    if (!out.succeeded())
        co_return outcomeError(out, limits, OpenAiStreamDecoder::errorMessage(out.body));
    const QJsonDocument doc = QJsonDocument::fromJson(out.body);
    if (!doc.isObject() || !doc.object().value(QLatin1String("data")).isArray())
        co_return providerError(
            QStringLiteral("The model server's list of models could not be read."));
    QStringList names;
    const QJsonArray data = doc.object().value(QLatin1String("data")).toArray();
    for (const QJsonValue &entry : data) {
        const QString id = entry.toObject().value(QLatin1String("id")).toString();
        if (!id.isEmpty())
            names.append(id);
    }
    co_return names;
}

QCoro::Task<Result<QString>> OpenAiProvider::health()
{
    auto listing = models();
    const Result<QStringList> names = co_await listing;
    if (!names)
        co_return names.error();
    co_return QStringLiteral("%1 models").arg(names->size());
}

} // namespace helios::llm

#include "core/llm/openai_provider.h"

#include "core/llm/http_exchange.h"
#include "core/llm/openai_stream_decoder.h"
#include "core/log/secret_scrubber.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>

namespace helios::llm {

using namespace detail;

namespace {

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

// The key in use removed from what leaves the provider, whatever the server sent back.
template <typename T> Result<T> scrubbed(Result<T> result, const log::SecretScrubber &scrubber)
{
    if (!result)
        return Error{result.error().kind, scrubber.scrub(result.error().message)};
    return result;
}

} // namespace

log::SecretScrubber OpenAiProvider::scrubber() const
{
    const QString key = m_apiKey ? m_apiKey() : QString();
    // Every log line of the process is scrubbed of it too.
    log::rememberSecret(key);
    return log::SecretScrubber(key);
}

OpenAiProvider::OpenAiProvider(ProviderConfig config, std::function<QString()> apiKey,
                               QObject *parent)
    : Provider(std::move(config), parent), m_network(m_config.maxConcurrent, this),
      m_apiKey(std::move(apiKey))
{}

QNetworkRequest OpenAiProvider::request(const QString &path) const
{
    // OpenAI-compatible servers document their base URL either as http://host:port or with the
    // API version, http://host:port/v1 (the form OpenAI's own clients take): both work.
    QString endpointPath = m_config.endpoint.path();
    while (endpointPath.endsWith(QLatin1Char('/')))
        endpointPath.chop(1);
    const QLatin1String version("/v1");
    const bool versioned = endpointPath.endsWith(version) && path.startsWith(version + u'/');
    QNetworkRequest req =
        jsonRequest(m_config.endpoint, versioned ? path.mid(version.size()) : path);
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
    const log::SecretScrubber secret = scrubber();
    // Pieces reach the caller only once no key can still be completed by what follows.
    auto pieces = std::make_shared<log::ScrubbingStream>(
        secret, onPiece ? onPiece : PieceSink([](const QString &) {}));
    const bool schema = !req.jsonSchema.isEmpty();
    SchemaMode mode = m_schemaMode;
    QElapsedTimer clock;
    clock.start();
    for (;;) {
        HttpLimits limits = HttpLimits::from(opts);
        limits.deadlineMs = remainingMs(opts.deadlineMs, clock.elapsed());
        OpenAiStreamDecoder decoder;
        ChatStream stream{decoder, {}, [pieces](const QString &piece) { pieces->piece(piece); }};
        auto exchange =
            runHttp(m_network.next(), this->request(QStringLiteral("/v1/chat/completions")), "POST",
                    chatBody(req, opts.stream, mode), limits, cancel, stream.consumer(opts.stream));
        const HttpOutcome out = co_await exchange;
        if (!self)
            co_return closedError();
        stream.record(info, out);
        if (info)
            info->errorBody = secret.scrub(info->errorBody);

        if (out.succeeded()) {
            if (schema)
                m_schemaMode = mode;
            Result<ChatAnswer> answer = opts.stream ? stream.streamedAnswer(out, limits)
                                                    : OpenAiStreamDecoder::parseAnswer(out.body);
            pieces->finish();
            if (!answer)
                co_return Error{opts.stream ? answer.error().kind : Error::Kind::Provider,
                                secret.scrub(answer.error().message)};
            answer->content = secret.scrub(answer->content);
            co_return answer;
        }
        if (schema && mode != SchemaMode::Instructions && rejectsResponseFormat(out)) {
            mode =
                mode == SchemaMode::JsonSchema ? SchemaMode::JsonObject : SchemaMode::Instructions;
            continue;
        }
        pieces->finish();
        co_return scrubbed(Result<ChatAnswer>(stream.failure(out, limits)), secret);
    }
}

QCoro::Task<Result<QStringList>> OpenAiProvider::models()
{
    const log::SecretScrubber secret = scrubber();
    auto exchange = probe(this, m_network.next(), request(QStringLiteral("/v1/models")));
    const Result<QByteArray> body = co_await exchange;
    if (!body)
        co_return scrubbed(Result<QStringList>(body.error()), secret);
    Result<QStringList> names = modelNamesIn(*body, QLatin1String("data"), QLatin1String("id"));
    if (names) {
        for (QString &name : *names)
            name = secret.scrub(name);
    }
    co_return scrubbed(std::move(names), secret);
}

QCoro::Task<Result<QString>> OpenAiProvider::health()
{
    auto listing = models();
    const Result<QStringList> names = co_await listing;
    if (!names)
        co_return names.error();
    // Two sentences rather than "%n model(s)": the CLI installs no translator and still reads well.
    if (names->size() == 1)
        co_return QCoreApplication::translate("helios", "1 model");
    co_return QCoreApplication::translate("helios", "%1 models").arg(names->size());
}

} // namespace helios::llm

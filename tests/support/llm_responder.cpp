#include "tests/support/llm_responder.h"

#include "tests/support/gzip.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace helios::test {

namespace {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

enum class Dialect { OpenAi, Ollama };

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QByteArray httpChunk(QByteArrayView bytes)
{
    return QByteArray::number(bytes.size(), 16) + "\r\n" + bytes.toByteArray() + "\r\n";
}

QByteArray errorBody(Dialect dialect, int status, const QString &message)
{
    if (dialect == Dialect::Ollama)
        return compact({{QStringLiteral("error"), message}});
    QString type =
        status >= 500 ? QStringLiteral("server_error") : QStringLiteral("invalid_request_error");
    QJsonValue code = QJsonValue::Null;
    if (status == 401)
        code = QStringLiteral("invalid_api_key");
    if (status == 429) {
        type = QStringLiteral("requests");
        code = QStringLiteral("rate_limit_exceeded");
    }
    return compact(
        {{QStringLiteral("error"), QJsonObject{{QStringLiteral("message"), message},
                                               {QStringLiteral("type"), type},
                                               {QStringLiteral("param"), QJsonValue::Null},
                                               {QStringLiteral("code"), code}}}});
}

// What one chat request asked for and what the answer is made of.
struct Chat
{
    Dialect dialect = Dialect::OpenAi;
    QString model;
    bool stream = false;
    bool includeUsage = false;
    qint64 promptTokens = 0;
    QString content;
    QStringList pieces;
};

QString filler(qint64 bytes)
{
    static const QByteArray text = "Helios test filler text. ";
    QByteArray out;
    out.reserve(bytes);
    while (out.size() < bytes)
        out.append(text.left(bytes - out.size()));
    return QString::fromLatin1(out);
}

// Word-sized pieces as a model would stream them: split after spaces, long runs (Chinese has no
// spaces) in pieces of a few characters, never inside a surrogate pair.
// Cut by index, not built a character at a time (which was slow under the asan preset).
QStringList splitContent(const QString &content, qsizetype maxPiece)
{
    QStringList pieces;
    qsizetype start = 0;
    for (qsizetype i = 0; i < content.size(); ++i) {
        const QChar c = content.at(i);
        if (!c.isHighSurrogate() && (c == QLatin1Char(' ') || i - start + 1 >= maxPiece)) {
            pieces << content.mid(start, i - start + 1);
            start = i + 1;
        }
    }
    if (start < content.size())
        pieces << content.mid(start);
    return pieces;
}

// A generated filler answer in pieces of `size` characters: megabytes split at every space
// would be a million pieces, whose making alone outlasts a client's timeout under the asan preset.
QStringList slices(const QString &content, qsizetype size)
{
    QStringList pieces;
    for (qsizetype at = 0; at < content.size(); at += size)
        pieces << content.mid(at, size);
    return pieces;
}

qint64 countWords(const QJsonObject &request)
{
    qint64 words = 0;
    const QJsonArray messages = request.value(QLatin1String("messages")).toArray();
    for (const auto &m : messages)
        words += m.toObject()
                     .value(QLatin1String("content"))
                     .toString()
                     .split(QLatin1Char(' '), Qt::SkipEmptyParts)
                     .size();
    return std::max<qint64>(words, 1);
}

class Builder
{
public:
    Builder(const RecordedRequest &request, const ScriptedReply &reply, int serial)
        : m_request(request), m_reply(reply), m_serial(serial)
    {}

    // A whole body in one go (Content-Length, or chunked when the reply says so).
    HttpResponse plain(int status, const QByteArray &contentType, QByteArray body)
    {
        Headers headers{{"Content-Type", contentType}};
        const bool gzip = m_reply.gzip && !body.isEmpty() &&
                          m_request.header("Accept-Encoding").toLower().contains("gzip");
        if (gzip) {
            body = gzipCompress(body);
            headers.emplaceBack("Content-Encoding", "gzip");
        }
        HttpResponse response = start(status, headers, m_reply.chunked);
        if (!m_reply.chunked) {
            response.pieces.append({std::move(body), 0});
            return response;
        }
        // Two chunks at least, so a client sees a chunked body really come in parts.
        const qsizetype step =
            std::max<qsizetype>(1, std::min<qsizetype>(body.size() / 2 + 1, qsizetype{64} * 1024));
        for (qsizetype at = 0; at < body.size(); at += step)
            response.pieces.append(
                {httpChunk(QByteArrayView(body).sliced(at, std::min(step, body.size() - at))),
                 at == 0 ? 0 : m_reply.chunkDelayMs});
        response.pieces.append({"0\r\n\r\n", 0});
        return response;
    }

    // A chunked stream: each event its own HTTP chunk, chunkDelayMs apart.
    HttpResponse stream(const QByteArray &contentType, const QList<QByteArray> &events)
    {
        HttpResponse response =
            start(200, {{"Content-Type", contentType}, {"Cache-Control", "no-cache"}}, true);
        for (const QByteArray &event : events)
            response.pieces.append({httpChunk(event), m_reply.chunkDelayMs});
        response.pieces.append({"0\r\n\r\n", 0});
        return response;
    }

    HttpResponse chat(const Chat &chat)
    {
        if (!m_reply.rawChunks.isEmpty())
            return stream(streamType(chat.dialect), m_reply.rawChunks);
        if (!m_reply.rawBody.isEmpty())
            return plain(m_reply.status, "application/json", m_reply.rawBody);
        if (m_reply.status >= 400 || m_reply.echoKey ||
            (!m_reply.errorMessage.isEmpty() && !chat.stream))
            return error(chat.dialect);
        if (chat.stream)
            return stream(streamType(chat.dialect),
                          chat.dialect == Dialect::OpenAi ? openAiEvents(chat) : ollamaLines(chat));
        return plain(m_reply.status, "application/json",
                     chat.dialect == Dialect::OpenAi ? openAiAnswer(chat) : ollamaAnswer(chat));
    }

    HttpResponse error(Dialect dialect)
    {
        const int status = m_reply.status;
        QString message = m_reply.errorMessage;
        if (m_reply.echoKey) {
            QByteArray key = m_request.header("Authorization");
            if (key.startsWith("Bearer "))
                key = key.mid(7);
            message = QStringLiteral("Incorrect API key provided: %1. You can find your API key "
                                     "in your account settings.")
                          .arg(QString::fromUtf8(key));
        }
        if (message.isEmpty())
            message = QString::fromLatin1(reasonPhrase(status));
        return plain(status, "application/json", errorBody(dialect, status, message));
    }

    // A generated answer for a non-chat path, unless the reply scripts something else.
    HttpResponse other(Dialect dialect, const QByteArray &body)
    {
        if (!m_reply.rawBody.isEmpty())
            return plain(m_reply.status, "application/json", m_reply.rawBody);
        if (m_reply.status >= 400 || m_reply.echoKey || !m_reply.errorMessage.isEmpty())
            return error(dialect);
        return plain(m_reply.status, "application/json; charset=utf-8", body);
    }

private:
    static QByteArray streamType(Dialect dialect)
    {
        return dialect == Dialect::OpenAi ? "text/event-stream; charset=utf-8"
                                          : "application/x-ndjson";
    }

    HttpResponse start(int status, Headers headers, bool chunked)
    {
        headers.append(chunked ? std::pair<QByteArray, QByteArray>{"Transfer-Encoding", "chunked"}
                               : std::pair<QByteArray, QByteArray>{"Content-Length", {}});
        headers.emplaceBack("Connection", m_reply.closeConnection ? "close" : "keep-alive");
        headers.emplaceBack("Server", "helios-test-llm");
        for (const auto &[name, value] : m_reply.headers) {
            bool replaced = false;
            for (auto &header : headers) {
                if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
                    header.second = value;
                    replaced = true;
                }
            }
            if (!replaced)
                headers.emplaceBack(name, value);
        }
        HttpResponse response; // the head is ended by closeHead()
        response.cutAfterBytes = m_reply.cutAfterBytes;
        response.close = m_reply.closeConnection;
        QByteArray head =
            "HTTP/1.1 " + QByteArray::number(status) + " " + reasonPhrase(status) + "\r\n";
        for (const auto &[name, value] : headers) {
            if (name == "Content-Length" && value.isEmpty())
                continue; // filled in by finishHead
            head += name + ": " + value + "\r\n";
        }
        response.pieces.append({std::move(head), m_reply.delayMs});
        return response;
    }

    QJsonObject openAiChunk(const Chat &chat, const QJsonObject &delta, const QJsonValue &finish)
    {
        QJsonObject chunk = openAiHead(chat, "chat.completion.chunk");
        QJsonObject choice{{QStringLiteral("index"), 0},
                           {QStringLiteral("delta"), delta},
                           {QStringLiteral("logprobs"), QJsonValue::Null},
                           {QStringLiteral("finish_reason"), finish}};
        chunk.insert(QStringLiteral("choices"), QJsonArray{choice});
        if (chat.includeUsage)
            chunk.insert(QStringLiteral("usage"), QJsonValue::Null);
        return chunk;
    }

    QJsonObject openAiHead(const Chat &chat, const char *object) const
    {
        return {{QStringLiteral("id"), QStringLiteral("chatcmpl-test-%1").arg(m_serial)},
                {QStringLiteral("object"), QLatin1String(object)},
                {QStringLiteral("created"), QDateTime::currentSecsSinceEpoch()},
                {QStringLiteral("model"), chat.model},
                {QStringLiteral("system_fingerprint"), QJsonValue::Null}};
    }

    static QJsonObject openAiUsage(const Chat &chat)
    {
        const qint64 completion = chat.pieces.size();
        return {{QStringLiteral("prompt_tokens"), chat.promptTokens},
                {QStringLiteral("completion_tokens"), completion},
                {QStringLiteral("total_tokens"), chat.promptTokens + completion}};
    }

    QList<QByteArray> openAiEvents(const Chat &chat)
    {
        auto sse = [](const QJsonObject &o) { return "data: " + compact(o) + "\n\n"; };
        QList<QByteArray> events;
        QJsonObject first{{QStringLiteral("role"), QStringLiteral("assistant")}};
        if (m_reply.contentNullFirst)
            first.insert(QStringLiteral("content"), QJsonValue::Null);
        events << sse(openAiChunk(chat, first, QJsonValue::Null));
        for (qsizetype i = 0; i < chat.pieces.size(); ++i) {
            if (!m_reply.errorMessage.isEmpty() && i == m_reply.errorAfterPieces)
                break;
            events << sse(
                openAiChunk(chat, {{QStringLiteral("content"), chat.pieces[i]}}, QJsonValue::Null));
        }
        if (!m_reply.errorMessage.isEmpty()) {
            events << "data: " + errorBody(Dialect::OpenAi, 500, m_reply.errorMessage) + "\n\n";
            return events; // a server that fails mid-stream sends no [DONE]
        }
        events << sse(openAiChunk(chat, {}, m_reply.finishReason));
        if (chat.includeUsage) {
            QJsonObject last = openAiHead(chat, "chat.completion.chunk");
            last.insert(QStringLiteral("choices"), QJsonArray());
            last.insert(QStringLiteral("usage"), openAiUsage(chat));
            events << sse(last);
        }
        events << "data: [DONE]\n\n";
        return events;
    }

    QByteArray openAiAnswer(const Chat &chat)
    {
        QJsonObject answer = openAiHead(chat, "chat.completion");
        QJsonObject message{{QStringLiteral("role"), QStringLiteral("assistant")},
                            {QStringLiteral("content"), chat.content}};
        answer.insert(
            QStringLiteral("choices"),
            QJsonArray{QJsonObject{{QStringLiteral("index"), 0},
                                   {QStringLiteral("message"), message},
                                   {QStringLiteral("logprobs"), QJsonValue::Null},
                                   {QStringLiteral("finish_reason"), m_reply.finishReason}}});
        answer.insert(QStringLiteral("usage"), openAiUsage(chat));
        return compact(answer);
    }

    QJsonObject ollamaLine(const Chat &chat, const QString &content, bool done) const
    {
        QJsonObject line{{QStringLiteral("model"), chat.model},
                         {QStringLiteral("created_at"),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                         {QStringLiteral("message"),
                          QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                      {QStringLiteral("content"), content}}}};
        if (done) {
            line.insert(QStringLiteral("done_reason"), m_reply.finishReason);
            line.insert(QStringLiteral("total_duration"), 5191566416LL);
            line.insert(QStringLiteral("load_duration"), 2154458);
            line.insert(QStringLiteral("prompt_eval_count"), chat.promptTokens);
            line.insert(QStringLiteral("prompt_eval_duration"), 383809000);
            line.insert(QStringLiteral("eval_count"), chat.pieces.size());
            line.insert(QStringLiteral("eval_duration"), 4799921000LL);
        }
        line.insert(QStringLiteral("done"), done);
        return line;
    }

    QList<QByteArray> ollamaLines(const Chat &chat)
    {
        QList<QByteArray> lines;
        for (qsizetype i = 0; i < chat.pieces.size(); ++i) {
            if (!m_reply.errorMessage.isEmpty() && i == m_reply.errorAfterPieces)
                break;
            lines << compact(ollamaLine(chat, chat.pieces[i], false)) + "\n";
        }
        if (!m_reply.errorMessage.isEmpty())
            lines << errorBody(Dialect::Ollama, 500, m_reply.errorMessage) + "\n";
        else
            lines << compact(ollamaLine(chat, QString(), true)) + "\n";
        return lines;
    }

    QByteArray ollamaAnswer(const Chat &chat)
    {
        return compact(ollamaLine(chat, chat.content, true));
    }

    const RecordedRequest &m_request;
    const ScriptedReply &m_reply;
    int m_serial;
};

// Ends the head; a plain body gets its Content-Length now that it is known.
HttpResponse closeHead(HttpResponse response)
{
    if (response.pieces.isEmpty())
        return response;
    QByteArray &head = response.pieces[0].bytes;
    if (!head.endsWith("\r\n\r\n")) {
        if (!head.contains("\r\nTransfer-Encoding: chunked\r\n") &&
            !head.contains("\r\nContent-Length:")) {
            qint64 length = 0;
            for (qsizetype i = 1; i < response.pieces.size(); ++i)
                length += response.pieces[i].bytes.size();
            head += "Content-Length: " + QByteArray::number(length) + "\r\n";
        }
        head += "\r\n";
    }
    return response;
}

} // namespace

bool isChatPath(QByteArrayView path)
{
    return path == "/v1/chat/completions" || path == "/api/chat";
}

HttpResponse respond(const RecordedRequest &request, const ScriptedReply &reply,
                     const QStringList &models, int serial)
{
    const Dialect dialect = request.path.startsWith("/api/") ? Dialect::Ollama : Dialect::OpenAi;
    Builder builder(request, reply, serial);
    auto expect = [&](QByteArrayView method) { return request.method == method; };

    if (isChatPath(request.path)) {
        if (!expect("POST"))
            return closeHead(
                builder.plain(405, "application/json",
                              errorBody(dialect, 405, QStringLiteral("Method Not Allowed"))));
        const QJsonObject body = request.json();
        if (body.isEmpty() && reply.rawBody.isEmpty() && reply.rawChunks.isEmpty())
            return closeHead(builder.plain(
                400, "application/json",
                errorBody(dialect, 400, QStringLiteral("The request body is not a JSON object."))));
        Chat chat;
        chat.dialect = dialect;
        chat.model = body.value(QLatin1String("model")).toString(models.value(0));
        const QJsonValue stream = body.value(QLatin1String("stream"));
        // Ollama streams unless told not to; OpenAI only when asked.
        chat.stream = dialect == Dialect::Ollama ? stream.toBool(true) : stream.toBool(false);
        chat.includeUsage = body.value(QLatin1String("stream_options"))
                                .toObject()
                                .value(QLatin1String("include_usage"))
                                .toBool();
        chat.promptTokens = countWords(body);
        chat.content = reply.contentBytes > 0 ? filler(reply.contentBytes) : reply.content;
        constexpr qsizetype kPiece = qsizetype{16} * 1024;
        chat.pieces = !reply.pieces.isEmpty()       ? reply.pieces
                      : reply.contentBytes > kPiece ? slices(chat.content, kPiece)
                      : reply.contentBytes > 0      ? splitContent(chat.content, kPiece)
                                                    : splitContent(chat.content, 6);
        if (!reply.pieces.isEmpty() && reply.contentBytes <= 0)
            chat.content = reply.pieces.join(QString());
        return closeHead(builder.chat(chat));
    }

    QJsonObject generated;
    if (request.path == "/v1/models") {
        QJsonArray data;
        for (const QString &model : models)
            data.append(QJsonObject{{QStringLiteral("id"), model},
                                    {QStringLiteral("object"), QStringLiteral("model")},
                                    {QStringLiteral("created"), 1700000000},
                                    {QStringLiteral("owned_by"), QStringLiteral("helios-test")}});
        generated = {{QStringLiteral("object"), QStringLiteral("list")},
                     {QStringLiteral("data"), data}};
    } else if (request.path == "/api/tags") {
        QJsonArray list;
        for (const QString &model : models) {
            const QString name =
                model.contains(QLatin1Char(':')) ? model : model + QStringLiteral(":latest");
            list.append(QJsonObject{
                {QStringLiteral("name"), name},
                {QStringLiteral("model"), name},
                {QStringLiteral("modified_at"), QStringLiteral("2026-01-01T00:00:00Z")},
                {QStringLiteral("size"), 1000000},
                {QStringLiteral("digest"), QStringLiteral("0123456789abcdef")},
                {QStringLiteral("details"),
                 QJsonObject{{QStringLiteral("format"), QStringLiteral("gguf")},
                             {QStringLiteral("family"), QStringLiteral("test")},
                             {QStringLiteral("parameter_size"), QStringLiteral("1B")},
                             {QStringLiteral("quantization_level"), QStringLiteral("Q4_0")}}}});
        }
        generated = {{QStringLiteral("models"), list}};
    } else if (request.path == "/api/version") {
        generated = {{QStringLiteral("version"), QStringLiteral("0.5.7")}};
    } else {
        // Ollama answers unknown paths in plain text, OpenAI-compatible servers in JSON.
        if (dialect == Dialect::Ollama)
            return closeHead(builder.plain(404, "text/plain", "404 page not found"));
        return closeHead(builder.plain(404, "application/json",
                                       errorBody(dialect, 404,
                                                 QStringLiteral("Unknown request URL: %1 %2")
                                                     .arg(QString::fromUtf8(request.method),
                                                          QString::fromUtf8(request.path)))));
    }
    if (!expect("GET"))
        return closeHead(
            builder.plain(405, "application/json",
                          errorBody(dialect, 405, QStringLiteral("Method Not Allowed"))));
    return closeHead(builder.other(dialect, compact(generated)));
}

} // namespace helios::test

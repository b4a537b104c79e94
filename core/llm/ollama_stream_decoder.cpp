#include "core/llm/ollama_stream_decoder.h"

#include "core/llm/json_fields.h"

namespace helios::llm {

OllamaStreamDecoder::OllamaStreamDecoder(qsizetype maxLineBytes) : FramedStreamDecoder(maxLineBytes)
{}

void OllamaStreamDecoder::handle(const QByteArray &line, QList<StreamEvent> &out)
{
    const std::optional<QJsonObject> read = objectIn(line, QLatin1String("line"), out);
    if (!read)
        return;
    const QJsonObject &object = *read;
    const QJsonObject message = object.value(QLatin1String("message")).toObject();
    QString piece = detail::textIn(message.value(QLatin1String("content")));
    if (piece.isEmpty()) // /api/generate says "response" instead
        piece = object.value(QLatin1String("response")).toString();
    if (!piece.isEmpty())
        out.append(StreamEvent::content(std::move(piece)));

    if (!object.value(QLatin1String("done")).toBool())
        return;
    QString reason = object.value(QLatin1String("done_reason")).toString();
    out.append(StreamEvent::finished(reason.isEmpty() ? QStringLiteral("stop") : reason));
    const auto prompt = detail::integerIn(object.value(QLatin1String("prompt_eval_count")));
    const auto completion = detail::integerIn(object.value(QLatin1String("eval_count")));
    if (prompt || completion) {
        TokenUsage usage;
        usage.promptTokens = prompt.value_or(0);
        usage.completionTokens = completion.value_or(0);
        usage.totalTokens = usage.promptTokens + usage.completionTokens;
        out.append(StreamEvent::usageReport(usage));
    }
    markDone(out);
}

Result<ChatAnswer> OllamaStreamDecoder::parseAnswer(QByteArrayView body)
{
    OllamaStreamDecoder decoder;
    QList<StreamEvent> events = decoder.feed(body);
    events.append(decoder.finish());
    ChatAnswer answer;
    for (const StreamEvent &event : std::as_const(events)) {
        switch (event.kind) {
        case StreamEvent::Kind::Content:
            answer.content += event.text;
            break;
        case StreamEvent::Kind::Finished:
            answer.finishReason = event.text;
            break;
        case StreamEvent::Kind::Usage:
            answer.usage = event.usage;
            answer.hasUsage = true;
            break;
        case StreamEvent::Kind::Done:
            break;
        case StreamEvent::Kind::Error:
            return Error{Error::Kind::Provider, event.text};
        }
    }
    return answer;
}

QString OllamaStreamDecoder::errorMessage(QByteArrayView body)
{
    return detail::errorMessageIn(body);
}

} // namespace helios::llm

#include "core/llm/openai_stream_decoder.h"

#include "core/llm/json_fields.h"

#include <QJsonArray>

namespace helios::llm {

namespace {

Error providerError(QString message)
{
    return Error{Error::Kind::Provider, std::move(message)};
}

std::optional<TokenUsage> usageIn(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject u = value.toObject();
    TokenUsage usage;
    usage.promptTokens = detail::integerIn(u.value(QLatin1String("prompt_tokens"))).value_or(0);
    usage.completionTokens =
        detail::integerIn(u.value(QLatin1String("completion_tokens"))).value_or(0);
    usage.totalTokens = detail::integerIn(u.value(QLatin1String("total_tokens")))
                            .value_or(usage.promptTokens + usage.completionTokens);
    return usage;
}

// The first choice; servers asked for one answer send one, as index 0.
QJsonObject firstChoice(const QJsonObject &object)
{
    const QJsonArray choices = object.value(QLatin1String("choices")).toArray();
    return choices.isEmpty() ? QJsonObject() : choices.first().toObject();
}

} // namespace

OpenAiStreamDecoder::OpenAiStreamDecoder(qsizetype maxEventBytes) : m_sse(maxEventBytes) {}

QList<StreamEvent> OpenAiStreamDecoder::feed(QByteArrayView chunk)
{
    QList<StreamEvent> out;
    if (isFinished())
        return out;
    const QList<SseEvent> events = m_sse.feed(chunk);
    for (const SseEvent &event : events)
        handle(event, out);
    if (m_sse.hasError() && !isFinished())
        fail(out, m_sse.errorString());
    return out;
}

QList<StreamEvent> OpenAiStreamDecoder::finish()
{
    QList<StreamEvent> out;
    if (isFinished())
        return out;
    const QList<SseEvent> events = m_sse.finish();
    for (const SseEvent &event : events)
        handle(event, out);
    if (isFinished())
        return out;
    if (m_sse.hasError())
        fail(out, m_sse.errorString());
    else if (m_finishSeen)
        markDone(out); // some servers stop after the finish reason without [DONE]
    else
        fail(out, QStringLiteral("The stream ended before the answer was complete."));
    return out;
}

void OpenAiStreamDecoder::handle(const SseEvent &event, QList<StreamEvent> &out)
{
    if (isFinished())
        return;
    if (event.data.trimmed() == "[DONE]") {
        markDone(out);
        return;
    }
    const detail::ParsedObject parsed = detail::parseObject(event.data);
    if (!parsed.error.isEmpty()) {
        fail(out, QStringLiteral("The server sent a stream event that is not valid JSON: %1.")
                      .arg(parsed.error));
        return;
    }
    const QJsonObject &object = parsed.object;
    if (const auto error = detail::errorIn(object)) {
        fail(out, *error);
        return;
    }
    if (event.event == QLatin1String("error")) {
        fail(out, QStringLiteral("The server reported an error in the stream."));
        return;
    }

    const QJsonObject choice = firstChoice(object);
    const QJsonObject delta = choice.value(QLatin1String("delta")).toObject();
    // The first chunk often carries only the role, or "content": null; nothing to report then.
    if (QString piece = detail::textIn(delta.value(QLatin1String("content"))); !piece.isEmpty())
        out.append(StreamEvent::content(std::move(piece)));
    const QString reason = choice.value(QLatin1String("finish_reason")).toString();
    if (!reason.isEmpty()) {
        m_finishSeen = true;
        out.append(StreamEvent::finished(reason));
    }
    if (const auto usage = usageIn(object.value(QLatin1String("usage"))))
        out.append(StreamEvent::usageReport(*usage));
}

Result<ChatAnswer> OpenAiStreamDecoder::parseAnswer(QByteArrayView body)
{
    const detail::ParsedObject parsed = detail::parseObject(body);
    if (!parsed.error.isEmpty())
        return providerError(
            QStringLiteral("The server's answer is not valid JSON: %1.").arg(parsed.error));
    const QJsonObject &object = parsed.object;
    if (const auto error = detail::errorIn(object))
        return providerError(*error);
    const QJsonObject choice = firstChoice(object);
    const QJsonValue message = choice.value(QLatin1String("message"));
    if (!message.isObject())
        return providerError(QStringLiteral("The server's answer has no message."));
    ChatAnswer answer;
    answer.content = detail::textIn(message.toObject().value(QLatin1String("content")));
    answer.finishReason = choice.value(QLatin1String("finish_reason")).toString();
    if (const auto usage = usageIn(object.value(QLatin1String("usage")))) {
        answer.usage = *usage;
        answer.hasUsage = true;
    }
    return answer;
}

QString OpenAiStreamDecoder::errorMessage(QByteArrayView body)
{
    const detail::ParsedObject parsed = detail::parseObject(body);
    return parsed.error.isEmpty() ? detail::errorIn(parsed.object).value_or(QString()) : QString();
}

} // namespace helios::llm

#include "core/llm/openai_stream_decoder.h"

#include "core/llm/json_fields.h"

#include <QCoreApplication>
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

OpenAiStreamDecoder::OpenAiStreamDecoder(qsizetype maxEventBytes)
    : FramedStreamDecoder(maxEventBytes)
{}

void OpenAiStreamDecoder::endedEarly(QList<StreamEvent> &out)
{
    if (m_finishSeen)
        markDone(out);
    else
        FramedStreamDecoder::endedEarly(out);
}

void OpenAiStreamDecoder::handle(const SseEvent &event, QList<StreamEvent> &out)
{
    if (event.data.trimmed() == "[DONE]") {
        markDone(out);
        return;
    }
    const std::optional<QJsonObject> read = objectIn(event.data, QLatin1String("event"), out);
    if (!read)
        return;
    const QJsonObject &object = *read;
    if (event.event == QLatin1String("error")) {
        fail(out,
             QCoreApplication::translate("helios", "The server reported an error in the stream."));
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
            QCoreApplication::translate("helios", "The server's answer is not valid JSON: %1.")
                .arg(parsed.error));
    const QJsonObject &object = parsed.object;
    if (const auto error = detail::errorIn(object))
        return providerError(*error);
    const QJsonObject choice = firstChoice(object);
    const QJsonValue message = choice.value(QLatin1String("message"));
    if (!message.isObject())
        return providerError(
            QCoreApplication::translate("helios", "The server's answer has no message."));
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
    return detail::errorMessageIn(body);
}

} // namespace helios::llm

#include "core/llm/cache_key.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace helios::llm {

namespace {

// Bumped whenever the set or the spelling of the fields below changes, so that old rows become
// misses instead of answers to a different question.
constexpr int kKeyFormat = 1;

void writeString(QByteArray &out, const QString &text)
{
    out.append('"');
    const QByteArray utf8 = text.toUtf8();
    for (char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (u < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out.append("\\u00");
                out.append(hex[u >> 4]);
                out.append(hex[u & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
}

void writeNumber(QByteArray &out, double number)
{
    if (!std::isfinite(number)) {
        out.append("null");
        return;
    }
    if (number == 0) { // also -0
        out.append('0');
        return;
    }
    constexpr double kExactIntegers = 9007199254740992.0; // 2^53
    if (std::trunc(number) == number && std::fabs(number) < kExactIntegers) {
        out.append(QByteArray::number(static_cast<qint64>(number)));
        return;
    }
    out.append(QByteArray::number(number, 'g', QLocale::FloatingPointShortest));
}

void write(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double:
        // QJsonValue keeps integers it was given as qint64 exactly; toInteger() reads them back.
        if (value.toInteger(0) == value.toInteger(1))
            out.append(QByteArray::number(value.toInteger()));
        else
            writeNumber(out, value.toDouble());
        break;
    case QJsonValue::String:
        writeString(out, value.toString());
        break;
    case QJsonValue::Array: {
        out.append('[');
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out.append(',');
            write(out, array.at(i));
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object: {
        out.append('{');
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end()); // UTF-16 order, whatever the input's order was
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0)
                out.append(',');
            writeString(out, keys.at(i));
            out.append(':');
            write(out, object.value(keys.at(i)));
        }
        out.append('}');
        break;
    }
    }
}

QString normalisedEndpoint(const QUrl &endpoint)
{
    // Credentials in a URL never change an answer; a trailing slash or "a/../b" neither.
    QUrl url = endpoint.adjusted(QUrl::RemoveUserInfo | QUrl::NormalizePathSegments |
                                 QUrl::StripTrailingSlash | QUrl::RemoveFragment);
    if (url.path() == QLatin1String("/"))
        url.setPath(QString());
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

QByteArray canonicalJson(const QJsonValue &value)
{
    QByteArray out;
    write(out, value);
    return out;
}

QByteArray cacheKey(const ProviderConfig &provider, const ChatRequest &request)
{
    QJsonArray messages;
    for (const ChatMessage &message : request.messages)
        messages.append(QJsonObject{{QStringLiteral("role"), message.role},
                                    {QStringLiteral("content"), message.content}});
    QJsonArray stop;
    for (const QString &s : request.stop)
        stop.append(s);

    const QJsonObject canonical{
        {QStringLiteral("format"), kKeyFormat},
        {QStringLiteral("provider"), toString(provider.kind)},
        {QStringLiteral("endpoint"), normalisedEndpoint(provider.endpoint)},
        {QStringLiteral("model"), provider.model},
        {QStringLiteral("messages"), messages},
        {QStringLiteral("temperature"), request.temperature},
        {QStringLiteral("top_p"), request.topP},
        {QStringLiteral("seed"),
         request.seed ? QJsonValue(*request.seed) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("max_tokens"), request.maxTokens},
        {QStringLiteral("stop"), stop},
        {QStringLiteral("json_schema"), request.jsonSchema.isEmpty()
                                            ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(request.jsonSchema)},
        {QStringLiteral("schema_name"), request.schemaName},
        {QStringLiteral("prompt_version"), request.promptVersion},
    };
    return QCryptographicHash::hash(canonicalJson(canonical), QCryptographicHash::Sha256).toHex();
}

} // namespace helios::llm

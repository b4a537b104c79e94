#include "core/llm/json_fields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace helios::llm::detail {

ParsedObject parseObject(QByteArrayView json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {{},
                QStringLiteral("invalid JSON (%1 at offset %2)")
                    .arg(parseError.errorString())
                    .arg(parseError.offset)};
    if (!doc.isObject())
        return {{}, QStringLiteral("a JSON object was expected")};
    return {doc.object(), {}};
}

std::optional<QString> errorIn(const QJsonObject &object)
{
    const auto it = object.constFind(QLatin1String("error"));
    if (it == object.constEnd() || it->isNull())
        return std::nullopt;
    QString message;
    if (it->isString()) {
        message = it->toString();
    } else if (it->isObject()) {
        const QJsonObject error = it->toObject();
        message = error.value(QLatin1String("message")).toString();
        if (message.isEmpty())
            message = error.value(QLatin1String("type")).toString();
    }
    if (message.isEmpty())
        message = QCoreApplication::translate("helios",
                                              "The server reported an error without a message.");
    return message;
}

QString errorMessageIn(QByteArrayView body)
{
    const ParsedObject parsed = parseObject(body);
    return parsed.error.isEmpty() ? errorIn(parsed.object).value_or(QString()) : QString();
}

std::optional<qint64> integerIn(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    // Beyond 2^53 a double no longer holds every integer; no token count gets there.
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9007199254740992.0)
        return std::nullopt;
    return qint64(d);
}

QString textIn(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    QString text;
    if (value.isArray()) {
        const QJsonArray parts = value.toArray();
        for (const QJsonValue &part : parts) {
            const QJsonObject p = part.toObject();
            if (p.value(QLatin1String("type")).toString() == QLatin1String("text"))
                text += p.value(QLatin1String("text")).toString();
        }
    }
    return text;
}

} // namespace helios::llm::detail

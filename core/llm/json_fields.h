#pragma once

// Small readers shared by the format decoders; internal to core/llm.

#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace helios::llm::detail {

// The top-level object of a JSON text, or why there is none.
struct ParsedObject
{
    QJsonObject object;
    QString error; // empty when object is valid
};
ParsedObject parseObject(QByteArrayView json);

// The message of an "error" member in either dialect: {"error": "text"} (Ollama) or
// {"error": {"message": "text", ...}} (OpenAI); nullopt when there is no error member.
std::optional<QString> errorIn(const QJsonObject &object);

// The message of an error body in either dialect, or empty when the body is not such an object.
QString errorMessageIn(QByteArrayView body);

// A whole number, also when the server wrote it as 12.0; nullopt for anything else.
std::optional<qint64> integerIn(const QJsonValue &value);

// Text content that may be a string or a list of {"type": "text", "text": ...} parts.
QString textIn(const QJsonValue &value);

} // namespace helios::llm::detail

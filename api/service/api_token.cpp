#include "api/service/api_token.h"

#include <QRandomGenerator>

#include <array>

namespace helios::api {

QString makeApiToken()
{
    std::array<quint32, 8> words{};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray raw(reinterpret_cast<const char *>(words.data()), sizeof(words));
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool bearerMatches(QByteArrayView authorization, QByteArrayView token)
{
    if (token.isEmpty() || authorization.size() < 7)
        return false;
    if (authorization.first(7).compare("Bearer ", Qt::CaseInsensitive) != 0)
        return false;
    const QByteArrayView given = authorization.sliced(7).trimmed();
    unsigned char difference = given.size() == token.size() ? 0 : 1;
    for (qsizetype i = 0; i < token.size(); ++i) {
        const char g = i < given.size() ? given[i] : 0;
        difference |= static_cast<unsigned char>(g ^ token[i]);
    }
    return difference == 0;
}

} // namespace helios::api

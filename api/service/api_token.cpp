#include "api/service/api_token.h"

#include "core/secrets/secret_store.h"

#include <QCoreApplication>
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

QCoro::Task<Result<KeptToken>> keptApiToken(SecretStore &secrets, bool renew)
{
    const Error noKeychain = Error::usage(QCoreApplication::translate(
        "helios", "The local API's token could not be kept in the system keychain; set "
                  "HELIOS_API_TOKEN to a token of your own instead."));
    if (!renew) {
        QCoro::Task<Result<std::optional<QString>>> reading =
            secrets.read(QString(kApiTokenAccount));
        const Result<std::optional<QString>> kept = co_await std::move(reading);
        if (!kept) {
            qWarning("Local API token: %s", qPrintable(kept.error().message));
            co_return noKeychain;
        }
        const std::optional<QString> &stored = *kept;
        if (stored.has_value() && stored->size() >= 16)
            co_return KeptToken{*stored, false};
    }
    KeptToken made{makeApiToken(), true};
    QCoro::Task<Status> writing = secrets.write(QString(kApiTokenAccount), made.token);
    const Status written = co_await std::move(writing);
    if (!written) {
        qWarning("Local API token: %s", qPrintable(written.error().message));
        co_return noKeychain;
    }
    co_return made;
}

} // namespace helios::api

#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>

#include <qcoro/qcorotask.h>

namespace helios {
class SecretStore;
}

namespace helios::api {

// A new bearer token: 32 random bytes from the system's generator, base64url without padding
// (43 characters).
QString makeApiToken();

// Whether an Authorization header carries `Bearer <token>`; compares in constant time, so the
// answer's timing says nothing about how much of a guess was right. An empty token never matches.
bool bearerMatches(QByteArrayView authorization, QByteArrayView token);

// The account the local API's token is kept under in the SecretStore (the OS keychain, beside
// the model servers' API keys): never a file, the database, a log or a command line.
inline constexpr QLatin1StringView kApiTokenAccount("helios-local-api token");

struct KeptToken
{
    QString token;
    bool made = false; // new: show it (once)
};

// The token kept in `secrets`; a new one is made and kept when there is none, or when `renew`
// (the old one then stops working). Without a keychain: one sentence that says so and what to
// do instead ($HELIOS_API_TOKEN), never the token.
QCoro::Task<Result<KeptToken>> keptApiToken(SecretStore &secrets, bool renew);

} // namespace helios::api

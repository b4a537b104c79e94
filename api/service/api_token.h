#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace helios::api {

// A new bearer token: 32 random bytes from the system's generator, base64url without padding
// (43 characters).
QString makeApiToken();

// Whether an Authorization header carries `Bearer <token>`; compares in constant time, so the
// answer's timing says nothing about how much of a guess was right. An empty token never matches.
bool bearerMatches(QByteArrayView authorization, QByteArrayView token);

} // namespace helios::api

#pragma once

#include <QAbstractSocket>
#include <QHostAddress>
#include <QString>

namespace helios::api {

// The sentence for a server that could not listen: the port taken by another program gets one of
// its own. Translated (Settings → Local API shows it), unlike the sentences of responses, which
// stay English whatever the window's language (docs/API.md): this file alone of api/http is read
// by lupdate.
QString listenFailure(const QHostAddress &address, quint16 port, QAbstractSocket::SocketError error,
                      const QString &errorString);

} // namespace helios::api

#include "api/http/listen_failure.h"

#include <QCoreApplication>

namespace helios::api {

QString listenFailure(const QHostAddress &address, quint16 port, QAbstractSocket::SocketError error,
                      const QString &errorString)
{
    if (error == QAbstractSocket::AddressInUseError)
        return QCoreApplication::translate("helios", "Port %1 on %2 is already in use by another "
                                                     "program: choose another port.")
            .arg(port)
            .arg(address.toString());
    return QCoreApplication::translate("helios", "Cannot listen on %1 port %2: %3")
        .arg(address.toString())
        .arg(port)
        .arg(errorString);
}

} // namespace helios::api

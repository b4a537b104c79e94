#include "api/service/event_hub.h"

#include <QWebSocket>

namespace helios::api {

EventHub::~EventHub() = default;

void EventHub::add(QWebSocket *socket)
{
    socket->setParent(this);
    m_sockets.append(socket);
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        m_sockets.removeOne(socket);
        socket->deleteLater();
    });
    // Subscribers only listen; whatever they send is read and dropped.
    connect(socket, &QWebSocket::textMessageReceived, this, [](const QString &) {});
}

void EventHub::broadcast(const QByteArray &json)
{
    const QString text = QString::fromUtf8(json);
    for (QWebSocket *socket : std::as_const(m_sockets))
        socket->sendTextMessage(text);
}

} // namespace helios::api

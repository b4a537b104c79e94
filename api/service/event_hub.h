#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

class QWebSocket;

namespace helios::api {

// The subscribers of /api/v1/events: every event goes to every open WebSocket as one text
// message of JSON. Lives on the API's thread.
class EventHub : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~EventHub() override;

    // Takes the socket (re-parented here); it is dropped when it disconnects.
    void add(QWebSocket *socket);
    void broadcast(const QByteArray &json);
    int subscriberCount() const { return int(m_sockets.size()); }

private:
    QList<QWebSocket *> m_sockets;
};

} // namespace helios::api

#pragma once

// The small interface the local API serves through, so that the HTTP library can change without
// the endpoints noticing. TcpHttpServer (tcp_http_server.h) implements it over QTcpServer; see
// docs/ARCHITECTURE.md "Local API" for why not Qt 6.4's QHttpServer.

#include "api/http/http_limits.h"
#include "api/http/http_message.h"
#include "core/domain/result.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QWebSocket;

namespace helios::api {

class HttpConnection;

// Where a handler's response goes: call send() once, on the server's thread, now or later.
// Copies are cheap; a reply whose client has gone sends nothing.
class HttpReply
{
public:
    HttpReply() = default;
    HttpReply(HttpConnection *connection, quint64 sequence);
    void send(HttpResponse response) const;
    bool clientGone() const;

private:
    QPointer<HttpConnection> m_connection;
    quint64 m_sequence = 0;
};

class HttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(HttpRequest request, HttpReply reply)>;
    // Decides on a WebSocket upgrade: nullopt accepts it, a response refuses it (401, 404...).
    using UpgradeCheck = std::function<std::optional<HttpResponse>(const HttpRequest &)>;
    // Takes an accepted WebSocket (its parent is the server; it may be re-parented).
    using WebSocketTaker = std::function<void(QWebSocket *socket, const HttpRequest &request)>;
    // Told of every response the server made itself (limits, malformed requests): its status.
    using RejectionObserver = std::function<void(int status)>;

    using QObject::QObject;
    ~HttpServer() override = default;

    // Listens on address:port (0: any free port); the port listened on, or a sentence.
    virtual Result<quint16> listen(const QHostAddress &address, quint16 port) = 0;
    virtual void close() = 0;
    virtual void setHandler(Handler handler) = 0;
    virtual void setWebSocketHandler(UpgradeCheck check, WebSocketTaker take) = 0;
    virtual void setRejectionObserver(RejectionObserver observer) = 0;
    virtual int connectionCount() const = 0; // open HTTP connections (not WebSockets)
    virtual int webSocketCount() const = 0;
};

} // namespace helios::api

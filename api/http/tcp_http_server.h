#pragma once

#include "api/http/http_server.h"

#include <memory>

namespace helios::api {

// HTTP/1.1 over QTcpServer on the thread it lives on: keep-alive and pipelining (answered in
// order, one at a time), "Expect: 100-continue", gzip for clients that accept it and bodies of
// kGzipMinimumBytes or more, HEAD, and every HttpLimits limit answered with its status (431, 413,
// 503, 408) before the connection closes. WebSocket upgrades are checked by the UpgradeCheck and
// then handed, handshake and all, to a QWebSocketServer (QtWebSockets).
class TcpHttpServer final : public HttpServer
{
    Q_OBJECT

public:
    explicit TcpHttpServer(HttpLimits limits = {}, QObject *parent = nullptr);
    ~TcpHttpServer() override;

    Result<quint16> listen(const QHostAddress &address, quint16 port) override;
    void close() override;
    void setHandler(Handler handler) override;
    void setWebSocketHandler(UpgradeCheck check, WebSocketTaker take) override;
    void setRejectionObserver(RejectionObserver observer) override;
    int connectionCount() const override;
    int webSocketCount() const override;

    const HttpLimits &limits() const;

private:
    friend class HttpConnection;
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace helios::api

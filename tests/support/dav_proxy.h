#pragma once

// A small HTTP proxy on loopback in front of a real CalDAV server, for the sync tests: every
// request is passed to the server as it came (method, headers, body) and its answer back, unless
// a test's hook answers it itself (507 or 403 for a PUT, a redirect, a refused sync-collection)
// or rewrites the answer (a server that does not list sync-collection among its reports, a
// resource served as malformed iCalendar that no real server would store).
// Runs in the test's event loop.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <optional>

class QTcpSocket;

namespace helios::test {

struct ProxyRequest
{
    QByteArray method;
    QByteArray target; // the path as requested
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

struct ProxyReply
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

class DavProxy : public QObject
{
    Q_OBJECT

public:
    explicit DavProxy(QUrl upstream, QObject *parent = nullptr);
    ~DavProxy() override;
    bool listen();
    QUrl root() const; // http://127.0.0.1:port/

    // Answers a request itself when it returns a reply.
    std::function<std::optional<ProxyReply>(const ProxyRequest &)> intercept;
    // Changes the server's answer before it is passed on.
    std::function<void(const ProxyRequest &, ProxyReply &)> rewrite;
    // Every request seen, in order: "METHOD /path".
    QStringList seen;
    // TCP connections accepted from clients (a client that keeps its connection alive opens few).
    int connections = 0;

private:
    void readFrom(QTcpSocket *socket);
    void forward(QTcpSocket *socket, const ProxyRequest &request);
    static void answer(QTcpSocket *socket, const ProxyReply &reply);

    QUrl m_upstream;
    QTcpServer m_server;
    QNetworkAccessManager m_network;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// Hides RFC 6578 from a server: sync-collection REPORTs are refused as a server without it
// refuses them (501), and it is not listed among the supported reports.
void hideSyncCollection(DavProxy &proxy);

} // namespace helios::test

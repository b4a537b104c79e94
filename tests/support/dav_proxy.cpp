#include "tests/support/dav_proxy.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>

namespace helios::test {

namespace {

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 207:
        return "Multi-Status";
    case 301:
        return "Moved Permanently";
    case 308:
        return "Permanent Redirect";
    case 403:
        return "Forbidden";
    case 412:
        return "Precondition Failed";
    case 422:
        return "Unprocessable Entity";
    case 501:
        return "Not Implemented";
    case 507:
        return "Insufficient Storage";
    default:
        return "Status";
    }
}

// A whole request at the start of buffer (taken out of it), or nullopt while it is incomplete.
std::optional<ProxyRequest> takeRequest(QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    ProxyRequest request;
    const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
    request.method = first.value(0);
    request.target = first.value(1);
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
        request.headers.append({name, value});
    }
    if (buffer.size() < end + 4 + length)
        return std::nullopt;
    request.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    return request;
}

} // namespace

DavProxy::DavProxy(QUrl upstream, QObject *parent)
    : QObject(parent), m_upstream(std::move(upstream))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            ++connections;
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFrom(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

DavProxy::~DavProxy()
{
    // The connections close as the server goes; their signals must not reach a proxy half gone.
    m_server.close();
    for (QTcpSocket *socket : m_server.findChildren<QTcpSocket *>())
        socket->disconnect(this);
    for (QTcpSocket *socket : findChildren<QTcpSocket *>())
        socket->disconnect(this);
}

bool DavProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl DavProxy::root() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_server.serverPort()));
}

void DavProxy::readFrom(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    while (std::optional<ProxyRequest> request = takeRequest(buffer)) {
        seen << QString::fromLatin1(request->method + ' ' + request->target);
        if (intercept) {
            if (std::optional<ProxyReply> own = intercept(*request)) {
                answer(socket, *own);
                continue;
            }
        }
        forward(socket, *request);
    }
}

void DavProxy::forward(QTcpSocket *socket, const ProxyRequest &request)
{
    QNetworkRequest out(m_upstream.resolved(QUrl(QString::fromUtf8(request.target))));
    out.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                     QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : request.headers) {
        if (name.compare("Host", Qt::CaseInsensitive) != 0 &&
            name.compare("Content-Length", Qt::CaseInsensitive) != 0 &&
            name.compare("Accept-Encoding", Qt::CaseInsensitive) != 0 && // bodies in the clear
            name.compare("Connection", Qt::CaseInsensitive) != 0)
            out.setRawHeader(name, value);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(out, request.method, request.body);
    QPointer<QTcpSocket> client(socket);
    connect(reply, &QNetworkReply::finished, this, [this, reply, client, request] {
        reply->deleteLater();
        if (!client)
            return;
        ProxyReply back;
        back.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto &[name, value] : reply->rawHeaderPairs()) {
            if (name.compare("Content-Length", Qt::CaseInsensitive) != 0 &&
                name.compare("Transfer-Encoding", Qt::CaseInsensitive) != 0 &&
                name.compare("Content-Encoding", Qt::CaseInsensitive) != 0 &&
                name.compare("Connection", Qt::CaseInsensitive) != 0)
                back.headers.append({name, value});
        }
        back.body = reply->readAll();
        if (back.status == 0) {
            back.status = 502;
            back.body = reply->errorString().toUtf8();
        }
        if (rewrite)
            rewrite(request, back);
        answer(client, back);
    });
}

void DavProxy::answer(QTcpSocket *socket, const ProxyReply &reply)
{
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reason(reply.status) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n" + reply.body;
    socket->write(out);
}

void hideSyncCollection(DavProxy &proxy)
{
    proxy.intercept = [](const ProxyRequest &request) -> std::optional<ProxyReply> {
        if (request.method == "REPORT" && request.body.contains("sync-collection"))
            return ProxyReply{501, {}, "sync-collection is not offered here"};
        return std::nullopt;
    };
    proxy.rewrite = [](const ProxyRequest &, ProxyReply &reply) {
        static const QRegularExpression offered(
            QStringLiteral("<([A-Za-z0-9]+:)?supported-report>\\s*<([A-Za-z0-9]+:)?report>\\s*"
                           "<([A-Za-z0-9]+:)?sync-collection\\s*/>\\s*</([A-Za-z0-9]+:)?report>\\s*"
                           "</([A-Za-z0-9]+:)?supported-report>|<([A-Za-z0-9]+:)?supported-report>"
                           "\\s*<([A-Za-z0-9]+:)?sync-collection\\s*/>\\s*</([A-Za-z0-9]+:)?"
                           "supported-report>"));
        reply.body = QString::fromUtf8(reply.body).remove(offered).toUtf8();
    };
}

} // namespace helios::test

#include "api/http/tcp_http_server.h"

#include "api/http/gzip.h"
#include "api/http/http_connection.h"
#include "api/http/listen_failure.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

#include <algorithm>

namespace helios::api {

namespace {

// The Date header (RFC 9110 5.6.7), made once a second at most.
QByteArray httpDate()
{
    thread_local qint64 madeAt = -1;
    thread_local QByteArray text;
    const qint64 second = QDateTime::currentSecsSinceEpoch();
    if (second != madeAt) {
        madeAt = second;
        text = QLocale::c()
                   .toString(QDateTime::fromSecsSinceEpoch(second, Qt::UTC),
                             QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                   .toLatin1();
    }
    return text;
}

} // namespace

struct TcpHttpServer::Private
{
    HttpLimits limits;
    QTcpServer tcp;
    QWebSocketServer webSockets{QStringLiteral("Helios"), QWebSocketServer::NonSecureMode};
    QTimer sweep;
    QElapsedTimer clock;
    QList<HttpConnection *> connections;
    int webSocketCount = 0;
    Handler handler;
    UpgradeCheck upgradeCheck;
    WebSocketTaker webSocketTaker;
    RejectionObserver rejected;
};

// ---- HttpReply ------------------------------------------------------------------------------

HttpReply::HttpReply(HttpConnection *connection, quint64 sequence)
    : m_connection(connection), m_sequence(sequence)
{}

void HttpReply::send(HttpResponse response) const
{
    if (HttpConnection *connection = m_connection.data())
        connection->respond(m_sequence, std::move(response));
}

bool HttpReply::clientGone() const
{
    return m_connection.isNull() || !m_connection->isAnswering(m_sequence);
}

// ---- HttpConnection -------------------------------------------------------------------------

HttpConnection::HttpConnection(TcpHttpServer &server, QTcpSocket *socket, qint64 now)
    : m_server(server), m_socket(socket), m_parser(server.limits()), m_requestStarted(now),
      m_lastActivity(now)
{
    m_socket->setParent(this);
    // Qt stops reading from the kernel when this much waits unread: a client that pipelines
    // faster than it is answered is slowed down by TCP instead of filling memory.
    const HttpLimits &limits = server.limits();
    m_socket->setReadBufferSize(qint64(limits.maxHeaderBytes) + limits.maxBodyBytes +
                                limits.maxPipelinedBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::readMore);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] { Q_EMIT finished(this); });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket->state() != QAbstractSocket::ConnectedState)
            Q_EMIT finished(this);
    });
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::readMore()
{
    if (m_closing) {
        // Read and drop what still comes: closing with unread bytes makes the kernel reset the
        // connection, and a reset can discard the answer (413, 431, 503) before the client reads
        // it.
        if (m_socket)
            m_socket->readAll();
        return;
    }
    if (m_busy)
        return; // read once the handler has answered
    if (m_in.isEmpty() && !m_parser.inRequest() && !m_socket->isTransactionStarted())
        m_socket->startTransaction(); // a WebSocket handshake can be given back to QtWebSockets
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    m_lastActivity = m_server.d->clock.elapsed();
    if (m_requestStarted == kBetweenRequests)
        m_requestStarted = m_lastActivity;
    m_in.append(bytes);
    process();
}

void HttpConnection::process()
{
    if (m_processing)
        return;
    m_processing = true;
    while (!m_busy && !m_closing) {
        const HttpRequestParser::State state = m_parser.feed(m_in);
        if (state == HttpRequestParser::State::NeedMore) {
            if (m_parser.wantsContinue()) {
                m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
                m_parser.continueSent();
            }
            if (m_in.isEmpty() && !m_parser.inRequest() && m_socket->bytesAvailable() > 0) {
                m_processing = false;
                readMore();
                return;
            }
            break;
        }
        if (state == HttpRequestParser::State::Failed) {
            sendAndClose(m_parser.errorStatus(), m_parser.errorSentence());
            break;
        }
        HttpRequest request = m_parser.take();
        m_requestStarted = m_in.isEmpty() ? kBetweenRequests : m_server.d->clock.elapsed();
        if (request.header("upgrade").compare("websocket", Qt::CaseInsensitive) == 0) {
            upgrade(std::move(request));
            break;
        }
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        dispatch(std::move(request));
    }
    m_processing = false;
}

void HttpConnection::dispatch(HttpRequest request)
{
    m_busy = true;
    ++m_sequence;
    m_requestKeepAlive = request.keepAlive;
    m_requestGzip = request.acceptsGzip();
    m_requestHead = request.method == "HEAD";
    if (m_requestHead)
        request.method = "GET";
    if (!m_server.d->handler) {
        respond(m_sequence, HttpResponse::error(503, QCoreApplication::translate(
                                                         "helios", "The server is not ready.")));
        return;
    }
    m_server.d->handler(std::move(request), HttpReply(this, m_sequence));
}

void HttpConnection::upgrade(HttpRequest request)
{
    TcpHttpServer::Private &server = *m_server.d;
    std::optional<HttpResponse> refusal;
    if (!m_socket->isTransactionStarted() || !m_in.isEmpty())
        refusal = HttpResponse::error(
            400, QCoreApplication::translate("helios",
                                             "Open the WebSocket on a connection of its own."));
    else if (server.webSocketCount >= server.limits.maxWebSockets)
        refusal = HttpResponse::error(
            503,
            QCoreApplication::translate("helios", "Too many event subscribers are connected."));
    else if (!server.upgradeCheck)
        refusal = HttpResponse::error(
            404, QCoreApplication::translate("helios", "There is no such endpoint."));
    else
        refusal = server.upgradeCheck(request);
    if (refusal) {
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        refusal->closeAfter = true;
        if (server.rejected && refusal->status >= 400)
            server.rejected(refusal->status);
        write(*refusal, false, false, false);
        return;
    }
    // Give the handshake back to the socket and the socket to QtWebSockets, which answers it.
    m_socket->rollbackTransaction();
    m_socket->disconnect(this);
    m_socket->setParent(nullptr);
    m_socket->setReadBufferSize(0);
    QTcpSocket *socket = m_socket;
    m_socket = nullptr;
    m_closing = true;
    server.webSockets.handleConnection(socket);
    Q_EMIT finished(this);
}

void HttpConnection::respond(quint64 sequence, HttpResponse response)
{
    if (!m_busy || sequence != m_sequence || m_closing || !m_socket)
        return;
    m_busy = false;
    const bool keepAlive = m_requestKeepAlive && !response.closeAfter;
    write(response, keepAlive, m_requestGzip, m_requestHead);
    m_lastActivity = m_server.d->clock.elapsed();
    if (!m_closing) {
        process();
        if (!m_busy && !m_closing && m_socket && m_socket->bytesAvailable() > 0)
            readMore();
    }
}

void HttpConnection::write(const HttpResponse &response, bool keepAlive, bool gzipOk, bool headOnly)
{
    if (!m_socket)
        return;
    const bool hasBody = response.status != 204 && response.status != 304 && response.status >= 200;
    const QByteArray *body = &response.body;
    QByteArray compressed;
    bool gzipped = false;
    if (hasBody && gzipOk && response.body.size() >= kGzipMinimumBytes) {
        if (!response.gzippedBody.isEmpty()) {
            body = &response.gzippedBody;
            gzipped = true;
        } else {
            compressed = gzipCompress(response.body);
            if (!compressed.isEmpty()) {
                body = &compressed;
                gzipped = true;
            }
        }
    }
    QByteArray out;
    out.reserve(256 + (headOnly ? 0 : body->size()));
    out += "HTTP/1.1 ";
    out += QByteArray::number(response.status);
    out += ' ';
    out += reasonPhrase(response.status);
    out += "\r\nDate: ";
    out += httpDate();
    out += "\r\nServer: Helios\r\n";
    if (hasBody) {
        out += "Content-Type: ";
        out += response.contentType;
        out += "\r\nContent-Length: ";
        out += QByteArray::number(body->size());
        out += "\r\n";
    } else if (response.status >= 200 && response.status != 304) {
        out += "Content-Length: 0\r\n";
    }
    if (gzipped)
        out += "Content-Encoding: gzip\r\n";
    if (hasBody && response.body.size() >= kGzipMinimumBytes)
        out += "Vary: Accept-Encoding\r\n";
    for (const auto &[name, value] : response.headers) {
        out += name;
        out += ": ";
        out += value;
        out += "\r\n";
    }
    if (keepAlive) {
        out += "Connection: keep-alive\r\nKeep-Alive: timeout=";
        out += QByteArray::number(m_server.limits().keepAliveTimeoutMs / 1000);
        out += "\r\n\r\n";
    } else {
        out += "Connection: close\r\n\r\n";
    }
    if (!headOnly && hasBody)
        out += *body;
    m_socket->write(out);
    if (!keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost(); // after what is written has gone
    }
}

void HttpConnection::sendAndClose(int status, const QString &sentence)
{
    if (m_server.d->rejected)
        m_server.d->rejected(status);
    HttpResponse response = HttpResponse::error(status, sentence);
    response.closeAfter = true;
    m_busy = false;
    write(response, false, false, false);
}

void HttpConnection::refuse(int status, const QString &sentence)
{
    sendAndClose(status, sentence);
}

void HttpConnection::checkTimeouts(qint64 now)
{
    if (!m_socket || m_busy)
        return;
    if (m_closing) {
        if (now - m_lastActivity > 5000)
            closeNow(); // a client that does not read what it was sent
        return;
    }
    const HttpLimits &limits = m_server.limits();
    if (m_requestStarted != kBetweenRequests && now - m_requestStarted > limits.requestTimeoutMs) {
        m_lastActivity = now;
        sendAndClose(408,
                     QCoreApplication::translate("helios", "The request did not arrive in time."));
    } else if (m_requestStarted == kBetweenRequests &&
               now - m_lastActivity > limits.keepAliveTimeoutMs) {
        closeNow();
    }
}

void HttpConnection::closeNow()
{
    if (!m_socket)
        return;
    m_closing = true;
    m_socket->abort();
    Q_EMIT finished(this);
}

// ---- TcpHttpServer --------------------------------------------------------------------------

TcpHttpServer::TcpHttpServer(HttpLimits limits, QObject *parent)
    : HttpServer(parent), d(std::make_unique<Private>())
{
    d->limits = limits;
    d->clock.start();
    d->tcp.setMaxPendingConnections(256);
    d->webSockets.setHandshakeTimeout(std::chrono::milliseconds(limits.requestTimeoutMs));
    connect(&d->tcp, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *socket = d->tcp.nextPendingConnection()) {
            auto *connection = new HttpConnection(*this, socket, d->clock.elapsed());
            connect(connection, &HttpConnection::finished, this, [this](HttpConnection *c) {
                if (d->connections.removeOne(c))
                    c->deleteLater();
            });
            d->connections.append(connection);
            if (d->connections.size() > d->limits.maxConnections)
                connection->refuse(
                    503, QCoreApplication::translate(
                             "helios", "Too many connections are open; try again shortly."));
        }
    });
    connect(&d->webSockets, &QWebSocketServer::newConnection, this, [this] {
        while (QWebSocket *socket = d->webSockets.nextPendingConnection()) {
            ++d->webSocketCount;
            connect(socket, &QWebSocket::disconnected, this, [this] { --d->webSocketCount; });
            if (d->webSocketTaker) {
                HttpRequest request;
                request.path = socket->requestUrl().path().toUtf8();
                request.query = socket->requestUrl().query(QUrl::FullyEncoded).toUtf8();
                d->webSocketTaker(socket, request);
            } else {
                socket->close();
                socket->deleteLater();
            }
        }
    });
    const int period =
        std::clamp(std::min(limits.requestTimeoutMs, limits.keepAliveTimeoutMs) / 4, 20, 1000);
    d->sweep.setInterval(period);
    connect(&d->sweep, &QTimer::timeout, this, [this] {
        const qint64 now = d->clock.elapsed();
        const QList<HttpConnection *> open = d->connections;
        for (HttpConnection *connection : open)
            connection->checkTimeouts(now);
    });
}

TcpHttpServer::~TcpHttpServer()
{
    close();
}

Result<quint16> TcpHttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (!d->tcp.listen(address, port))
        return Error::usage(
            listenFailure(address, port, d->tcp.serverError(), d->tcp.errorString()));
    d->sweep.start();
    return d->tcp.serverPort();
}

void TcpHttpServer::close()
{
    d->sweep.stop();
    d->tcp.close();
    const QList<HttpConnection *> open = std::exchange(d->connections, {});
    for (HttpConnection *connection : open)
        delete connection;
}

void TcpHttpServer::setHandler(Handler handler)
{
    d->handler = std::move(handler);
}

void TcpHttpServer::setWebSocketHandler(UpgradeCheck check, WebSocketTaker take)
{
    d->upgradeCheck = std::move(check);
    d->webSocketTaker = std::move(take);
}

void TcpHttpServer::setRejectionObserver(RejectionObserver observer)
{
    d->rejected = std::move(observer);
}

int TcpHttpServer::connectionCount() const
{
    return int(d->connections.size());
}

int TcpHttpServer::webSocketCount() const
{
    return d->webSocketCount;
}

const HttpLimits &TcpHttpServer::limits() const
{
    return d->limits;
}

} // namespace helios::api

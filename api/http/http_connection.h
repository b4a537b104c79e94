#pragma once

// One client connection of TcpHttpServer (private to api/http).

#include "api/http/http_request_parser.h"
#include "api/http/http_server.h"

#include <QByteArray>
#include <QObject>

class QTcpSocket;

namespace helios::api {

class TcpHttpServer;

class HttpConnection final : public QObject
{
    Q_OBJECT

public:
    HttpConnection(TcpHttpServer &server, QTcpSocket *socket, qint64 now);
    ~HttpConnection() override;

    // Called by HttpReply: the response to the request numbered sequence.
    void respond(quint64 sequence, HttpResponse response);
    bool isAnswering(quint64 sequence) const { return m_busy && sequence == m_sequence; }
    // The server's sweep: 408 for a request that took too long to arrive, a silent close for a
    // kept-alive connection idle too long.
    void checkTimeouts(qint64 now);
    // Refuses the connection at once (too many connections): 503 and close.
    void refuse(int status, const QString &sentence);

Q_SIGNALS:
    void finished(helios::api::HttpConnection *connection);

private:
    void readMore();
    void process();
    void dispatch(HttpRequest request);
    void upgrade(HttpRequest request);
    void write(const HttpResponse &response, bool keepAlive, bool gzipOk, bool headOnly);
    void sendAndClose(int status, const QString &sentence);
    void closeNow();

    TcpHttpServer &m_server;
    QTcpSocket *m_socket;
    HttpRequestParser m_parser;
    QByteArray m_in;
    quint64 m_sequence = 0;
    bool m_busy = false; // a request is with the handler
    bool m_processing = false;
    bool m_closing = false;
    bool m_requestKeepAlive = true;
    bool m_requestGzip = false;
    bool m_requestHead = false;
    // When the current request began, on the server's clock; kBetweenRequests when no request is
    // under way. Not 0: the clock reads 0 in its first millisecond, when a client that connects
    // at once (a warm process) arrives, and its request was then taken for an idle connection
    // (closed after the keep-alive time instead of answered 408).
    static constexpr qint64 kBetweenRequests = -1;
    qint64 m_requestStarted = kBetweenRequests;
    qint64 m_lastActivity = 0;
};

} // namespace helios::api

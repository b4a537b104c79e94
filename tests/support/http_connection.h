#pragma once

// Internal to the test LLM server: one HTTP/1.1 connection, read and answered in order.

#include "tests/support/recorded_request.h"

#include <QObject>

#include <functional>

class QTcpSocket;

namespace helios::test {

// The bytes of one response in the order they go out; a piece waits delayMs before it starts.
struct HttpResponse
{
    struct Piece
    {
        QByteArray bytes;
        int delayMs = 0;
    };
    QList<Piece> pieces;
    qint64 cutAfterBytes = -1; // close the connection once this many bytes are out
    bool close = false;        // close after the response
};

class HttpConnection : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<HttpResponse(const RecordedRequest &)>;

    // Takes ownership of the socket.
    HttpConnection(QTcpSocket *socket, int id, Handler handler, QObject *parent);

    void abort();

private:
    struct Pending
    {
        RecordedRequest request;
        bool keepAlive = true;
    };

    void onReadyRead();
    // Reads one whole request off the front of the buffer; false when more bytes are needed.
    bool takeRequest();
    void refuse(int status, const QByteArray &message);
    void startNext();
    void pump();
    void stop();

    QTcpSocket *m_socket;
    int m_id;
    Handler m_handler;
    QByteArray m_in;
    QList<Pending> m_queue;
    bool m_continueSent = false;
    bool m_stopped = false; // no more requests read on this connection

    // The response being written.
    bool m_busy = false;
    bool m_waiting = false; // a piece's delay is running
    HttpResponse m_response;
    qsizetype m_piece = 0;
    qsizetype m_offset = 0;
    bool m_delayDone = false;
    qint64 m_written = 0;
};

} // namespace helios::test

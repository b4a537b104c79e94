#include "tests/support/test_llm_server.h"

#include "tests/support/http_connection.h"
#include "tests/support/llm_responder.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace helios::test {

QJsonObject RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

TestLlmServer::TestLlmServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    m_clock.start();
    connect(m_server, &QTcpServer::newConnection, this, &TestLlmServer::onNewConnection);
}

TestLlmServer::~TestLlmServer() = default;

bool TestLlmServer::listen(quint16 port, const QHostAddress &address)
{
    return m_server->listen(address, port);
}

quint16 TestLlmServer::port() const
{
    return m_server->serverPort();
}

QUrl TestLlmServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(m_server->serverAddress().toString());
    url.setPort(port());
    return url;
}

QUrl TestLlmServer::url(const QString &path) const
{
    QUrl url = baseUrl();
    url.setPath(path);
    return url;
}

void TestLlmServer::enqueue(ScriptedReply reply)
{
    m_queue.append(std::move(reply));
}

bool TestLlmServer::waitForRequests(qsizetype count, int timeoutMs)
{
    if (m_requests.size() >= count)
        return true;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    connect(this, &TestLlmServer::requestReceived, &loop, [&] {
        if (m_requests.size() >= count)
            loop.quit();
    });
    timer.start(timeoutMs);
    loop.exec();
    return m_requests.size() >= count;
}

int TestLlmServer::openConnections() const
{
    return int(findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly).size());
}

void TestLlmServer::closeAllConnections()
{
    const QList<HttpConnection *> connections =
        findChildren<HttpConnection *>(Qt::FindDirectChildrenOnly);
    for (HttpConnection *connection : connections)
        connection->abort();
}

void TestLlmServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        const int id = ++m_connectionsAccepted;
        new HttpConnection(
            socket, id,
            [this](const RecordedRequest &received) {
                RecordedRequest request = received;
                request.arrivalMs = m_clock.elapsed();
                m_requests.append(request);
                Q_EMIT requestReceived(request);
                const ScriptedReply reply = takeReply(request);
                return respond(request, reply, m_models, ++m_serial);
            },
            this);
    }
}

ScriptedReply TestLlmServer::takeReply(const RecordedRequest &request)
{
    const bool chat = isChatPath(request.path);
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        const QString &path = m_queue[i].path;
        const QByteArray &marker = m_queue[i].bodyContains;
        if ((path.isEmpty() ? chat : path.toUtf8() == request.path) &&
            (marker.isEmpty() || request.body.contains(marker)))
            return m_queue.takeAt(i);
    }
    return chat ? m_defaultReply : ScriptedReply{};
}

} // namespace helios::test

#pragma once

#include "tests/support/recorded_request.h"
#include "tests/support/scripted_reply.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QUrl>

class QTcpServer;

namespace helios::test {

// A real HTTP/1.1 server on loopback that speaks the OpenAI-compatible and the Ollama API, answers
// as scripted, and records every request. Paths: POST /v1/chat/completions, GET /v1/models,
// POST /api/chat, GET /api/tags, GET /api/version. Keep-alive, pipelining and several concurrent
// connections work; each connection answers its requests in order.
class TestLlmServer : public QObject
{
    Q_OBJECT

public:
    explicit TestLlmServer(QObject *parent = nullptr);
    ~TestLlmServer() override;

    // Port 0 takes any free port.
    bool listen(quint16 port = 0, const QHostAddress &address = QHostAddress::LocalHost);
    quint16 port() const;
    QUrl baseUrl() const;                // http://127.0.0.1:<port>
    QUrl url(const QString &path) const; // baseUrl() with that path

    // Scripted replies are taken in order by the requests they match (see ScriptedReply::path);
    // a chat request that finds none gets the default reply.
    void enqueue(ScriptedReply reply);
    qsizetype pendingReplies() const { return m_queue.size(); }
    void setDefaultReply(ScriptedReply reply) { m_defaultReply = std::move(reply); }
    const ScriptedReply &defaultReply() const { return m_defaultReply; }
    // The models /v1/models and /api/tags list; the first answers requests that name none.
    void setModels(QStringList models) { m_models = std::move(models); }

    QList<RecordedRequest> requests() const { return m_requests; }
    void clearRequests() { m_requests.clear(); }
    // For tests only: runs the event loop until that many requests have arrived in all.
    bool waitForRequests(qsizetype count, int timeoutMs = 5000);

    int connectionsAccepted() const { return m_connectionsAccepted; }
    int openConnections() const;
    void closeAllConnections();

Q_SIGNALS:
    void requestReceived(const helios::test::RecordedRequest &request);

private:
    void onNewConnection();
    ScriptedReply takeReply(const RecordedRequest &request);

    QTcpServer *m_server;
    QElapsedTimer m_clock;
    QList<ScriptedReply> m_queue;
    ScriptedReply m_defaultReply;
    QStringList m_models{QStringLiteral("test-model")};
    QList<RecordedRequest> m_requests;
    int m_connectionsAccepted = 0;
    int m_serial = 0;
};

} // namespace helios::test

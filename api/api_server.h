#pragma once

// The local API as the window and `helios-cli serve` start it: an HttpServer and the endpoints
// on a thread of their own, so that the thread that starts it never waits for a request.

#include "api/api_backend.h"
#include "api/http/http_limits.h"
#include "api/service/api_service.h"

#include <QHostAddress>
#include <QObject>

#include <qcoro/qcorotask.h>

class QThread;

namespace helios::metrics {
class MetricsRegistry;
}

namespace helios::api {

struct ApiConfig
{
    QHostAddress address = QHostAddress::LocalHost; // anything else only when asked for
    quint16 port = 8765;                            // 0: any free port
    HttpLimits limits;
    ApiOptions options; // the token among them
};

class ApiServer : public QObject
{
    Q_OBJECT

public:
    // storage, the registry and whatever teams uses must outlive the server; they are used from
    // its thread (see ApiStorage).
    ApiServer(ApiStorage storage, ApiTeamFactory teams, metrics::MetricsRegistry &registry,
              QObject *parent = nullptr);
    // Stops the server and waits for its thread (a moment: it only has to close its sockets).
    ~ApiServer() override;

    // Returns at once; started(port) or failed(sentence) follows. Stops a server already running
    // first.
    void start(ApiConfig config);
    // Returns at once; stopped() follows.
    void stop();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void started(quint16 port);
    void failed(const QString &sentence);
    void stopped();

private:
    ApiStorage m_storage;
    ApiTeamFactory m_teams;
    metrics::MetricsRegistry &m_registry;
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; // lives on m_thread: parent of the server and the service
};

// What `helios-cli serve` and the window's Settings → Local API share: start the server and
// resume with its port, or with the sentence it failed with (the port taken, say).
QCoro::Task<Result<quint16>> startServing(ApiServer &server, ApiConfig config);
// Stop it and resume once its thread is gone: its connections closed, its objects deleted. At
// once when it is not running.
QCoro::Task<> stopServing(ApiServer &server);

} // namespace helios::api

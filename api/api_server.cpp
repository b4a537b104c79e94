#include "api/api_server.h"

#include "api/http/tcp_http_server.h"

#include <QThread>

namespace helios::api {

ApiServer::ApiServer(ApiStorage storage, ApiTeamFactory teams, metrics::MetricsRegistry &registry,
                     QObject *parent)
    : QObject(parent), m_storage(storage), m_teams(std::move(teams)), m_registry(registry)
{}

ApiServer::~ApiServer()
{
    if (QThread *thread = m_thread) {
        stop();
        thread->wait();
    }
}

void ApiServer::start(ApiConfig config)
{
    if (m_thread)
        stop();
    auto *thread = new QThread;
    thread->setObjectName(QStringLiteral("helios-api"));
    auto *context = new QObject;
    context->moveToThread(thread);
    m_thread = thread;
    m_context = context;
    connect(thread, &QThread::finished, this, [this, thread] {
        if (m_thread == thread) {
            m_thread = nullptr;
            m_context = nullptr;
        }
        thread->deleteLater();
        Q_EMIT stopped();
    });
    thread->start();
    QMetaObject::invokeMethod(context, [this, context, config, thread] {
        auto *server = new TcpHttpServer(config.limits, context);
        auto *service = new ApiService(m_storage, m_teams, m_registry, config.options, context);
        service->attach(*server);
        const Result<quint16> port = server->listen(config.address, config.port);
        if (!port) {
            Q_EMIT failed(port.error().message);
            delete context;
            thread->quit();
            return;
        }
        service->start();
        Q_EMIT started(*port);
    });
}

void ApiServer::stop()
{
    if (!m_thread || !m_context)
        return;
    QThread *thread = m_thread;
    QObject *context = m_context;
    m_context = nullptr;
    QMetaObject::invokeMethod(context, [context, thread] {
        delete context;
        thread->quit();
    });
}

} // namespace helios::api

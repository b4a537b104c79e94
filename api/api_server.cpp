#include "api/api_server.h"

#include "api/http/tcp_http_server.h"

#include <QThread>

#include <qcoro/qcorosignal.h>

#include <memory>

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
        // Its finished() handler, queued to this object, will not run now: delete it here.
        delete thread;
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

QCoro::Task<Result<quint16>> startServing(ApiServer &server, ApiConfig config)
{
    auto outcome = std::make_shared<Result<quint16>>(quint16(0));
    QObject context;
    QObject::connect(&server, &ApiServer::started, &context,
                     [outcome](quint16 port) { *outcome = port; });
    QObject::connect(&server, &ApiServer::failed, &context,
                     [outcome](const QString &why) { *outcome = Error::usage(why); });
    server.start(std::move(config));
    while (*outcome && **outcome == 0) { // failed() comes without started(): look again
        auto waiting = qCoro(&server, &ApiServer::started, std::chrono::milliseconds(100));
        co_await std::move(waiting);
    }
    co_return *outcome;
}

QCoro::Task<> stopServing(ApiServer &server)
{
    if (!server.isRunning())
        co_return;
    auto stopped = qCoro(&server, &ApiServer::stopped, std::chrono::seconds(5));
    server.stop();
    co_await std::move(stopped);
}

} // namespace helios::api

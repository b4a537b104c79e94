#include "tests/support/caldav_server.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>

#include <csignal>

namespace helios::test {

namespace {

const QString kUser = QStringLiteral("ada");
// Something a server could echo back: the tests check it never reaches a sentence or a log.
const QString kPassword = QStringLiteral("s3cret-Pa55word");

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// Whether something answers on the port already: another test's server, started in parallel,
// may have been given the port freePort() just let go. Our server would then fail to bind while
// the readiness probe reached the other one, and the test would talk to a stranger.
bool answers(quint16 port)
{
    QTcpSocket probe;
    probe.connectToHost(QHostAddress::LocalHost, port);
    return probe.waitForConnected(200);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

} // namespace

CalDavServer::CalDavServer(Kind kind) : m_kind(kind)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

CalDavServer::~CalDavServer()
{
    stop();
}

std::unique_ptr<CalDavServer> CalDavServer::start(Kind kind, QString *why)
{
    std::unique_ptr<CalDavServer> server(new CalDavServer(kind));
    if (!server->m_dir.isValid()) {
        if (why)
            *why = QStringLiteral("no temporary directory");
        return nullptr;
    }
    // A few tries: a port taken between freePort() and the server's bind is given up for
    // another (ctest runs the sync suites in parallel, each starting servers).
    for (int attempt = 0; attempt < 5; ++attempt) {
        server->m_port = freePort();
        if (server->m_port == 0 || answers(server->m_port))
            continue;
        if (server->launch(why))
            return server;
        if (!server->log().contains("in use"))
            return nullptr;
        server->stop();
    }
    if (why && why->isEmpty())
        *why = QStringLiteral("no free port");
    return nullptr;
}

QString CalDavServer::name() const
{
    return m_kind == Kind::Radicale ? QStringLiteral("radicale") : QStringLiteral("xandikos");
}

QUrl CalDavServer::root() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(m_port));
}

QString CalDavServer::user() const
{
    return kUser;
}

QString CalDavServer::password() const
{
    return kPassword;
}

QUrl CalDavServer::homeSet() const
{
    return root().resolved(QUrl(m_kind == Kind::Radicale ? kUser + QLatin1Char('/')
                                                         : QStringLiteral("user/calendars/")));
}

bool CalDavServer::launch(QString *why)
{
    const QString dir = m_dir.path();
    QString program;
    QStringList arguments;
    if (m_kind == Kind::Radicale) {
        const QString config = dir + QStringLiteral("/config");
        const QString users = dir + QStringLiteral("/users");
        const QByteArray text = QStringLiteral("[server]\nhosts = 127.0.0.1:%1\n"
                                               "[auth]\ntype = htpasswd\nhtpasswd_filename = %2\n"
                                               "htpasswd_encryption = plain\ndelay = 0\n"
                                               "[storage]\nfilesystem_folder = %3/collections\n"
                                               "[rights]\ntype = owner_only\n"
                                               "[logging]\nlevel = warning\n")
                                    .arg(m_port)
                                    .arg(users, dir)
                                    .toUtf8();
        if (!writeFile(config, text) ||
            !writeFile(users,
                       (kUser + QLatin1Char(':') + kPassword + QLatin1Char('\n')).toUtf8())) {
            if (why)
                *why = QStringLiteral("could not write Radicale's configuration");
            return false;
        }
        program = QStringLiteral("radicale");
        arguments = {QStringLiteral("-C"), config};
    } else {
        program = QStringLiteral("xandikos");
        arguments = {QStringLiteral("-d"),         dir + QStringLiteral("/data"),
                     QStringLiteral("--defaults"), QStringLiteral("-l"),
                     QStringLiteral("127.0.0.1"),  QStringLiteral("-p"),
                     QString::number(m_port)};
    }
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(10'000)) {
        if (why)
            *why = QStringLiteral("%1 did not start: %2").arg(program, m_process.errorString());
        return false;
    }
    // It answers once it accepts a connection; it died when the process ended first.
    const QDeadlineTimer deadline(20'000);
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_port);
        // Ours only when our process still runs once it answers: one that could not bind
        // exits, while the probe may have reached whoever holds the port.
        if (probe.waitForConnected(500) && !m_process.waitForFinished(100))
            return true;
        if (m_process.waitForFinished(50)) {
            if (why)
                *why = QStringLiteral("%1 exited: %2").arg(program, QString::fromUtf8(log()));
            return false;
        }
    }
    if (why)
        *why = QStringLiteral("%1 did not answer within 20 s").arg(program);
    return false;
}

void CalDavServer::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10'000);
    }
}

void CalDavServer::stop()
{
    thaw(); // a frozen server cannot take SIGTERM
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10'000)) {
            m_process.kill();
            m_process.waitForFinished(10'000);
        }
    }
}

void CalDavServer::freeze()
{
    if (m_process.processId() > 0)
        ::kill(pid_t(m_process.processId()), SIGSTOP);
}

void CalDavServer::thaw()
{
    if (m_process.processId() > 0)
        ::kill(pid_t(m_process.processId()), SIGCONT);
}

bool CalDavServer::restart(QString *why)
{
    stop();
    return launch(why);
}

QByteArray CalDavServer::log()
{
    m_log += m_process.readAll();
    return m_log;
}

} // namespace helios::test

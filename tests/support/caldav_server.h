#pragma once

// A real CalDAV server on loopback for the sync tests: Radicale (htpasswd authentication, plain
// passwords in a file of the test's temporary directory) or Xandikos (no authentication: it
// expects a proxy in front for that), both from their Debian packages (scripts/dev PKGS). Each
// runs in its own temporary directory on a free port; start() returns once it answers.

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace helios::test {

class CalDavServer
{
public:
    enum class Kind { Radicale, Xandikos };

    // Starts one; null (with the reason in *why) when it could not be started or did not answer
    // within 20 s.
    static std::unique_ptr<CalDavServer> start(Kind kind, QString *why = nullptr);
    ~CalDavServer();
    CalDavServer(const CalDavServer &) = delete;
    CalDavServer &operator=(const CalDavServer &) = delete;

    Kind kind() const { return m_kind; }
    QString name() const;
    QUrl root() const;        // http://127.0.0.1:port/
    QString user() const;     // Radicale's user; Xandikos takes any
    QString password() const; // Radicale's user's password
    QUrl homeSet() const;     // where calendars of the user go, ending in '/'
    bool authenticates() const { return m_kind == Kind::Radicale; }

    // Stops it as a crash would (SIGKILL), or politely; start again on the same port and data.
    void kill();
    void stop();
    bool restart(QString *why = nullptr);
    // A server that accepts connections but answers nothing (SIGSTOP), and back (SIGCONT).
    void freeze();
    void thaw();
    bool running() const { return m_process.state() == QProcess::Running; }
    // What it wrote to stdout and stderr so far.
    QByteArray log();

private:
    explicit CalDavServer(Kind kind);
    bool launch(QString *why);

    Kind m_kind;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QByteArray m_log;
};

} // namespace helios::test

#pragma once

#include "core/domain/result.h"
#include "ui/settings/settings_file.h"

#include <QObject>
#include <QString>

#include <qcoro/qcorotask.h>

#include <functional>

namespace helios::ui {

// The local API as the window hosts it: implemented in app/gui over api::ApiServer (the window
// never sees HTTP), and by whatever a test gives.
class LocalApiHost
{
public:
    virtual ~LocalApiHost() = default;
    // Serves on 127.0.0.1:port with the kept token (made on first use); the port, or the
    // sentence it could not start with.
    virtual QCoro::Task<Result<quint16>> start(quint16 port) = 0;
    // Stops serving: connections closed, its thread joined. At once when not serving.
    virtual QCoro::Task<> stop() = 0;
    // The kept token, made when there is none; a new one when renew (the old one then stops
    // working, for a server started after). Without a keychain: the sentence that says so.
    virtual QCoro::Task<Result<QString>> token(bool renew) = 0;
};

// Settings → Local API: off by default; turning it on starts the server and remembers the
// choice (the window starts it again next time), turning it off stops it. The token goes to the
// clipboard only, never on screen or into a log. Every intent returns at once; changed() follows
// each step.
class LocalApiViewModel : public QObject
{
    Q_OBJECT

public:
    enum class State { Off, Starting, Running, Failed };
    Q_ENUM(State)

    using ClipboardWriter = std::function<void(const QString &)>;

    // host and file must outlive this; clipboard defaults to the system clipboard.
    LocalApiViewModel(LocalApiHost &host, const SettingsFile &file, ClipboardWriter clipboard = {},
                      QObject *parent = nullptr);

    State state() const { return m_state; }
    bool isEnabled() const { return m_choice.enabled; }
    quint16 port() const { return m_choice.port; }
    // "http://127.0.0.1:8765": where clients reach it.
    QString address() const;
    // One sentence on how it stands: why it failed, what a button did; empty when nothing to say.
    QString message() const { return m_message; }
    bool isBusy() const { return m_busy > 0; }

public Q_SLOTS:
    // At the window's start: serves when the person turned it on before.
    void startIfChosen();
    void setEnabled(bool enabled);
    // Remembered; taken at the next start (tried at once when on but not serving).
    void setPort(int port);
    void copyToken();
    // Replaces the token (the caller has asked first); a running server takes the new one.
    void renewToken();

Q_SIGNALS:
    void changed();

private:
    QCoro::Task<> apply();
    QCoro::Task<bool> copy(bool renew); // whether the token reached the clipboard
    void setState(State state, const QString &message);

    LocalApiHost &m_host;
    const SettingsFile &m_file;
    ClipboardWriter m_clipboard;
    LocalApiChoice m_choice;
    State m_state = State::Off;
    QString m_message;
    int m_busy = 0;
    quint16 m_servingPort = 0; // 0: not serving
    bool m_restart = false;    // serving with a token that is no longer the kept one
    bool m_applying = false;
    bool m_again = false; // the choice changed while applying: apply once more
};

} // namespace helios::ui

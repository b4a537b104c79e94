#include "ui/settings/local_api_view_model.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QPointer>

namespace helios::ui {

// Every coroutine below holds a QPointer to this object and checks it after each co_await.

LocalApiViewModel::LocalApiViewModel(LocalApiHost &host, const SettingsFile &file,
                                     ClipboardWriter clipboard, QObject *parent)
    : QObject(parent), m_host(host), m_file(file), m_clipboard(std::move(clipboard)),
      m_choice(file.loadLocalApi())
{
    if (!m_clipboard)
        m_clipboard = [](const QString &text) { QGuiApplication::clipboard()->setText(text); };
}

QString LocalApiViewModel::address() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_choice.port);
}

void LocalApiViewModel::startIfChosen()
{
    if (m_choice.enabled)
        apply();
}

void LocalApiViewModel::setEnabled(bool enabled)
{
    if (enabled == m_choice.enabled)
        return;
    m_choice.enabled = enabled;
    m_file.saveLocalApi(m_choice);
    Q_EMIT changed();
    apply();
}

void LocalApiViewModel::setPort(int port)
{
    if (port < 1 || port > 65535 || quint16(port) == m_choice.port)
        return;
    m_choice.port = quint16(port);
    m_file.saveLocalApi(m_choice);
    Q_EMIT changed();
    if (m_choice.enabled)
        apply();
}

void LocalApiViewModel::copyToken()
{
    copy(false);
}

void LocalApiViewModel::renewToken()
{
    [](QPointer<LocalApiViewModel> self) -> QCoro::Task<> {
        QCoro::Task<bool> renewing = self->copy(true);
        const bool renewed = co_await std::move(renewing);
        if (!renewed || !self || self->m_servingPort == 0)
            co_return;
        self->m_restart = true; // the running server still takes the old token
        QCoro::Task<> restarting = self->apply();
        co_await std::move(restarting);
    }(QPointer(this));
}

void LocalApiViewModel::setState(State state, const QString &message)
{
    m_state = state;
    m_message = message;
    Q_EMIT changed();
}

// Brings the server to what the person chose: stopped, or serving on the chosen port with the
// current token. A change made meanwhile is applied after (one run at a time).
QCoro::Task<> LocalApiViewModel::apply()
{
    if (m_applying) {
        m_again = true;
        co_return;
    }
    QPointer self(this);
    m_applying = true;
    do {
        m_again = false;
        const LocalApiChoice wanted = m_choice;
        if (m_servingPort != 0 && (!wanted.enabled || wanted.port != m_servingPort || m_restart)) {
            QCoro::Task<> stopping = m_host.stop();
            co_await std::move(stopping);
            if (!self)
                co_return;
            m_servingPort = 0;
            m_restart = false;
            setState(State::Off, {});
        }
        if (wanted.enabled && m_servingPort == 0) {
            setState(State::Starting, {});
            QCoro::Task<Result<quint16>> starting = m_host.start(wanted.port);
            const Result<quint16> port = co_await std::move(starting);
            if (!self)
                co_return;
            if (port) {
                m_servingPort = *port;
                setState(State::Running, {});
            } else {
                setState(State::Failed, port.error().message);
            }
        } else if (!wanted.enabled && m_state == State::Failed) {
            setState(State::Off, {});
        }
    } while (m_again);
    m_applying = false;
}

QCoro::Task<bool> LocalApiViewModel::copy(bool renew)
{
    QPointer self(this);
    ++m_busy;
    Q_EMIT changed();
    QCoro::Task<Result<QString>> reading = m_host.token(renew);
    const Result<QString> token = co_await std::move(reading);
    if (!self)
        co_return false;
    --m_busy;
    if (!token) {
        m_message = token.error().message;
    } else {
        m_clipboard(*token);
        m_message = renew ? tr("A new token is on the clipboard; the old one no longer works.")
                          : tr("The token is on the clipboard.");
    }
    Q_EMIT changed();
    co_return bool(token);
}

} // namespace helios::ui

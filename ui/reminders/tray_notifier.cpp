#include "ui/reminders/tray_notifier.h"

#include <QSystemTrayIcon>

namespace helios::ui {

namespace {

constexpr int kMessageMs = 10000;

} // namespace

TrayNotifier::TrayNotifier(QSystemTrayIcon *tray, QObject *parent) : Notifier(parent), m_tray(tray)
{
    if (m_tray) {
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this]() {
            if (m_last != 0)
                Q_EMIT actionInvoked(m_last, QStringLiteral("open"));
        });
    }
}

quint32 TrayNotifier::show(const QString &summary, const QString &body,
                           const QList<Action> & /*actions*/)
{
    m_last = m_nextId++;
    if (m_tray) {
        m_tray->show();
        m_tray->showMessage(summary, body, QSystemTrayIcon::Information, kMessageMs);
    }
    return m_last;
}

} // namespace helios::ui

#include "ui/reminders/tray_notifier.h"

#include <QSystemTrayIcon>

namespace helios::ui {

namespace {

constexpr int kBalloonMs = 15000;

} // namespace

TrayNotifier::TrayNotifier(QObject *parent) : Notifier(parent) {}

void TrayNotifier::setTrayIcon(QSystemTrayIcon *icon)
{
    if (m_clicked)
        disconnect(m_clicked);
    m_icon = icon;
    if (icon)
        m_clicked = connect(icon, &QSystemTrayIcon::messageClicked, this,
                            [this]() { Q_EMIT actionInvoked(m_last, ReminderAction::Open); });
}

void TrayNotifier::notify(const ReminderMessage &message)
{
    if (!m_icon || !m_icon->isVisible()) {
        Q_EMIT failed(message, tr("There is no tray icon to show the reminder from."));
        return;
    }
    m_last = message;
    m_icon->showMessage(message.title, message.body, QSystemTrayIcon::Information, kBalloonMs);
}

FallbackNotifier::FallbackNotifier(Notifier &first, Notifier &fallback, QObject *parent)
    : Notifier(parent), m_first(first), m_fallback(fallback)
{
    for (Notifier *notifier : {&first, &fallback})
        connect(notifier, &Notifier::actionInvoked, this, &Notifier::actionInvoked);
    connect(&first, &Notifier::failed, this,
            [this](const ReminderMessage &message, const QString &why) {
                qWarning("Desktop notifications failed (%s); reminders go to the tray icon",
                         qPrintable(why));
                m_fallingBack = true;
                m_fallback.notify(message);
            });
    connect(&fallback, &Notifier::failed, this, &Notifier::failed);
}

void FallbackNotifier::notify(const ReminderMessage &message)
{
    if (m_fallingBack)
        m_fallback.notify(message);
    else
        m_first.notify(message);
}

} // namespace helios::ui

#pragma once

#include "ui/reminders/notifier.h"

#include <QPointer>

class QSystemTrayIcon;

namespace helios::ui {

// Reminders as the tray icon's balloon, where the desktop has no notification service: the
// title and the text, no buttons; clicking the balloon opens Helios (Open). Fails (failed())
// while there is no tray icon to show it from.
class TrayNotifier : public Notifier
{
    Q_OBJECT

public:
    explicit TrayNotifier(QObject *parent = nullptr);

    // The icon the balloons come from (TrayPresence's); may be null.
    void setTrayIcon(QSystemTrayIcon *icon);

    void notify(const helios::ReminderMessage &message) override;

private:
    QPointer<QSystemTrayIcon> m_icon;
    helios::ReminderMessage m_last; // what a click on the balloon opens
    QMetaObject::Connection m_clicked;
};

// Tries the desktop's notifications first; a message they refuse goes to the tray instead, and
// after the first refusal every message does (the service will not come back by itself).
class FallbackNotifier : public Notifier
{
    Q_OBJECT

public:
    FallbackNotifier(Notifier &first, Notifier &fallback, QObject *parent = nullptr);

    void notify(const helios::ReminderMessage &message) override;
    bool isFallingBack() const { return m_fallingBack; }

private:
    Notifier &m_first;
    Notifier &m_fallback;
    bool m_fallingBack = false;
};

} // namespace helios::ui

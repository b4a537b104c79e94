#pragma once

#include "ui/reminders/notifier.h"

#include <QDBusConnection>
#include <QHash>

namespace helios::ui {

// Reminders as desktop notifications through the freedesktop Notifications interface
// (org.freedesktop.Notifications on the session bus, /org/freedesktop/Notifications): Notify
// with the actions "done", "tomorrow" and "default" (Open), then the ActionInvoked and
// NotificationClosed signals. Every call is asynchronous: the GUI thread never waits on the bus.
// A Notify the bus refuses (no notification service) is reported through failed().
class DBusNotifier : public Notifier
{
    Q_OBJECT

public:
    static constexpr const char *kService = "org.freedesktop.Notifications";
    static constexpr const char *kPath = "/org/freedesktop/Notifications";
    static constexpr const char *kInterface = "org.freedesktop.Notifications";

    // The connection (the session bus in the application, a test's own bus in tests) must
    // outlive this.
    explicit DBusNotifier(QDBusConnection connection, QObject *parent = nullptr);
    ~DBusNotifier() override;

    void notify(const helios::ReminderMessage &message) override;

    // Notifications shown and not yet closed.
    int openCount() const { return static_cast<int>(m_shown.size()); }

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    QDBusConnection m_connection;
    QHash<uint, helios::ReminderMessage> m_shown; // by the server's notification id
};

} // namespace helios::ui

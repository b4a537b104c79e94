#pragma once

#include "ui/reminders/notifier.h"

#include <QDBusConnection>
#include <QHash>

namespace helios::ui {

// Notifications through the freedesktop Notifications service (org.freedesktop.Notifications at
// /org/freedesktop/Notifications on the session bus): Notify with the actions as key/label pairs,
// ActionInvoked and NotificationClosed back. Notify is called without waiting; the service's id
// is matched to ours when its answer comes, and signals for ids that are not ours are ignored.
class DBusNotifier : public Notifier
{
    Q_OBJECT

public:
    static constexpr auto kService = "org.freedesktop.Notifications";
    static constexpr auto kPath = "/org/freedesktop/Notifications";
    static constexpr auto kInterface = "org.freedesktop.Notifications";

    // Whether a notification service owns its name on the bus, or the bus can start one.
    static bool isAvailable(const QDBusConnection &bus);

    explicit DBusNotifier(QDBusConnection bus, QObject *parent = nullptr);

    quint32 show(const QString &summary, const QString &body,
                 const QList<Action> &actions) override;
    QString kind() const override { return QStringLiteral("freedesktop"); }

Q_SIGNALS:
    // The service answered Notify with an error, or could not be reached: notification `id` was
    // not shown (FallbackNotifier shows it from the tray).
    void notifyFailed(quint32 id, const QString &summary, const QString &body,
                      const QList<helios::ui::Notifier::Action> &actions);

private Q_SLOTS:
    void onActionInvoked(uint serverId, const QString &key);
    void onClosed(uint serverId, uint reason);

private:
    QDBusConnection m_bus;
    quint32 m_nextId = 1;
    QHash<uint, quint32> m_ours; // the service's id → ours
};

} // namespace helios::ui

class QSystemTrayIcon;

namespace helios::ui {

// The notifier to use: a FallbackNotifier over the bus and tray (which may be null), which
// sends each notification to the notification service while one is on the bus (or can be
// started by it) and to the tray while none is. Owned by parent.
Notifier *chooseNotifier(const QDBusConnection &bus, QSystemTrayIcon *tray, QObject *parent);

} // namespace helios::ui

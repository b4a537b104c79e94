#include "ui/reminders/dbus_notifier.h"

#include "ui/reminders/fallback_notifier.h"
#include "ui/reminders/tray_notifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QStringList>
#include <QVariantMap>

namespace helios::ui {

namespace {

constexpr int kExpireDefault = -1; // the service decides

} // namespace

bool DBusNotifier::isAvailable(const QDBusConnection &bus)
{
    if (!bus.isConnected() || !bus.interface())
        return false;
    const QString service = QString::fromLatin1(kService);
    const QDBusReply<bool> owned = bus.interface()->isServiceRegistered(service);
    if (owned.isValid() && owned.value())
        return true;
    const QDBusReply<QStringList> activatable = bus.interface()->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(service);
}

DBusNotifier::DBusNotifier(QDBusConnection bus, QObject *parent)
    : Notifier(parent), m_bus(std::move(bus))
{
    // Any sender: the service's unique name changes when it restarts.
    const QString path = QString::fromLatin1(kPath);
    const QString interface = QString::fromLatin1(kInterface);
    m_bus.connect(QString(), path, interface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(QString(), path, interface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onClosed(uint, uint)));
}

quint32 DBusNotifier::show(const QString &summary, const QString &body,
                           const QList<Action> &actions)
{
    const quint32 id = m_nextId++;
    QStringList pairs;
    for (const Action &action : actions)
        pairs << action.key << action.label;
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QGuiApplication::desktopFileName());
    QDBusMessage call =
        QDBusMessage::createMethodCall(QString::fromLatin1(kService), QString::fromLatin1(kPath),
                                       QString::fromLatin1(kInterface), QStringLiteral("Notify"));
    call << QGuiApplication::applicationDisplayName() << uint(0)
         << QStringLiteral("io.github.helios.Helios") << summary << body << pairs << hints
         << kExpireDefault;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, id, summary, body, actions](QDBusPendingCallWatcher *done) {
                const QDBusPendingReply<uint> reply = *done;
                if (reply.isValid())
                    m_ours.insert(reply.value(), id);
                else
                    Q_EMIT notifyFailed(id, summary, body, actions);
                done->deleteLater();
            });
    return id;
}

void DBusNotifier::onActionInvoked(uint serverId, const QString &key)
{
    const auto found = m_ours.constFind(serverId);
    if (found != m_ours.cend())
        Q_EMIT actionInvoked(found.value(), key);
}

Notifier *chooseNotifier(const QDBusConnection &bus, QSystemTrayIcon *tray, QObject *parent)
{
    if (!bus.isConnected())
        return new TrayNotifier(tray, parent);
    return new FallbackNotifier(bus, tray, parent);
}

void DBusNotifier::onClosed(uint serverId, uint /*reason*/)
{
    const quint32 id = m_ours.take(serverId);
    if (id != 0)
        Q_EMIT closed(id);
}

} // namespace helios::ui

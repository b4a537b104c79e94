#include "ui/reminders/fallback_notifier.h"

#include "ui/reminders/dbus_notifier.h"
#include "ui/reminders/tray_notifier.h"

#include <QDBusServiceWatcher>

namespace helios::ui {

FallbackNotifier::FallbackNotifier(const QDBusConnection &bus, QSystemTrayIcon *tray,
                                   QObject *parent)
    : Notifier(parent), m_dbus(new DBusNotifier(bus, this)), m_tray(new TrayNotifier(tray, this)),
      m_serviceThere(DBusNotifier::isAvailable(bus))
{
    m_watcher = new QDBusServiceWatcher(QString::fromLatin1(DBusNotifier::kService), bus,
                                        QDBusServiceWatcher::WatchForOwnerChange, this);
    connect(m_watcher, &QDBusServiceWatcher::serviceRegistered, this,
            [this]() { m_serviceThere = true; });
    connect(m_watcher, &QDBusServiceWatcher::serviceUnregistered, this,
            [this]() { m_serviceThere = false; });
    connect(m_dbus, &DBusNotifier::notifyFailed, this,
            [this](quint32 inner, const QString &summary, const QString &body,
                   const QList<Action> &actions) {
                const quint32 id = m_fromDBus.take(inner);
                if (id != 0)
                    showInTray(id, summary, body, actions);
            });
    connect(m_dbus, &Notifier::actionInvoked, this,
            [this](quint32 inner, const QString &key) { forward(m_fromDBus, inner, key); });
    connect(m_tray, &Notifier::actionInvoked, this,
            [this](quint32 inner, const QString &key) { forward(m_fromTray, inner, key); });
    connect(m_dbus, &Notifier::closed, this, [this](quint32 inner) {
        if (const quint32 id = m_fromDBus.take(inner); id != 0)
            Q_EMIT closed(id);
    });
}

quint32 FallbackNotifier::show(const QString &summary, const QString &body,
                               const QList<Action> &actions)
{
    const quint32 id = m_nextId++;
    if (!m_serviceThere)
        return showInTray(id, summary, body, actions);
    m_fromDBus.insert(m_dbus->show(summary, body, actions), id);
    return id;
}

QString FallbackNotifier::kind() const
{
    return m_serviceThere ? m_dbus->kind() : m_tray->kind();
}

quint32 FallbackNotifier::showInTray(quint32 id, const QString &summary, const QString &body,
                                     const QList<Action> &actions)
{
    // The tray keeps one message: the ids of older ones are of no use any more.
    m_fromTray.clear();
    m_fromTray.insert(m_tray->show(summary, body, actions), id);
    return id;
}

void FallbackNotifier::forward(const QHash<quint32, quint32> &ids, quint32 inner,
                               const QString &key)
{
    const quint32 id = ids.value(inner);
    if (id != 0)
        Q_EMIT actionInvoked(id, key);
}

} // namespace helios::ui

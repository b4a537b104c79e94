#pragma once

#include "ui/reminders/notifier.h"

#include <QDBusConnection>
#include <QHash>

class QDBusServiceWatcher;
class QSystemTrayIcon;

namespace helios::ui {

class DBusNotifier;
class TrayNotifier;

// The desktop's notification service while it is on the bus, the tray while it is not, decided
// at each notification rather than once at start: a service that goes away (the desktop's
// notification daemon crashed or was replaced) sends the next reminders to the tray, one that
// comes (back) takes them again, and a notification the service refused or could not be reached
// for is shown from the tray instead, so nothing is lost in between. Ids are this notifier's own;
// the actions and closes of both are passed on under them.
class FallbackNotifier : public Notifier
{
    Q_OBJECT

public:
    // tray may be null (no tray on this desktop).
    FallbackNotifier(const QDBusConnection &bus, QSystemTrayIcon *tray, QObject *parent = nullptr);

    quint32 show(const QString &summary, const QString &body,
                 const QList<Action> &actions) override;
    // Where the next notification goes: "freedesktop" or "tray".
    QString kind() const override;
    TrayNotifier *tray() const { return m_tray; }

private:
    quint32 showInTray(quint32 id, const QString &summary, const QString &body,
                       const QList<Action> &actions);
    void forward(const QHash<quint32, quint32> &ids, quint32 inner, const QString &key);

    DBusNotifier *m_dbus = nullptr;
    TrayNotifier *m_tray = nullptr;
    QDBusServiceWatcher *m_watcher = nullptr;
    bool m_serviceThere = false;
    quint32 m_nextId = 1;
    QHash<quint32, quint32> m_fromDBus; // the D-Bus notifier's id → ours
    QHash<quint32, quint32> m_fromTray; // the tray notifier's id → ours
};

} // namespace helios::ui

#pragma once

#include <QList>
#include <QObject>
#include <QString>

namespace helios::ui {

// The seam between the reminders and the desktop: shows a notification with actions and says
// which action the person chose. Two implementations: DBusNotifier (the freedesktop
// Notifications service, where the desktop has one) and TrayNotifier (a message from the
// system tray icon, where it has none). Ids are the notifier's own, from 1, never 0.
class Notifier : public QObject
{
    Q_OBJECT

public:
    struct Action
    {
        QString key;   // "done", "tomorrow", "open": what actionInvoked reports
        QString label; // what the person reads
        friend bool operator==(const Action &, const Action &) = default;
    };

    using QObject::QObject;

    // Shows a notification at once and returns its id; never waits for the desktop.
    virtual quint32 show(const QString &summary, const QString &body,
                         const QList<Action> &actions) = 0;
    // "freedesktop" or "tray", for the log and the tests.
    virtual QString kind() const = 0;

Q_SIGNALS:
    // The person chose an action of the notification `id` ("default" for a click on it).
    void actionInvoked(quint32 id, const QString &key);
    // The notification is gone (expired, dismissed or acted on).
    void closed(quint32 id);
};

} // namespace helios::ui

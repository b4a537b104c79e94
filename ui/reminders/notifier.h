#pragma once

#include "core/today/reminders.h"

#include <QObject>

namespace helios::ui {

// What a person can do from a reminder.
enum class ReminderAction {
    Done,     // mark its task done (ReminderMessage::TaskDue)
    Tomorrow, // move its task to tomorrow (TaskDue)
    Open,     // show Helios (on the task, for TaskDue)
};

// Shows reminders where the desktop shows notifications, and reports what the person does with
// them. Behind this interface so that the scheduling (ReminderScheduler) and its tests need no
// desktop: DBusNotifier speaks the freedesktop Notifications interface, TrayNotifier uses the
// tray icon's balloon, FallbackNotifier tries the first and falls back to the second.
class Notifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Shows the message at once and returns; TaskDue messages offer Done, Tomorrow and Open,
    // the others Open. Where that does not work, failed() says why (once per message).
    virtual void notify(const helios::ReminderMessage &message) = 0;

Q_SIGNALS:
    void actionInvoked(const helios::ReminderMessage &message, helios::ui::ReminderAction action);
    void failed(const helios::ReminderMessage &message, const QString &why);
};

} // namespace helios::ui

#pragma once

#include "ui/reminders/notifier.h"

#include <QPointer>

class QSystemTrayIcon;

namespace helios::ui {

// Notifications as messages of the system tray icon (QSystemTrayIcon::showMessage), where no
// freedesktop Notifications service is on the bus. A message has no buttons: a click on it is
// the action "open" of the last one shown; the others are on the tray's menu and the Today page.
class TrayNotifier : public Notifier
{
    Q_OBJECT

public:
    // tray may be null (no tray on this desktop): show() then only returns an id.
    explicit TrayNotifier(QSystemTrayIcon *tray, QObject *parent = nullptr);

    quint32 show(const QString &summary, const QString &body,
                 const QList<Action> &actions) override;
    QString kind() const override { return QStringLiteral("tray"); }
    quint32 lastShown() const { return m_last; }

private:
    QPointer<QSystemTrayIcon> m_tray;
    quint32 m_nextId = 1;
    quint32 m_last = 0;
};

} // namespace helios::ui

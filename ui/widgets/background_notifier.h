#pragma once

#include <QObject>
#include <QPointer>

class QSystemTrayIcon;
class QWidget;

namespace helios::ui {

// Tells the person that something they started has finished while they were in another window:
// a message from the system tray where there is one, else the window asks for attention
// (taskbar flash). Nothing happens while the window is active.
class BackgroundNotifier : public QObject
{
    Q_OBJECT

public:
    enum class Delivery { None, TrayMessage, Alert };

    // tray: the application's tray icon (AppTray) to show messages on; without one, a tray icon
    // of its own is made when the first message needs it.
    explicit BackgroundNotifier(QWidget *window, QSystemTrayIcon *tray = nullptr);
    ~BackgroundNotifier() override;

    Delivery notify(const QString &title, const QString &message);
    Delivery lastDelivery() const { return m_last; }

private:
    void connectClicks();

    QPointer<QWidget> m_window;
    QPointer<QSystemTrayIcon> m_tray;
    Delivery m_last = Delivery::None;
};

} // namespace helios::ui

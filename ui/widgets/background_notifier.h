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

    explicit BackgroundNotifier(QWidget *window);
    ~BackgroundNotifier() override;

    Delivery notify(const QString &title, const QString &message);
    Delivery lastDelivery() const { return m_last; }

private:
    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr;
    Delivery m_last = Delivery::None;
};

} // namespace helios::ui

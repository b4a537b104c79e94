#pragma once

#include <QObject>

#include <memory>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace helios::ui {

// Helios's one tray icon, with its menu: Open Helios, Today, Quit. The reminders' TrayNotifier
// and the window's BackgroundNotifier show their messages on it; a click on the icon opens the
// window. No icon where the desktop has no tray (icon() is null); the menu's actions exist anyway.
class AppTray : public QObject
{
    Q_OBJECT

public:
    explicit AppTray(QObject *parent = nullptr);
    ~AppTray() override;

    QSystemTrayIcon *icon() const { return m_icon; }
    bool isAvailable() const { return m_icon != nullptr; }
    QMenu *menu() const { return m_menu.get(); }
    QAction *openAction() const { return m_open; }
    QAction *todayAction() const { return m_today; }
    QAction *quitAction() const { return m_quit; }

Q_SIGNALS:
    void openRequested();
    void todayRequested();
    void quitRequested();

private:
    std::unique_ptr<QMenu> m_menu;
    QSystemTrayIcon *m_icon = nullptr;
    QAction *m_open = nullptr;
    QAction *m_today = nullptr;
    QAction *m_quit = nullptr;
};

} // namespace helios::ui

#include "ui/reminders/app_tray.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace helios::ui {

AppTray::AppTray(QObject *parent) : QObject(parent), m_menu(std::make_unique<QMenu>())
{
    m_open = m_menu->addAction(tr("Open Helios"), this, &AppTray::openRequested);
    m_today = m_menu->addAction(tr("Today"), this, &AppTray::todayRequested);
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("Quit"), this, &AppTray::quitRequested);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_icon = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_icon->setToolTip(QApplication::applicationDisplayName());
    m_icon->setContextMenu(m_menu.get());
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT openRequested();
            });
    m_icon->show();
}

AppTray::~AppTray() = default;

} // namespace helios::ui

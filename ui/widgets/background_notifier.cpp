#include "ui/widgets/background_notifier.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace helios::ui {

namespace {

constexpr int kMessageMs = 8000;

} // namespace

BackgroundNotifier::BackgroundNotifier(QWidget *window, QSystemTrayIcon *tray)
    : QObject(window), m_window(window), m_tray(tray)
{
    if (m_tray)
        connectClicks();
}

void BackgroundNotifier::connectClicks()
{
    // A click on the message brings the window back.
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this]() {
        if (m_window) {
            m_window->showNormal();
            m_window->raise();
            m_window->activateWindow();
        }
    });
}

BackgroundNotifier::~BackgroundNotifier() = default;

BackgroundNotifier::Delivery BackgroundNotifier::notify(const QString &title,
                                                        const QString &message)
{
    m_last = Delivery::None;
    if (!m_window || m_window->isActiveWindow())
        return m_last;
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
            m_tray->setToolTip(QApplication::applicationDisplayName());
            connectClicks();
        }
        m_tray->show();
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, kMessageMs);
        m_last = Delivery::TrayMessage;
    } else {
        QApplication::alert(m_window);
        m_last = Delivery::Alert;
    }
    return m_last;
}

} // namespace helios::ui

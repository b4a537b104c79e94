#include "ui/reminders/tray_presence.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSystemTrayIcon>

namespace helios::ui {

void MessageBoxKeepRunningPrompt::ask(QWidget *parent, std::function<void(bool)> answer)
{
    auto *box = new QMessageBox(
        QMessageBox::Question, TrayPresence::tr("Keep Helios running?"),
        TrayPresence::tr("Keep Helios running in the tray when its window is closed, so "
                                "that it can remind you of the day's tasks? You can change this "
                                "in Settings → Reminders."),
        QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("keepRunningBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *keep = box->addButton(
        TrayPresence::tr("Keep running"), QMessageBox::AcceptRole);
    box->addButton(TrayPresence::tr("Quit"),
                   QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, keep, answer]() { answer(box->clickedButton() == keep); });
    box->open();
}

TrayPresence::TrayPresence(QMainWindow &window, KeepRunningPrompt &prompt, Choice choice,
                           std::function<bool()> trayAvailable, QObject *parent)
    : QObject(parent), m_window(window), m_prompt(prompt), m_choice(std::move(choice)),
      m_available(trayAvailable ? std::move(trayAvailable)
                                : [] { return QSystemTrayIcon::isSystemTrayAvailable(); })
{
    m_menu = new QMenu(&window);
    m_menu->setObjectName(QStringLiteral("trayMenu"));
    QAction *show = m_menu->addAction(tr("Show Helios"));
    show->setObjectName(QStringLiteral("trayShowAction"));
    connect(show, &QAction::triggered, this, &TrayPresence::showWindow);
    QAction *today = m_menu->addAction(tr("Today"));
    today->setObjectName(QStringLiteral("trayTodayAction"));
    connect(today, &QAction::triggered, this, [this]() {
        showWindow();
        Q_EMIT todayRequested();
    });
    m_menu->addSeparator();
    QAction *quitAction = m_menu->addAction(tr("Quit Helios"));
    quitAction->setObjectName(QStringLiteral("trayQuitAction"));
    connect(quitAction, &QAction::triggered, this, &TrayPresence::quit);

    m_icon = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_icon->setObjectName(QStringLiteral("trayIcon"));
    m_icon->setToolTip(QStringLiteral("Helios"));
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    m_window.isVisible() && !m_hiddenInTray ? hideToTray() : showWindow();
            });

    // The window's Quit ends Helios even when closing only hides it.
    if (auto *windowQuit = window.findChild<QAction *>(QStringLiteral("quitAction"))) {
        disconnect(windowQuit, &QAction::triggered, &window, nullptr);
        connect(windowQuit, &QAction::triggered, this, &TrayPresence::quit);
    }
    window.installEventFilter(this);
    if (m_available())
        m_icon->show();
    applyChoice(m_choice.load ? m_choice.load() : std::nullopt);
}

TrayPresence::~TrayPresence()
{
    m_window.removeEventFilter(this);
}

void TrayPresence::setSummary(const QString &summary)
{
    m_icon->setToolTip(summary);
}

void TrayPresence::reloadChoice()
{
    applyChoice(m_choice.load ? m_choice.load() : std::nullopt);
}

void TrayPresence::showWindow()
{
    m_hiddenInTray = false;
    if (m_window.isMinimized())
        m_window.showNormal();
    else
        m_window.show();
    m_window.raise();
    m_window.activateWindow();
}

void TrayPresence::quit()
{
    m_quitting = true;
    m_window.close(); // saves the window's geometry
    QCoreApplication::quit();
}

void TrayPresence::hideToTray()
{
    m_hiddenInTray = true;
    m_window.hide();
}

void TrayPresence::applyChoice(std::optional<bool> keepRunning)
{
    // While Helios stays in the tray, a last window closing (a dialog, the hidden window) must
    // not end it.
    QApplication::setQuitOnLastWindowClosed(!(keepRunning.value_or(false) && m_available()));
}

bool TrayPresence::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != &m_window || event->type() != QEvent::Close || m_quitting || !m_available())
        return QObject::eventFilter(watched, event);
    const std::optional<bool> keepRunning = m_choice.load ? m_choice.load() : std::nullopt;
    if (keepRunning == false)
        return QObject::eventFilter(watched, event);
    event->ignore();
    if (keepRunning == true) {
        hideToTray();
        return true;
    }
    if (m_asking)
        return true;
    m_asking = true;
    QPointer self(this);
    m_prompt.ask(&m_window, [self](bool keep) {
        if (!self)
            return;
        self->m_asking = false;
        if (self->m_choice.save)
            self->m_choice.save(keep);
        self->applyChoice(keep);
        if (keep)
            self->hideToTray();
        else
            self->quit();
    });
    return true;
}

} // namespace helios::ui

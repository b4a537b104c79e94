// MainWindow with the tray: closing the window keeps Helios running in the tray when the person
// said so (asked once, the answer kept in the settings file), the tray's Quit closes for good.

#include "ui/settings/settings_file.h"
#include "ui/widgets/main_window.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSystemTrayIcon>

namespace helios::ui {

void MainWindow::bringBack()
{
    showNormal();
    raise();
    activateWindow();
}

bool MainWindow::quit()
{
    m_quitting = true;
    if (m_keepRunningQuestion)
        m_keepRunningQuestion->close();
    // Hidden in the tray: shown first, so that its close is the last window's and the
    // application quits as it does when the window is closed.
    if (!isVisible())
        show();
    return close();
}

bool MainWindow::keepsRunningOnClose()
{
    if (m_quitting || !m_tray || !m_settingsServices.file)
        return false;
    const std::optional<bool> keep = m_settingsServices.file->load().keepRunningInTray;
    if (!keep) {
        askKeepRunning();
        return true; // not closed until answered
    }
    if (*keep)
        hide();
    return *keep;
}

void MainWindow::askKeepRunning()
{
    if (m_keepRunningQuestion) {
        m_keepRunningQuestion->raise();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Keep Helios running?"),
                                tr("Keep Helios running in the tray when its window is closed? "
                                   "It can then remind you of the day's tasks. You can change "
                                   "this in Settings → Reminders."),
                                QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *keep = box->addButton(tr("Keep running"), QMessageBox::AcceptRole);
    box->addButton(tr("Quit"), QMessageBox::RejectRole);
    box->setDefaultButton(keep);
    m_keepRunningQuestion = box;
    connect(box, &QMessageBox::finished, this, [this, box, keep]() {
        const bool keepRunning = box->clickedButton() == keep;
        AppSettings settings = m_settingsServices.file->load();
        settings.keepRunningInTray = keepRunning;
        m_settingsServices.file->save(settings);
        if (keepRunning)
            hide();
        else
            quit();
    });
    box->open();
}

} // namespace helios::ui

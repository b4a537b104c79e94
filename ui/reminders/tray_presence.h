#pragma once

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QMainWindow;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace helios::ui {

// Asks, once, whether closing the window keeps Helios running in the tray. Behind an interface
// so that widget tests answer without a message box; the answer comes later, never by waiting.
class KeepRunningPrompt
{
public:
    virtual ~KeepRunningPrompt() = default;
    virtual void ask(QWidget *parent, std::function<void(bool keepRunning)> answer) = 0;
};

// The question as a message box, opened without blocking.
class MessageBoxKeepRunningPrompt final : public KeepRunningPrompt
{
public:
    void ask(QWidget *parent, std::function<void(bool keepRunning)> answer) override;
};

// Helios in the tray: an icon with a menu (Show Helios, Today, Quit) whose tooltip sums up the
// day, and the window's close button: when the person chose to keep Helios running (asked at the
// first close), closing hides the window and reminders go on; Quit (the menu's, or Ctrl+Q) ends
// it. Without a system tray, closing closes as before.
class TrayPresence : public QObject
{
    Q_OBJECT

public:
    // The person's answer, kept in the settings (DaySettings::keepRunningInTray).
    struct Choice
    {
        std::function<std::optional<bool>()> load;
        std::function<void(bool)> save;
    };

    // trayAvailable: whether the desktop has a system tray (a parameter for tests).
    TrayPresence(QMainWindow &window, KeepRunningPrompt &prompt, Choice choice,
                 std::function<bool()> trayAvailable = {}, QObject *parent = nullptr);
    ~TrayPresence() override;

    QSystemTrayIcon *icon() const { return m_icon; }
    QMenu *menu() const { return m_menu; }
    bool isAvailable() const { return m_available(); }
    // The icon's tooltip, e.g. "Helios · 3 tasks today · 2 overdue".
    void setSummary(const QString &summary);
    // True while the window is hidden in the tray (closed with Keep running chosen).
    bool isHiddenInTray() const { return m_hiddenInTray; }
    // Reads the person's choice again (after Settings were saved).
    void reloadChoice();

public Q_SLOTS:
    void showWindow();
    // Ends Helios, whatever was chosen for the close button.
    void quit();

Q_SIGNALS:
    void todayRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void hideToTray();
    void applyChoice(std::optional<bool> keepRunning);

    QMainWindow &m_window;
    KeepRunningPrompt &m_prompt;
    Choice m_choice;
    std::function<bool()> m_available;
    QSystemTrayIcon *m_icon = nullptr;
    QMenu *m_menu = nullptr;
    bool m_quitting = false;
    bool m_asking = false;
    bool m_hiddenInTray = false;
};

} // namespace helios::ui

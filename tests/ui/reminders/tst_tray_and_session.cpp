// The tray and the session: closing the window asks once whether to keep Helios running in the
// tray and remembers the answer in the settings file; the tray's Quit closes for good; "Start
// Helios when I log in" writes and removes the XDG autostart entry (on a temporary
// XDG_CONFIG_HOME); the tray's menu.

#include "tests/support/test_main.h"
#include "tests/ui/memory_fixture.h"
#include "tests/ui/window_harness.h"
#include "ui/reminders/app_tray.h"
#include "ui/reminders/autostart.h"
#include "ui/settings/settings_file.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>

using namespace helios;
using namespace helios::ui;

namespace {

using Harness = test::WindowHarness<test::MemoryFixture>;

QPushButton *button(QMessageBox *box, const QString &text)
{
    for (QAbstractButton *b : box->buttons()) {
        if (b->text() == text)
            return qobject_cast<QPushButton *>(b);
    }
    return nullptr;
}

// Sets an environment variable for one scope.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QByteArray &value)
        : m_name(name), m_had(qEnvironmentVariableIsSet(name)), m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }
    ScopedEnv(const ScopedEnv &) = delete;
    ScopedEnv &operator=(const ScopedEnv &) = delete;

private:
    const char *m_name;
    bool m_had;
    QByteArray m_old;
};

} // namespace

class TestTrayAndSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldAskOnceAndThenKeepRunningInTheTray()
    {
        // GIVEN the window with a tray icon and a settings file with no answer yet
        test::MemoryFixture fixture;
        SettingsFile file({}, fixture.folder() + QStringLiteral("/settings.ini"));
        QSystemTrayIcon tray;
        Harness ui(
            fixture,
            {.settings = {.file = &file, .apiKeys = nullptr, .clearCache = {}, .onSaved = {}},
             .tray = &tray});
        QVERIFY(QTest::qWaitForWindowExposed(&ui.window));

        // WHEN the window is closed
        QVERIFY(!ui.window.close());

        // THEN it stays while it asks, without blocking
        QVERIFY(ui.window.isVisible());
        QMessageBox *question = ui.window.keepRunningQuestion();
        QVERIFY(question);
        QVERIFY(question->text().contains(QStringLiteral("tray")));

        // WHEN the person chooses Keep running
        QPushButton *keep = button(question, QStringLiteral("Keep running"));
        QVERIFY(keep);
        keep->click();

        // THEN the window hides in the tray and the answer is kept
        QTRY_VERIFY(!ui.window.isVisible());
        QCOMPARE(file.load().keepRunningInTray, std::optional<bool>(true));
        QTRY_VERIFY(!ui.window.keepRunningQuestion());

        // AND the next close hides it again without asking
        ui.window.show();
        QVERIFY(!ui.window.close());
        QVERIFY(!ui.window.isVisible());
        QVERIFY(!ui.window.keepRunningQuestion());
    }

    void shouldCloseForGoodWhenTheAnswerIsQuit()
    {
        // GIVEN the question on screen
        test::MemoryFixture fixture;
        SettingsFile file({}, fixture.folder() + QStringLiteral("/settings.ini"));
        QSystemTrayIcon tray;
        Harness ui(
            fixture,
            {.settings = {.file = &file, .apiKeys = nullptr, .clearCache = {}, .onSaved = {}},
             .tray = &tray});
        QVERIFY(!ui.window.close());
        QVERIFY(ui.window.keepRunningQuestion());

        // WHEN the person chooses Quit
        button(ui.window.keepRunningQuestion(), QStringLiteral("Quit"))->click();

        // THEN the window closes and the answer is kept: the next close does not ask
        QTRY_VERIFY(!ui.window.isVisible());
        QCOMPARE(file.load().keepRunningInTray, std::optional<bool>(false));
        QTRY_VERIFY(!ui.window.keepRunningQuestion());
        ui.window.show();
        QVERIFY(ui.window.close());
        QVERIFY(!ui.window.keepRunningQuestion());
    }

    void shouldQuitFromTheTrayWhateverTheSetting()
    {
        // GIVEN the window kept in the tray
        test::MemoryFixture fixture;
        SettingsFile file({}, fixture.folder() + QStringLiteral("/settings.ini"));
        AppSettings saved = file.load();
        saved.keepRunningInTray = true;
        file.save(saved);
        QSystemTrayIcon tray;
        Harness ui(
            fixture,
            {.settings = {.file = &file, .apiKeys = nullptr, .clearCache = {}, .onSaved = {}},
             .tray = &tray});
        QVERIFY(!ui.window.close());
        QVERIFY(!ui.window.isVisible());

        // WHEN the tray's Quit is chosen
        const bool closed = ui.window.quit();

        // THEN the window is closed for good (the application's last window: it quits), and
        // the answer stays
        QVERIFY(closed);
        QVERIFY(!ui.window.isVisible());
        QCOMPARE(file.load().keepRunningInTray, std::optional<bool>(true));
    }

    void shouldCloseWithoutAskingWhenThereIsNoTray()
    {
        // GIVEN the window without a tray icon
        test::MemoryFixture fixture;
        SettingsFile file({}, fixture.folder() + QStringLiteral("/settings.ini"));
        Harness ui(
            fixture,
            {.settings = {.file = &file, .apiKeys = nullptr, .clearCache = {}, .onSaved = {}}});
        // WHEN it is closed THEN it closes, nothing asked
        QVERIFY(ui.window.close());
        QVERIFY(!ui.window.keepRunningQuestion());
    }

    void shouldOfferOpenTodayAndQuitFromTheTrayMenu()
    {
        // GIVEN the tray
        AppTray tray;
        QSignalSpy open(&tray, &AppTray::openRequested);
        QSignalSpy today(&tray, &AppTray::todayRequested);
        QSignalSpy quit(&tray, &AppTray::quitRequested);
        // THEN its menu has the three, in order, and each says what it is for
        QStringList texts;
        for (const QAction *action : tray.menu()->actions()) {
            if (!action->isSeparator())
                texts << action->text();
        }
        QCOMPARE(texts, QStringList({QStringLiteral("Open Helios"), QStringLiteral("Today"),
                                     QStringLiteral("Quit")}));
        tray.openAction()->trigger();
        tray.todayAction()->trigger();
        tray.quitAction()->trigger();
        QCOMPARE(open.size(), 1);
        QCOMPARE(today.size(), 1);
        QCOMPARE(quit.size(), 1);
    }

    void shouldWriteAndRemoveTheAutostartEntry()
    {
        // GIVEN a config folder of the test's own
        QTemporaryDir config;
        const ScopedEnv env("XDG_CONFIG_HOME", config.path().toUtf8());
        const QString entry = config.path() + QStringLiteral("/autostart/helios.desktop");
        QCOMPARE(autostartFilePath(), entry);
        QVERIFY(!isStartingAtLogin());

        // WHEN starting at login is switched on, for a path with a space
        const Status on = setStartAtLogin(true, QStringLiteral("/opt/My Apps/helios"));

        // THEN the desktop entry is there, starting Helios in the tray, the path quoted
        QVERIFY2(on.ok(), on.ok() ? "" : qPrintable(on.error().message));
        QVERIFY(isStartingAtLogin());
        QFile file(entry);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.startsWith(QStringLiteral("[Desktop Entry]\n")));
        QVERIFY2(text.contains(QStringLiteral("\nExec=\"/opt/My Apps/helios\" --minimized\n")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("\nType=Application\n")));

        // WHEN it is switched off, twice
        QVERIFY(setStartAtLogin(false, QString()).ok());
        QVERIFY(setStartAtLogin(false, QString()).ok());
        // THEN the entry is gone
        QVERIFY(!QFile::exists(entry));
        QVERIFY(!isStartingAtLogin());
    }

    void shouldSayWhichFileCouldNotBeWritten()
    {
        // GIVEN a config "folder" that is a file
        QTemporaryDir dir;
        const QString notAFolder = dir.filePath(QStringLiteral("config"));
        QFile blocker(notAFolder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const ScopedEnv env("XDG_CONFIG_HOME", notAFolder.toUtf8());

        // WHEN starting at login is switched on
        const Status on = setStartAtLogin(true, QStringLiteral("/usr/bin/helios"));

        // THEN one sentence names the entry, and nothing was written
        QVERIFY(!on.ok());
        QVERIFY2(on.error().message.contains(notAFolder + QStringLiteral("/autostart")),
                 qPrintable(on.error().message));
        QVERIFY(!isStartingAtLogin());
    }

    void shouldUseTheHomeConfigWhenXdgConfigHomeIsRelative()
    {
        const ScopedEnv env("XDG_CONFIG_HOME", "relative/config");
        QCOMPARE(autostartFilePath(),
                 QDir::homePath() + QStringLiteral("/.config/autostart/helios.desktop"));
    }
};

HELIOS_TEST_GUI_MAIN(TestTrayAndSession)
#include "tst_tray_and_session.moc"

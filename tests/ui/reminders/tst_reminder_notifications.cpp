// The reminders on a real session bus: the test starts its own dbus-daemon (a config with no
// service files, so nothing else can answer) and registers a notification server that records
// every Notify call and can send ActionInvoked, as a desktop's would. The scheduler runs on the
// in-memory storage with a fixed clock and its handled-up-to mark in a settings file of its own.

#include "core/jobs/version_service.h"
#include "core/today/today_service.h"
#include "tests/support/test_main.h"
#include "tests/ui/memory_fixture.h"
#include "ui/i18n/translations.h"
#include "ui/reminders/dbus_notifier.h"
#include "ui/reminders/fallback_notifier.h"
#include "ui/reminders/reminder_scheduler.h"
#include "ui/reminders/tray_notifier.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QVariantMap>

#include <memory>

using namespace helios;
using namespace helios::ui;

namespace {

const QDate kToday(2026, 12, 2);
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
const QString kInterface = QStringLiteral("org.freedesktop.Notifications");

// What a desktop's notification server is asked.
struct NotifyCall
{
    QString appName;
    QString icon;
    QString summary;
    QString body;
    QStringList actions;
};

// org.freedesktop.Notifications as a desktop offers it, recording the calls.
class TestNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    explicit TestNotificationServer(QDBusConnection bus) : m_bus(std::move(bus)) {}

    bool registerOnBus()
    {
        return m_bus.registerObject(kPath, this, QDBusConnection::ExportAllSlots) &&
               m_bus.registerService(kInterface);
    }

    // The desktop's notification daemon gone (crashed, replaced).
    bool unregisterFromBus() { return m_bus.unregisterService(kInterface); }
    // … and back (its object is still there).
    bool takeNameAgain() { return m_bus.registerService(kInterface); }

    QList<NotifyCall> calls;

    void invoke(uint id, const QString &key)
    {
        QDBusMessage signal =
            QDBusMessage::createSignal(kPath, kInterface, QStringLiteral("ActionInvoked"));
        signal << id << key;
        QVERIFY(m_bus.send(signal));
    }

public Q_SLOTS:
    uint Notify(const QString &appName, uint /*replacesId*/, const QString &icon,
                const QString &summary, const QString &body, const QStringList &actions,
                const QVariantMap & /*hints*/, int /*timeout*/)
    {
        calls.append({appName, icon, summary, body, actions});
        return 100 + static_cast<uint>(calls.size()); // not the client's ids
    }
    QStringList GetCapabilities() { return {QStringLiteral("actions"), QStringLiteral("body")}; }
    void CloseNotification(uint /*id*/) {}

private:
    QDBusConnection m_bus;
};

// A session bus of the test's own, gone with it.
class TestBus
{
public:
    TestBus()
    {
        const QString config = m_dir.filePath(QStringLiteral("session.conf"));
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return;
        // Only the test's own socket, no service files: nothing but the test can answer.
        const QByteArray lines[] = {
            "<busconfig>",
            "  <type>session</type>",
            "  <listen>unix:tmpdir=" + m_dir.path().toUtf8() + "</listen>",
            "  <auth>EXTERNAL</auth>",
            "  <policy context='default'>",
            "    <allow send_destination='*' eavesdrop='true'/>",
            "    <allow eavesdrop='true'/>",
            "    <allow own='*'/>",
            "  </policy>",
            "</busconfig>",
        };
        for (const QByteArray &line : lines)
            file.write(line + '\n');
        file.close();
        m_daemon.start(QStringLiteral("dbus-daemon"),
                       {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                        QStringLiteral("--print-address=1")});
        if (!m_daemon.waitForStarted())
            return;
        // The address is the daemon's first line, written once it listens.
        while (!m_daemon.canReadLine() && m_daemon.waitForReadyRead(10000)) {
        }
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    }
    ~TestBus()
    {
        for (const QString &name : std::as_const(m_names))
            QDBusConnection::disconnectFromBus(name);
        m_daemon.kill();
        m_daemon.waitForFinished();
    }
    TestBus(const TestBus &) = delete;
    TestBus &operator=(const TestBus &) = delete;

    QString address() const { return m_address; }
    // A new client connection (the app and the server each have their own, as in a session).
    QDBusConnection connect(const QString &name)
    {
        m_names << name;
        return QDBusConnection::connectToBus(m_address, name);
    }

private:
    QTemporaryDir m_dir;
    QProcess m_daemon;
    QString m_address;
    QStringList m_names;
};

Task task(const QString &title, int startIn, int dueIn)
{
    Task t;
    t.title = title;
    t.startDate = kToday.addDays(startIn);
    t.dueDate = kToday.addDays(dueIn);
    t.estimateHours = 2.0;
    return t;
}

// One plan with a task due today and one due in three days.
Plan planWithTaskDueToday()
{
    Plan plan;
    plan.goal = QStringLiteral("Learn Go");
    plan.startDate = kToday.addDays(-3);
    plan.deadline = kToday.addDays(30);
    plan.hoursPerWeek = 7;
    plan.tasks = {task(QStringLiteral("Finish the tour"), -1, 0),
                  task(QStringLiteral("Write a CLI"), 0, 3)};
    return plan;
}

// The scheduler and what it needs, with the clock at `now` and the mark at `handled`.
struct Reminders
{
    Reminders(test::MemoryFixture &fixture, Notifier &notifier, const QString &settingsFile,
              QDateTime now, const QDateTime &handled)
        : versions(fixture.storage()),
          service(fixture.storage(), fixture.storage(), fixture.storage(), versions),
          state(settingsFile, QSettings::IniFormat), clock(std::move(now)),
          scheduler({.today = service,
                     .notifier = notifier,
                     .state = state,
                     .clock = [this] { return clock; }},
                    ReminderOptions{})
    {
        if (handled.isValid())
            state.setValue(QLatin1String(ReminderScheduler::kHandledKey),
                           handled.toString(Qt::ISODateWithMs));
    }

    VersionService versions;
    TodayService service;
    QSettings state;
    QDateTime clock;
    ReminderScheduler scheduler;
};

QDateTime at(int dayOffset, int hour, int minute = 0)
{
    return QDateTime(kToday.addDays(dayOffset), QTime(hour, minute));
}

} // namespace

class TestReminderNotifications : public QObject
{
    Q_OBJECT

private:
    static Plan save(test::MemoryFixture &fixture, Plan plan)
    {
        const auto saved = test::await(fixture.storage().savePlan(std::move(plan)));
        return saved && saved->ok() ? saved->value() : Plan{};
    }

    static Task stored(test::MemoryFixture &fixture, qint64 taskId)
    {
        const auto found = test::await(fixture.storage().task(taskId));
        return found && found->ok() ? found->value() : Task{};
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void shouldFallBackToTheTrayWithoutANotificationServer()
    {
        // GIVEN a session bus with no notification server on it
        TestBus bus;
        QVERIFY2(!bus.address().isEmpty(), "dbus-daemon did not start");
        QDBusConnection app = bus.connect(QStringLiteral("app-no-server"));
        QVERIFY(app.isConnected());
        QObject owner;

        // WHEN the reminders choose how to notify
        const Notifier *chosen = chooseNotifier(app, nullptr, &owner);

        // THEN they use the tray
        QCOMPARE(chosen->kind(), QStringLiteral("tray"));

        // AND once a server owns the name, the freedesktop service is chosen
        TestNotificationServer server(bus.connect(QStringLiteral("server-late")));
        QVERIFY(server.registerOnBus());
        QCOMPARE(chooseNotifier(app, nullptr, &owner)->kind(), QStringLiteral("freedesktop"));
    }

    void shouldFallBackToTheTrayWhenTheServiceGoesAwayAndComeBackWithIt()
    {
        // GIVEN the reminders notifying through the desktop's server
        TestBus bus;
        QVERIFY2(!bus.address().isEmpty(), "dbus-daemon did not start");
        TestNotificationServer server(bus.connect(QStringLiteral("server-leaving")));
        QVERIFY(server.registerOnBus());
        QObject owner;
        auto *notifier = qobject_cast<FallbackNotifier *>(
            chooseNotifier(bus.connect(QStringLiteral("app-staying")), nullptr, &owner));
        QVERIFY(notifier);
        QCOMPARE(notifier->kind(), QStringLiteral("freedesktop"));
        QVERIFY(notifier->show(QStringLiteral("First"), QString(), {}) != 0);
        QTRY_COMPARE(server.calls.size(), 1);

        // WHEN the server goes away while Helios runs, and a reminder falls at once
        QVERIFY(server.unregisterFromBus());
        const quint32 id = notifier->show(QStringLiteral("Second"), QString(), {});

        // THEN it is shown from the tray (the failed call, or the vanished name, says so), and so
        // are the next ones, under the notifier's own ids
        QVERIFY(id != 0);
        QTRY_COMPARE(notifier->tray()->lastShown(), quint32(1));
        QTRY_COMPARE(notifier->kind(), QStringLiteral("tray"));
        const quint32 third = notifier->show(QStringLiteral("Third"), QString(), {});
        QVERIFY(third != id);
        QCOMPARE(notifier->tray()->lastShown(), quint32(2));
        QCOMPARE(server.calls.size(), 1);
        QSignalSpy invoked(notifier, &Notifier::actionInvoked);
        Q_EMIT notifier->tray()->actionInvoked(2, QStringLiteral("open"));
        QCOMPARE(invoked.size(), 1);
        QCOMPARE(invoked.at(0).at(0).toUInt(), third);

        // WHEN the server comes back THEN the next reminder goes to it again
        QVERIFY(server.takeNameAgain());
        QTRY_COMPARE(notifier->kind(), QStringLiteral("freedesktop"));
        notifier->show(QStringLiteral("Fourth"), QString(), {});
        QTRY_COMPARE(server.calls.size(), 2);
        QCOMPARE(server.calls.at(1).summary, QStringLiteral("Fourth"));
    }

    void shouldSendTheDueReminderWithItsActionsAndMarkTheTaskDone()
    {
        // GIVEN a bus with a notification server, and a task due today
        TestBus bus;
        QVERIFY2(!bus.address().isEmpty(), "dbus-daemon did not start");
        TestNotificationServer server(bus.connect(QStringLiteral("server")));
        QVERIFY(server.registerOnBus());
        QDBusConnection app = bus.connect(QStringLiteral("app"));
        test::MemoryFixture fixture;
        const Plan plan = save(fixture, planWithTaskDueToday());
        const qint64 dueId = plan.tasks[0].id;
        QObject owner;
        Notifier *notifier = chooseNotifier(app, nullptr, &owner);
        QCOMPARE(notifier->kind(), QStringLiteral("freedesktop"));
        Reminders reminders(fixture, *notifier, m_dir.filePath(QStringLiteral("due.ini")),
                            at(0, 17, 1), at(0, 16));
        QSignalSpy planChanged(&reminders.scheduler, &ReminderScheduler::planChanged);

        // WHEN the reminders run a minute after the due time
        reminders.scheduler.start();

        // THEN the server is asked to show the task's reminder with Done, Tomorrow and Open
        QTRY_COMPARE(server.calls.size(), 1);
        const NotifyCall call = server.calls.constFirst();
        QCOMPARE(call.summary, QStringLiteral("Due today: Finish the tour"));
        QCOMPARE(call.icon, QStringLiteral("io.github.helios.Helios"));
        QVERIFY2(call.body.contains(QStringLiteral("Learn Go")), qPrintable(call.body));
        QCOMPARE(call.actions, QStringList({QStringLiteral("done"), QStringLiteral("Done"),
                                            QStringLiteral("tomorrow"), QStringLiteral("Tomorrow"),
                                            QStringLiteral("open"), QStringLiteral("Open")}));
        QVERIFY(stored(fixture, dueId).status != TaskStatus::Done);

        // WHEN the person clicks Done on it
        server.invoke(101, QStringLiteral("done"));

        // THEN the task is stored done, and its plan is said to have changed
        QTRY_COMPARE(planChanged.size(), 1);
        QCOMPARE(planChanged.constFirst().constFirst().toLongLong(), plan.id);
        QVERIFY(stored(fixture, dueId).status == TaskStatus::Done);
        // AND the next wake is tomorrow's summary, at most an hour ahead
        QVERIFY(reminders.scheduler.nextWake().isValid());
        QVERIFY(reminders.scheduler.nextWake() <= at(0, 18, 1));
    }

    void shouldMoveTheTaskOnTomorrowAndOpenOnOpen()
    {
        // GIVEN the due reminder shown through the server
        TestBus bus;
        QVERIFY2(!bus.address().isEmpty(), "dbus-daemon did not start");
        TestNotificationServer server(bus.connect(QStringLiteral("server")));
        QVERIFY(server.registerOnBus());
        test::MemoryFixture fixture;
        const Plan plan = save(fixture, planWithTaskDueToday());
        const qint64 dueId = plan.tasks[0].id;
        DBusNotifier notifier(bus.connect(QStringLiteral("app")));
        Reminders reminders(fixture, notifier, m_dir.filePath(QStringLiteral("move.ini")),
                            at(0, 17, 5), at(0, 16));
        QSignalSpy planChanged(&reminders.scheduler, &ReminderScheduler::planChanged);
        QSignalSpy open(&reminders.scheduler, &ReminderScheduler::openRequested);
        reminders.scheduler.start();
        QTRY_COMPARE(server.calls.size(), 1);

        // WHEN the person picks Tomorrow, then Open
        server.invoke(101, QStringLiteral("tomorrow"));
        QTRY_COMPARE(planChanged.size(), 1);
        server.invoke(101, QStringLiteral("open"));

        // THEN the task starts tomorrow, still open, and the window is asked for
        const Task moved = stored(fixture, dueId);
        QCOMPARE(moved.startDate, kToday.addDays(1));
        QVERIFY(moved.status != TaskStatus::Done);
        QTRY_COMPARE(open.size(), 1);
        // AND an action for an id that is not Helios's does nothing
        server.invoke(999, QStringLiteral("open"));
        server.invoke(101, QStringLiteral("open"));
        QTRY_COMPARE(open.size(), 2);
    }

    void shouldSummariseMissedRemindersOnceAndNotAgainAfterARestart()
    {
        // GIVEN Helios last ran three days ago at noon
        TestBus bus;
        QVERIFY2(!bus.address().isEmpty(), "dbus-daemon did not start");
        TestNotificationServer server(bus.connect(QStringLiteral("server")));
        QVERIFY(server.registerOnBus());
        test::MemoryFixture fixture;
        save(fixture, planWithTaskDueToday());
        DBusNotifier notifier(bus.connect(QStringLiteral("app")));
        const QString settings = m_dir.filePath(QStringLiteral("missed.ini"));
        {
            Reminders first(fixture, notifier, settings, at(0, 9), at(-3, 12));
            QSignalSpy finished(&first.scheduler, &ReminderScheduler::roundFinished);

            // WHEN it starts today at 9:00
            first.scheduler.start();
            QTRY_COMPARE(finished.size(), 1);

            // THEN one notification sums up what it missed (the task that fell due, not the six
            // reminders), with only Open
            QTRY_COMPARE(server.calls.size(), 1);
            QCOMPARE(server.calls[0].summary,
                     QStringLiteral("1 task fell due while Helios was closed"));
            QVERIFY2(server.calls[0].body.contains(QStringLiteral("Now: 2 tasks today")),
                     qPrintable(server.calls[0].body));
            QCOMPARE(server.calls[0].actions,
                     QStringList({QStringLiteral("open"), QStringLiteral("Open")}));
        }
        // WHEN it restarts two minutes later (the mark read back from the settings file)
        Reminders second(fixture, notifier, settings, at(0, 9, 2), {});
        QSignalSpy finished(&second.scheduler, &ReminderScheduler::roundFinished);
        second.scheduler.start();
        QTRY_COMPARE(finished.size(), 1);

        // THEN nothing is shown again
        QCOMPARE(server.calls.size(), 1);
    }

    void shouldSendTheReminderInChinese()
    {
        // GIVEN the window in Chinese, a notification server and a task due today
        AppTranslations translations;
        QVERIFY(translations.use(Language::Chinese, QLocale(QLocale::Chinese, QLocale::China)));
        TestBus bus;
        QVERIFY2(!bus.address().isEmpty(), "dbus-daemon did not start");
        TestNotificationServer server(bus.connect(QStringLiteral("server")));
        QVERIFY(server.registerOnBus());
        test::MemoryFixture fixture;
        save(fixture, planWithTaskDueToday());
        DBusNotifier notifier(bus.connect(QStringLiteral("app")));
        Reminders reminders(fixture, notifier, m_dir.filePath(QStringLiteral("zh.ini")),
                            at(0, 17, 1), at(0, 16));

        // WHEN the due reminder falls
        reminders.scheduler.start();

        // THEN the server is asked in Chinese, the actions too
        QTRY_COMPARE(server.calls.size(), 1);
        const NotifyCall call = server.calls.constFirst();
        qInfo("Notify: %s | %s | %s", qPrintable(call.summary), qPrintable(call.body),
              qPrintable(call.actions.join(QLatin1Char(','))));
        QCOMPARE(call.summary, QStringLiteral("今天到期：Finish the tour"));
        QVERIFY2(call.body.contains(QStringLiteral("还剩")), qPrintable(call.body));
        QCOMPARE(call.actions, QStringList({QStringLiteral("done"), QStringLiteral("完成"),
                                            QStringLiteral("tomorrow"), QStringLiteral("明天再做"),
                                            QStringLiteral("open"), QStringLiteral("打开")}));
        QVERIFY(
            translations.use(Language::English, QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void shouldWakeAtTheNextReminderAndFollowTheOptions()
    {
        // GIVEN the reminders running at 9:00 with every reminder off
        test::MemoryFixture fixture;
        TrayNotifier tray(nullptr);
        Reminders reminders(fixture, tray, m_dir.filePath(QStringLiteral("wake.ini")), at(0, 9),
                            at(0, 8, 59));
        ReminderOptions off;
        off.dailySummary = false;
        off.dueReminders = false;
        reminders.scheduler.setOptions(off);
        QSignalSpy finished(&reminders.scheduler, &ReminderScheduler::roundFinished);
        reminders.scheduler.start();
        QTRY_COMPARE(finished.size(), 1);
        // THEN nothing wakes it
        QVERIFY(reminders.scheduler.nextWake().isNull());

        // WHEN the due reminders are switched on (at 17:00)
        ReminderOptions due = off;
        due.dueReminders = true;
        reminders.scheduler.setOptions(due);
        // THEN it wakes within the hour, on its way to 17:00
        QCOMPARE(reminders.scheduler.nextWake(), at(0, 10));

        // WHEN the summary is moved to 9:20
        ReminderOptions summary = due;
        summary.dailySummary = true;
        summary.summaryTime = QTime(9, 20);
        reminders.scheduler.setOptions(summary);
        // THEN it wakes at 9:20
        QCOMPARE(reminders.scheduler.nextWake(), at(0, 9, 20));

        // AND stopped, it does not wake at all
        reminders.scheduler.stop();
        QVERIFY(reminders.scheduler.nextWake().isNull());
    }

    void shouldShowTheReminderFromTheTrayWithoutAServer()
    {
        // GIVEN the tray notifier with no tray (an offscreen test has none)
        test::MemoryFixture fixture;
        save(fixture, planWithTaskDueToday());
        TrayNotifier tray(nullptr);
        Reminders reminders(fixture, tray, m_dir.filePath(QStringLiteral("tray.ini")), at(0, 8, 31),
                            at(-1, 20));
        QSignalSpy shown(&reminders.scheduler, &ReminderScheduler::shown);

        // WHEN the summary time passes
        reminders.scheduler.start();

        // THEN the day's summary goes to the tray notifier
        QTRY_COMPARE(shown.size(), 1);
        const auto message = shown.constFirst().at(1).value<ReminderMessage>();
        QCOMPARE(message.title, QStringLiteral("2 tasks today, 2.5 h"));
        QCOMPARE(tray.lastShown(), shown.constFirst().at(0).value<quint32>());
    }
};

HELIOS_TEST_GUI_MAIN(TestReminderNotifications)
#include "tst_reminder_notifications.moc"

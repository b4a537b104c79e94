#pragma once

#include "core/today/agenda.h"
#include "core/today/reminders.h"
#include "ui/reminders/notifier.h"

#include <QDateTime>
#include <QObject>

#include <qcoro/qcorotask.h>

#include <functional>

class QTimer;

namespace helios {
class TodayService;
}

namespace helios::ui {

// Runs the reminders against the clock: at each reminder's time (core/today's remindersBetween)
// it reads the day (TodayService) and hands the messages to the Notifier; what the person does
// with a reminder (Done, Tomorrow, Open) comes back here and is carried out. Reminders that fell
// while Helios was not running (or the computer slept) are summed up in one message the next
// time it looks, never replayed one by one. The last time it looked is kept across runs
// (LastCheck), so that a restart neither repeats nor misses a reminder.
class ReminderScheduler : public QObject
{
    Q_OBJECT

public:
    // The time now (local); a parameter so that tests can move it.
    using Clock = std::function<QDateTime()>;
    // Where the last check's time is kept (the settings file in the application).
    struct LastCheck
    {
        std::function<QDateTime()> load; // null when never checked
        std::function<void(const QDateTime &)> save;
    };
    // A reminder that comes this late after its time counts as missed.
    static constexpr qint64 kLateAfterSeconds = 15 * 60;
    // The timer looks at least this often, so that a changed clock is noticed.
    static constexpr int kLongestWaitMs = 60 * 60 * 1000;

    ReminderScheduler(TodayService &service, Notifier &notifier, LastCheck lastCheck,
                      QObject *parent = nullptr);
    ~ReminderScheduler() override;

    void setClock(Clock clock);
    void setOptions(const ReminderOptions &reminders, const AgendaOptions &agenda);
    const ReminderOptions &options() const { return m_options; }

    // When the timer fires next; null while stopped or with every reminder off.
    QDateTime nextCheck() const { return m_nextCheck; }
    bool isChecking() const { return m_checking; }

public Q_SLOTS:
    // Starts looking: what was missed since the last check (once), then each reminder on time.
    void start();
    void stop();
    // Looks now: the reminders that fell since the last check are shown (or summed up when late).
    void check();

Q_SIGNALS:
    // The person chose Open on a reminder: show the window, on this task when there is one.
    void openRequested(qint64 planId, qint64 taskId);
    // A reminder's action changed a task of this plan (the window reloads it).
    void planChanged(qint64 planId);
    // What an action did, or why it failed, in one sentence.
    void message(const QString &text, bool isError);
    // A check finished (tests wait for it): how many notifications it sent.
    void checked(int notifications);

private:
    QCoro::Task<> runCheck(QDateTime after, QDateTime now);
    QCoro::Task<> runAction(helios::ReminderMessage reminder, ReminderAction action);
    void onAction(const helios::ReminderMessage &reminder, ReminderAction action);
    void arm();

    TodayService &m_service;
    Notifier &m_notifier;
    LastCheck m_lastCheck;
    Clock m_clock;
    ReminderOptions m_options;
    AgendaOptions m_agendaOptions;
    QTimer *m_timer = nullptr;
    QDateTime m_nextCheck;
    bool m_running = false;
    bool m_checking = false;
    bool m_checkAgain = false;
};

} // namespace helios::ui

#pragma once

#include "core/today/agenda.h"
#include "core/today/reminders.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <qcoro/qcorotask.h>

#include <functional>

class QSettings;
class QTimer;

namespace helios {
class TodayService;
}

namespace helios::ui {

class Notifier;

// Runs the reminders of core/today/reminders.h against the clock in the window: one QTimer that
// wakes at the next reminder (at most an hour ahead, so a clock change or a sleep is noticed
// within the hour), a round (reminderRound) that reads the day's list only when something fell,
// and the notifications' actions: "done" marks the task done and "tomorrow" moves it, both
// through TodayService as the Today page does; "open" (or a click) asks for the window on Today.
// The time up to which reminders were handled is kept in QSettings (kHandledKey) and written
// before anything is shown, so a crash or a restart never shows a reminder twice.
class ReminderScheduler : public QObject
{
    Q_OBJECT

public:
    static constexpr auto kHandledKey = "reminders/handled_up_to";
    static constexpr int kMaxSleepMs = 60 * 60 * 1000;

    using Clock = std::function<QDateTime()>;

    // Everything must outlive the scheduler.
    struct Services
    {
        TodayService &today;
        Notifier &notifier;
        QSettings &state;
        Clock clock = [] { return QDateTime::currentDateTime(); };
        AgendaOptions agendaOptions = {};
    };

    ReminderScheduler(Services services, ReminderOptions options, QObject *parent = nullptr);
    ~ReminderScheduler() override;

    ReminderOptions options() const { return m_options; }
    // Takes new times or switches; the next wake follows them (nothing that fell is replayed).
    void setOptions(const ReminderOptions &options);
    // When the timer fires next; null when it is not running (every reminder off, or stopped).
    QDateTime nextWake() const { return m_nextWake; }

public Q_SLOTS:
    // The first round (missed reminders summarised once), then the timer.
    void start();
    void stop();

Q_SIGNALS:
    // A notification was handed to the notifier (id is the notifier's).
    void shown(quint32 id, const helios::ReminderMessage &message);
    // A round is over: what fell was shown and the timer is set again.
    void roundFinished();
    // A task of this plan was changed from a notification (the Today page and the plan follow).
    void planChanged(qint64 planId);
    // The person asked for the window, on Today.
    void openRequested();
    // Why an action or the day's read failed, in one sentence.
    void failed(const QString &message);

private:
    QCoro::Task<> runRound();
    QCoro::Task<> markDone(qint64 taskId, qint64 planId);
    QCoro::Task<> moveToTomorrow(qint64 taskId, qint64 planId);
    void onAction(quint32 id, const QString &key);
    void show(const ReminderMessage &message);
    void arm();
    void disarm();
    QDateTime handledUpTo() const;

    TodayService &m_today;
    Notifier &m_notifier;
    QSettings &m_state;
    Clock m_clock;
    AgendaOptions m_agendaOptions;
    ReminderOptions m_options;
    QTimer *m_timer = nullptr;
    QDateTime m_nextWake;
    bool m_started = false;
    QHash<quint32, ReminderMessage> m_shown; // what each notification is about, for its actions
};

} // namespace helios::ui

#include "ui/reminders/reminder_scheduler.h"

#include "core/today/today_service.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace helios::ui {

ReminderScheduler::ReminderScheduler(TodayService &service, Notifier &notifier,
                                     LastCheck lastCheck, QObject *parent)
    : QObject(parent), m_service(service), m_notifier(notifier),
      m_lastCheck(std::move(lastCheck)), m_clock([] { return QDateTime::currentDateTime(); }),
      m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &ReminderScheduler::check);
    connect(&notifier, &Notifier::actionInvoked, this, &ReminderScheduler::onAction);
}

ReminderScheduler::~ReminderScheduler() = default;

void ReminderScheduler::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void ReminderScheduler::setOptions(const ReminderOptions &reminders, const AgendaOptions &agenda)
{
    m_options = reminders;
    m_agendaOptions = agenda;
    if (m_running)
        arm();
}

void ReminderScheduler::start()
{
    if (m_running)
        return;
    m_running = true;
    // The first time ever there is nothing to have missed: start from now.
    if (!m_lastCheck.load().isValid())
        m_lastCheck.save(m_clock());
    check();
}

void ReminderScheduler::stop()
{
    m_running = false;
    m_timer->stop();
    m_nextCheck = {};
}

void ReminderScheduler::check()
{
    if (m_checking) {
        m_checkAgain = true;
        return;
    }
    const QDateTime now = m_clock();
    QDateTime after = m_lastCheck.load();
    if (!after.isValid() || after > now) // never checked, or the clock went back
        after = now;
    // Saved before the day is read: a crash while reading shows nothing twice.
    m_lastCheck.save(now);
    runCheck(after, now);
}

void ReminderScheduler::arm()
{
    m_timer->stop();
    m_nextCheck = {};
    if (!m_running)
        return;
    const QDateTime now = m_clock();
    const QDateTime next = nextReminderAfter(now, m_options);
    if (!next.isValid())
        return;
    const qint64 wait = std::clamp<qint64>(now.msecsTo(next), 0, kLongestWaitMs);
    m_nextCheck = now.addMSecs(wait);
    m_timer->start(static_cast<int>(wait));
}

QCoro::Task<> ReminderScheduler::runCheck(QDateTime after, QDateTime now)
{
    QPointer self(this);
    const QList<ReminderEvent> events = remindersBetween(after, now, m_options);
    int sent = 0;
    if (!events.isEmpty()) {
        m_checking = true;
        QCoro::Task<Result<Agenda>> reading = m_service.agenda(now.date(), m_agendaOptions);
        Result<Agenda> agenda = co_await std::move(reading);
        if (!self)
            co_return;
        m_checking = false;
        if (!agenda) {
            qWarning("Reminders: the day could not be read: %s",
                     qPrintable(agenda.error().message));
        } else {
            QList<ReminderEvent> missed;
            QList<ReminderEvent> onTime;
            for (const ReminderEvent &event : events)
                (event.at.secsTo(now) > kLateAfterSeconds ? missed : onTime).append(event);
            QList<ReminderMessage> messages;
            if (!missed.isEmpty())
                messages << missedMessage(missed, *agenda);
            // Only today's reminders are for the day read; earlier ones were missed.
            messages << messagesFor(onTime, *agenda);
            for (const ReminderMessage &message : std::as_const(messages))
                m_notifier.notify(message);
            sent = static_cast<int>(messages.size());
        }
    }
    arm();
    Q_EMIT checked(sent);
    if (std::exchange(m_checkAgain, false))
        check();
}

void ReminderScheduler::onAction(const ReminderMessage &reminder, ReminderAction action)
{
    runAction(reminder, action);
}

QCoro::Task<> ReminderScheduler::runAction(ReminderMessage reminder, ReminderAction action)
{
    QPointer self(this);
    switch (action) {
    case ReminderAction::Open:
        Q_EMIT openRequested(reminder.planId, reminder.taskId);
        co_return;
    case ReminderAction::Done: {
        if (reminder.taskId == 0)
            co_return;
        QCoro::Task<Result<Task>> saving = m_service.markDone(reminder.taskId);
        Result<Task> done = co_await std::move(saving);
        if (!self)
            co_return;
        if (!done) {
            Q_EMIT message(done.error().message, true);
            co_return;
        }
        Q_EMIT message(tr("Done: %1").arg(done->title), false);
        Q_EMIT planChanged(done->planId);
        co_return;
    }
    case ReminderAction::Tomorrow: {
        if (reminder.taskId == 0)
            co_return;
        QCoro::Task<Result<TaskMove>> moving =
            m_service.moveToTomorrow(reminder.taskId, m_clock().date());
        Result<TaskMove> moved = co_await std::move(moving);
        if (!self)
            co_return;
        if (!moved) {
            Q_EMIT message(moved.error().message, true);
            co_return;
        }
        const Task *task = moved->movedTask();
        Q_EMIT message(tr("Moved to tomorrow: %1").arg(task ? task->title : QString()), false);
        Q_EMIT planChanged(moved->after.id);
        co_return;
    }
    }
}

} // namespace helios::ui

#include "ui/reminders/reminder_scheduler.h"

#include "core/today/today_service.h"
#include "ui/reminders/notifier.h"

#include <QPointer>
#include <QSettings>
#include <QTimer>

#include <algorithm>

namespace helios::ui {

namespace {

QList<Notifier::Action> actionsFor(const ReminderMessage &message)
{
    QList<Notifier::Action> actions;
    if (message.kind == ReminderMessage::Kind::TaskDue) {
        actions << Notifier::Action{QStringLiteral("done"), ReminderScheduler::tr("Done")}
                << Notifier::Action{QStringLiteral("tomorrow"), ReminderScheduler::tr("Tomorrow")};
    }
    actions << Notifier::Action{QStringLiteral("open"), ReminderScheduler::tr("Open")};
    return actions;
}

} // namespace

ReminderScheduler::ReminderScheduler(Services services, ReminderOptions options, QObject *parent)
    : QObject(parent), m_today(services.today), m_notifier(services.notifier),
      m_state(services.state), m_clock(std::move(services.clock)),
      m_agendaOptions(services.agendaOptions), m_options(options), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, [this]() { runRound(); });
    connect(&m_notifier, &Notifier::actionInvoked, this, &ReminderScheduler::onAction);
    connect(&m_notifier, &Notifier::closed, this, [this](quint32 id) { m_shown.remove(id); });
}

ReminderScheduler::~ReminderScheduler() = default;

void ReminderScheduler::setOptions(const ReminderOptions &options)
{
    if (m_options == options)
        return;
    m_options = options;
    if (m_started)
        arm();
}

void ReminderScheduler::start()
{
    m_started = true;
    runRound();
}

void ReminderScheduler::stop()
{
    m_started = false;
    disarm();
}

void ReminderScheduler::disarm()
{
    m_timer->stop();
    m_nextWake = {};
}

QDateTime ReminderScheduler::handledUpTo() const
{
    return QDateTime::fromString(m_state.value(QLatin1String(kHandledKey)).toString(),
                                 Qt::ISODateWithMs);
}

QCoro::Task<> ReminderScheduler::runRound()
{
    const QDateTime now = m_clock();
    const ReminderRound round = reminderRound(handledUpTo(), now, m_options);
    // Written before anything is shown: a restart from here on shows none of it again.
    m_state.setValue(QLatin1String(kHandledKey), round.handledUpTo.toString(Qt::ISODateWithMs));
    m_state.sync();
    if (!round.due.isEmpty() || !round.missed.isEmpty()) {
        QPointer self(this);
        QCoro::Task<Result<Agenda>> reading = m_today.agenda(now.date(), m_agendaOptions);
        const Result<Agenda> agenda = co_await std::move(reading);
        if (!self)
            co_return;
        if (agenda) {
            for (const ReminderMessage &message : roundMessages(round, *agenda))
                show(message);
        } else {
            Q_EMIT failed(agenda.error().message);
        }
    }
    if (m_started)
        arm();
    Q_EMIT roundFinished();
}

void ReminderScheduler::show(const ReminderMessage &message)
{
    const quint32 id = m_notifier.show(message.title, message.body, actionsFor(message));
    m_shown.insert(id, message);
    Q_EMIT shown(id, message);
}

void ReminderScheduler::arm()
{
    const QDateTime now = m_clock();
    const QDateTime after = std::max(now, handledUpTo());
    const QDateTime next = nextReminderAfter(after, m_options);
    if (next.isNull()) {
        disarm(); // every reminder off: setOptions arms it again
        return;
    }
    const qint64 untilNext = std::max<qint64>(0, now.msecsTo(next));
    const qint64 sleep = std::min<qint64>(untilNext, kMaxSleepMs);
    m_nextWake = now.addMSecs(sleep);
    m_timer->start(static_cast<int>(sleep));
}

void ReminderScheduler::onAction(quint32 id, const QString &key)
{
    const auto found = m_shown.constFind(id);
    if (found == m_shown.cend())
        return;
    const ReminderMessage &message = found.value();
    if (key == QLatin1String("done") && message.taskId != 0)
        markDone(message.taskId, message.planId);
    else if (key == QLatin1String("tomorrow") && message.taskId != 0)
        moveToTomorrow(message.taskId, message.planId);
    else if (key == QLatin1String("open") || key == QLatin1String("default"))
        Q_EMIT openRequested();
}

QCoro::Task<> ReminderScheduler::markDone(qint64 taskId, qint64 planId)
{
    QPointer self(this);
    QCoro::Task<Result<Task>> saving = m_today.markDone(taskId);
    const Result<Task> saved = co_await std::move(saving);
    if (!self)
        co_return;
    if (!saved) {
        Q_EMIT failed(saved.error().message);
        co_return;
    }
    Q_EMIT planChanged(planId);
}

QCoro::Task<> ReminderScheduler::moveToTomorrow(qint64 taskId, qint64 planId)
{
    QPointer self(this);
    QCoro::Task<Result<TaskMove>> moving = m_today.moveToTomorrow(taskId, m_clock().date());
    const Result<TaskMove> moved = co_await std::move(moving);
    if (!self)
        co_return;
    if (!moved) {
        Q_EMIT failed(moved.error().message);
        co_return;
    }
    Q_EMIT planChanged(planId);
}

} // namespace helios::ui

#include "ui/viewmodels/today_view_model.h"

#include "core/today/today_service.h"
#include "ui/models/display_format.h"
#include "ui/models/today_model.h"

#include <QPointer>
#include <QTimer>

#include <algorithm>

namespace helios::ui {

namespace {

// The agenda without one task, its hours taken off the totals.
Agenda withoutTask(Agenda agenda, qint64 taskId)
{
    for (QList<AgendaItem> *list : {&agenda.overdue, &agenda.today, &agenda.nextUp}) {
        const auto it = std::find_if(list->begin(), list->end(),
                                     [taskId](const AgendaItem &i) { return i.task.id == taskId; });
        if (it == list->end())
            continue;
        if (it->section == AgendaItem::Section::Today)
            agenda.plannedHours = std::max(0.0, agenda.plannedHours - it->hoursToday);
        if (it->section == AgendaItem::Section::Overdue)
            agenda.overdueHours = std::max(0.0, agenda.overdueHours - it->hoursToday);
        list->erase(it);
    }
    return agenda;
}

// The agenda without one plan's tasks.
Agenda withoutPlan(Agenda agenda, qint64 planId)
{
    QList<qint64> tasks;
    for (const QList<AgendaItem> *list : {&agenda.overdue, &agenda.today, &agenda.nextUp}) {
        for (const AgendaItem &item : *list) {
            if (item.task.planId == planId)
                tasks.append(item.task.id);
        }
    }
    for (const qint64 taskId : std::as_const(tasks))
        agenda = withoutTask(std::move(agenda), taskId);
    return agenda;
}

} // namespace

// Every coroutine below holds a QPointer to this object and checks it after each co_await.

TodayViewModel::TodayViewModel(Services services, QObject *parent)
    : QObject(parent), m_service(services.today), m_clock(std::move(services.clock)),
      m_options(services.options), m_busy(this, [this](bool busy) { Q_EMIT busyChanged(busy); }),
      m_model(new TodayModel(this)), m_refreshSoon(new QTimer(this))
{
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(0);
    connect(m_refreshSoon, &QTimer::timeout, this, &TodayViewModel::refreshNow);
    // Queued: a box ticked in a view is handled after the click, not inside the view's own
    // mouse handling while the list it clicked on is rebuilt.
    connect(m_model, &TodayModel::doneRequested, this, &TodayViewModel::markDone,
            Qt::QueuedConnection);
}

TodayViewModel::~TodayViewModel() = default;

const Agenda &TodayViewModel::agenda() const
{
    return m_model->agenda();
}

QString TodayViewModel::headline() const
{
    const Agenda &day = agenda();
    QStringList parts;
    parts << tr("%n task(s) today", "", static_cast<int>(day.today.size()));
    if (day.availableHours > 0.0)
        parts << tr("%1 h planned of the %2 h you have")
                     .arg(formatHours(day.plannedHours), formatHours(day.availableHours));
    else
        parts << tr("%1 h planned").arg(formatHours(day.plannedHours));
    if (!day.overdue.isEmpty())
        parts << tr("%n overdue", "tasks", static_cast<int>(day.overdue.size()));
    return parts.join(tr(" · "));
}

void TodayViewModel::refresh()
{
    m_refreshSoon->start();
}

void TodayViewModel::refreshNow()
{
    m_refreshSoon->stop();
    load();
}

void TodayViewModel::refreshUnlessReadSince(std::chrono::steady_clock::time_point changesUpTo)
{
    if (m_refreshSoon->isActive())
        return; // a read is coming, asked for after now
    if (m_readAskedAt != std::chrono::steady_clock::time_point{} && m_readAskedAt >= changesUpTo &&
        m_state != State::Failed)
        return;
    refresh();
}

void TodayViewModel::markDone(qint64 taskId)
{
    saveDone(taskId);
}

void TodayViewModel::moveToTomorrow(qint64 taskId)
{
    saveMove(taskId);
}

void TodayViewModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void TodayViewModel::setHiddenPlans(const QSet<qint64> &planIds)
{
    if (planIds == m_hiddenPlans)
        return;
    m_hiddenPlans = planIds;
    refresh();
}

void TodayViewModel::setAgenda(const Agenda &agenda)
{
    m_model->setAgenda(agenda);
    Q_EMIT agendaChanged();
}

QCoro::Task<> TodayViewModel::load()
{
    QPointer self(this);
    const quint64 generation = ++m_generation;
    if (m_state == State::Idle || m_state == State::Failed)
        setState(State::Loading);
    const BusyCounter::Scope busy = m_busy.enter();
    m_readAskedAt = std::chrono::steady_clock::now();
    ++m_readsStarted;
    QCoro::Task<Result<Agenda>> reading = m_service.agenda(today(), m_options);
    Result<Agenda> agenda = co_await std::move(reading);
    if (!self || generation != m_generation)
        co_return; // gone, or a newer read or a change made here came after this one started
    if (!agenda) {
        m_readAskedAt = {};
        m_error = agenda.error().message;
        setState(State::Failed);
        Q_EMIT message(tr("Today's tasks could not be read: %1").arg(m_error), true);
        co_return;
    }
    m_error.clear();
    Agenda shown = std::move(*agenda);
    for (const qint64 planId : std::as_const(m_hiddenPlans))
        shown = withoutPlan(std::move(shown), planId);
    setAgenda(shown);
    setState(State::Ready);
}

QCoro::Task<> TodayViewModel::saveDone(qint64 taskId)
{
    const AgendaItem *item = agenda().find(taskId);
    if (!item)
        co_return;
    const QString title = item->task.title;
    // Off the list at once: one click, and the next task moves up.
    ++m_generation; // a read under way predates this change
    m_readAskedAt = {};
    const Agenda after = withoutTask(agenda(), taskId);
    if (m_model->removeTask(taskId, after))
        Q_EMIT agendaChanged();
    else
        setAgenda(after);

    QPointer self(this);
    const BusyCounter::Scope busy = m_busy.enter();
    QCoro::Task<Result<Task>> saving = m_service.markDone(taskId);
    Result<Task> saved = co_await std::move(saving);
    if (!self)
        co_return;
    if (!saved) {
        Q_EMIT message(tr("“%1” could not be marked done: %2").arg(title, saved.error().message),
                       true);
        refreshNow();
        co_return;
    }
    Q_EMIT message(tr("Done: %1").arg(title), false);
    Q_EMIT planChanged(saved->planId);
    refreshNow();
}

QCoro::Task<> TodayViewModel::saveMove(qint64 taskId)
{
    const AgendaItem *item = agenda().find(taskId);
    if (!item)
        co_return;
    const QString title = item->task.title;
    QPointer self(this);
    const BusyCounter::Scope busy = m_busy.enter();
    QCoro::Task<Result<TaskMove>> moving = m_service.moveToTomorrow(taskId, today());
    Result<TaskMove> moved = co_await std::move(moving);
    if (!self)
        co_return;
    if (!moved) {
        Q_EMIT message(tr("“%1” could not be moved: %2").arg(title, moved.error().message), true);
        co_return;
    }
    const int also = static_cast<int>(moved->alsoMoved.size());
    Q_EMIT message(
        also == 0
            ? tr("Moved to tomorrow: %1").arg(title)
            : tr("Moved to tomorrow: %1, with %n task(s) that depend on it", "", also).arg(title),
        false);
    Q_EMIT planChanged(moved->after.id);
    refreshNow();
}

} // namespace helios::ui

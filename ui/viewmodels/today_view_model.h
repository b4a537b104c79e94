#pragma once

#include "core/domain/result.h"
#include "core/today/agenda.h"
#include "ui/viewmodels/busy_counter.h"

#include <QDate>
#include <QObject>
#include <QSet>
#include <QString>

#include <qcoro/qcorotask.h>

#include <chrono>

#include <functional>

class QTimer;

namespace helios {
class TodayService;
}

namespace helios::ui {

class TodayModel;

// The Today page without widgets: every plan's tasks for today, the overdue ones and what is
// next (TodayService), and what a person does from there: mark a task done, move it to
// tomorrow. Nothing here waits: each call returns at once and the outcome arrives through the
// model and the signals. Refreshes asked for together read the storage once; a read that a newer
// one or a change made here overtook is dropped. A coroutine that finishes after this object is
// gone does not touch it.
class TodayViewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString headline READ headline NOTIFY agendaChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)

public:
    enum class State {
        Idle,    // nothing read yet
        Loading, // the first read is under way
        Ready,
        Failed, // errorMessage says why; refresh() tries again
    };
    Q_ENUM(State)

    // Today's date; a parameter so that tests can fix it.
    using Clock = std::function<QDate()>;

    // What the page needs. today must outlive the view-model.
    struct Services
    {
        TodayService &today;
        Clock clock = [] { return QDate::currentDate(); };
        // The person's hours per weekday and how far "next up" looks.
        AgendaOptions options = {};
    };

    explicit TodayViewModel(Services services, QObject *parent = nullptr);
    ~TodayViewModel() override;

    TodayModel *model() const { return m_model; }
    const Agenda &agenda() const;
    State state() const { return m_state; }
    bool isBusy() const { return m_busy.isBusy(); }
    QString errorMessage() const { return m_error; }
    // "3 tasks today · 2.5 h planned of the 3 h you have · 2 overdue"
    QString headline() const;
    // How many reads of the day were started (for tests).
    int readsStarted() const { return m_readsStarted; }
    QDate today() const { return m_clock(); }

public Q_SLOTS:
    // Reads the day again soon: calls made together (several plans changed) read once.
    void refresh();
    // Reads the day now.
    void refreshNow();
    // Reads the day again soon unless the day shown, or the read under way, was asked for at or
    // after `changesUpTo`: every change written before then is in it already. The window calls
    // it when the plan list was read again (PlansViewModel::plansAskedAt): after a task done
    // here, which reads the day itself, that second read was wasted (docs/BENCHMARKS.md, Today).
    void refreshUnlessReadSince(std::chrono::steady_clock::time_point changesUpTo);
    // Marks the task done: it leaves the list at once, and the storage has it soon after.
    void markDone(qint64 taskId);
    // Moves the task to tomorrow as a new version of its plan (TodayService::moveToTomorrow).
    void moveToTomorrow(qint64 taskId);
    // Plans whose tasks are left out (a plan waiting for its deletion); reads the day again.
    void setHiddenPlans(const QSet<qint64> &planIds);

Q_SIGNALS:
    void stateChanged(helios::ui::TodayViewModel::State state);
    void busyChanged(bool busy);
    void agendaChanged();
    // A task of this plan was changed from here (the plan list and the plan shown follow).
    void planChanged(qint64 planId);
    // What the last action did, or why it failed, in one sentence.
    void message(const QString &text, bool isError);

private:
    QCoro::Task<> load();
    QCoro::Task<> saveDone(qint64 taskId);
    QCoro::Task<> saveMove(qint64 taskId);
    void setState(State state);
    void setAgenda(const Agenda &agenda);

    TodayService &m_service;
    Clock m_clock;
    AgendaOptions m_options;
    BusyCounter m_busy;
    TodayModel *m_model = nullptr;
    QTimer *m_refreshSoon = nullptr;
    State m_state = State::Idle;
    QString m_error;
    QSet<qint64> m_hiddenPlans;
    quint64 m_generation = 0; // bumped by every read and every change made here
    // When the day shown, or the read under way, was asked for; none after a change made here
    // or a failed read.
    std::chrono::steady_clock::time_point m_readAskedAt;
    int m_readsStarted = 0;
};

} // namespace helios::ui

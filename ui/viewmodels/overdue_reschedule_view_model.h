#pragma once

#include "core/domain/plan.h"
#include "core/planning/plan_diff.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>

#include <qcoro/qcorotask.h>

namespace helios {
class VersionService;
}

namespace helios::ui {

class PlanDiffModel;

// "Reschedule all overdue" from Today, with no widgets: for each plan that has overdue tasks,
// one after another, the re-plan from today (VersionService::proposeReplan, as Adapt plan) shown
// as a PlanDiffModel, then accepted (a new version, "replan") or left as it is, plan by plan.
// Nothing is saved before accept(). Every call returns at once; results arrive as signals. A
// coroutine that finishes after this object is gone does not touch it.
class OverdueRescheduleViewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    enum class State {
        Idle,      // not started
        Proposing, // the current plan's re-plan is being made
        Reviewing, // a proposal waits for accept() or skip()
        Applying,  // the proposal is being saved
        Finished,  // every plan was seen; accepted()/skipped() say how it went
        Failed,    // errorMessage says why (the plan is skipped on skip(); retry() tries again)
    };
    Q_ENUM(State)

    explicit OverdueRescheduleViewModel(VersionService &versions, QObject *parent = nullptr);
    ~OverdueRescheduleViewModel() override;

    PlanDiffModel *diffModel() const { return m_diffModel; }
    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Proposing || m_state == State::Applying; }
    QString errorMessage() const { return m_error; }

    int planCount() const { return static_cast<int>(m_planIds.size()); }
    int position() const { return m_index; } // 0-based, of the plan shown
    const Plan &currentPlan() const { return m_current; }
    const Plan &proposedPlan() const { return m_proposed; }
    const PlanDiff &diff() const { return m_diff; }
    // "3 tasks move later, 1 added"
    QString summary() const;
    int acceptedCount() const { return m_accepted; }
    int skippedCount() const { return m_skipped; }

public Q_SLOTS:
    // Starts with the first of these plans, re-planned from today.
    void start(const QList<qint64> &planIds, QDate today);
    // Saves the proposal as a new version, then moves to the next plan.
    void accept();
    // Leaves the plan as it is and moves to the next one.
    void skip();
    // Proposes the current plan's re-plan again after a failure.
    void retry();
    // Stops: the plans not seen yet are left as they are.
    void cancel();

Q_SIGNALS:
    void stateChanged(helios::ui::OverdueRescheduleViewModel::State state);
    void proposalChanged();
    // A plan was saved with its new version (the window reloads it).
    void planRescheduled(qint64 planId);
    void finished(int accepted, int skipped);

private:
    QCoro::Task<> propose();
    QCoro::Task<> apply();
    void next();
    void setState(State state);

    VersionService &m_versions;
    PlanDiffModel *m_diffModel = nullptr;
    QList<qint64> m_planIds;
    QDate m_today;
    int m_index = 0;
    int m_accepted = 0;
    int m_skipped = 0;
    Plan m_current;
    Plan m_proposed;
    PlanDiff m_diff;
    QString m_error;
    State m_state = State::Idle;
    quint64 m_generation = 0;
};

} // namespace helios::ui

#pragma once

#include "core/domain/plan.h"
#include "core/llm/provider.h"
#include "core/planning/plan_diff.h"

#include <QDate>
#include <QObject>
#include <QString>

#include <qcoro/qcorotask.h>

#include <functional>
#include <optional>

namespace helios {
class VersionService;
}
namespace helios::agents {
class PlanningTeam;
struct ProgressEvent;
} // namespace helios::agents

namespace helios::ui {

class PlanDiffModel;
class PlansViewModel;

// Adapting the selected plan, with no widgets: propose a re-plan from today (or ask the model
// for a revision), show what would change as a PlanDiffModel, then apply it as a new version or
// drop it. Nothing is saved before accept(). Every call returns at once; results arrive through
// the signals. A coroutine that finishes after this object is gone does not touch it, and a
// revision still running when it goes is cancelled.
class AdaptPlanViewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY stateChanged)
    Q_PROPERTY(bool canReviseWithModel READ canReviseWithModel CONSTANT)
    Q_PROPERTY(QString summary READ summary NOTIFY proposalChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)

public:
    enum class State {
        Idle,      // nothing proposed yet (or the proposal was rejected)
        Proposing, // the re-plan or the model's revision is being made
        Proposed,  // a proposal waits for accept() or reject()
        Applying,  // the proposal is being saved
        Applied,   // saved as a new version
        Failed,    // errorMessage says why; propose again to retry
    };
    Q_ENUM(State)

    // The model's planning team, when one is configured; may be empty or return nullptr. The team
    // must outlive the revision it runs.
    using TeamProvider = std::function<agents::PlanningTeam *()>;

    AdaptPlanViewModel(VersionService &versions, PlansViewModel &plans, TeamProvider team = {},
                       QObject *parent = nullptr);
    ~AdaptPlanViewModel() override;

    PlanDiffModel *diffModel() const { return m_diffModel; }
    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Proposing || m_state == State::Applying; }
    bool canReviseWithModel() const;
    QString summary() const;
    QString errorMessage() const { return m_error; }
    // The stage the model's team is in ("Planning…"), empty when no revision runs.
    QString progressText() const { return m_progress; }
    // Everything the model streamed during the current revision.
    QString streamedText() const { return m_streamed; }

    qint64 planId() const { return m_planId; }
    const Plan &currentPlan() const { return m_current; }
    const Plan &proposedPlan() const { return m_proposed; }
    const PlanDiff &diff() const { return m_diff; }
    // Tasks still to do in the current plan, and how many of them the proposal removes. A
    // proposal that removes more than half of them is confirmed before it is accepted.
    int remainingTasks() const;
    int removedRemainingTasks() const;
    bool removesMostOfTheWork() const { return removedRemainingTasks() * 2 > remainingTasks(); }
    bool isRevision() const { return m_revision; }
    int appliedVersion() const { return m_appliedVersion; }

    // A plan synced with a server (docs/ARCHITECTURE.md "Re-planning and restoring a synced
    // plan"): before a proposal, mergeFirst brings the server's edits into the plan (a sync) and
    // gives a sentence when it could not (empty: merged, or the plan is not synced); the proposal
    // then runs on the merged plan, or on the plan as it is here after showing that sentence on
    // the status line. After a proposal is saved, changed(planId) has it sent soon.
    using MergeFirst = std::function<QCoro::Task<QString>(qint64 planId)>;
    void setSync(MergeFirst mergeFirst, std::function<void(qint64 planId)> changed)
    {
        m_mergeFirst = std::move(mergeFirst);
        m_synced = std::move(changed);
    }

public Q_SLOTS:
    // Reschedules the selected plan's remaining work from PlansViewModel::today().
    void propose(std::optional<QDate> newDeadline = {}, std::optional<double> newHoursPerWeek = {});
    // Reschedules this plan's remaining work from today, whichever plan is selected (Today's
    // "Reschedule overdue tasks", one view-model per plan).
    void proposeForPlan(qint64 planId);
    // Asks the model's team to revise the remaining tasks (split, add, drop, re-estimate).
    void reviseWithModel(std::optional<QDate> newDeadline = {},
                         std::optional<double> newHoursPerWeek = {});
    // Stops a running revision; the state goes back to Idle.
    void cancel();
    // Saves the proposal as a new version, then has the window show it.
    void accept();
    // Drops the proposal; nothing is saved.
    void reject();

Q_SIGNALS:
    void stateChanged(helios::ui::AdaptPlanViewModel::State state);
    void proposalChanged();
    void progressChanged(const QString &stage);
    void textStreamed(const QString &piece);
    void applied(qint64 planId, int version);
    void failed(const QString &message);

private:
    QCoro::Task<> runProposal(qint64 planId, std::optional<QDate> deadline,
                              std::optional<double> hours, bool withModel);
    QCoro::Task<> runApply(Plan proposed, QString reason);
    void onProgress(const agents::ProgressEvent &event);
    void setState(State state);
    void fail(const QString &message);

    VersionService &m_versions;
    PlansViewModel &m_plans;
    TeamProvider m_team;
    MergeFirst m_mergeFirst;
    std::function<void(qint64)> m_synced;
    PlanDiffModel *m_diffModel = nullptr;
    State m_state = State::Idle;
    QString m_error;
    QString m_progress;
    QString m_streamed;
    std::optional<llm::CancelToken> m_cancel;
    quint64 m_generation = 0; // drops results that cancel() or a newer proposal overtook
    qint64 m_planId = 0;
    Plan m_current;
    Plan m_proposed;
    PlanDiff m_diff;
    bool m_revision = false;
    int m_appliedVersion = 0;
};

} // namespace helios::ui

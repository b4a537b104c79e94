#include "ui/viewmodels/version_history_view_model.h"

#include "core/jobs/merged_first.h"
#include "core/jobs/version_service.h"
#include "core/planning/plan_diff.h"
#include "ui/models/plan_diff_model.h"
#include "ui/models/version_list_model.h"
#include "ui/viewmodels/plans_view_model.h"

#include <QPointer>

namespace helios::ui {

// Every coroutine below holds a QPointer to this object and checks it after each co_await: the
// dialog may have closed while the store was busy.

VersionHistoryViewModel::VersionHistoryViewModel(VersionService &versions, PlansViewModel &plans,
                                                 QObject *parent)
    : QObject(parent), m_versions(versions), m_plans(plans),
      m_versionModel(new VersionListModel(this)), m_diffModel(new PlanDiffModel(this))
{
    // The diff is against the plan the window shows; it changes after a restore or an edit.
    connect(&m_plans, &PlansViewModel::currentPlanChanged, this,
            &VersionHistoryViewModel::showDiff);
}

bool VersionHistoryViewModel::canRestoreSelected() const
{
    return m_state == State::Ready && m_selectedVersion > 0 && !m_selectedIsCurrent;
}

void VersionHistoryViewModel::load()
{
    if (m_state == State::Restoring || m_plans.selectedPlanId() == 0)
        return;
    runLoad(m_plans.selectedPlanId());
}

void VersionHistoryViewModel::selectVersion(int version)
{
    if (version == m_selectedVersion)
        return;
    m_selectedVersion = version;
    Q_EMIT selectedVersionChanged(version);
    showDiff();
}

void VersionHistoryViewModel::restore(int version)
{
    if (isBusy() || m_planId == 0 || !m_plansByVersion.contains(version))
        return;
    runRestore(m_planId, version);
}

QCoro::Task<> VersionHistoryViewModel::runLoad(qint64 planId)
{
    QPointer self(this);
    const quint64 generation = ++m_generation;
    m_planId = planId;
    m_error.clear();
    setState(State::Loading);
    auto listing = m_versions.versions(planId);
    Result<QList<PlanVersion>> list = co_await listing;
    if (!self || generation != m_generation)
        co_return;
    if (!list) {
        fail(list.error().message);
        co_return;
    }
    // Each version's plan, for its task count and its diff: a plan has a handful of versions.
    QHash<int, Plan> plans;
    QList<VersionListModel::Entry> entries;
    for (const PlanVersion &v : std::as_const(*list)) {
        auto reading = m_versions.version(planId, v.version);
        Result<Plan> plan = co_await reading;
        if (!self || generation != m_generation)
            co_return;
        if (!plan) {
            fail(plan.error().message);
            co_return;
        }
        entries.append({v, static_cast<int>(plan->tasks.size())});
        plans.insert(v.version, std::move(*plan));
    }
    m_plansByVersion = std::move(plans);
    m_latestVersion = list->isEmpty() ? 0 : list->constLast().version;
    m_versionModel->setVersions(std::move(entries));
    setState(State::Ready);
    // Keep the selection when it still exists, else the newest version before the current one.
    int selected = m_selectedVersion;
    if (!m_plansByVersion.contains(selected))
        selected = m_versionModel->versionAt(m_versionModel->rowCount() > 1 ? 1 : 0);
    m_selectedVersion = -1; // forces the diff and the signal
    selectVersion(selected);
    Q_EMIT versionsLoaded();
}

QCoro::Task<> VersionHistoryViewModel::runRestore(qint64 planId, int version)
{
    QPointer self(this);
    // The window shows the restored plan even when the dialog closed during the restore.
    QPointer<PlansViewModel> plans(&m_plans);
    const quint64 generation = ++m_generation;
    setState(State::Restoring);
    // A synced plan first takes in the server's edits, and the restore keeps what they changed.
    Plan before;
    Plan merged;
    const std::function<void(qint64)> synced = m_synced; // the dialog may close meanwhile
    if (m_mergeFirst) {
        auto reading = m_versions.current(planId);
        Result<Plan> current = co_await reading;
        if (!self || generation != m_generation)
            co_return;
        QCoro::Task<QString> merging = m_mergeFirst(planId);
        const QString note = co_await std::move(merging);
        if (!self || generation != m_generation)
            co_return;
        if (!note.isEmpty())
            m_plans.showStatus(note, true);
        auto rereading = m_versions.current(planId);
        Result<Plan> after = co_await rereading;
        if (!self || generation != m_generation)
            co_return;
        if (current && after) {
            before = std::move(*current);
            merged = std::move(*after);
        }
    }
    auto restoring = m_versions.restore(planId, version, [before, merged](Plan old) {
        return keepMergedEdits(before, merged, std::move(old));
    });
    Result<AppliedVersion> outcome = co_await restoring;
    if (outcome && plans)
        plans->refresh();
    if (outcome && synced)
        synced(planId); // what the restore changed goes to the server soon
    if (!self || generation != m_generation)
        co_return;
    if (!outcome) {
        fail(outcome.error().message);
        co_return;
    }
    Q_EMIT restored(version);
    runLoad(planId);
}

void VersionHistoryViewModel::showDiff()
{
    const Plan &current = m_plans.currentPlan();
    const auto found = m_plansByVersion.constFind(m_selectedVersion);
    if (found == m_plansByVersion.cend() || current.id != m_planId) {
        m_selectedIsCurrent = false;
        m_diffModel->clear();
        return;
    }
    const PlanDiff diff = diffPlans(current, *found);
    m_selectedIsCurrent = diff.isEmpty();
    m_diffModel->setDiff(diff, current, *found);
}

void VersionHistoryViewModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void VersionHistoryViewModel::fail(const QString &message)
{
    m_error = message;
    setState(State::Failed);
    Q_EMIT failed(message);
}

} // namespace helios::ui

#pragma once

#include "core/domain/plan.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <qcoro/qcorotask.h>

#include <functional>

namespace helios {
class VersionService;
}

namespace helios::ui {

class PlanDiffModel;
class PlansViewModel;
class VersionListModel;

// A plan's version history, with no widgets: the saved versions (VersionListModel), what
// restoring the selected one would change against the current plan (PlanDiffModel), and the
// restore itself, after which the window shows the restored plan. Every call returns at once;
// a coroutine that finishes after this object is gone does not touch it.
class VersionHistoryViewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ isBusy NOTIFY stateChanged)
    Q_PROPERTY(
        int selectedVersion READ selectedVersion WRITE selectVersion NOTIFY selectedVersionChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)

public:
    enum class State { Idle, Loading, Ready, Restoring, Failed };
    Q_ENUM(State)

    VersionHistoryViewModel(VersionService &versions, PlansViewModel &plans,
                            QObject *parent = nullptr);

    VersionListModel *versionModel() const { return m_versionModel; }
    PlanDiffModel *diffModel() const { return m_diffModel; }
    State state() const { return m_state; }
    bool isBusy() const { return m_state == State::Loading || m_state == State::Restoring; }
    QString errorMessage() const { return m_error; }
    qint64 planId() const { return m_planId; }
    int selectedVersion() const { return m_selectedVersion; }
    int latestVersion() const { return m_latestVersion; }
    // True when the selected version is the plan as it is now: restoring it changes nothing.
    bool isSelectedCurrent() const { return m_selectedIsCurrent; }

    // A plan synced with a server (as AdaptPlanViewModel::setSync): before a restore, mergeFirst
    // brings the server's edits in (a sentence when it could not); the restore then keeps the
    // fields they changed (core/jobs/merged_first.h), and changed(planId) has it sent soon.
    using MergeFirst = std::function<QCoro::Task<QString>(qint64 planId)>;
    void setSync(MergeFirst mergeFirst, std::function<void(qint64 planId)> changed)
    {
        m_mergeFirst = std::move(mergeFirst);
        m_synced = std::move(changed);
    }
    bool canRestoreSelected() const;

public Q_SLOTS:
    // Lists the versions of the plan selected in the window.
    void load();
    // Shows what restoring `version` would change in the current plan.
    void selectVersion(int version);
    // Makes `version` current again as a new version.
    void restore(int version);

Q_SIGNALS:
    void stateChanged(helios::ui::VersionHistoryViewModel::State state);
    void selectedVersionChanged(int version);
    void versionsLoaded();
    void restored(int version);
    void failed(const QString &message);

private:
    QCoro::Task<> runLoad(qint64 planId);
    QCoro::Task<> runRestore(qint64 planId, int version);
    void showDiff();
    void setState(State state);
    void fail(const QString &message);

    VersionService &m_versions;
    PlansViewModel &m_plans;
    MergeFirst m_mergeFirst;
    std::function<void(qint64)> m_synced;
    VersionListModel *m_versionModel = nullptr;
    PlanDiffModel *m_diffModel = nullptr;
    State m_state = State::Idle;
    QString m_error;
    qint64 m_planId = 0;
    int m_selectedVersion = 0;
    int m_latestVersion = 0;
    bool m_selectedIsCurrent = false;
    QHash<int, Plan> m_plansByVersion;
    quint64 m_generation = 0;
};

} // namespace helios::ui

#pragma once

#include "core/domain/plan.h"
#include "core/domain/plan_queries.h"
#include "core/domain/result.h"
#include "core/domain/version_writes.h"
#include "core/planning/plan_edit.h"

#include <QDate>
#include <QDateTime>

#include <qcoro/qcorotask.h>

#include <concepts>
#include <functional>

namespace helios {

// Something that keeps plans and takes edits of them (the Store, the tests' in-memory storage).
template <typename S>
concept EditStorage = std::derived_from<S, PlanQueries> && std::derived_from<S, VersionWrites>;

// A saved plan edited by a person: the window's edits (each undoable) and `helios-cli task` and
// `plan rename`. An edit is worked out by core/planning/plan_edit (which reschedules when dates
// can move), then written with VersionWrites::applyEdit as the reason "edit".
//
// Versions: one per editing session, not one per edit. Edits less than kSessionMinutes apart
// amend the same "edit" version, so the history reads "original, edited, re-planned, edited" and
// never holds fifty snapshots of a plan whose tasks were renamed one by one (a snapshot is the
// whole plan: 5 MB for 20,000 tasks). A re-plan, a revision or a restore in between closes the
// session. Undo in the window writes the earlier state back the same way.
class PlanEditService
{
public:
    // Edits closer together than this make one version.
    static constexpr int kSessionMinutes = 30;
    using Clock = std::function<QDateTime()>;

    struct Edited
    {
        Plan before;
        Plan after; // as saved: ids of new tasks filled in
        PlanDiff diff;
        bool rescheduled = false;
        int addedPosition = -1; // an added task's position in after.tasks
    };

    // The storage must outlive the service.
    PlanEditService(PlanQueries &plans, VersionWrites &versionWrites);
    template <EditStorage S>
    explicit PlanEditService(S &storage) : PlanEditService(storage, storage)
    {}

    // Reads the plan, applies the edit and saves the result.
    QCoro::Task<Result<Edited>> edit(qint64 planId, PlanEdit edit, QDate today);
    // The same on the plan as the caller holds it (the window's current plan: no read).
    QCoro::Task<Result<Edited>> edit(Plan current, PlanEdit edit, QDate today);
    // Saves a state of the plan the person goes back (or forward) to: undo and redo.
    QCoro::Task<Result<Plan>> save(Plan plan);

    // The time versions are compared with (test seam); UTC now by default.
    void setClock(Clock clock);

private:
    QDateTime sessionStart() const;

    PlanQueries &m_plans;
    VersionWrites &m_versionWrites;
    Clock m_clock;
};

} // namespace helios

#pragma once

#include "core/domain/plan.h"

// A whole-plan change computed without the server's latest edits (a restore of an older version)
// meets a plan a sync has just merged those edits into (docs/ARCHITECTURE.md "Re-planning and
// restoring a synced plan"). No I/O.
namespace helios {

// `changed` as it should be saved so that it clobbers none of the edits the sync brought in:
// `before` is the plan before that sync, `merged` after it. On each task `changed` shares with
// both (by id), a field the sync changed (title, notes, status, start, due, milestone, estimate,
// hours spent) keeps the sync's value, as the sync's own merge decides when both sides changed
// it (the server's edit is the newer); every other field takes `changed`'s value. Tasks the sync
// added (ids not in `before`) are kept, after `changed`'s own.
Plan keepMergedEdits(const Plan &before, const Plan &merged, Plan changed);

} // namespace helios

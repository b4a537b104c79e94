#pragma once

#include "core/domain/plan_version.h"
#include "core/domain/result.h"

#include <QList>

#include <qcoro/qcorotask.h>

#include <optional>

namespace helios {

// Reads of the saved versions of plans (see PlanQueries for what every storage interface
// promises). The snapshot is the plan as JSON, opaque here (core/jobs/plan_snapshot).
class VersionQueries
{
public:
    virtual ~VersionQueries() = default;

    // A plan's versions, oldest first, without their snapshots; empty when it has none (or
    // there is no such plan: callers that must tell the two apart read the plan).
    virtual QCoro::Task<Result<QList<PlanVersion>>> versions(qint64 planId) = 0;
    // One version with its snapshot; nullopt when the plan has no such version.
    virtual QCoro::Task<Result<std::optional<PlanVersion>>> version(qint64 planId, int version) = 0;
};

} // namespace helios

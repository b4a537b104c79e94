#pragma once

// Store::resultOnWorker: runs a read (or write) that yields a value on a store worker and hands
// the value back to the calling thread. runOnWorker only says whether the work succeeded, so the
// value travels in a slot shared with the work. For store_versions.cpp and store_jobs.cpp.

#include "core/store/store.h"

#include <QSqlDatabase>

#include <qcoro/qcorotask.h>

#include <memory>
#include <optional>
#include <utility>

namespace helios {

template <typename T, typename Work>
QCoro::Task<Result<T>> Store::resultOnWorker(QLatin1StringView query, Work work,
                                             qint64 changedPlanId)
{
    auto slot = std::make_shared<std::optional<T>>();
    auto run = [work = std::move(work), slot](QSqlDatabase &db) -> Status {
        Result<T> result = work(db);
        if (!result)
            return result.error();
        *slot = std::move(*result);
        return Ok{};
    };
    auto running = runOnWorker(std::move(run), changedPlanId, query);
    const Status done = co_await running;
    if (!done)
        co_return done.error();
    // The work fills the slot whenever it succeeds, so a successful run has a value here.
    co_return std::move(**slot); // NOLINT(bugprone-unchecked-optional-access)
}

} // namespace helios

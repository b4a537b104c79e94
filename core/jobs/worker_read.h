#pragma once

// Runs a read (or write) that yields a value on the store's worker and hands the value back to
// the calling thread. Store::runOnWorker only says whether the work succeeded, so the value
// travels in a slot shared with the work.

#include "core/domain/result.h"
#include "core/store/store.h"

#include <QSqlDatabase>

#include <qcoro/qcorotask.h>

#include <memory>
#include <optional>
#include <utility>

namespace helios {

// work: QSqlDatabase & -> Result<T>, run on a worker connection; changedPlanId as in
// Store::runOnWorker. The store must outlive the call.
template <typename T, typename Work>
QCoro::Task<Result<T>> resultOnWorker(Store &store, Work work, qint64 changedPlanId = 0)
{
    auto slot = std::make_shared<std::optional<T>>();
    auto run = [work = std::move(work), slot](QSqlDatabase &db) -> Status {
        Result<T> result = work(db);
        if (!result)
            return result.error();
        *slot = std::move(*result);
        return Ok{};
    };
    auto running = store.runOnWorker(std::move(run), changedPlanId);
    const Status done = co_await running;
    if (!done)
        co_return done.error();
    co_return std::move(**slot);
}

} // namespace helios

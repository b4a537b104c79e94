#pragma once

#include "core/domain/plan.h"
#include "core/domain/plan_queries.h"
#include "core/domain/plan_writes.h"
#include "core/domain/result.h"
#include "core/io/imported_plan.h"
#include "core/io/plan_exporter.h"
#include "core/io/plan_import.h"

#include <qcoro/qcorotask.h>

#include <concepts>
#include <optional>

class QIODevice;

namespace helios {

// Export and import of plans over the storage, for the CLI and the GUI alike. File work never
// runs on the calling thread: exports are written by the storage's walk as the plans are read
// (the Store's worker thread; memory stays flat), imports are read and parsed on the thread pool
// and saved all at once.
class PlanTransfer
{
public:
    // The storage must outlive the transfer.
    PlanTransfer(PlanQueries &queries, PlanWrites &writes);
    template <typename S>
    requires std::derived_from<S, PlanQueries> && std::derived_from<S, PlanWrites>
    explicit PlanTransfer(S &storage) : PlanTransfer(storage, storage) {}

    // One plan (planId) or all plans (not templates) to `path`, through a temporary file beside
    // it that is renamed only once the export is complete: a failed export leaves no file and
    // an existing file untouched.
    QCoro::Task<Status> exportToFile(std::optional<qint64> planId, PlanFormat format, QString path,
                                     ExportOptions options = {});
    // The same to an open device (stdout), which may be written on another thread (the Store's
    // worker) and must outlive the call.
    QCoro::Task<Status> exportToDevice(std::optional<qint64> planId, PlanFormat format,
                                       QIODevice &out, ExportOptions options = {});

    // Reads `path` (refused above 16 MiB before reading), turns it into plans (see importPlans)
    // and saves them all, with the versions a Helios JSON file holds, in one transaction.
    // Nothing is saved when anything fails.
    QCoro::Task<Result<QList<Plan>>> importFile(QString path, ImportOptions options);
    // The first half of importFile: reads and checks `path` off the calling thread and returns
    // the plans it would make, with what a preview warns about; saves nothing.
    QCoro::Task<Result<QList<ImportedPlan>>> readImport(QString path, ImportOptions options);
    // The second half of importFile, for plans already read and checked (importPlanFile): saves
    // them with their versions in one transaction.
    QCoro::Task<Result<QList<Plan>>> saveImported(QList<ImportedPlan> imported);

private:
    PlanQueries &m_queries;
    PlanWrites &m_writes;
};

} // namespace helios

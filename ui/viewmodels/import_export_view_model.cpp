#include "ui/viewmodels/import_export_view_model.h"

#include "core/io/plan_exporter.h"
#include "core/jobs/plan_transfer.h"
#include "ui/viewmodels/plans_view_model.h"

#include <QBuffer>
#include <QPointer>

namespace helios::ui {

ImportExportViewModel::ImportExportViewModel(PlanTransfer &transfer, PlansViewModel &plans,
                                             QObject *parent)
    : QObject(parent), m_transfer(transfer), m_plans(plans)
{}

QString ImportExportViewModel::markdownOf(const Plan &plan)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    std::unique_ptr<PlanExporter> exporter = makePlanExporter(PlanFormat::Markdown, buffer);
    helios::exportPlans({plan}, *exporter);
    return QString::fromUtf8(bytes);
}

void ImportExportViewModel::exportPlans(qint64 planId, PlanFormat format, const QString &path)
{
    runExport(planId > 0 ? std::optional<qint64>(planId) : std::nullopt, format, path);
}

void ImportExportViewModel::importFile(const QString &path)
{
    runImport(path);
}

void ImportExportViewModel::setRunning(int delta)
{
    const bool was = isBusy();
    m_running += delta;
    if (was != isBusy())
        Q_EMIT busyChanged(isBusy());
}

// Named tasks, not temporaries, in co_await expressions (docs/ARCHITECTURE.md). The guard keeps
// a coroutine that outlives this object from touching it.
QCoro::Task<> ImportExportViewModel::runExport(std::optional<qint64> planId, PlanFormat format,
                                               QString path)
{
    QPointer<ImportExportViewModel> self(this);
    setRunning(+1);
    QCoro::Task<Status> exporting = m_transfer.exportToFile(planId, format, path);
    const Status exported = co_await std::move(exporting);
    if (!self)
        co_return;
    setRunning(-1);
    if (exported)
        Q_EMIT this->exported(path);
    else
        Q_EMIT failed(exported.error().message);
}

QCoro::Task<> ImportExportViewModel::runImport(QString path)
{
    QPointer<ImportExportViewModel> self(this);
    setRunning(+1);
    ImportOptions options;
    options.today = m_plans.today();
    QCoro::Task<Result<QList<Plan>>> importing = m_transfer.importFile(path, options);
    const Result<QList<Plan>> plans = co_await std::move(importing);
    if (!self)
        co_return;
    setRunning(-1);
    if (!plans) {
        Q_EMIT failed(plans.error().message);
        co_return;
    }
    const Plan &first = plans->constFirst();
    m_plans.selectPlan(first.id);
    m_plans.reload();
    Q_EMIT imported(first.id, static_cast<int>(first.tasks.size()));
}

} // namespace helios::ui

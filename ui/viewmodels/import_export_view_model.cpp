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
    showImported(*plans);
}

void ImportExportViewModel::showImported(const QList<Plan> &plans)
{
    const Plan &first = plans.constFirst();
    m_plans.selectPlan(first.id);
    m_plans.reload();
    Q_EMIT imported(first.id, static_cast<int>(first.tasks.size()));
}

void ImportExportViewModel::previewFile(const QString &path)
{
    runPreview(path);
}

void ImportExportViewModel::importPreviewed(const QString &name)
{
    if (m_preview.isEmpty())
        return;
    QList<ImportedPlan> plans = std::exchange(m_preview, {});
    m_previewPath.clear();
    const QString goal = name.simplified();
    if (!goal.isEmpty())
        plans.first().plan.goal = goal;
    runSave(std::move(plans));
}

void ImportExportViewModel::cancelPreview()
{
    ++m_previewGeneration;
    m_preview.clear();
    m_previewPath.clear();
}

QCoro::Task<> ImportExportViewModel::runPreview(QString path)
{
    QPointer<ImportExportViewModel> self(this);
    const quint64 generation = ++m_previewGeneration;
    setRunning(+1);
    ImportOptions options;
    options.today = m_plans.today();
    QCoro::Task<Result<QList<ImportedPlan>>> reading = m_transfer.readImport(path, options);
    Result<QList<ImportedPlan>> plans = co_await std::move(reading);
    if (!self)
        co_return;
    setRunning(-1);
    if (generation != m_previewGeneration)
        co_return;
    if (!plans) {
        Q_EMIT failed(plans.error().message);
        co_return;
    }
    m_preview = std::move(*plans);
    m_previewPath = path;
    Q_EMIT previewReady();
}

QCoro::Task<> ImportExportViewModel::runSave(QList<ImportedPlan> plans)
{
    QPointer<ImportExportViewModel> self(this);
    setRunning(+1);
    QCoro::Task<Result<QList<Plan>>> saving = m_transfer.saveImported(std::move(plans));
    const Result<QList<Plan>> saved = co_await std::move(saving);
    if (!self)
        co_return;
    setRunning(-1);
    if (!saved) {
        Q_EMIT failed(saved.error().message);
        co_return;
    }
    showImported(*saved);
}

} // namespace helios::ui

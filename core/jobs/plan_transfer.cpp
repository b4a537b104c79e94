#include "core/jobs/plan_transfer.h"

#include "core/io/import_text.h"
#include "core/io/output_file.h"
#include "core/jobs/plan_snapshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <qcoro/qcorofuture.h>

namespace helios {

namespace {

// Runs an exporter over the store's walk; the file variant opens an OutputFile in begin() and
// commits it in finish(), all on the store worker.
class ExportWalk final : public PlanVisitor
{
public:
    ExportWalk(PlanFormat format, ExportOptions options, QIODevice *device, QString path)
        : m_format(format), m_options(std::move(options)), m_device(device), m_path(std::move(path))
    {}

    bool begin() override
    {
        if (!m_device) {
            m_file = std::make_unique<OutputFile>(m_path);
            if (!m_file->open()) {
                m_error = m_file->errorString();
                return false;
            }
            m_device = &m_file->device();
        }
        m_exporter = makePlanExporter(m_format, *m_device, m_options);
        return forward(m_exporter->begin());
    }
    bool beginPlan(const Plan &plan) override
    {
        m_planId = plan.id;
        return forward(m_exporter->beginPlan(plan));
    }
    bool visitTask(const Task &task, const QList<qint64> &ids) override
    {
        return forward(m_exporter->visitTask(task, ids));
    }
    bool wantsVersions() const override { return m_exporter && m_exporter->wantsVersions(); }
    bool visitVersion(const PlanVersion &version) override
    {
        Result<Plan> plan = planFromSnapshot(version.snapshot);
        if (!plan) {
            m_error = QCoreApplication::translate(
                          "helios", "Version %1 of plan %2 is damaged, so the plan cannot be "
                                    "exported without loss; export it in another format.")
                          .arg(version.version)
                          .arg(m_planId);
            return false;
        }
        return forward(m_exporter->writeVersion(version, *plan));
    }
    bool endPlan(const Plan &plan) override { return forward(m_exporter->endPlan(plan)); }
    bool finish() override
    {
        if (!forward(m_exporter->finish()))
            return false;
        if (m_file && !m_file->commit()) {
            m_error = m_file->errorString();
            return false;
        }
        if (!m_file && m_device)
            m_device->waitForBytesWritten(-1);
        m_finished = true;
        return true;
    }

    // Called on the awaiting thread once the walk is over.
    Status outcome(const Status &walked)
    {
        if (m_file && !m_finished)
            m_file->cancel(); // the temporary file goes, the target stays as it was
        m_file.reset();
        if (!walked)
            return walked;
        if (!m_error.isEmpty())
            return Error::storage(m_error);
        if (!m_finished)
            return Error::storage(QCoreApplication::translate(
                "helios", "The export stopped before it was complete."));
        return Ok{};
    }

private:
    bool forward(bool ok)
    {
        if (!ok && m_error.isEmpty())
            m_error = m_exporter && m_exporter->failed()
                          ? m_exporter->errorMessage()
                          : QCoreApplication::translate("helios", "The export failed.");
        return ok;
    }

    PlanFormat m_format;
    ExportOptions m_options;
    QIODevice *m_device;
    QString m_path;
    std::unique_ptr<OutputFile> m_file;
    std::unique_ptr<PlanExporter> m_exporter;
    QString m_error;
    qint64 m_planId = 0;
    bool m_finished = false;
};

// The versions of a freshly saved plan (inside the save): each becomes a snapshot of the saved
// plan as it was then, its tasks known by their counterparts' new ids.
QList<PlanVersion> importedVersions(const Plan &plan, const QList<ImportedVersion> &versions)
{
    QList<PlanVersion> out;
    out.reserve(versions.size());
    for (const ImportedVersion &imported : versions) {
        Plan then = imported.plan;
        then.id = plan.id;
        then.userId = plan.userId;
        then.createdAt = plan.createdAt;
        then.isTemplate = plan.isTemplate;
        for (qsizetype k = 0; k < then.tasks.size(); ++k) {
            Task &task = then.tasks[k];
            const int same = k < imported.samePositions.size() ? imported.samePositions.at(k) : -1;
            task.id = same >= 0 && same < plan.tasks.size() ? plan.tasks.at(same).id : 0;
            task.planId = plan.id;
            task.userId = plan.userId;
        }
        PlanVersion version = imported.version;
        version.snapshot = planSnapshot(then);
        out.append(std::move(version));
    }
    return out;
}

} // namespace

PlanTransfer::PlanTransfer(PlanQueries &queries, PlanWrites &writes)
    : m_queries(queries), m_writes(writes)
{}

QCoro::Task<Status> PlanTransfer::exportToFile(std::optional<qint64> planId, PlanFormat format,
                                               QString path, ExportOptions options)
{
    options.onePlan = planId.has_value();
    ExportWalk walk(format, std::move(options), nullptr, std::move(path));
    QCoro::Task<Status> walking = m_queries.visitPlans(planId, walk);
    Status walked = co_await std::move(walking);
    co_return walk.outcome(walked);
}

QCoro::Task<Status> PlanTransfer::exportToDevice(std::optional<qint64> planId, PlanFormat format,
                                                 QIODevice &out, ExportOptions options)
{
    options.onePlan = planId.has_value();
    ExportWalk walk(format, std::move(options), &out, QString());
    QCoro::Task<Status> walking = m_queries.visitPlans(planId, walk);
    Status walked = co_await std::move(walking);
    co_return walk.outcome(walked);
}

QCoro::Task<Result<QList<ImportedPlan>>> PlanTransfer::readImport(QString path,
                                                                  ImportOptions options)
{
    if (options.fileName.isEmpty())
        options.fileName = QFileInfo(path).fileName();
    auto readAndParse = [path, options]() -> Result<QList<ImportedPlan>> {
        Result<QByteArray> bytes = readImportFile(path);
        if (!bytes)
            return bytes.error();
        Result<QList<ImportedPlan>> plans = importPlanFile(*bytes, options);
        if (!plans)
            return Error{plans.error().kind,
                         QCoreApplication::translate("helios", "Cannot import %1: %2")
                             .arg(QDir::toNativeSeparators(path), plans.error().message)};
        return plans;
    };
    QFuture<Result<QList<ImportedPlan>>> parsing = QtConcurrent::run(std::move(readAndParse));
    Result<QList<ImportedPlan>> imported = co_await parsing;
    co_return imported;
}

QCoro::Task<Result<QList<Plan>>> PlanTransfer::importFile(QString path, ImportOptions options)
{
    QCoro::Task<Result<QList<ImportedPlan>>> reading =
        readImport(std::move(path), std::move(options));
    Result<QList<ImportedPlan>> imported = co_await std::move(reading);
    if (!imported)
        co_return imported.error();
    QCoro::Task<Result<QList<Plan>>> saving = saveImported(std::move(*imported));
    Result<QList<Plan>> saved = co_await std::move(saving);
    co_return saved;
}

QCoro::Task<Result<QList<Plan>>> PlanTransfer::saveImported(QList<ImportedPlan> imported)
{
    QList<Plan> plans;
    QList<QList<ImportedVersion>> versions;
    for (ImportedPlan &plan : imported) {
        plans.append(std::move(plan.plan));
        versions.append(std::move(plan.versions));
    }
    auto versionsOf = [versions = std::move(versions)](
                          qsizetype index, const Plan &saved) -> Result<QList<PlanVersion>> {
        return index < versions.size() ? importedVersions(saved, versions.at(index))
                                       : QList<PlanVersion>();
    };
    QCoro::Task<Result<QList<Plan>>> saving =
        m_writes.savePlans(std::move(plans), std::move(versionsOf));
    Result<QList<Plan>> saved = co_await std::move(saving);
    co_return saved;
}

} // namespace helios

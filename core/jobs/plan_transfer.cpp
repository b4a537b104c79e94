#include "core/jobs/plan_transfer.h"

#include "core/io/import_text.h"
#include "core/store/store.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <qcoro/qcorofuture.h>

namespace helios {

namespace {

// Runs an exporter over the store's walk; the file variant opens a QSaveFile in begin() and
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
            m_file = std::make_unique<QSaveFile>(m_path);
            if (!m_file->open(QIODevice::WriteOnly)) {
                m_error = QStringLiteral("Cannot write %1: %2.")
                              .arg(QDir::toNativeSeparators(m_path), m_file->errorString());
                return false;
            }
            m_device = m_file.get();
        }
        m_exporter = makePlanExporter(m_format, *m_device, m_options);
        return forward(m_exporter->begin());
    }
    bool beginPlan(const Plan &plan) override { return forward(m_exporter->beginPlan(plan)); }
    bool visitTask(const Task &task, const QList<qint64> &ids) override
    {
        return forward(m_exporter->visitTask(task, ids));
    }
    bool endPlan(const Plan &plan) override { return forward(m_exporter->endPlan(plan)); }
    bool finish() override
    {
        if (!forward(m_exporter->finish()))
            return false;
        if (m_file && !m_file->commit()) {
            m_error = QStringLiteral("Cannot write %1: %2.")
                          .arg(QDir::toNativeSeparators(m_path), m_file->errorString());
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
            m_file->cancelWriting(); // the temporary file goes, the target stays as it was
        m_file.reset();
        if (!walked)
            return walked;
        if (!m_error.isEmpty())
            return Error::storage(m_error);
        if (!m_finished)
            return Error::storage(QStringLiteral("The export stopped before it was complete."));
        return Ok{};
    }

private:
    bool forward(bool ok)
    {
        if (!ok && m_error.isEmpty())
            m_error = m_exporter && m_exporter->failed() ? m_exporter->errorMessage()
                                                         : QStringLiteral("The export failed.");
        return ok;
    }

    PlanFormat m_format;
    ExportOptions m_options;
    QIODevice *m_device;
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    std::unique_ptr<PlanExporter> m_exporter;
    QString m_error;
    bool m_finished = false;
};

} // namespace

PlanTransfer::PlanTransfer(Store &store) : m_store(store) {}

QCoro::Task<Status> PlanTransfer::exportToFile(std::optional<qint64> planId, PlanFormat format,
                                               QString path, ExportOptions options)
{
    ExportWalk walk(format, std::move(options), nullptr, std::move(path));
    QCoro::Task<Status> walking = m_store.visitPlans(planId, walk);
    Status walked = co_await std::move(walking);
    co_return walk.outcome(walked);
}

QCoro::Task<Status> PlanTransfer::exportToDevice(std::optional<qint64> planId, PlanFormat format,
                                                 QIODevice &out, ExportOptions options)
{
    ExportWalk walk(format, std::move(options), &out, QString());
    QCoro::Task<Status> walking = m_store.visitPlans(planId, walk);
    Status walked = co_await std::move(walking);
    co_return walk.outcome(walked);
}

QCoro::Task<Result<QList<Plan>>> PlanTransfer::importFile(QString path, ImportOptions options)
{
    if (options.fileName.isEmpty())
        options.fileName = QFileInfo(path).fileName();
    auto readAndParse = [path, options]() -> Result<QList<Plan>> {
        Result<QByteArray> bytes = readImportFile(path);
        if (!bytes)
            return bytes.error();
        Result<QList<Plan>> plans = importPlans(*bytes, options);
        if (!plans)
            return Error{plans.error().kind,
                         QStringLiteral("Cannot import %1: %2")
                             .arg(QDir::toNativeSeparators(path), plans.error().message)};
        return plans;
    };
    QFuture<Result<QList<Plan>>> parsing = QtConcurrent::run(std::move(readAndParse));
    Result<QList<Plan>> plans = co_await parsing;
    if (!plans)
        co_return plans.error();
    QCoro::Task<Result<QList<Plan>>> saving = m_store.savePlans(std::move(*plans));
    Result<QList<Plan>> saved = co_await std::move(saving);
    co_return saved;
}

} // namespace helios

#include "app/cli/io_commands.h"

#include "app/cli/cli_output.h"
#include "core/io/import_text.h"
#include "core/io/output_file.h"
#include "core/io/plan_exporter.h"
#include "core/jobs/plan_transfer.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <cstdio>

namespace helios::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("helios-cli", text);
}

PlanFormat formatOf(const Request &request)
{
    return planFormatNamed(request.format).value_or(PlanFormat::Json);
}

std::optional<qint64> planOf(const Request &request)
{
    return request.exportAll ? std::nullopt : std::optional<qint64>(request.planId);
}

void reportExport(const Request &request)
{
    if (request.outputPath.isEmpty())
        return; // the export itself is on stdout
    const QString path = QDir::toNativeSeparators(request.outputPath);
    if (request.json)
        writeJson({{QStringLiteral("file"), path}, {QStringLiteral("format"), request.format}});
    else
        writeOut(tr("Exported to %1.\n").arg(path));
}

} // namespace

int exportWithoutDatabase(const Request &request)
{
    if (!request.exportAll)
        return fail(Error::notFound(tr("There is no plan with id %1.").arg(request.planId)));
    QFile stdoutFile;
    OutputFile file(request.outputPath);
    QIODevice *out = nullptr;
    if (request.outputPath.isEmpty()) {
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly))
            return fail(Error::storage(tr("Cannot write to stdout.")));
        out = &stdoutFile;
    } else if (!file.open()) {
        return fail(Error::storage(file.errorString()));
    } else {
        out = &file.device();
    }
    std::unique_ptr<PlanExporter> exporter = makePlanExporter(formatOf(request), *out);
    if (!helios::exportPlans({}, *exporter))
        return fail(Error::storage(exporter->failed() ? exporter->errorMessage()
                                                      : tr("Writing the export failed.")));
    if (out != &stdoutFile && !file.commit())
        return fail(Error::storage(file.errorString()));
    reportExport(request);
    return 0;
}

std::optional<int> refuseImportBeforeCreatingDatabase(const Request &request,
                                                      QList<ImportedPlan> &parsed)
{
    Result<QByteArray> bytes = readImportFile(request.importPath);
    if (!bytes)
        return fail(bytes.error());
    ImportOptions options;
    if (!request.format.isEmpty())
        options.format = planFormatNamed(request.format);
    options.today = request.today;
    options.fileName = QFileInfo(request.importPath).fileName();
    Result<QList<ImportedPlan>> plans = helios::importPlanFile(*bytes, options);
    if (!plans)
        return fail(Error{plans.error().kind, tr("Cannot import %1: %2")
                                                  .arg(QDir::toNativeSeparators(request.importPath),
                                                       plans.error().message)});
    parsed = std::move(*plans);
    return std::nullopt;
}

// Named tasks, not temporaries, in co_await expressions (docs/ARCHITECTURE.md).
QCoro::Task<int> exportPlans(Store &store, const Request &request)
{
    PlanTransfer transfer(store);
    Status exported = Ok{};
    if (request.outputPath.isEmpty()) {
        std::fflush(stdout);
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            co_return fail(Error::storage(tr("Cannot write to stdout.")));
        QCoro::Task<Status> exporting =
            transfer.exportToDevice(planOf(request), formatOf(request), out);
        exported = co_await std::move(exporting);
        out.flush();
    } else {
        QCoro::Task<Status> exporting =
            transfer.exportToFile(planOf(request), formatOf(request), request.outputPath);
        exported = co_await std::move(exporting);
    }
    if (!exported)
        co_return fail(exported.error());
    qInfo("Exported %s as %s", request.exportAll ? "all plans" : "one plan",
          qPrintable(request.format));
    reportExport(request);
    co_return 0;
}

QCoro::Task<int> importPlans(Store &store, const Request &request,
                             std::optional<QList<ImportedPlan>> parsed)
{
    PlanTransfer transfer(store);
    ImportOptions options;
    if (!request.format.isEmpty())
        options.format = planFormatNamed(request.format);
    options.today = request.today;
    QCoro::Task<Result<QList<Plan>>> importing =
        parsed ? transfer.saveImported(std::move(*parsed))
               : transfer.importFile(request.importPath, options);
    parsed.reset();
    Result<QList<Plan>> plans = co_await std::move(importing);
    if (!plans)
        co_return fail(plans.error());
    QJsonArray ids;
    QString text;
    for (const Plan &plan : std::as_const(*plans)) {
        ids.append(plan.id);
        qInfo("Imported plan %lld with %lld tasks", static_cast<long long>(plan.id),
              static_cast<long long>(plan.tasks.size()));
        text += tr("Imported plan %1 (%2 tasks): %3. See it with: helios-cli show %1\n")
                    .arg(plan.id)
                    .arg(plan.tasks.size())
                    .arg(plan.goal);
    }
    if (request.json) {
        QJsonObject result{{QStringLiteral("plan_ids"), ids}};
        if (plans->size() == 1)
            result.insert(QStringLiteral("plan_id"), plans->constFirst().id);
        writeJson(result);
    } else {
        writeOut(text);
    }
    co_return 0;
}

} // namespace helios::cli

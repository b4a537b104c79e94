#include "app/cli/template_commands.h"

#include "app/cli/cli_output.h"
#include "app/cli/text_output.h"
#include "core/io/plan_json.h"
#include "core/jobs/plan_service.h"
#include "core/jobs/template_gallery.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace helios::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("helios-cli", text);
}

QJsonObject galleryTemplateToJson(const GalleryTemplate &t)
{
    QJsonObject out{{QStringLiteral("id"), t.id},
                    {QStringLiteral("built_in"), t.builtIn},
                    {QStringLiteral("category"), t.category},
                    {QStringLiteral("category_name"), t.categoryName},
                    {QStringLiteral("title"), t.title},
                    {QStringLiteral("goal"), t.goal},
                    {QStringLiteral("task_count"), t.taskCount},
                    {QStringLiteral("total_hours"), t.totalHours},
                    {QStringLiteral("event"), t.event}};
    if (t.builtIn)
        out.insert(QStringLiteral("kind"), t.kindId);
    else
        out.insert(QStringLiteral("plan_id"), t.planId);
    return out;
}

void printGalleryPage(const Page<GalleryTemplate> &page, const Request &request)
{
    if (!request.json) {
        writeOut(formatGalleryPage(page, request.category == kOwnTemplatesCategory,
                                   !request.search.isEmpty()));
        return;
    }
    QJsonArray templates;
    for (const GalleryTemplate &t : page.items)
        templates.append(galleryTemplateToJson(t));
    QJsonArray categories;
    for (const GalleryCategory &c : TemplateGallery::categories(request.language))
        categories.append(
            QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}});
    writeJson({{QStringLiteral("templates"), templates},
               {QStringLiteral("page"), page.page},
               {QStringLiteral("limit"), page.limit},
               {QStringLiteral("total"), page.total},
               {QStringLiteral("categories"), categories}});
}

QCoro::Task<int> listGallery(TemplateGallery &gallery, const Request &request)
{
    GalleryQuery query;
    query.category = request.category;
    query.search = request.search;
    query.page = request.page;
    query.limit = request.limit;
    query.language = request.language;
    query.today = QDate::currentDate();
    QCoro::Task<Result<Page<GalleryTemplate>>> listing = gallery.page(query);
    Result<Page<GalleryTemplate>> page = co_await std::move(listing);
    if (!page)
        co_return fail(page.error());
    printGalleryPage(*page, request);
    co_return 0;
}

QCoro::Task<int> exportTemplate(TemplateGallery &gallery, const Request &request)
{
    QCoro::Task<Status> exporting = gallery.exportTemplate(
        request.templateRef, request.templateFile, request.language, request.today);
    Status exported = co_await std::move(exporting);
    if (!exported)
        co_return fail(exported.error());
    qInfo("Exported template %s", qPrintable(request.templateRef));
    if (request.json)
        writeJson({{QStringLiteral("template"), request.templateRef},
                   {QStringLiteral("file"), request.templateFile}});
    else
        writeOut(tr("Template %1 written to %2. Import it with: helios-cli template import %2\n")
                     .arg(request.templateRef, request.templateFile));
    co_return 0;
}

QCoro::Task<int> importTemplate(TemplateGallery &gallery, const Request &request)
{
    QCoro::Task<Result<Plan>> importing =
        gallery.importTemplate(request.templateFile, request.today);
    Result<Plan> imported = co_await std::move(importing);
    if (!imported)
        co_return fail(imported.error());
    qInfo("Imported template %lld", static_cast<long long>(imported->id));
    if (request.json)
        writeJson({{QStringLiteral("template"), planToJson(*imported)}});
    else
        writeOut(tr("Imported template %1: %2. Start a plan from it with: helios-cli plan "
                    "--from-template %1\n")
                     .arg(imported->id)
                     .arg(imported->goal));
    co_return 0;
}

QCoro::Task<int> planFromBuiltIn(TemplateGallery &gallery, PlanService &service,
                                 const Request &request)
{
    QCoro::Task<Result<Plan>> drafting =
        gallery.planFromTemplate(request.templateRef, request.goal, request.language);
    Result<Plan> drafted = co_await std::move(drafting);
    if (!drafted)
        co_return fail(drafted.error());
    QCoro::Task<Result<Plan>> saving = service.savePlan(std::move(*drafted));
    Result<Plan> plan = co_await std::move(saving);
    if (!plan)
        co_return fail(plan.error());
    qInfo("Created plan %lld from template %s", static_cast<long long>(plan->id),
          qPrintable(request.templateRef));
    printCreatedPlan(*plan, request.json);
    co_return 0;
}

} // namespace

bool isGalleryCommand(const Request &request)
{
    return request.command == Command::Templates || request.command == Command::ExportTemplate ||
           request.command == Command::ImportTemplate ||
           (request.command == Command::PlanFromTemplate && !request.templateRef.isEmpty());
}

QCoro::Task<int> runGalleryCommand(TemplateGallery &gallery, PlanService *service,
                                   const Request &request)
{
    if (request.command == Command::Templates) {
        QCoro::Task<int> listing = listGallery(gallery, request);
        co_return co_await std::move(listing);
    }
    if (request.command == Command::ExportTemplate) {
        QCoro::Task<int> exporting = exportTemplate(gallery, request);
        co_return co_await std::move(exporting);
    }
    if (request.command == Command::ImportTemplate) {
        QCoro::Task<int> importing = importTemplate(gallery, request);
        co_return co_await std::move(importing);
    }
    if (request.command == Command::PlanFromTemplate && service) {
        QCoro::Task<int> planning = planFromBuiltIn(gallery, *service, request);
        co_return co_await std::move(planning);
    }
    co_return failUnexpectedly(QStringLiteral("not a gallery command"));
}

// Named tasks, not temporaries, in co_await expressions: GCC 12 mishandles some temporaries of a
// co_await expression (docs/ARCHITECTURE.md).
QCoro::Task<int> setTemplate(PlanService &service, const Request &request)
{
    QCoro::Task<Status> changing = service.setTemplate(request.planId, request.makeTemplate);
    Status changed = co_await std::move(changing);
    if (!changed)
        co_return fail(changed.error());
    qInfo("Plan %lld is %s a template", static_cast<long long>(request.planId),
          request.makeTemplate ? "now" : "no longer");
    if (request.json)
        writeJson({{QStringLiteral("plan_id"), request.planId},
                   {QStringLiteral("is_template"), request.makeTemplate}});
    else if (request.makeTemplate)
        writeOut(tr("Plan %1 is now a template. Start a plan from it with: helios-cli plan "
                    "--from-template %1\n")
                     .arg(request.planId));
    else
        writeOut(tr("Plan %1 is no longer a template.\n").arg(request.planId));
    co_return 0;
}

QCoro::Task<int> createFromTemplate(PlanService &service, const Request &request)
{
    QCoro::Task<Result<Plan>> creating =
        service.createFromTemplate(request.templateId, request.goal);
    Result<Plan> plan = co_await std::move(creating);
    if (!plan)
        co_return fail(plan.error());
    qInfo("Created plan %lld from template %lld", static_cast<long long>(plan->id),
          static_cast<long long>(request.templateId));
    printCreatedPlan(*plan, request.json);
    co_return 0;
}

} // namespace helios::cli

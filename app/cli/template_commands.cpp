#include "app/cli/template_commands.h"

#include "app/cli/cli_output.h"
#include "app/cli/text_output.h"
#include "core/io/plan_json.h"
#include "core/jobs/plan_service.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace helios::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("helios-cli", text);
}

void printTemplates(const Page<PlanSummary> &page, bool json)
{
    if (!json) {
        writeOut(formatTemplatePage(page));
        return;
    }
    QJsonArray templates;
    for (const PlanSummary &summary : page.items)
        templates.append(planSummaryToJson(summary));
    writeJson({{QStringLiteral("templates"), templates},
               {QStringLiteral("page"), page.page},
               {QStringLiteral("limit"), page.limit},
               {QStringLiteral("total"), page.total}});
}

} // namespace

int listNoTemplates(const Request &request)
{
    Page<PlanSummary> empty;
    empty.page = request.page;
    empty.limit = request.limit;
    printTemplates(empty, request.json);
    return 0;
}

// Named tasks, not temporaries, in co_await expressions: GCC 12 mishandles some temporaries of a
// co_await expression (docs/ARCHITECTURE.md).
QCoro::Task<int> listTemplates(PlanService &service, const Request &request)
{
    QCoro::Task<Result<Page<PlanSummary>>> listing = service.templates(request.page, request.limit);
    Result<Page<PlanSummary>> page = co_await std::move(listing);
    if (!page)
        co_return fail(page.error());
    printTemplates(*page, request.json);
    co_return 0;
}

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

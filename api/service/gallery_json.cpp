#include "api/service/gallery_json.h"

namespace helios::api {

QJsonObject galleryTemplateToJson(const GalleryTemplate &entry)
{
    QJsonObject out{{QStringLiteral("id"), entry.id},
                    {QStringLiteral("built_in"), entry.builtIn},
                    {QStringLiteral("category"), entry.category},
                    {QStringLiteral("category_name"), entry.categoryName},
                    {QStringLiteral("title"), entry.title},
                    {QStringLiteral("goal"), entry.goal},
                    {QStringLiteral("task_count"), entry.taskCount},
                    {QStringLiteral("total_hours"), entry.totalHours},
                    {QStringLiteral("event"), entry.event}};
    if (entry.builtIn)
        out.insert(QStringLiteral("kind"), entry.kindId);
    else
        out.insert(QStringLiteral("plan_id"), entry.planId);
    return out;
}

} // namespace helios::api

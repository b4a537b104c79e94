#include "api/service/template_gallery.h"

#include "core/io/plan_json.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace helios::api {

namespace {

QList<BuiltInKind> readKinds()
{
    QFile file(QStringLiteral(":/planner/templates.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject templates = QJsonDocument::fromJson(file.readAll())
                                      .object()
                                      .value(QLatin1String("templates"))
                                      .toObject();
    QList<BuiltInKind> out;
    for (auto it = templates.begin(); it != templates.end(); ++it) {
        BuiltInKind kind;
        kind.id = it.key();
        const QJsonObject languages = it.value().toObject();
        auto count = [&languages](const char *language, double *hours, QStringList *milestones) {
            int tasks = 0;
            for (const QJsonValue milestone : languages.value(QLatin1String(language)).toArray()) {
                const QJsonObject m = milestone.toObject();
                if (milestones)
                    milestones->append(m.value(QLatin1String("milestone")).toString());
                for (const QJsonValue task : m.value(QLatin1String("tasks")).toArray()) {
                    ++tasks;
                    if (hours)
                        *hours += task.toObject().value(QLatin1String("hours")).toDouble();
                }
            }
            return tasks;
        };
        kind.englishTasks = count("en", &kind.englishHours, &kind.milestones);
        kind.chineseTasks = count("zh", nullptr, nullptr);
        out.append(kind);
    }
    return out;
}

} // namespace

const QList<BuiltInKind> &builtInKinds()
{
    static const QList<BuiltInKind> kinds = readKinds();
    return kinds;
}

QJsonObject builtInKindToJson(const BuiltInKind &kind)
{
    return QJsonObject{
        {QStringLiteral("id"), QStringLiteral("builtin:") + kind.id},
        {QStringLiteral("source"), QStringLiteral("builtin")},
        {QStringLiteral("kind"), kind.id},
        {QStringLiteral("languages"), QJsonArray{QStringLiteral("en"), QStringLiteral("zh")}},
        {QStringLiteral("task_count"), kind.englishTasks},
        {QStringLiteral("task_count_zh"), kind.chineseTasks},
        {QStringLiteral("base_hours"), std::round(kind.englishHours * 100) / 100},
        {QStringLiteral("milestones"), QJsonArray::fromStringList(kind.milestones)},
    };
}

QJsonObject templateToJson(const PlanSummary &summary)
{
    QJsonObject out = planSummaryToJson(summary);
    out.insert(QStringLiteral("plan_id"), out.value(QLatin1String("id")));
    out.insert(QStringLiteral("id"), QStringLiteral("template:%1").arg(summary.id));
    out.insert(QStringLiteral("source"), QStringLiteral("template"));
    return out;
}

} // namespace helios::api

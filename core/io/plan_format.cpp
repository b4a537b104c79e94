#include "core/io/plan_format.h"

#include <QFileInfo>

namespace helios {

std::optional<PlanFormat> planFormatNamed(QStringView name)
{
    const QString n = name.trimmed().toString().toLower();
    if (n == QLatin1String("json"))
        return PlanFormat::Json;
    if (n == QLatin1String("ics") || n == QLatin1String("ical") || n == QLatin1String("icalendar"))
        return PlanFormat::ICalendar;
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return PlanFormat::Markdown;
    if (n == QLatin1String("csv"))
        return PlanFormat::Csv;
    if (n == QLatin1String("todotxt") || n == QLatin1String("todo.txt") ||
        n == QLatin1String("todo"))
        return PlanFormat::TodoTxt;
    return std::nullopt;
}

QString planFormatName(PlanFormat format)
{
    switch (format) {
    case PlanFormat::Json:
        return QStringLiteral("json");
    case PlanFormat::ICalendar:
        return QStringLiteral("ics");
    case PlanFormat::Markdown:
        return QStringLiteral("md");
    case PlanFormat::Csv:
        return QStringLiteral("csv");
    case PlanFormat::TodoTxt:
        return QStringLiteral("todotxt");
    }
    return {};
}

QString planFormatSuffix(PlanFormat format)
{
    return format == PlanFormat::TodoTxt ? QStringLiteral("txt") : planFormatName(format);
}

std::optional<PlanFormat> planFormatForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("txt"))
        return PlanFormat::TodoTxt;
    if (suffix == QLatin1String("markdown"))
        return PlanFormat::Markdown;
    return planFormatNamed(suffix);
}

} // namespace helios

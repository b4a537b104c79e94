#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace helios {

// The file formats plans are exported to and imported from (docs/FORMATS.md).
enum class PlanFormat { Json, ICalendar, Markdown, Csv, TodoTxt };

// "json", "ics", "md", "csv", "todotxt" (also "ical", "markdown", "todo.txt"), any case.
std::optional<PlanFormat> planFormatNamed(QStringView name);
// The short name the CLI takes: "json", "ics", "md", "csv", "todotxt".
QString planFormatName(PlanFormat format);
// The usual file name suffix, without the dot: "json", "ics", "md", "csv", "txt".
QString planFormatSuffix(PlanFormat format);
// The format a file name's suffix suggests (".ics", ".md", ...), if any.
std::optional<PlanFormat> planFormatForFileName(const QString &fileName);

} // namespace helios

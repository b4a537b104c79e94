#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// iCalendar (RFC 5545) text rules shared by the exporter and the importer.
namespace helios::ics {

// TEXT value escaping (3.3.11): backslash, semicolon, comma and newline.
QString escapeText(const QString &text);
// The inverse; also accepts "\N" and leaves unknown escapes as the character.
QString unescapeText(QStringView text);
// Splits a list of TEXT values (CATEGORIES) on commas that are not escaped, unescaping each.
QStringList splitTextList(QStringView text);

// One content line as bytes ending in CRLF, folded at 75 octets (3.1) without splitting a UTF-8
// sequence: continuation lines start with one space.
QByteArray foldLine(const QString &line);

} // namespace helios::ics

#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace helios::ui {

// Dates as a person types and reads them: the locale's short numeric format with a four-digit
// year ("4/15/2027" in en_US, "15.04.2027" in de_DE, "2027/4/15" in zh_CN).

// The locale's short date format with every two-digit year written with four digits.
QString fourDigitYearFormat(const QLocale &locale);

struct DateInput
{
    QDate date;      // null when the text is not a date
    QString problem; // why not, one sentence; empty when it is a date (or the text is empty)
};

// Reads what a person typed: day, month and year as numbers in the locale's order, or an ISO
// date (2027-04-15), the year always with four digits. Anything else ("4/15/27": a two-digit
// year, "4/35/2027", "15/4/2027" in en_US, "next week") is no date, with a sentence saying how
// to write one; it is never read as another date. Empty text is no date and no problem. `today`
// gives the example's year.
DateInput parseDateInput(const QString &text, const QLocale &locale, QDate today);

} // namespace helios::ui

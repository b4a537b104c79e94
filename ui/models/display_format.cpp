#include "ui/models/display_format.h"

#include "ui/models/date_input.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace helios::ui {

QString shortened(const QString &text, qsizetype maxLength)
{
    if (text.size() <= maxLength || maxLength < 2)
        return text;
    qsizetype cut = maxLength - 1;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + QChar(0x2026);
}

QString formatHours(double hours)
{
    const double rounded = std::round(hours * 10.0) / 10.0;
    const bool whole = std::abs(rounded - std::round(rounded)) < 1e-9;
    return QLocale().toString(rounded, 'f', whole ? 0 : 1);
}

QString formatDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    // The short format, with four-digit years ("4/15/2027", not "4/15/27"): a two-digit year
    // reads as another date in another locale. The format is worked out once per locale.
    const QLocale locale;
    thread_local QString cachedLocale;
    thread_local QString cachedFormat;
    if (cachedFormat.isEmpty() || cachedLocale != locale.bcp47Name()) {
        cachedLocale = locale.bcp47Name();
        cachedFormat = fourDigitYearFormat(locale);
    }
    return locale.toString(date, cachedFormat);
}

QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
}

QString statusLabel(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Todo:
        return QCoreApplication::translate("TaskStatus", "To do");
    case TaskStatus::InProgress:
        return QCoreApplication::translate("TaskStatus", "In progress");
    case TaskStatus::Done:
        return QCoreApplication::translate("TaskStatus", "Done");
    case TaskStatus::Skipped:
        return QCoreApplication::translate("TaskStatus", "Skipped");
    }
    return {};
}

} // namespace helios::ui

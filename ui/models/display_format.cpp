#include "ui/models/display_format.h"

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
    return QLocale().toString(date, QLocale::ShortFormat);
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

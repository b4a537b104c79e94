#include "ui/models/date_input.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace helios::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DateInput", text);
}

// The order of day, month and year in a format: "Mdy", "dMy", "yMd".
QString fieldOrder(const QString &format)
{
    QString order;
    QChar previous;
    bool quoted = false;
    for (const QChar c : format) {
        if (c == QLatin1Char('\'')) {
            quoted = !quoted;
            continue;
        }
        if (quoted)
            continue;
        const QChar field =
            c == QLatin1Char('d') || c == QLatin1Char('M') || c == QLatin1Char('y') ? c : QChar();
        if (!field.isNull() && field != previous && !order.contains(field))
            order += field;
        previous = field;
    }
    return order.size() == 3 ? order : QStringLiteral("yMd");
}

} // namespace

QString fourDigitYearFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    static const QRegularExpression twoDigitYear(QStringLiteral("(?<!y)yy(?!y)"));
    format.replace(twoDigitYear, QStringLiteral("yyyy"));
    return format;
}

DateInput parseDateInput(const QString &text, const QLocale &locale, QDate today)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QString format = fourDigitYearFormat(locale);
    const QString example =
        locale.toString(QDate(today.isValid() ? today.year() : 2027, 4, 15), format);
    const DateInput notADate{QDate(),
                             tr("“%1” is not a date: write it as %2.").arg(trimmed, example)};

    static const QRegularExpression numbers(QStringLiteral(
        "^\\s*(\\d+)\\s*[^\\d\\s]?\\s*(\\d+)\\s*[^\\d\\s]?\\s*(\\d+)\\s*[^\\d\\s]?\\s*$"));
    const QRegularExpressionMatch match = numbers.match(trimmed);
    if (!match.hasMatch())
        return notADate;
    const QString parts[3] = {match.captured(1), match.captured(2), match.captured(3)};

    // ISO first (2027-04-15), whatever the locale; else the locale's order.
    QString order = fieldOrder(format);
    if (parts[0].size() == 4 && order != QLatin1String("yMd"))
        order = QStringLiteral("yMd");
    int day = 0, month = 0, year = 0;
    for (int i = 0; i < 3; ++i) {
        const int value = parts[i].toInt();
        switch (order.at(i).toLatin1()) {
        case 'd':
            if (parts[i].size() > 2)
                return notADate;
            day = value;
            break;
        case 'M':
            if (parts[i].size() > 2)
                return notADate;
            month = value;
            break;
        default:
            // A year of two digits is refused, not guessed: "4/15/27" was once read as 2052.
            if (parts[i].size() == 4)
                year = value;
            else
                return {
                    QDate(),
                    tr("Write the year of “%1” with four digits, as in %2.").arg(trimmed, example)};
            break;
        }
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return notADate;
    return {date, QString()};
}

} // namespace helios::ui

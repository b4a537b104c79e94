#include "ui/dashboard/dashboard_format.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace helios::ui {

namespace {

// Up to three significant digits, without a trailing ".0".
QString number(double value)
{
    const QLocale locale;
    const double magnitude = std::abs(value);
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
    QString text = locale.toString(value, 'f', decimals);
    if (decimals > 0) {
        const QString point = locale.decimalPoint();
        while (text.endsWith(locale.zeroDigit()) && text.contains(point))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(point.size());
    }
    return text;
}

} // namespace

QString noValue()
{
    return QStringLiteral("–");
}

QString formatMilliseconds(double milliseconds)
{
    //: A duration in milliseconds
    return QCoreApplication::translate("DashboardFormat", "%1 ms").arg(number(milliseconds));
}

QString formatSeconds(std::optional<double> seconds)
{
    if (!seconds || !std::isfinite(*seconds))
        return noValue();
    if (*seconds < 1.0)
        return formatMilliseconds(*seconds * 1000.0);
    if (*seconds < 60.0)
        //: A duration in seconds
        return QCoreApplication::translate("DashboardFormat", "%1 s").arg(number(*seconds));
    //: A duration in minutes
    return QCoreApplication::translate("DashboardFormat", "%1 min").arg(number(*seconds / 60.0));
}

QString formatBucketBound(double seconds)
{
    if (!std::isfinite(seconds))
        //: The last bucket of a latency histogram: slower than every bound
        return QCoreApplication::translate("DashboardFormat", "more");
    return formatSeconds(seconds);
}

QString formatBucketLabel(double seconds, double lastFiniteBound)
{
    if (!std::isfinite(seconds))
        return QStringLiteral("> ") + formatBucketLabel(lastFiniteBound, lastFiniteBound);
    if (seconds < 1.0)
        return number(seconds * 1000.0) + QStringLiteral(" ms");
    if (seconds < 60.0)
        return number(seconds) + QStringLiteral(" s");
    return number(seconds / 60.0) + QStringLiteral(" min");
}

QString formatPercent(std::optional<double> fraction)
{
    if (!fraction || !std::isfinite(*fraction))
        return noValue();
    const QLocale locale;
    return locale.toString(*fraction * 100.0, 'f', 1) + locale.percent();
}

QString formatCount(double value)
{
    return QLocale().toString(static_cast<qint64>(std::llround(value)));
}

QString formatBytes(std::optional<double> bytes)
{
    if (!bytes || !(*bytes > 0))
        return noValue();
    return QLocale().formattedDataSize(static_cast<qint64>(*bytes), 1);
}

} // namespace helios::ui

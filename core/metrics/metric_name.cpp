#include "core/metrics/metric_name.h"

namespace helios::metrics {

namespace {

bool isAsciiLetterOrUnderscore(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

} // namespace

bool isValidMetricName(QStringView name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const bool ok = isAsciiLetterOrUnderscore(c) || c == u':' || (i > 0 && isAsciiDigit(c));
        if (!ok)
            return false;
    }
    return true;
}

bool isValidLabelName(QStringView name)
{
    if (name.isEmpty() || name.startsWith(u"__"))
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (!isAsciiLetterOrUnderscore(c) && !(i > 0 && isAsciiDigit(c)))
            return false;
    }
    return true;
}

} // namespace helios::metrics

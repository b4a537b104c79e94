#include "core/metrics/prometheus_text.h"

#include "core/metrics/metrics_registry.h"
#include "core/metrics/snapshot.h"

#include <QString>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace helios::metrics {

namespace {

QByteArray escape(const QString &text, bool quote)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            out.append("\\\\");
        else if (c == '\n')
            out.append("\\n");
        else if (quote && c == '"')
            out.append("\\\"");
        else
            out.append(c);
    }
    return out;
}

// {a="x",b="y"} with an optional trailing le; nothing at all when there are no labels.
void appendLabels(QByteArray &out, const QStringList &names, const QStringList &values,
                  const QByteArray &le = {})
{
    if (names.isEmpty() && le.isNull())
        return;
    out.append('{');
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append(names.at(i).toUtf8()).append("=\"");
        out.append(escapeLabelValue(i < values.size() ? values.at(i) : QString())).append('"');
    }
    if (!le.isNull()) {
        if (!names.isEmpty())
            out.append(',');
        out.append("le=\"").append(le).append('"');
    }
    out.append('}');
}

void appendSample(QByteArray &out, const QByteArray &name, const char *suffix,
                  const QStringList &labelNames, const QStringList &labelValues, double value,
                  const QByteArray &le = {})
{
    out.append(name).append(suffix);
    appendLabels(out, labelNames, labelValues, le);
    out.append(' ').append(formatPrometheusNumber(value)).append('\n');
}

void appendFamily(QByteArray &out, const FamilySnapshot &family)
{
    const QByteArray name = family.name.toUtf8();
    if (!family.help.isEmpty())
        out.append("# HELP ").append(name).append(' ').append(escapeHelp(family.help)).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(metricTypeName(family.type)).append('\n');

    QList<SeriesSnapshot> series = family.series;
    std::sort(series.begin(), series.end(), [](const SeriesSnapshot &a, const SeriesSnapshot &b) {
        return a.labelValues < b.labelValues;
    });
    for (const SeriesSnapshot &s : series) {
        if (family.type != MetricType::Histogram) {
            appendSample(out, name, "", family.labelNames, s.labelValues, s.value);
            continue;
        }
        const HistogramSnapshot &h = s.histogram;
        for (qsizetype i = 0; i < h.upperBounds.size() && i < h.cumulativeCounts.size(); ++i) {
            appendSample(out, name, "_bucket", family.labelNames, s.labelValues,
                         double(h.cumulativeCounts.at(i)),
                         formatPrometheusNumber(h.upperBounds.at(i)));
        }
        appendSample(out, name, "_bucket", family.labelNames, s.labelValues, double(h.count),
                     QByteArrayLiteral("+Inf"));
        appendSample(out, name, "_sum", family.labelNames, s.labelValues, h.sum);
        appendSample(out, name, "_count", family.labelNames, s.labelValues, double(h.count));
    }
}

} // namespace

QByteArray formatPrometheusNumber(double value)
{
    if (std::isnan(value))
        return QByteArrayLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QByteArrayLiteral("+Inf") : QByteArrayLiteral("-Inf");
    // Integers (counts, bytes, tokens) print as integers up to where doubles stop being exact.
    if (value == std::trunc(value) && std::fabs(value) < 9007199254740992.0)
        return QByteArray::number(static_cast<qint64>(value));
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return QByteArray(buffer, result.ptr - buffer);
}

QByteArray escapeLabelValue(const QString &value)
{
    return escape(value, true);
}

QByteArray escapeHelp(const QString &help)
{
    return escape(help, false);
}

QByteArray toPrometheusText(const QList<FamilySnapshot> &families)
{
    QList<const FamilySnapshot *> sorted;
    sorted.reserve(families.size());
    for (const FamilySnapshot &family : families)
        sorted.append(&family);
    std::stable_sort(
        sorted.begin(), sorted.end(),
        [](const FamilySnapshot *a, const FamilySnapshot *b) { return a->name < b->name; });
    QByteArray out;
    for (const FamilySnapshot *family : sorted)
        appendFamily(out, *family);
    return out;
}

QByteArray toPrometheusText(const MetricsRegistry &registry)
{
    return toPrometheusText(registry.snapshot());
}

} // namespace helios::metrics

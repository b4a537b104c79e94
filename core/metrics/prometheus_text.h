#pragma once

// The Prometheus text exposition format, version 0.0.4: what a scraper reads from /metrics and
// what `helios-cli metrics` prints.

#include <QByteArray>
#include <QList>

class QString;

namespace helios::metrics {

class MetricsRegistry;
struct FamilySnapshot;

// The Content-Type to serve the text with.
inline constexpr char kPrometheusContentType[] = "text/plain; version=0.0.4; charset=utf-8";

// Families sorted by name, series by label values; histograms as cumulative _bucket{le=...}
// series ending with le="+Inf", then _sum and _count. UTF-8, one sample per line, "\n" endings.
QByteArray toPrometheusText(const QList<FamilySnapshot> &families);
QByteArray toPrometheusText(const MetricsRegistry &registry);

// A sample value as Prometheus parses it: integers without a fraction, otherwise the shortest
// text that reads back to the same double; "+Inf", "-Inf", "NaN".
QByteArray formatPrometheusNumber(double value);
// Label values escape backslash, double quote and line feed; help text backslash and line feed.
QByteArray escapeLabelValue(const QString &value);
QByteArray escapeHelp(const QString &help);

} // namespace helios::metrics

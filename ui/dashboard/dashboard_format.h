#pragma once

// How the dashboard writes its figures: through the default QLocale, units translated.

#include <QString>

#include <optional>

namespace helios::ui {

// 0.0042 → "4.2 ms", 1.5 → "1.5 s", 90 → "1.5 min"; "–" for nothing; +Inf → "> 5 min"-style
// text is the caller's (see formatBucketBound).
QString formatSeconds(std::optional<double> seconds);
QString formatMilliseconds(double milliseconds);
// A histogram bucket's upper bound, short: "5 ms", "2.5 s", "2 min"; +Inf → "more".
QString formatBucketBound(double seconds);
// A bucket's label on the latency histogram's axis: "5 ms", "2.5 s", "2 min", and for +Inf
// "> " and the last finite bound. Unit symbols in every language: Qt Charts replaces a label
// taller than its row with "...", and the sixteen rows leave no room for the taller line of a
// CJK fallback font (毫秒, 秒, 分钟).
QString formatBucketLabel(double seconds, double lastFiniteBound);
// 0.4567 → "45.7%" in the locale's way; "–" for nothing.
QString formatPercent(std::optional<double> fraction);
// A count or total with the locale's digit grouping: 12345 → "12,345".
QString formatCount(double value);
// 123456789 → "117.7 MiB" (the locale's formattedDataSize); "–" for nothing.
QString formatBytes(std::optional<double> bytes);
// The text for a figure that has no value yet.
QString noValue();

} // namespace helios::ui

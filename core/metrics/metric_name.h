#pragma once

#include <QStringView>

namespace helios::metrics {

// Prometheus metric names: [a-zA-Z_:][a-zA-Z0-9_:]*
bool isValidMetricName(QStringView name);
// Prometheus label names: [a-zA-Z_][a-zA-Z0-9_]*, and not starting with "__" (reserved).
bool isValidLabelName(QStringView name);

} // namespace helios::metrics

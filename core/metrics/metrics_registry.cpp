#include "core/metrics/metrics_registry.h"

#include "core/metrics/metric_name.h"

#include <QtDebug>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <mutex>
#include <type_traits>

namespace helios::metrics {

struct MetricsRegistry::Private
{
    mutable std::mutex mutex;
    std::map<QString, std::unique_ptr<MetricFamily>> families; // sorted by name
    // Families handed out after a programming error, kept alive but never exported.
    std::vector<std::unique_ptr<MetricFamily>> detached;

    template <typename Series>
    Family<Series> &getOrCreate(const QString &name, const QString &help,
                                const QStringList &labelNames, std::vector<double> upperBounds);
};

namespace {

QString checkNames(const QString &name, const QStringList &labelNames, bool isHistogram)
{
    if (!isValidMetricName(name))
        return QStringLiteral("\"%1\" is not a valid metric name").arg(name);
    for (qsizetype i = 0; i < labelNames.size(); ++i) {
        const QString &label = labelNames.at(i);
        if (!isValidLabelName(label))
            return QStringLiteral("\"%1\" is not a valid label name").arg(label);
        if (isHistogram && label == u"le")
            return QStringLiteral("a histogram cannot have a label named \"le\"");
        if (labelNames.indexOf(label) != i)
            return QStringLiteral("label \"%1\" is listed twice").arg(label);
    }
    return {};
}

// Finite and strictly increasing, without the implicit +Inf; an empty string when they are.
QString normaliseBounds(std::vector<double> &bounds)
{
    if (!bounds.empty() && std::isinf(bounds.back()) && bounds.back() > 0)
        bounds.pop_back();
    const bool finite =
        std::all_of(bounds.begin(), bounds.end(), [](double b) { return std::isfinite(b); });
    const bool increasing =
        std::adjacent_find(bounds.begin(), bounds.end(), std::greater_equal<>()) == bounds.end();
    if (finite && increasing)
        return {};
    std::erase_if(bounds, [](double b) { return !std::isfinite(b); });
    std::sort(bounds.begin(), bounds.end());
    bounds.erase(std::unique(bounds.begin(), bounds.end()), bounds.end());
    return QStringLiteral("histogram buckets must be finite and strictly increasing");
}

} // namespace

template <typename Series>
Family<Series> &MetricsRegistry::Private::getOrCreate(const QString &name, const QString &help,
                                                      const QStringList &labelNames,
                                                      std::vector<double> upperBounds)
{
    constexpr bool isHistogram = std::is_same_v<Series, Histogram>;
    QString problem = checkNames(name, labelNames, isHistogram);
    if (problem.isEmpty() && isHistogram)
        problem = normaliseBounds(upperBounds);
    auto fresh = std::make_unique<Family<Series>>(name, help, labelNames, std::move(upperBounds));

    std::lock_guard lock(mutex);
    if (problem.isEmpty()) {
        const auto it = families.find(name);
        if (it == families.end()) {
            Family<Series> &family = *fresh;
            families.emplace(name, std::move(fresh));
            return family;
        }
        MetricFamily &existing = *it->second;
        if (existing.type() == fresh->type() && existing.labelNames() == labelNames &&
            existing.upperBounds() == fresh->upperBounds())
            return static_cast<Family<Series> &>(existing);
        problem = QStringLiteral("\"%1\" is already registered differently (a %2 with labels (%3))")
                      .arg(name, QLatin1StringView(metricTypeName(existing.type())),
                           existing.labelNames().join(u", "));
    }

    qWarning("metrics: cannot register %s %s: %s; its values will not be exported",
             metricTypeName(fresh->type()), qUtf8Printable(name), qUtf8Printable(problem));
    Q_ASSERT_X(false, "MetricsRegistry", "invalid or conflicting metric family");
    Family<Series> &family = *fresh;
    detached.push_back(std::move(fresh));
    return family;
}

MetricsRegistry::MetricsRegistry() : d(std::make_unique<Private>()) {}

MetricsRegistry::~MetricsRegistry() = default;

CounterFamily &MetricsRegistry::counter(const QString &name, const QString &help,
                                        const QStringList &labelNames)
{
    return d->getOrCreate<Counter>(name, help, labelNames, {});
}

GaugeFamily &MetricsRegistry::gauge(const QString &name, const QString &help,
                                    const QStringList &labelNames)
{
    return d->getOrCreate<Gauge>(name, help, labelNames, {});
}

HistogramFamily &MetricsRegistry::histogram(const QString &name, const QString &help,
                                            const QStringList &labelNames,
                                            std::vector<double> upperBounds)
{
    return d->getOrCreate<Histogram>(name, help, labelNames, std::move(upperBounds));
}

QList<FamilySnapshot> MetricsRegistry::snapshot() const
{
    QList<FamilySnapshot> result;
    std::lock_guard lock(d->mutex);
    result.reserve(qsizetype(d->families.size()));
    for (const auto &[name, family] : d->families)
        result.append(family->snapshot());
    return result;
}

std::optional<FamilySnapshot> MetricsRegistry::snapshot(const QString &name) const
{
    std::lock_guard lock(d->mutex);
    const auto it = d->families.find(name);
    if (it == d->families.end())
        return std::nullopt;
    return it->second->snapshot();
}

} // namespace helios::metrics

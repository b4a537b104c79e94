#include "core/metrics/metric_family.h"

#include <QtDebug>

#include <map>
#include <mutex>
#include <type_traits>

namespace helios::metrics {

namespace {

template <typename Series> constexpr MetricType typeOf()
{
    if constexpr (std::is_same_v<Series, Counter>)
        return MetricType::Counter;
    else if constexpr (std::is_same_v<Series, Gauge>)
        return MetricType::Gauge;
    else
        return MetricType::Histogram;
}

} // namespace

MetricFamily::MetricFamily(MetricType type, QString name, QString help, QStringList labelNames,
                           std::vector<double> upperBounds)
    : m_type(type), m_name(std::move(name)), m_help(std::move(help)),
      m_labelNames(std::move(labelNames)),
      m_upperBounds(std::make_shared<const std::vector<double>>(std::move(upperBounds)))
{}

MetricFamily::~MetricFamily() = default;

template <typename Series> struct Family<Series>::Private
{
    mutable std::mutex mutex;
    // std::map keeps the series sorted by label values, which is the exposition order.
    std::map<QStringList, std::unique_ptr<Series>> series;
    std::unique_ptr<Series> sink; // handed out on misuse; never exported
};

namespace {

template <typename Series>
std::unique_ptr<Series> makeSeries(const std::shared_ptr<const std::vector<double>> &bounds)
{
    if constexpr (std::is_same_v<Series, Histogram>)
        return std::make_unique<Histogram>(bounds);
    else
        return std::make_unique<Series>();
}

template <typename Series> void fill(SeriesSnapshot &out, const Series &series)
{
    if constexpr (std::is_same_v<Series, Histogram>)
        out.histogram = series.snapshot();
    else
        out.value = series.value();
}

} // namespace

template <typename Series>
Family<Series>::Family(QString name, QString help, QStringList labelNames,
                       std::vector<double> upperBounds)
    : MetricFamily(typeOf<Series>(), std::move(name), std::move(help), std::move(labelNames),
                   typeOf<Series>() == MetricType::Histogram ? std::move(upperBounds)
                                                             : std::vector<double>{}),
      d(std::make_unique<Private>())
{
    d->sink = makeSeries<Series>(sharedUpperBounds());
    // A family without labels shows its single series (at zero) before the first update.
    if (this->labelNames().isEmpty())
        d->series.emplace(QStringList(), makeSeries<Series>(sharedUpperBounds()));
}

template <typename Series> Family<Series>::~Family() = default;

template <typename Series> Series &Family<Series>::labels(const QStringList &labelValues)
{
    if (labelValues.size() != labelNames().size()) {
        qWarning("metrics: %s takes %lld label values, got %lld", qUtf8Printable(name()),
                 static_cast<long long>(labelNames().size()),
                 static_cast<long long>(labelValues.size()));
        Q_ASSERT_X(false, "Family::labels", "wrong number of label values");
        return *d->sink;
    }
    std::lock_guard lock(d->mutex);
    auto it = d->series.find(labelValues);
    if (it == d->series.end())
        it = d->series.emplace(labelValues, makeSeries<Series>(sharedUpperBounds())).first;
    return *it->second;
}

template <typename Series> FamilySnapshot Family<Series>::snapshot() const
{
    FamilySnapshot result;
    result.name = name();
    result.help = help();
    result.type = type();
    result.labelNames = labelNames();
    std::lock_guard lock(d->mutex);
    result.series.reserve(qsizetype(d->series.size()));
    for (const auto &[labelValues, series] : d->series) {
        SeriesSnapshot &out = result.series.emplace_back();
        out.labelValues = labelValues;
        fill(out, *series);
    }
    return result;
}

template class Family<Counter>;
template class Family<Gauge>;
template class Family<Histogram>;

} // namespace helios::metrics

#include "ui/dashboard/rolling_chart_view.h"

#include <QChart>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <cmath>

namespace helios::ui {

namespace {

const QColor kColours[] = {QColor(0x2f, 0x6f, 0xd6), QColor(0xe0, 0x7a, 0x1f)};

// The axis top: 1, 2 or 5 times a power of ten, so that the axis does not jitter every second.
double niceTop(double value)
{
    if (!(value > 0.0) || !std::isfinite(value))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(value)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * magnitude >= value)
            return factor * magnitude;
    }
    return 10.0 * magnitude;
}

} // namespace

RollingChartView::RollingChartView(const QString &title, const QStringList &seriesNames,
                                   double spanSeconds, QWidget *parent)
    : QChartView(new QChart, parent)
{
    QChart *chart = this->chart();
    chart->setTitle(title);
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setVisible(seriesNames.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(220, 170);

    m_time = new QValueAxis;
    m_time->setRange(-spanSeconds, 0);
    m_time->setTickCount(5);
    m_time->setLabelFormat(QStringLiteral("%.0f"));
    m_time->setTitleText(tr("seconds"));
    m_values = new QValueAxis;
    m_values->setLabelFormat(QStringLiteral("%.3g"));
    m_values->setTickCount(3);
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_values, Qt::AlignLeft);
    for (qsizetype i = 0; i < seriesNames.size(); ++i) {
        auto *line = new QLineSeries(this);
        line->setName(seriesNames.at(i));
        line->setPen(QPen(kColours[i % 2], 2.0));
        chart->addSeries(line);
        line->attachAxis(m_time);
        line->attachAxis(m_values);
        m_series.append(line);
    }
    updateValueRange();
}

void RollingChartView::setPoints(int series, const QList<QPointF> &points)
{
    if (series < 0 || series >= m_series.size())
        return;
    m_series.at(series)->replace(points);
    updateValueRange();
}

void RollingChartView::updateValueRange()
{
    double highest = 0.0;
    for (const QLineSeries *line : std::as_const(m_series)) {
        for (const QPointF &p : line->points())
            highest = std::max(highest, p.y());
    }
    const double top = niceTop(highest);
    if (top != m_top) {
        m_top = top;
        m_values->setRange(0.0, top);
        // "%.3g" would write 1000 as "1e+03".
        m_values->setLabelFormat(top >= 100 ? QStringLiteral("%.0f") : QStringLiteral("%.3g"));
    }
}

} // namespace helios::ui

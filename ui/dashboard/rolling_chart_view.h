#pragma once

#include <QChartView>
#include <QList>
#include <QPointF>

class QLineSeries;
class QValueAxis;

namespace helios::ui {

// A small line chart of the last couple of minutes: x is seconds before now, y one or two
// figures. New data replaces each series in one call (QXYSeries::replace), never point by point.
class RollingChartView : public QChartView
{
    Q_OBJECT

public:
    RollingChartView(const QString &title, const QStringList &seriesNames, double spanSeconds,
                     QWidget *parent = nullptr);

    void setPoints(int series, const QList<QPointF> &points);
    QLineSeries *series(int index) const { return m_series.value(index); }
    QValueAxis *valueAxis() const { return m_values; }

private:
    void updateValueRange();

    QList<QLineSeries *> m_series;
    QValueAxis *m_time = nullptr;
    QValueAxis *m_values = nullptr;
    double m_top = -1.0;
};

} // namespace helios::ui

#pragma once

#include "ui/charts/burndown.h"

#include <QChartView>
#include <QDate>
#include <QFontMetrics>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace helios::ui {

// Remaining hours of one plan over time: actual, planned, the ideal straight line to the
// deadline and the projection at the current pace.
class BurndownChartView : public QChartView
{
    Q_OBJECT

public:
    explicit BurndownChartView(QWidget *parent = nullptr);

    void setBurndown(const Burndown &burndown);
    void clear();

    // For tests: the series by name ("ideal", "planned", "actual", "projected",
    // "today").
    QLineSeries *series(const QString &objectName) const;
    // How many horizontal pixels a line is thinned to (decimateLine): the wider of the view
    // and its screen. A series holds at most 2 * pixelBudget() + 2 points.
    int pixelBudget() const;

    // The date axis's ticks and label format for a plot `plotWidth` pixels wide: Qt Charts
    // gives each label plotWidth / count less 8 px and shows "..." for any longer, so as many
    // ticks as fit (6 down to 3) with the full format ("Nov 27", or "Nov 27, 2026" across New
    // Year), else with the short one ("11/27", "Nov 2026"), else 2 ticks.
    struct DateTicks
    {
        int count = 6;
        QString format;
    };
    static DateTicks dateTicks(const QDate &first, const QDate &last, qreal plotWidth,
                               const QFontMetrics &metrics);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QLineSeries *addSeries(const QString &objectName, const QString &label, const QPen &pen);
    // The hour axis from 0 past the plan's hours in round steps, as many as the height holds.
    void applyHourTicks(int viewHeight);
    // The date axis's ticks and format for a view `viewWidth` wide (dateTicks).
    void applyDateTicks(int viewWidth);

    QDateTimeAxis *m_dates = nullptr;
    QValueAxis *m_hours = nullptr;
    QLineSeries *m_ideal = nullptr;
    QLineSeries *m_planned = nullptr;
    QLineSeries *m_actual = nullptr;
    QLineSeries *m_projected = nullptr;
    QLineSeries *m_today = nullptr; // a vertical marker
    double m_totalHours = 10.0;
    QDate m_first, m_last; // the date axis's range
};

} // namespace helios::ui

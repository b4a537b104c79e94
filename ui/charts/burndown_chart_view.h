#pragma once

#include "ui/charts/burndown.h"

#include <QChartView>
#include <QDate>
#include <QFont>
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

    // "Hours left" is along the hour axis when the plot is tall enough for it, else above the
    // plot, level, with the legend to the right (Qt Charts would elide it to "Ho…").
    bool isHourTitleOnAxis() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QLineSeries *addSeries(const QString &objectName, const QString &label, const QPen &pen);
    // The hour axis from 0 past the plan's hours in round steps, as many as the height holds.
    void applyHourTicks(int viewHeight);
    // "Hours left" along the axis or above the plot, as a view `viewHeight` tall allows.
    void applyHourTitle(int viewHeight);
    void setHourTitleOnAxis(bool onAxis);
    bool hourTitleFits(qreal plotHeight) const;
    // After a layout with the title on the axis: the frame measured, and the title moved above
    // when the plot came out too short for it.
    void followPlotArea(const QRectF &plot);
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
    QDate m_first, m_last;   // the date axis's range
    qreal m_axisFrame = 0;   // the view's height less the plot's with the title on the axis
    qreal m_layoutInset = 0; // the chart's own margin around its background (Qt's default)
    QFont m_legendFont;      // the legend's font beside a tall plot
};

} // namespace helios::ui

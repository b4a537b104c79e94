#pragma once

#include "ui/charts/burndown.h"

#include <QChartView>

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

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QLineSeries *addSeries(const QString &objectName, const QString &label, const QPen &pen);
    // The hour axis from 0 past the plan's hours in round steps, as many as the height holds.
    void applyHourTicks(int viewHeight);

    QDateTimeAxis *m_dates = nullptr;
    QValueAxis *m_hours = nullptr;
    QLineSeries *m_ideal = nullptr;
    QLineSeries *m_planned = nullptr;
    QLineSeries *m_actual = nullptr;
    QLineSeries *m_projected = nullptr;
    QLineSeries *m_today = nullptr; // a vertical marker
    double m_totalHours = 10.0;
};

} // namespace helios::ui

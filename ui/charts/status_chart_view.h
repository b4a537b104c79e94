#pragma once

#include "ui/charts/status_breakdown.h"

#include <QChartView>

class QPieSeries;

namespace helios::ui {

// A plan's estimated hours by task status, as a ring; the legend gives tasks and hours.
class StatusChartView : public QChartView
{
    Q_OBJECT

public:
    explicit StatusChartView(QWidget *parent = nullptr);

    void setBreakdown(const StatusBreakdown &breakdown);
    void clear();

    QPieSeries *series() const { return m_series; }

    // The colour of a status, shared with the timeline so that both read the same.
    static QColor colorOf(TaskStatus status);

private:
    QPieSeries *m_series = nullptr;
};

} // namespace helios::ui

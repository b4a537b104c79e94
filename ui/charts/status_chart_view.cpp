#include "ui/charts/status_chart_view.h"

#include "ui/models/display_format.h"

#include <QChart>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>

namespace helios::ui {

StatusChartView::StatusChartView(QWidget *parent) : QChartView(new QChart, parent)
{
    QChart *chart = this->chart();
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignRight);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(120); // 900 × 600 leaves the charts ~150 px

    m_series = new QPieSeries(this);
    m_series->setObjectName(QStringLiteral("statusSeries"));
    m_series->setHoleSize(0.45);
    m_series->setPieSize(0.85);
    chart->addSeries(m_series);
}

QColor StatusChartView::colorOf(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Todo:
        return {0x8a, 0x9b, 0xb4};
    case TaskStatus::InProgress:
        return {0x2f, 0x6f, 0xd6};
    case TaskStatus::Done:
        return {0x3a, 0x9a, 0x5b};
    case TaskStatus::Skipped:
        return {0xc9, 0xb1, 0x6b};
    }
    return Qt::gray;
}

void StatusChartView::setBreakdown(const StatusBreakdown &breakdown)
{
    m_series->clear();
    const QLocale locale;
    for (const StatusShare &share : breakdown.shares) {
        if (share.tasks == 0)
            continue; // an empty status would be a zero-width slice with a legend entry
        //: Legend entry of the status chart: status, number of tasks, hours, share of hours.
        const QString label =
            tr("%1: %n task(s), %2 h (%3)", "", share.tasks)
                .arg(statusLabel(share.status), formatHours(share.hours),
                     locale.toString(100.0 * breakdown.hoursFraction(share.status), 'f', 0) +
                         locale.percent());
        // A status with tasks but no hours still gets a sliver, so that it can be seen.
        auto *slice =
            new QPieSlice(label, std::max(share.hours, breakdown.totalHours * 0.002 + 1e-6));
        slice->setColor(colorOf(share.status));
        slice->setBorderColor(Qt::white);
        m_series->append(slice);
    }
    chart()->legend()->setVisible(true);
}

void StatusChartView::clear()
{
    m_series->clear();
}

} // namespace helios::ui

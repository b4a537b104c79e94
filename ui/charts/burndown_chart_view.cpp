#include "ui/charts/burndown_chart_view.h"

#include "ui/charts/line_decimation.h"

#include <QChart>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QResizeEvent>
#include <QScreen>
#include <QTimeZone>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace helios::ui {

namespace {

// A long plan has a step per due day (10,001 points for 20,000 tasks); Qt Charts lays out and
// strokes every one of them on the GUI thread, hundreds of milliseconds. More than two points a
// pixel draw nothing more, so the line is thinned to that (in day numbers), keeping its extremes,
// and only the points kept are turned into times. Those use an in-memory QTimeZone:
// QDate::startOfDay() calls mktime(), which glibc makes re-read the zone file every time
// (140 ms for 10,000 dates on an idle machine, 4 ms this way).
void fill(QLineSeries *series, const QList<BurndownPoint> &points, int pixels,
          const QTimeZone &zone)
{
    QList<QPointF> days;
    days.reserve(points.size());
    for (const BurndownPoint &p : points)
        days.append({static_cast<qreal>(p.date.toJulianDay()), p.hours});
    QList<QPointF> xy = decimateLine(days, pixels);
    for (QPointF &p : xy) {
        const QDate date = QDate::fromJulianDay(static_cast<qint64>(p.x()));
        p.setX(static_cast<qreal>(date.startOfDay(zone).toMSecsSinceEpoch()));
    }
    series->replace(xy);
}

// The zone the dates are drawn in: the system's, or where the system's cannot be known (no zone
// database, as on minimal systems and in containers, or TZ naming a zone that does not exist)
// the offset local time has now, which is also what QDateTime's local time falls back to then.
// An invalid zone would put every point at 1970.
QTimeZone chartZone()
{
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (zone.isValid())
        return zone;
    return QTimeZone(QDateTime::currentDateTime().offsetFromUtc());
}

// 1, 2, 2.5 or 5 times a power of ten, at least `rough`: axis ticks a person reads at a glance.
double niceStep(double rough)
{
    if (!(rough > 0))
        return 1.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (factor * magnitude >= rough)
            return std::max(0.5, factor * magnitude);
    }
    return 10.0 * magnitude;
}

} // namespace

// QChartView(QWidget *) would make a default chart that setChart() then orphans.
BurndownChartView::BurndownChartView(QWidget *parent) : QChartView(new QChart, parent)
{
    QChart *chart = this->chart();
    chart->setLocale(QLocale());
    chart->setLocalizeNumbers(true);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(120); // 900 × 600 leaves the charts ~150 px

    m_dates = new QDateTimeAxis;
    m_dates->setFormat(QStringLiteral("MMM d")); // applyDateTicks sets the translated one
    m_dates->setTickCount(6);
    m_hours = new QValueAxis;
    m_hours->setTitleText(tr("Hours left"));
    m_hours->setLabelFormat(QStringLiteral("%.4g"));
    m_hours->setMinorTickCount(0);
    chart->addAxis(m_dates, Qt::AlignBottom);
    chart->addAxis(m_hours, Qt::AlignLeft);
    connect(chart, &QChart::plotAreaChanged, this, &BurndownChartView::followPlotArea);
    qreal inset = 0;
    chart->layout()->getContentsMargins(&inset, nullptr, nullptr, nullptr);
    m_layoutInset = inset;
    m_legendFont = chart->legend()->font();

    QPen ideal(QColor(0x8a, 0x8f, 0x98), 1.5, Qt::DashLine);
    QPen planned(QColor(0x2f, 0x6f, 0xd6), 2.0);
    QPen actual(QColor(0xe0, 0x7a, 0x1f), 3.0);
    m_ideal = addSeries(QStringLiteral("ideal"), tr("Ideal"), ideal);
    m_planned = addSeries(QStringLiteral("planned"), tr("Planned"), planned);
    m_actual = addSeries(QStringLiteral("actual"), tr("Actual"), actual);
    m_projected = addSeries(QStringLiteral("projected"), tr("At current pace"),
                            QPen(QColor(0xc2, 0x3b, 0x52), 2.0, Qt::DashDotLine));
    m_today = addSeries(QStringLiteral("today"), tr("Today"),
                        QPen(QColor(0x55, 0x55, 0x55), 1.0, Qt::DotLine));
    // The marker explains itself on the axis; it needs no legend entry.
    for (QLegendMarker *marker : chart->legend()->markers(m_today))
        marker->setVisible(false);
    clear();
}

QLineSeries *BurndownChartView::addSeries(const QString &objectName, const QString &label,
                                          const QPen &pen)
{
    auto *series = new QLineSeries(this);
    series->setObjectName(objectName);
    series->setName(label);
    series->setPen(pen);
    chart()->addSeries(series);
    series->attachAxis(m_dates);
    series->attachAxis(m_hours);
    return series;
}

int BurndownChartView::pixelBudget() const
{
    // The chart may not be laid out yet, and may grow later: the screen's width bounds both.
    const QScreen *screen = this->screen();
    const int screenWidth = screen ? screen->geometry().width() : 0;
    return std::max({width(), screenWidth, 640});
}

void BurndownChartView::setBurndown(const Burndown &burndown)
{
    const int pixels = pixelBudget();
    const QTimeZone zone = chartZone();
    fill(m_ideal, burndown.ideal, pixels, zone);
    fill(m_planned, burndown.planned, pixels, zone);
    fill(m_actual, burndown.actual, pixels, zone);
    fill(m_projected, burndown.projected, pixels, zone);

    QDate last = burndown.end;
    for (const auto *line : {&burndown.planned, &burndown.actual, &burndown.projected}) {
        if (!line->isEmpty())
            last = std::max(last, line->constLast().date);
    }
    m_dates->setRange(burndown.start.startOfDay(), last.startOfDay());
    m_first = burndown.start;
    m_last = last;
    applyDateTicks(width());
    m_totalHours = burndown.totalHours;
    applyHourTicks(height());
    if (burndown.today >= burndown.start && burndown.today <= last)
        fill(m_today, {{burndown.today, 0.0}, {burndown.today, m_hours->max()}}, pixels, zone);
    else
        m_today->clear();
    chart()->legend()->setVisible(true);
    // What was drawn, in the log with --verbose: where the lines start says at once whether the
    // dates made it through the time zone (packaging/debian/package-test.sh checks it).
    if (m_planned->count() > 0) {
        const QDateTime first = QDateTime::fromMSecsSinceEpoch(qint64(m_planned->at(0).x()), zone);
        qDebug("Burn-down drawn: %lld planned points from %s, axis %s to %s",
               static_cast<long long>(m_planned->count()),
               qPrintable(first.date().toString(Qt::ISODate)),
               qPrintable(m_dates->min().date().toString(Qt::ISODate)),
               qPrintable(m_dates->max().date().toString(Qt::ISODate)));
    }
}

void BurndownChartView::clear()
{
    for (QLineSeries *s : {m_ideal, m_planned, m_actual, m_projected, m_today})
        s->clear();
    const QDate today = QDate::currentDate();
    m_dates->setRange(today.startOfDay(), today.addDays(30).startOfDay());
    m_first = today;
    m_last = today.addDays(30);
    applyDateTicks(width());
    m_totalHours = 10.0;
    applyHourTicks(height());
}

void BurndownChartView::applyHourTicks(int viewHeight)
{
    if (!m_hours || !m_today)
        return; // a resize before the constructor made the axes
    // Qt Charts shows a value label as "..." when the gap between two ticks is lower than the
    // label's line plus 4 px above and below; on the chart's least height (and with the taller
    // Chinese legend) six ticks left every hour label as "...". So as many ticks as fit, at most
    // six. The part of the view that is not plot (legend, date labels, margins) is what the last
    // layout left, or a generous guess before the first one.
    const QRectF plot = chart()->plotArea();
    const qreal frame = plot.height() > 0 ? chart()->size().height() - plot.height() : 110.0;
    const qreal plotHeight = std::max<qreal>(0.0, viewHeight - frame);
    const int tickGap = QFontMetrics(m_hours->labelsFont()).height() + 2 * 4 + 3;
    const int steps = std::clamp(static_cast<int>(plotHeight / tickGap) - 1, 1, 5);
    // Fixed ticks a round step apart: Qt 6.4 does not redraw dynamic ticks reliably once the
    // axis has been laid out (an axis switched between the two kept 0, 6.25, 12.5, ... or elided
    // its labels).
    const double step = niceStep(m_totalHours / steps);
    const int used = static_cast<int>(std::max(1.0, std::ceil(m_totalHours / step)));
    if (m_hours->max() != step * used || m_hours->tickCount() != used + 1) {
        m_hours->setRange(0, step * used);
        m_hours->setTickCount(used + 1);
        // Today's marker runs up the whole axis.
        if (m_today->count() == 2)
            m_today->replace(1, QPointF(m_today->at(1).x(), m_hours->max()));
    }
}

BurndownChartView::DateTicks BurndownChartView::dateTicks(const QDate &first, const QDate &last,
                                                          qreal plotWidth,
                                                          const QFontMetrics &metrics)
{
    const QLocale locale;
    QStringList formats;
    if (first.year() != last.year()) {
        // A range across New Year says which year each label is in ("Nov 3, 2027 … Feb 9, 2028").
        //: Axis labels of a burn-down that spans years (QDateTime format).
        formats << tr("MMM d, yyyy")
                //: The same when the chart is narrow: month and year (QDateTime format).
                << tr("MMM yyyy");
    } else {
        //: Date format of the burn-down chart's axis labels (QDateTime format: MMM = short month).
        formats << tr("MMM d")
                //: The same when the chart is narrow: month and day in digits (QDateTime format).
                << tr("M/d");
    }
    const qint64 span = std::max<qint64>(0, first.daysTo(last));
    // Qt Charts lays a label out in plotWidth / count less twice its 4 px padding.
    const auto fits = [&](int count, const QString &format) {
        const qreal room = plotWidth / count - 2 * 4;
        for (int i = 0; i < count; ++i) {
            const QDate date = first.addDays(span * i / (count - 1));
            if (metrics.horizontalAdvance(locale.toString(date, format)) + 2 > room)
                return false;
        }
        return true;
    };
    for (const QString &format : std::as_const(formats)) {
        for (int count = 6; count >= 3; --count) {
            if (fits(count, format))
                return {count, format};
        }
    }
    for (const QString &format : std::as_const(formats)) {
        if (fits(2, format))
            return {2, format};
    }
    return {2, formats.constLast()};
}

void BurndownChartView::applyDateTicks(int viewWidth)
{
    if (!m_dates || !m_first.isValid())
        return;
    // The plot is the view less the hour axis and margins: what the last layout left, or a
    // generous guess before the first one.
    const QRectF plot = chart()->plotArea();
    const qreal frame = plot.width() > 0 ? chart()->size().width() - plot.width() : 90.0;
    const DateTicks ticks = dateTicks(m_first, m_last, std::max<qreal>(0.0, viewWidth - frame),
                                      QFontMetrics(m_dates->labelsFont()));
    if (m_dates->tickCount() != ticks.count)
        m_dates->setTickCount(ticks.count);
    if (m_dates->format() != ticks.format)
        m_dates->setFormat(ticks.format);
}

bool BurndownChartView::hourTitleFits(qreal plotHeight) const
{
    // Qt Charts elides a vertical axis's title to the plot's height.
    return QFontMetrics(m_hours->titleFont()).horizontalAdvance(tr("Hours left")) + 8 <= plotHeight;
}

void BurndownChartView::applyHourTitle(int viewHeight)
{
    if (!m_hours)
        return;
    // The height the chart takes besides the plot with the title on the axis: as measured the
    // last time it was there, else a guess (margins, the date labels, the legend's row, half a
    // label above the plot; Chinese text lays out taller).
    qreal frame = m_axisFrame;
    if (frame <= 0) {
        const QFontMetrics labels(m_hours->labelsFont());
        frame = 4 * std::max(labels.height(), labels.boundingRect(tr("Hours left")).height()) + 10;
    }
    setHourTitleOnAxis(hourTitleFits(viewHeight - frame));
}

void BurndownChartView::setHourTitleOnAxis(bool onAxis)
{
    if (onAxis == m_hours->isTitleVisible() && chart()->title().isEmpty() == onAxis)
        return;
    // Too short for the title along the axis ("Ho…" at 900 × 600): above the plot, level, with
    // the legend to the right so that the plot keeps its height.
    m_hours->setTitleVisible(onAxis);
    chart()->setTitleFont(m_hours->titleFont());
    chart()->setTitle(onAxis ? QString() : tr("Hours left"));
    chart()->legend()->setAlignment(onAxis ? Qt::AlignBottom : Qt::AlignRight);
    // The legend's four rows then need the chart's whole height, and a slightly smaller font
    // for Chinese rows to fit the chart's least height (tests/ui/charts/burndown_labels).
    QFont legendFont = m_legendFont;
    if (!onAxis && legendFont.pointSizeF() > 0)
        legendFont.setPointSizeF(legendFont.pointSizeF() * 0.85);
    chart()->legend()->setFont(legendFont);
    const qreal inset = onAxis ? m_layoutInset : 0;
    chart()->layout()->setContentsMargins(inset, inset, inset, inset);
    chart()->setMargins(onAxis ? QMargins(4, 4, 4, 4) : QMargins(4, 0, 4, 0));
}

void BurndownChartView::followPlotArea(const QRectF &plot)
{
    if (!m_hours->isTitleVisible() || plot.height() <= 0)
        return;
    // Laid out with the title on the axis: what the frame is, and whether the title fit.
    m_axisFrame = chart()->size().height() - plot.height();
    if (!hourTitleFits(plot.height()))
        QMetaObject::invokeMethod(
            this, [this]() { setHourTitleOnAxis(false); }, Qt::QueuedConnection);
}

bool BurndownChartView::isHourTitleOnAxis() const
{
    return m_hours->isTitleVisible() && chart()->title().isEmpty();
}

void BurndownChartView::resizeEvent(QResizeEvent *event)
{
    applyHourTitle(event->size().height());
    QChartView::resizeEvent(event);
    applyDateTicks(event->size().width());
    applyHourTicks(event->size().height());
}

QLineSeries *BurndownChartView::series(const QString &objectName) const
{
    for (QLineSeries *s : {m_ideal, m_planned, m_actual, m_projected, m_today}) {
        if (s->objectName() == objectName)
            return s;
    }
    return nullptr;
}

} // namespace helios::ui

#include "ui/charts/timeline_view.h"

#include "ui/charts/status_chart_view.h"
#include "ui/models/display_format.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace helios::ui {

namespace {

constexpr int kMinDayWidth = 3;
constexpr int kMaxDayWidth = 60;
constexpr int kFitMinDayWidth = 6;
constexpr int kFitMaxDayWidth = 18;
const QColor kCritical(0xd1, 0x49, 0x5b);
const QColor kToday(0xe0, 0x7a, 0x1f);
const QColor kDeadline(0x55, 0x55, 0x55);

} // namespace

TimelineView::TimelineView(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(false); // paintEvent fills what is in view
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setMouseTracking(true);
    setMinimumHeight(120); // 900 × 600 leaves the charts ~150 px
}

QSize TimelineView::sizeHint() const
{
    return {800, 360};
}

int TimelineView::rowHeight() const
{
    return fontMetrics().height() + 10;
}

int TimelineView::headerHeight() const
{
    return 2 * fontMetrics().height() + 10;
}

int TimelineView::labelWidth() const
{
    return std::clamp(viewport()->width() / 4, 120, 260);
}

void TimelineView::setTimeline(TimelineLayout layout)
{
    m_layout = std::move(layout);
    if (m_fitToWidth)
        fitDayWidth();
    updateScrollBars();
    viewport()->update();
}

void TimelineView::clear()
{
    setTimeline({});
}

void TimelineView::setDayWidth(int pixels)
{
    m_fitToWidth = false;
    applyDayWidth(pixels);
}

void TimelineView::setFitToWidth(bool fit)
{
    m_fitToWidth = fit;
    if (fit)
        fitDayWidth();
}

void TimelineView::fitDayWidth()
{
    const int visible = viewport()->width() - labelWidth();
    if (m_layout.dayCount <= 0 || visible < 50)
        return;
    applyDayWidth(std::clamp(visible / m_layout.dayCount, kFitMinDayWidth, kFitMaxDayWidth));
}

void TimelineView::applyDayWidth(int pixels)
{
    pixels = std::clamp(pixels, kMinDayWidth, kMaxDayWidth);
    if (pixels == m_dayWidth)
        return;
    // Keep the day at the left edge where it is.
    const int firstDay = horizontalScrollBar()->value() / m_dayWidth;
    m_dayWidth = pixels;
    updateScrollBars();
    horizontalScrollBar()->setValue(firstDay * m_dayWidth);
    viewport()->update();
}

void TimelineView::scrollToToday()
{
    const int visible = std::max(0, viewport()->width() - labelWidth());
    // Not laid out yet (a hidden tab): scroll once the view has its size.
    m_scrollToTodayPending = visible < 50;
    if (m_layout.todayDay >= 0 && !m_scrollToTodayPending)
        horizontalScrollBar()->setValue(std::max(0, m_layout.todayDay * m_dayWidth - visible / 3));
}

void TimelineView::updateScrollBars()
{
    const QSize area = viewport()->size();
    const int contentWidth = m_layout.dayCount * m_dayWidth;
    const int contentHeight = static_cast<int>(m_layout.rows.size()) * rowHeight();
    const int visibleWidth = std::max(0, area.width() - labelWidth());
    const int visibleHeight = std::max(0, area.height() - headerHeight());
    horizontalScrollBar()->setRange(0, std::max(0, contentWidth - visibleWidth));
    horizontalScrollBar()->setPageStep(visibleWidth);
    horizontalScrollBar()->setSingleStep(m_dayWidth);
    verticalScrollBar()->setRange(0, std::max(0, contentHeight - visibleHeight));
    verticalScrollBar()->setPageStep(visibleHeight);
    verticalScrollBar()->setSingleStep(rowHeight());
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    if (m_fitToWidth)
        fitDayWidth();
    updateScrollBars();
    if (m_scrollToTodayPending)
        scrollToToday();
}

// The names and dates are pinned, so the default (blitting the whole viewport) would move them:
// paint the view afresh instead, which costs only the rows in view.
void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            setDayWidth(m_dayWidth + steps * std::max(1, m_dayWidth / 4));
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

int TimelineView::rowAt(const QPoint &pos) const
{
    if (pos.y() < headerHeight())
        return -1;
    const int row = (pos.y() - headerHeight() + verticalScrollBar()->value()) / rowHeight();
    return row >= 0 && row < m_layout.rows.size() ? row : -1;
}

QString TimelineView::toolTipForRow(int row) const
{
    const TimelineRow &r = m_layout.rows.at(row);
    QStringList lines{r.label.toHtmlEscaped()};
    if (r.kind == TimelineRow::Kind::Milestone)
        lines.first() = QStringLiteral("<b>%1</b>").arg(lines.first());
    if (r.isScheduled())
        lines << tr("%1 – %2").arg(formatDate(m_layout.dateOfDay(r.startDay)),
                                   formatDate(m_layout.dateOfDay(r.endDay - 1)));
    else
        lines << tr("Not scheduled yet");
    lines << tr("%1 h").arg(formatHours(r.estimateHours));
    if (r.kind == TimelineRow::Kind::Task) {
        lines << statusLabel(r.status);
        if (r.critical)
            lines << tr("On the critical path");
    }
    return lines.join(QStringLiteral("<br>"));
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int row = rowAt(help->pos());
        if (row >= 0)
            QToolTip::showText(help->globalPos(), toolTipForRow(row), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString TimelineView::monthLabel(const QDate &month, int width, const QFontMetrics &metrics)
{
    const QLocale locale;
    //: Month and year in the timeline's header (QDate format).
    const QString full = locale.toString(month, tr("MMMM yyyy"));
    if (metrics.horizontalAdvance(full) <= width)
        return full;
    //: The month alone in the timeline's header when month and year do not fit (QDate format).
    const QString brief = locale.toString(month, tr("MMM"));
    return metrics.horizontalAdvance(brief) <= width ? brief : QString();
}

TimelineView::Frame TimelineView::frame() const
{
    Frame f;
    f.area = viewport()->rect();
    f.rowH = rowHeight();
    f.headerH = headerHeight();
    f.labelW = labelWidth();
    f.dayW = m_dayWidth;
    f.hScroll = horizontalScrollBar()->value();
    f.vScroll = verticalScrollBar()->value();
    const int rowCount = static_cast<int>(m_layout.rows.size());
    f.firstRow = std::max(0, f.vScroll / f.rowH);
    f.lastRow = std::min(rowCount - 1, (f.vScroll + f.area.height() - f.headerH) / f.rowH);
    f.firstDay = std::max(0, f.hScroll / f.dayW);
    f.lastDay = std::min(m_layout.dayCount - 1, (f.hScroll + f.area.width() - f.labelW) / f.dayW);
    return f;
}

void TimelineView::setEditable(bool editable)
{
    m_editable = editable;
    if (!editable)
        cancelDrag();
}

QRect TimelineView::barRect(int row) const
{
    if (row < 0 || row >= m_layout.rows.size())
        return {};
    const TimelineRow &r = m_layout.rows.at(row);
    if (!r.isScheduled())
        return {};
    const Frame f = frame();
    const auto [startDay, endDay] = shownDays(row);
    const int x1 = f.xOf(startDay);
    const int x2 = f.xOf(endDay);
    const QRect bar(x1 + 1, f.yOf(row) + 4, std::max(2, x2 - x1 - 2), f.rowH - 8);
    return bar.intersected(f.chartArea());
}

std::pair<int, int> TimelineView::shownDays(int row) const
{
    const TimelineRow &r = m_layout.rows.at(row);
    if (row != m_drag.row)
        return {r.startDay, r.endDay};
    // The bar being dragged is where the task will land when that is known, else moved by the
    // days dragged.
    if (m_drag.landing.isValid())
        return {static_cast<int>(m_layout.origin.daysTo(m_drag.landing.start)),
                static_cast<int>(m_layout.origin.daysTo(m_drag.landing.due)) + 1};
    return {r.startDay + m_drag.days, r.endDay + m_drag.days};
}

QString TimelineView::dragText() const
{
    if (m_drag.row < 0)
        return {};
    const TimelineRow &r = m_layout.rows.at(m_drag.row);
    if (m_drag.days == 0)
        return tr("Drag sideways to move it; Esc cancels");
    const Landing &landing = m_drag.landing;
    if (!landing.refusal.isEmpty())
        return landing.refusal;
    if (isWorkingOutLanding())
        return tr("Working out where it lands…");
    const QDate asked = dragDay();
    QDate first = asked;
    QDate last = m_layout.dateOfDay(r.endDay - 1 + m_drag.days);
    if (landing.isValid()) {
        first = landing.start;
        last = landing.due;
    }
    if (first != asked) {
        if (first == last)
            return tr("Lands on %1: the plan cannot start it on %2")
                .arg(formatDate(first), formatDate(asked));
        return tr("Lands on %1 – %2: the plan cannot start it on %3")
            .arg(formatDate(first), formatDate(last), formatDate(asked));
    }
    if (first == last)
        return tr("Move to %1").arg(formatDate(first));
    return tr("Move to %1 – %2").arg(formatDate(first), formatDate(last));
}

QDate TimelineView::dragDay() const
{
    if (m_drag.row < 0)
        return {};
    return m_layout.dateOfDay(m_layout.rows.at(m_drag.row).startDay + m_drag.days);
}

void TimelineView::setLandingFunction(LandingFunction landingOf)
{
    m_landingOf = std::move(landingOf);
    if (m_drag.row >= 0) {
        m_drag.landings.clear();
        updateLanding();
        viewport()->update();
    }
}

bool TimelineView::isWorkingOutLanding() const
{
    return m_drag.row >= 0 && m_drag.days != 0 && m_landingOf && !m_drag.landing.isValid() &&
           m_drag.landing.refusal.isEmpty();
}

void TimelineView::updateLanding()
{
    m_drag.landing = {};
    if (m_drag.row < 0 || m_drag.days == 0 || !m_landingOf)
        return;
    const auto cached = m_drag.landings.constFind(m_drag.days);
    if (cached != m_drag.landings.cend()) {
        m_drag.landing = *cached;
        return;
    }
    if (m_drag.asking)
        return; // asked once the answer in flight comes
    if (!m_landingWatcher) {
        m_landingWatcher = new QFutureWatcher<Landing>(this);
        connect(m_landingWatcher, &QFutureWatcherBase::finished, this,
                &TimelineView::landingAnswered);
    }
    ++m_drag.queries;
    m_drag.asking = true;
    m_drag.askedDays = m_drag.days;
    m_drag.serial = m_dragSerial;
    m_landingWatcher->setFuture(m_landingOf(m_layout.rows.at(m_drag.row).taskId, dragDay()));
}

void TimelineView::landingAnswered()
{
    const QFuture<Landing> answer = m_landingWatcher->future();
    if (m_drag.row < 0 || !m_drag.asking || m_drag.serial != m_dragSerial)
        return; // the drag ended meanwhile
    m_drag.asking = false;
    m_drag.landings.insert(m_drag.askedDays, answer.isValid() && answer.resultCount() > 0
                                                 ? answer.result()
                                                 : Landing{});
    updateLanding(); // this answer, or the next question
    viewport()->update();
}

void TimelineView::cancelDrag()
{
    if (m_drag.row < 0)
        return;
    m_drag = {};
    viewport()->unsetCursor();
    QToolTip::hideText();
    viewport()->update();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    const int row = event->button() == Qt::LeftButton && m_editable && pos.x() >= labelWidth()
                        ? rowAt(pos)
                        : -1;
    if (row < 0 || m_layout.rows.at(row).kind != TimelineRow::Kind::Task ||
        !barRect(row).adjusted(-2, -2, 2, 2).contains(pos)) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    event->accept();
    const TimelineRow &r = m_layout.rows.at(row);
    if (!r.isMovable()) {
        QString reason;
        if (r.event)
            reason = tr("“%1” is the goal's event: it stays on its day.").arg(r.label);
        else if (r.status == TaskStatus::Done || r.status == TaskStatus::Skipped)
            reason = tr("“%1” is finished and keeps its dates; set it to do first to move it.")
                         .arg(r.label);
        if (!reason.isEmpty()) {
            QToolTip::showText(event->globalPosition().toPoint(), reason, viewport());
            Q_EMIT dragRefused(reason);
        }
        return;
    }
    m_drag = {};
    ++m_dragSerial;
    m_drag.row = row;
    m_drag.pressX = pos.x();
    setFocus(Qt::MouseFocusReason); // for Escape
    viewport()->setCursor(Qt::SizeHorCursor);
    QToolTip::hideText(); // the new dates show beside the bar
    viewport()->update();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag.row < 0) {
        QAbstractScrollArea::mouseMoveEvent(event);
        return;
    }
    event->accept();
    const TimelineRow &r = m_layout.rows.at(m_drag.row);
    const double moved = event->position().x() - m_drag.pressX;
    int days = static_cast<int>(std::lround(moved / m_dayWidth));
    // Not before today: a task can be moved to today or a later day.
    if (m_layout.todayDay >= 0 && days < 0 && r.startDay + days < m_layout.todayDay)
        days = std::min(0, m_layout.todayDay - r.startDay);
    if (days == m_drag.days)
        return;
    m_drag.days = days;
    updateLanding(); // once per day reached, not per pixel
    viewport()->update();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag.row < 0 || event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mouseReleaseEvent(event);
        return;
    }
    event->accept();
    const TimelineRow r = m_layout.rows.at(m_drag.row);
    const int days = m_drag.days;
    cancelDrag();
    if (days != 0)
        Q_EMIT taskMoveRequested(r.taskId, m_layout.dateOfDay(r.startDay + days));
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    if (m_drag.row >= 0 && event->key() == Qt::Key_Escape) {
        cancelDrag();
        event->accept();
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TimelineView::focusOutEvent(QFocusEvent *event)
{
    cancelDrag();
    QAbstractScrollArea::focusOutEvent(event);
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    const Frame f = frame();
    p.fillRect(f.area, palette().base());
    m_lastPaintedRows = 0;
    m_lastPaintedArrows = 0;

    // Chart area: weekends, row stripes, deadline and today, bars, arrows.
    p.save();
    p.setClipRect(f.chartArea());
    paintChartBackground(p, f);
    p.setRenderHint(QPainter::Antialiasing);
    paintBars(p, f);
    paintArrows(p, f);
    p.restore();

    paintLabels(p, f);
    paintHeader(p, f);
}

void TimelineView::paintChartBackground(QPainter &p, const Frame &f) const
{
    const QPalette &pal = palette();
    const QRect &area = f.area;
    const int rowH = f.rowH, headerH = f.headerH, labelW = f.labelW, dayW = f.dayW,
              firstRow = f.firstRow, lastRow = f.lastRow, firstDay = f.firstDay,
              lastDay = f.lastDay;
    const auto xOf = [&f](int day) { return f.xOf(day); };
    const auto yOf = [&f](int row) { return f.yOf(row); };
    const QRect chartArea = f.chartArea();
    const QColor weekend = pal.color(QPalette::AlternateBase).darker(103);
    for (int day = firstDay; day <= lastDay; ++day) {
        if (m_layout.dateOfDay(day).dayOfWeek() >= 6)
            p.fillRect(QRect(xOf(day), headerH, dayW, area.height()), weekend);
    }
    for (int row = firstRow; row <= lastRow; ++row) {
        if (m_layout.rows.at(row).kind == TimelineRow::Kind::Milestone)
            p.fillRect(QRect(labelW, yOf(row), chartArea.width(), rowH),
                       pal.color(QPalette::AlternateBase));
    }
    if (m_layout.deadlineDay >= 0) {
        p.setPen(QPen(kDeadline, 2, Qt::DashLine));
        const int x = xOf(m_layout.deadlineDay + 1);
        p.drawLine(x, headerH, x, area.height());
    }
    if (m_layout.todayDay >= 0) {
        p.setPen(QPen(kToday, 2));
        const int x = xOf(m_layout.todayDay) + dayW / 2;
        p.drawLine(x, headerH, x, area.height());
    }
}

void TimelineView::paintBars(QPainter &p, const Frame &f)
{
    const QPalette &pal = palette();
    const int rowH = f.rowH, firstRow = f.firstRow, lastRow = f.lastRow, firstDay = f.firstDay,
              lastDay = f.lastDay;
    const auto xOf = [&f](int day) { return f.xOf(day); };
    const auto yOf = [&f](int row) { return f.yOf(row); };
    for (int row = firstRow; row <= lastRow; ++row) {
        const TimelineRow &r = m_layout.rows.at(row);
        ++m_lastPaintedRows;
        const auto [startDay, endDay] = shownDays(row);
        if (!r.isScheduled() || endDay <= firstDay || startDay > lastDay + 1)
            continue;
        const int y = yOf(row);
        const int x1 = xOf(startDay);
        const int x2 = xOf(endDay);
        if (r.kind == TimelineRow::Kind::Milestone) {
            const int mid = y + rowH / 2;
            p.fillRect(QRect(x1, mid - 2, x2 - x1, 4), pal.color(QPalette::Text));
            QPainterPath diamond;
            const int h = rowH / 2 - 3;
            diamond.moveTo(x2, mid - h);
            diamond.lineTo(x2 + h, mid);
            diamond.lineTo(x2, mid + h);
            diamond.lineTo(x2 - h, mid);
            diamond.closeSubpath();
            p.fillPath(diamond, pal.color(QPalette::Text));
            continue;
        }
        const QRectF bar(x1 + 1, y + 4, std::max(2, x2 - x1 - 2), rowH - 8);
        QColor fill = StatusChartView::colorOf(r.status);
        if (r.status == TaskStatus::Todo && r.critical)
            fill = kCritical.lighter(135);
        p.setBrush(fill);
        p.setPen(r.critical ? QPen(kCritical, 2) : QPen(fill.darker(130), 1));
        p.drawRoundedRect(bar, 3, 3);
        if (row == m_drag.row) {
            // Where it was, dashed, and the new dates beside the bar.
            const int ox1 = xOf(r.startDay);
            const int ox2 = xOf(r.endDay);
            p.setBrush(Qt::NoBrush);
            p.setPen(QPen(pal.color(QPalette::Text), 1, Qt::DashLine));
            p.drawRoundedRect(QRectF(ox1 + 1, y + 4, std::max(2, ox2 - ox1 - 2), rowH - 8), 3, 3);
            if (m_drag.landing.isValid() && m_drag.landing.start != dragDay()) {
                // Where the pointer is, which the plan will not use: dotted.
                const int ax1 = xOf(r.startDay + m_drag.days);
                const int ax2 = xOf(r.endDay + m_drag.days);
                p.setPen(QPen(pal.color(QPalette::Text), 1, Qt::DotLine));
                p.drawRoundedRect(QRectF(ax1 + 1, y + 4, std::max(2, ax2 - ax1 - 2), rowH - 8), 3,
                                  3);
            }
            const QString text = dragText();
            const int width = fontMetrics().horizontalAdvance(text) + 8;
            const bool right = x2 + width <= f.area.width();
            const QRect label(right ? x2 + 4 : x1 - width - 4, y, width, rowH);
            p.fillRect(label, pal.color(QPalette::ToolTipBase));
            p.setPen(pal.color(QPalette::ToolTipText));
            p.drawText(label, Qt::AlignCenter, text);
        }
    }
}

void TimelineView::paintArrows(QPainter &p, const Frame &f)
{
    const QPalette &pal = palette();
    const QRect &area = f.area;
    const int rowH = f.rowH, labelW = f.labelW, firstRow = f.firstRow, lastRow = f.lastRow;
    const auto xOf = [&f](int day) { return f.xOf(day); };
    const auto yOf = [&f](int row) { return f.yOf(row); };
    // Arrows whose vertical span meets the rows in view.
    for (const TimelineArrow &arrow : m_layout.arrows) {
        if (std::min(arrow.fromRow, arrow.toRow) > lastRow ||
            std::max(arrow.fromRow, arrow.toRow) < firstRow)
            continue;
        const TimelineRow &from = m_layout.rows.at(arrow.fromRow);
        const TimelineRow &to = m_layout.rows.at(arrow.toRow);
        if (!from.isScheduled() || !to.isScheduled())
            continue;
        const qreal x1 = xOf(from.endDay) - 1;
        const qreal y1 = yOf(arrow.fromRow) + rowH / 2.0;
        const qreal x2 = xOf(to.startDay) + 1;
        const qreal y2 = yOf(arrow.toRow) + rowH / 2.0;
        if (std::max(x1, x2) < labelW - 10 || std::min(x1, x2) > area.width() + 10)
            continue;
        ++m_lastPaintedArrows;
        QPainterPath path(QPointF(x1, y1));
        const qreal elbow = x1 + 5;
        if (elbow <= x2 - 4) {
            path.lineTo(elbow, y1);
            path.lineTo(elbow, y2);
        } else {
            // The dependent starts before the prerequisite ends: go round between the rows.
            const qreal between = y2 + (y2 > y1 ? -rowH / 2.0 : rowH / 2.0);
            path.lineTo(elbow, y1);
            path.lineTo(elbow, between);
            path.lineTo(x2 - 7, between);
            path.lineTo(x2 - 7, y2);
        }
        path.lineTo(x2 - 4, y2);
        const QColor colour = arrow.critical ? kCritical : pal.color(QPalette::Mid).darker(130);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(colour, arrow.critical ? 1.6 : 1.0));
        p.drawPath(path);
        QPainterPath head(QPointF(x2, y2));
        head.lineTo(x2 - 5, y2 - 3.5);
        head.lineTo(x2 - 5, y2 + 3.5);
        head.closeSubpath();
        p.fillPath(head, colour);
    }
}

void TimelineView::paintLabels(QPainter &p, const Frame &f) const
{
    const QPalette &pal = palette();
    const QRect &area = f.area;
    const int rowH = f.rowH, headerH = f.headerH, labelW = f.labelW, firstRow = f.firstRow,
              lastRow = f.lastRow;
    const auto yOf = [&f](int row) { return f.yOf(row); };
    // Task names, pinned on the left.
    p.save();
    p.setClipRect(QRect(0, headerH, labelW, area.height() - headerH));
    p.fillRect(QRect(0, headerH, labelW, area.height() - headerH), pal.window());
    const QFontMetrics fm = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const bool grouped =
        std::any_of(m_layout.rows.cbegin(), m_layout.rows.cend(),
                    [](const auto &r) { return r.kind == TimelineRow::Kind::Milestone; });
    for (int row = firstRow; row <= lastRow; ++row) {
        const TimelineRow &r = m_layout.rows.at(row);
        const bool milestone = r.kind == TimelineRow::Kind::Milestone;
        const int indent = milestone || !grouped ? 6 : 18;
        const QRect text(indent, yOf(row), labelW - indent - 6, rowH);
        p.setFont(milestone ? bold : font());
        p.setPen(r.critical ? kCritical.darker(115) : pal.color(QPalette::WindowText));
        const QFontMetrics &metrics = milestone ? boldMetrics : fm;
        p.drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                   metrics.elidedText(r.label, Qt::ElideRight, text.width()));
    }
    p.setFont(font());
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(labelW - 1, headerH, labelW - 1, area.height());
    p.restore();
}

void TimelineView::paintHeader(QPainter &p, const Frame &f) const
{
    const QPalette &pal = palette();
    const QRect &area = f.area;
    const int headerH = f.headerH, labelW = f.labelW, dayW = f.dayW, firstDay = f.firstDay,
              lastDay = f.lastDay;
    const auto xOf = [&f](int day) { return f.xOf(day); };
    const QFontMetrics fm = fontMetrics();
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    // Dates, pinned on top: months above, days (or week starts when narrow) below.
    p.save();
    p.fillRect(QRect(0, 0, area.width(), headerH), pal.window());
    p.setClipRect(QRect(labelW, 0, area.width() - labelW, headerH));
    const QLocale locale;
    const int half = headerH / 2;
    p.setPen(pal.color(QPalette::WindowText));
    for (int day = firstDay; day <= lastDay; ++day) {
        const QDate date = m_layout.dateOfDay(day);
        if (date.day() == 1 || day == firstDay) {
            const int x = std::max(xOf(day), labelW);
            if (date.day() == 1) {
                p.setPen(pal.color(QPalette::Mid));
                p.drawLine(xOf(day), 0, xOf(day), headerH);
                p.setPen(pal.color(QPalette::WindowText));
            }
            const int daysLeft = date.daysInMonth() - date.day() + 1;
            // The month's room ends at its last day or at the view's right edge.
            const int width = std::max(0, std::min(xOf(day + daysLeft), area.width()) - x - 6);
            p.drawText(QRect(x + 4, 0, width, half), Qt::AlignVCenter | Qt::AlignLeft,
                       monthLabel(date, width, fm));
        }
        const bool labelled = dayW >= fm.horizontalAdvance(QStringLiteral("30")) + 4 ||
                              (dayW * 7 >= fm.horizontalAdvance(QStringLiteral("30")) + 6 &&
                               date.dayOfWeek() == locale.firstDayOfWeek());
        if (labelled) {
            const int width = std::max(dayW, fm.horizontalAdvance(QStringLiteral("30")) + 4);
            p.drawText(QRect(xOf(day), half, width, half),
                       Qt::AlignVCenter | (dayW >= width ? Qt::AlignHCenter : Qt::AlignLeft),
                       locale.toString(date.day()));
        }
    }
    p.setClipping(false);
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(0, headerH - 1, area.width(), headerH - 1);
    p.setPen(pal.color(QPalette::WindowText));
    p.setFont(bold);
    p.drawText(QRect(6, 0, labelW - 12, headerH), Qt::AlignVCenter | Qt::AlignLeft,
               boldMetrics.elidedText(tr("Task"), Qt::ElideRight, labelW - 12));
    p.restore();
}

} // namespace helios::ui

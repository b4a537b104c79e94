#pragma once

#include "ui/charts/timeline_layout.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QFontMetrics>

namespace helios::ui {

// A Gantt timeline: one bar per task from start to due, grouped under milestone rows, with
// dependency arrows, the critical path in red, today's and the deadline's lines. Scrolls both
// ways, with the task names and the dates pinned; Ctrl+wheel zooms. Paints only the rows and
// days in view, so a plan of thousands of tasks scrolls as quickly as a small one.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setTimeline(TimelineLayout layout);
    void clear();
    const TimelineLayout &timeline() const { return m_layout; }

    // Pixels per day (clamped to 3..60); stops fitting the plan to the width.
    void setDayWidth(int pixels);
    // While on (the default, and again after setFitToWidth(true)), the day width follows the
    // view's width so that the whole plan shows, between 6 and 18 pixels a day.
    void setFitToWidth(bool fit);
    bool fitsToWidth() const { return m_fitToWidth; }
    int dayWidth() const { return m_dayWidth; }
    // Scrolls so that today is a third of the way across the bars.
    void scrollToToday();

    int rowHeight() const;
    // For tests: the task and milestone rows the last paint drew, and the arrows.
    int lastPaintedRows() const { return m_lastPaintedRows; }
    int lastPaintedArrows() const { return m_lastPaintedArrows; }
    // The row under a viewport point, or -1.
    int rowAt(const QPoint &viewportPos) const;

    QSize sizeHint() const override;

    // Dragging a task's bar sideways moves the task: on release the view asks for it to start
    // on the day the bar was dropped on (Esc while dragging puts it back). Off by default.
    void setBarsMovable(bool movable) { m_barsMovable = movable; }
    bool barsMovable() const { return m_barsMovable; }
    // The bar of the task row `row` in viewport coordinates (empty when unscheduled).
    QRect barRect(int row) const;
    // How many days the bar being dragged has moved so far (0 when none is).
    int dragDays() const { return m_drag.row >= 0 ? m_drag.days : 0; }

Q_SIGNALS:
    // A bar was dragged and dropped: the task at `taskPosition` (in the plan) should start on
    // `start`.
    void taskMoveRequested(int taskPosition, const QDate &start);

    // The header's label of `month` in `width` pixels: month and year ("November 2026"), else
    // the short month ("Nov"), else nothing, so that a month cut by the view's edge is never
    // shown as a clipped "Nove" or a bare "2026".
    static QString monthLabel(const QDate &month, int width, const QFontMetrics &metrics);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int headerHeight() const;
    int labelWidth() const;
    void updateScrollBars();
    void applyDayWidth(int pixels);
    void fitDayWidth();
    QString toolTipForRow(int row) const;

    TimelineLayout m_layout;
    int m_dayWidth = 18;
    bool m_fitToWidth = true;
    bool m_scrollToTodayPending = false;
    int m_lastPaintedRows = 0;
    int m_lastPaintedArrows = 0;
    bool m_barsMovable = false;
    struct Drag
    {
        int row = -1;   // the task row whose bar is held, -1 when none
        int pressX = 0; // where it was taken, viewport x
        int days = 0;   // how far it has moved
    } m_drag;
};

} // namespace helios::ui

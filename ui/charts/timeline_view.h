#pragma once

#include "ui/charts/timeline_layout.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QFontMetrics>
#include <QFuture>
#include <QFutureWatcher>
#include <QHash>
#include <QRect>

#include <functional>
#include <utility>

class QPainter;

namespace helios::ui {

// A Gantt timeline: one bar per task from start to due, grouped under milestone rows, with
// dependency arrows, the critical path in red, today's and the deadline's lines. Scrolls both
// ways, with the task names and the dates pinned; Ctrl+wheel zooms. Paints only the rows and
// days in view, so a plan of thousands of tasks scrolls as quickly as a small one.
// While editable, a task's bar drags sideways by whole days: the new dates show beside the bar
// (where it was stays dashed), never before today, Escape cancels, and the release asks for the
// move (taskMoveRequested); done and skipped tasks and the goal's event do not drag, and say why
// (dragRefused). With a landing function (setLandingFunction) the bar shows, while dragging, where
// the task will really be — the scheduler may start it later than the day it is dropped on (its
// prerequisites, the work before it) — asked once per day the pointer reaches, not per pixel, and
// answered off the GUI thread (a plan of 20,000 tasks takes ~80 ms to schedule): until the answer
// comes the bar follows the pointer and the label says it is being worked out.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    // Where a task asked to start on a day will be once moved: its first and last day, or the
    // one sentence saying why it cannot move there (then the dates are null).
    struct Landing
    {
        QDate start;
        QDate due;
        QString refusal;
        bool isValid() const { return start.isValid() && due.isValid(); }
    };
    using LandingFunction = std::function<QFuture<Landing>(qint64 taskId, const QDate &start)>;

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

    // Bars drag only while editable (a saved plan the window can edit); off by default.
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    // The row whose bar is being dragged (-1: none), by how many days, and what it says.
    int dragRow() const { return m_drag.row; }
    int dragDays() const { return m_drag.days; }
    QString dragText() const;
    // The day the bar is over while dragging (null: none) and where the task will land from it
    // (invalid without a landing function, before the bar has moved a day, or while the answer
    // is being worked out).
    QDate dragDay() const;
    Landing dragLanding() const { return m_drag.landing; }
    // How many times the landing function was asked during this drag (for tests).
    int dragLandingQueries() const { return m_drag.queries; }
    // Whether the landing of the day the bar is over is being worked out.
    bool isWorkingOutLanding() const;
    // Asked while dragging, once for each day the bar is moved to (see Landing); one question at
    // a time, the day the bar is over when the last answer came asked next.
    void setLandingFunction(LandingFunction landingOf);
    // Where a row's bar is on the viewport (empty when it has none or is out of view); while
    // dragged, where it is drawn (where the task will land).
    QRect barRect(int row) const;
    // Drops a drag under way, moving nothing.
    void cancelDrag();

Q_SIGNALS:
    // A bar was dropped `start` being its first day.
    void taskMoveRequested(qint64 taskId, const QDate &start);
    // A bar that cannot move was pressed: one sentence saying why.
    void dragRefused(const QString &reason);

public:
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
    void focusOutEvent(QFocusEvent *event) override;

private:
    int headerHeight() const;
    int labelWidth() const;
    void updateScrollBars();
    void applyDayWidth(int pixels);
    void fitDayWidth();
    QString toolTipForRow(int row) const;

    // What one paint sees: the rows and days in view, and where they are on the viewport.
    struct Frame
    {
        QRect area;
        int rowH = 0, headerH = 0, labelW = 0, dayW = 0, hScroll = 0, vScroll = 0;
        int firstRow = 0, lastRow = -1, firstDay = 0, lastDay = -1;
        int xOf(int day) const { return labelW + day * dayW - hScroll; }
        int yOf(int row) const { return headerH + row * rowH - vScroll; }
        QRect chartArea() const
        {
            return {labelW, headerH, area.width() - labelW, area.height() - headerH};
        }
    };
    Frame frame() const;
    // The parts of paintEvent, in the order they are drawn (each sets its own clip).
    void paintChartBackground(QPainter &p, const Frame &f) const;
    void paintBars(QPainter &p, const Frame &f);   // counts m_lastPaintedRows
    void paintArrows(QPainter &p, const Frame &f); // counts m_lastPaintedArrows
    void paintLabels(QPainter &p, const Frame &f) const;
    void paintHeader(QPainter &p, const Frame &f) const;

    TimelineLayout m_layout;
    int m_dayWidth = 18;
    bool m_fitToWidth = true;
    bool m_scrollToTodayPending = false;
    int m_lastPaintedRows = 0;
    int m_lastPaintedArrows = 0;
    bool m_editable = false;
    // The days a row's bar is drawn over: [start, end), the drag and its landing included.
    std::pair<int, int> shownDays(int row) const;
    // The landing for m_drag.days, from the cache, else asked for.
    void updateLanding();
    void landingAnswered();

    LandingFunction m_landingOf;
    struct Drag
    {
        int row = -1;
        int pressX = 0;
        int days = 0;
        Landing landing;
        QHash<int, Landing> landings; // by days moved: dragging back and forth asks once
        int queries = 0;
        int askedDays = 0; // the days moved the question in flight is about
        bool asking = false;
        quint64 serial = 0; // which drag a question belongs to
    } m_drag;
    quint64 m_dragSerial = 0;
    QFutureWatcher<Landing> *m_landingWatcher = nullptr;
};

} // namespace helios::ui

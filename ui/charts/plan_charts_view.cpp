#include "ui/charts/plan_charts_view.h"

#include "ui/charts/burndown.h"
#include "ui/charts/burndown_chart_view.h"
#include "ui/charts/status_breakdown.h"
#include "ui/charts/status_chart_view.h"
#include "ui/charts/timeline_layout.h"
#include "ui/charts/timeline_view.h"
#include "ui/models/display_format.h"

#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <qcoro/qcorofuture.h>

#include <cmath>
#include <utility>

namespace helios::ui {

namespace {

QWidget *captioned(QLabel *caption, QWidget *content, QWidget *parent)
{
    auto *page = new QWidget(parent);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(2);
    caption->setWordWrap(true);
    caption->setTextFormat(Qt::PlainText);
    layout->addWidget(caption);
    layout->addWidget(content, 1);
    return page;
}

QString projectionSentence(const Burndown &chart, const QDate &deadline)
{
    if (chart.remainingHours <= 0.0)
        return PlanChartsView::tr("All the work is finished.");
    if (!chart.projectedFinish.isValid())
        return PlanChartsView::tr("The remaining work cannot be scheduled.");
    const QString pace =
        QLocale().toString(std::round(chart.pace * 100.0), 'f', 0) + QLocale().percent();
    const QString when = formatDate(chart.projectedFinish);
    if (!deadline.isValid())
        return PlanChartsView::tr("At the current pace (%1 of plan) the work ends on %2.")
            .arg(pace, when);
    const int late = static_cast<int>(deadline.daysTo(chart.projectedFinish));
    if (late > 0)
        return PlanChartsView::tr(
                   "At the current pace (%1 of plan) the work ends on %2, %n day(s) after the "
                   "deadline.",
                   "", late)
            .arg(pace, when);
    if (late == 0)
        return PlanChartsView::tr(
                   "At the current pace (%1 of plan) the work ends on %2, the deadline.")
            .arg(pace, when);
    return PlanChartsView::tr(
               "At the current pace (%1 of plan) the work ends on %2, %n day(s) before the "
               "deadline.",
               "", -late)
        .arg(pace, when);
}

} // namespace

PlanChartsView::PlanChartsView(QWidget *parent) : QTabWidget(parent)
{
    setObjectName(QStringLiteral("planCharts"));
    setDocumentMode(true);

    m_burndown = new BurndownChartView(this);
    m_burndown->setObjectName(QStringLiteral("burndownChart"));
    m_projection = new QLabel(this);
    m_projection->setObjectName(QStringLiteral("projectionLabel"));
    addTab(captioned(m_projection, m_burndown, this), tr("Burn-down"));

    m_status = new StatusChartView(this);
    m_status->setObjectName(QStringLiteral("statusChart"));
    addTab(m_status, tr("Status"));

    m_timeline = new TimelineView(this);
    m_criticalPath = new QLabel(this);
    m_criticalPath->setObjectName(QStringLiteral("criticalPathLabel"));
    addTab(captioned(m_criticalPath, m_timeline, this), tr("Timeline"));
    connect(this, &QTabWidget::currentChanged, this, &PlanChartsView::drawCurrentTab);
}

void PlanChartsView::setPlan(const Plan &plan, const QDate &today)
{
    if (plan.id != m_planId) {
        // Another plan's charts must not stand in for this one's while they are computed.
        m_fitTimeline = true;
        m_burndown->clear();
        m_projection->clear();
        m_projectedFinish = QDate();
        m_timeline->clear();
        m_criticalPath->clear();
    }
    m_planId = plan.id;
    m_plan = plan;
    m_today = today;
    ++m_generation;
    // One pass over the tasks: cheaper than a trip to another thread.
    m_status->setBreakdown(computeStatusBreakdown(plan));
    drawCurrentTab();
}

void PlanChartsView::drawCurrentTab()
{
    if (m_planId == 0)
        return;
    if (currentWidget() == m_timeline->parentWidget()) {
        if (m_timelineGeneration != m_generation) {
            m_timelineGeneration = m_generation;
            drawTimeline();
        }
    } else if (m_burndownGeneration != m_generation) {
        // The burn-down is the first tab, and is drawn for the status tab too: it is the one
        // a person comes back to.
        m_burndownGeneration = m_generation;
        drawBurndown();
    }
}

QCoro::Task<> PlanChartsView::drawBurndown()
{
    QPointer self(this);
    const quint64 generation = m_generation;
    ++m_computing;
    QFuture<Burndown> computing = QtConcurrent::run(
        [plan = m_plan, today = m_today]() { return computeBurndown(plan, today); });
    const Burndown burndown = co_await computing;
    if (!self)
        co_return;
    --m_computing;
    if (generation != m_generation)
        co_return;
    m_burndown->setBurndown(burndown);
    m_projectedFinish = burndown.projectedFinish;
    m_projection->setText(projectionSentence(burndown, m_plan.deadline));
    Q_EMIT chartDrawn(indexOf(m_burndown->parentWidget()));
}

QCoro::Task<> PlanChartsView::drawTimeline()
{
    QPointer self(this);
    const quint64 generation = m_generation;
    ++m_computing;
    QFuture<TimelineLayout> computing = QtConcurrent::run(
        [plan = m_plan, today = m_today]() { return computeTimelineLayout(plan, today); });
    TimelineLayout timeline = co_await computing;
    if (!self)
        co_return;
    --m_computing;
    if (generation != m_generation)
        co_return;
    int criticalTasks = 0;
    for (const TimelineRow &row : timeline.rows)
        criticalTasks += row.critical ? 1 : 0;
    m_criticalPath->setText(
        criticalTasks == 0
            ? tr("No work is left, so there is no critical path.")
            : tr("Critical path (in red): %n task(s), %1 h that must happen one after another.", "",
                 criticalTasks)
                  .arg(formatHours(timeline.criticalHours)));
    const bool fit = std::exchange(m_fitTimeline, false);
    if (fit)
        m_timeline->setFitToWidth(true);
    m_timeline->setTimeline(std::move(timeline));
    if (fit)
        m_timeline->scrollToToday();
    Q_EMIT chartDrawn(indexOf(m_timeline->parentWidget()));
}

void PlanChartsView::clear()
{
    m_planId = 0;
    m_plan = {};
    ++m_generation;
    m_fitTimeline = false;
    m_burndown->clear();
    m_status->clear();
    m_timeline->clear();
    m_projection->clear();
    m_projectedFinish = QDate();
    m_criticalPath->clear();
}

QString PlanChartsView::projectionText() const
{
    return m_projection->text();
}

QString PlanChartsView::criticalPathText() const
{
    return m_criticalPath->text();
}

} // namespace helios::ui

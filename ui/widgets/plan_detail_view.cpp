#include "ui/widgets/plan_detail_view.h"

#include "core/today/agenda.h"
#include "ui/charts/burndown_chart_view.h"
#include "ui/charts/plan_charts_view.h"
#include "ui/models/display_format.h"
#include "ui/models/plan_kind_text.h"
#include "ui/models/task_table_model.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/widgets/at_risk_banner.h"
#include "ui/widgets/task_board.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QLabel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace helios::ui {

namespace {

const auto kChartUpdateEvent = static_cast<QEvent::Type>(QEvent::registerEventType());

} // namespace

PlanDetailView::PlanDetailView(PlansViewModel &viewModel, TaskEditsViewModel &edits,
                               QWidget *parent)
    : QWidget(parent), m_viewModel(viewModel)
{
    // Where its shortcuts act (Ctrl+T, F2, Delete), as Help → Keyboard shortcuts says it.
    setProperty("shortcutArea", tr("On a plan's page"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("planTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // Three lines at most, whatever the script (see refresh()).
    m_title->setMaximumHeight(QFontMetrics(titleFont).lineSpacing() * 3 + 4);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);

    m_banner = new AtRiskBanner(this);
    m_banner->hide();

    m_tasks = new TaskBoard(viewModel, edits, this);

    m_charts = new PlanChartsView(this);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("detailSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_tasks);
    m_splitter->addWidget(m_charts);
    // The header's finish date is the burn-down's projection, known once the chart is computed.
    connect(m_charts, &PlanChartsView::chartDrawn, this, &PlanDetailView::updateSummary);
    // The tasks are what a person works in: they get two thirds of any height.
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({420, 280});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_banner);
    layout->addWidget(m_splitter, 1);

    connect(&viewModel, &PlansViewModel::currentPlanChanged, this, &PlanDetailView::refresh);
    refresh();
}

BurndownChartView *PlanDetailView::chartView() const
{
    return m_charts->burndownView();
}

void PlanDetailView::customEvent(QEvent *event)
{
    if (event->type() != kChartUpdateEvent) {
        QWidget::customEvent(event);
        return;
    }
    m_chartPending = false;
    if (m_viewModel.currentPlan().id != 0)
        m_charts->setPlan(m_viewModel.currentPlan(), m_viewModel.today());
}

QTreeView *PlanDetailView::taskView() const
{
    return m_tasks->taskView();
}

void PlanDetailView::refresh()
{
    const Plan &plan = m_viewModel.currentPlan();
    if (plan.id == 0) {
        m_title->clear();
        m_title->setToolTip(QString());
        m_summary->clear();
        m_banner->hide();
        m_charts->clear();
        return;
    }
    // A goal may be 2,000 characters: the header shows its start, the tooltip all of it, so that
    // the tasks keep their room.
    const QString goal = plan.goal.simplified();
    m_title->setText(shortened(goal, kMaxGoalInSentence));
    // The tooltip also says how the offline planner understood the goal.
    QString tip = goal.size() > kMaxGoalInSentence ? goal : QString();
    if (const QString kind = planKindSentence(plan); !kind.isEmpty())
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n\n")) + kind;
    m_title->setToolTip(tip.isEmpty() ? QString() : plainToolTip(tip));

    updateSummary();
    m_banner->setVisible(plan.atRisk);
    if (plan.atRisk)
        m_banner->setHoursShort(plan.hoursShort);
    // The chart is drawn after the tasks are painted, so that a long plan shows its tasks first
    // and the two never add up to one stall. Paint requests are posted at low priority, so
    // this is too: it then comes after them.
    if (!m_chartPending) {
        m_chartPending = true;
        QCoreApplication::postEvent(this, new QEvent(kChartUpdateEvent), Qt::LowEventPriority);
    }
}

void PlanDetailView::updateSummary()
{
    const Plan &plan = m_viewModel.currentPlan();
    if (plan.id == 0)
        return;
    int done = 0;
    int overdue = 0;
    const QDate today = m_viewModel.today();
    for (const Task &t : plan.tasks) {
        if (t.isFinished())
            ++done;
        else if (isOverdue(t, today))
            ++overdue;
    }
    QStringList parts;
    parts << tr("%n task(s)", "", static_cast<int>(plan.tasks.size()))
          << tr("%n done", "tasks", done);
    if (overdue > 0)
        parts << tr("%n overdue", "tasks", overdue);
    parts << tr("%1 of %2 hours left")
                 .arg(formatHours(plan.remainingHours()), formatHours(plan.totalHours()))
          << tr("%1 h per week").arg(formatHours(plan.hoursPerWeek));
    parts << (plan.deadline.isValid() ? tr("deadline %1").arg(formatDate(plan.deadline))
                                      : tr("no deadline"));
    // The finish is the burn-down's: where the remaining work ends at the person's pace, not the
    // schedule's last due date (which said "finishes 1/30/27" above a projection of 5/23/29).
    // It is shown once the chart has computed it.
    if (const QDate finish = m_charts->projectedFinish(plan.id); finish.isValid())
        parts << tr("finishes %1 at this pace").arg(formatDate(finish));
    m_summary->setText(parts.join(tr(" · ")));
}

} // namespace helios::ui

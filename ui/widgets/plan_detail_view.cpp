#include "ui/widgets/plan_detail_view.h"

#include "ui/charts/burndown_chart_view.h"
#include "ui/charts/plan_charts_view.h"
#include "ui/models/display_format.h"
#include "ui/models/task_table_model.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/widgets/at_risk_banner.h"
#include "ui/widgets/task_status_delegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace helios::ui {

PlanDetailView::PlanDetailView(PlansViewModel &viewModel, QWidget *parent)
    : QWidget(parent), m_viewModel(viewModel)
{
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("planTitle"));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);

    m_banner = new AtRiskBanner(this);
    m_banner->hide();

    m_tasks = new QTableView(this);
    m_tasks->setObjectName(QStringLiteral("taskView"));
    m_tasks->setModel(viewModel.taskTableModel());
    m_tasks->setItemDelegateForColumn(TaskTableModel::StatusColumn,
                                      new TaskStatusDelegate(m_tasks));
    m_tasks->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                             QAbstractItemView::EditKeyPressed);
    m_tasks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tasks->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tasks->setAlternatingRowColors(true);
    m_tasks->setWordWrap(false);
    m_tasks->verticalHeader()->hide();
    QHeaderView *header = m_tasks->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TaskTableModel::TitleColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    // Wide enough for the longest status in this language and the combo box's arrow, whatever
    // the rows in view.
    int statusWidth = m_tasks->fontMetrics().horizontalAdvance(
        viewModel.taskTableModel()
            ->headerData(TaskTableModel::StatusColumn, Qt::Horizontal)
            .toString());
    for (TaskStatus status : kAllStatuses)
        statusWidth =
            std::max(statusWidth, m_tasks->fontMetrics().horizontalAdvance(statusLabel(status)));
    header->setSectionResizeMode(TaskTableModel::StatusColumn, QHeaderView::Fixed);
    header->resizeSection(TaskTableModel::StatusColumn, statusWidth + 44);
    m_tasks->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tasks->verticalHeader()->setDefaultSectionSize(m_tasks->fontMetrics().height() + 10);

    m_charts = new PlanChartsView(this);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("detailSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_tasks);
    m_splitter->addWidget(m_charts);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({360, 300});

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

void PlanDetailView::refresh()
{
    const Plan &plan = m_viewModel.currentPlan();
    if (plan.id == 0) {
        m_title->clear();
        m_summary->clear();
        m_banner->hide();
        m_charts->clear();
        return;
    }
    m_title->setText(plan.goal.simplified());

    int done = 0;
    for (const Task &t : plan.tasks) {
        if (t.isFinished())
            ++done;
    }
    QStringList parts;
    parts << tr("%n task(s)", "", static_cast<int>(plan.tasks.size()))
          << tr("%n done", "tasks", done)
          << tr("%1 of %2 hours left")
                 .arg(formatHours(plan.remainingHours()), formatHours(plan.totalHours()))
          << tr("%1 h per week").arg(formatHours(plan.hoursPerWeek));
    if (plan.deadline.isValid())
        parts << tr("deadline %1").arg(formatDate(plan.deadline));
    else if (plan.finishDate().isValid())
        parts << tr("no deadline, finishes %1").arg(formatDate(plan.finishDate()));
    m_summary->setText(parts.join(tr(" · ")));

    m_banner->setVisible(plan.atRisk);
    if (plan.atRisk)
        m_banner->setHoursShort(plan.hoursShort);
    m_charts->setPlan(plan, m_viewModel.today());
}

} // namespace helios::ui

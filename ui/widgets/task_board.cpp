#include "ui/widgets/task_board.h"

#include "ui/models/display_format.h"
#include "ui/models/task_filter_model.h"
#include "ui/models/task_table_model.h"
#include "ui/models/task_tree_model.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/viewmodels/task_edits_view_model.h"
#include "ui/widgets/task_details_pane.h"
#include "ui/widgets/task_filter_bar.h"
#include "ui/widgets/task_status_delegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace helios::ui {

TaskBoard::TaskBoard(PlansViewModel &viewModel, TaskEditsViewModel &edits, QWidget *parent)
    : QWidget(parent), m_viewModel(viewModel)
{
    setObjectName(QStringLiteral("taskBoard"));
    m_tree = new TaskTreeModel(viewModel.taskTableModel(), this);
    m_filter = new TaskFilterModel(this);
    m_filter->setSourceModel(m_tree);
    m_filter->setToday(viewModel.today());
    m_filterBar = new TaskFilterBar(*m_filter, this);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("taskView"));
    m_view->setModel(m_filter);
    m_view->setItemDelegateForColumn(TaskTreeModel::StatusColumn, new TaskStatusDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked |
                            QAbstractItemView::EditKeyPressed);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // Every row is one line: the view then never measures rows it does not show.
    m_view->setUniformRowHeights(true);
    m_view->setExpandsOnDoubleClick(false);
    sizeColumns();
    m_view->viewport()->installEventFilter(this); // the columns follow the view's width

    m_noMatch = createNoMatchPage();
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_noMatch);

    m_quickAdd = new QLineEdit(this);
    m_quickAdd->setObjectName(QStringLiteral("quickAddEdit"));
    m_quickAdd->setPlaceholderText(
        tr("Add a task: “Read chapter 4 2h #Basics”, then Enter (hours and #milestone optional)"));
    m_quickAdd->setClearButtonEnabled(true);
    m_quickAdd->setEnabled(false); // until someone edits plans (PlanEditActions)
    connect(m_quickAdd, &QLineEdit::returnPressed, this, [this]() {
        const QString line = m_quickAdd->text().trimmed();
        if (line.isEmpty())
            return;
        m_quickAdd->clear();
        Q_EMIT quickAddRequested(line);
    });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filterBar);
    leftLayout->addWidget(m_pages, 1);
    leftLayout->addWidget(m_quickAdd);

    m_details = new TaskDetailsPane(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("taskBoardSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({660, 240});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_noMatchLater = new QTimer(this);
    m_noMatchLater->setSingleShot(true);
    m_noMatchLater->setInterval(0);
    connect(m_noMatchLater, &QTimer::timeout, this, &TaskBoard::updateNoMatch);

    // Milestones open: a reset opens all of them, a filter that brings one back opens it.
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this]() {
        m_view->expandAll();
        updateDetails();
        m_noMatchLater->start();
    });
    connect(m_filter, &QAbstractItemModel::layoutChanged, m_view, &QTreeView::expandAll);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &TaskBoard::expandMilestones);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, m_noMatchLater,
            qOverload<>(&QTimer::start));
    connect(m_filter, &TaskFilterModel::filterChanged, this, &TaskBoard::updateNoMatch);
    connect(m_filter, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        // Only the shown task matters; its row may be anywhere in the change.
        if (m_details->taskId() != 0 && topLeft.isValid())
            updateDetails();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TaskBoard::updateDetails);
    connect(m_details, &TaskDetailsPane::notesEdited, &edits, &TaskEditsViewModel::editTaskNotes);
    connect(&viewModel, &PlansViewModel::currentPlanChanged, this,
            [this]() { m_filter->setToday(m_viewModel.today()); });
    m_view->expandAll();
    updateDetails();
}

QWidget *TaskBoard::createNoMatchPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("noMatchingTasks"));
    auto *title = new QLabel(tr("No tasks match these filters"), page);
    title->setObjectName(QStringLiteral("noMatchingTasksTitle"));
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    title->setFont(font);
    auto *text = new QLabel(tr("Try other words, another status, or clear the filters to see "
                               "every task of the plan again."),
                            page);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    auto *clear = new QPushButton(tr("Clear filters"), page);
    clear->setObjectName(QStringLiteral("clearFiltersButton"));
    connect(clear, &QPushButton::clicked, m_filterBar, &TaskFilterBar::clearFilters);

    auto *layout = new QVBoxLayout(page);
    layout->addStretch(2);
    layout->addWidget(title, 0, Qt::AlignHCenter);
    layout->addWidget(text);
    layout->addSpacing(8);
    layout->addWidget(clear, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    return page;
}

void TaskBoard::sizeColumns()
{
    // Widths from the font and this language's words, never from the rows: measuring 20,000
    // rows (ResizeToContents) would stall the window.
    const QFontMetrics metrics = m_view->fontMetrics();
    auto headerWidth = [&](int column) {
        return metrics.horizontalAdvance(m_tree->headerData(column, Qt::Horizontal).toString()) +
               24;
    };
    int statusWidth = headerWidth(TaskTreeModel::StatusColumn);
    for (TaskStatus status : kAllStatuses)
        statusWidth = std::max(statusWidth, metrics.horizontalAdvance(statusLabel(status)) + 44);
    statusWidth = std::max(
        statusWidth,
        metrics.horizontalAdvance(
            TaskTreeModel::tr("%1 of %n done", "finished tasks of a milestone", 100).arg(100)) +
            16);
    const int dateWidth = std::max(headerWidth(TaskTreeModel::DueColumn),
                                   metrics.horizontalAdvance(formatDate(QDate(2026, 12, 28))) + 16);

    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TaskTreeModel::TitleColumn, QHeaderView::Stretch);
    header->resizeSection(TaskTreeModel::NumberColumn,
                          std::max(headerWidth(TaskTreeModel::NumberColumn),
                                   metrics.horizontalAdvance(QStringLiteral("0000")) + 10));
    header->resizeSection(TaskTreeModel::StatusColumn, statusWidth);
    header->resizeSection(TaskTreeModel::EstimateColumn,
                          std::max(headerWidth(TaskTreeModel::EstimateColumn),
                                   metrics.horizontalAdvance(QStringLiteral("000.0")) + 16));
    header->resizeSection(TaskTreeModel::StartColumn, dateWidth);
    // An overdue task's due date carries a warning icon.
    header->resizeSection(TaskTreeModel::DueColumn,
                          dateWidth + m_view->style()->pixelMetric(QStyle::PM_SmallIconSize) + 6);
    header->resizeSection(TaskTreeModel::DependenciesColumn,
                          std::max(headerWidth(TaskTreeModel::DependenciesColumn),
                                   metrics.horizontalAdvance(QStringLiteral("000, 000")) + 16));
    header->setMinimumSectionSize(32);
    m_columnWidths.clear();
    for (int column = 0; column < TaskTreeModel::ColumnCount; ++column)
        m_columnWidths.append(header->sectionSize(column));
    fitColumns();
}

void TaskBoard::fitColumns()
{
    // The titles are what a person reads: they keep at least ~16 characters' room. When the view
    // is too narrow for that, the columns that matter least go first (what a task waits for, its
    // number, its start, its hours) and come back when the room does. Status and due stay.
    static constexpr std::array kDropOrder{TaskTreeModel::DependenciesColumn,
                                           TaskTreeModel::NumberColumn, TaskTreeModel::StartColumn,
                                           TaskTreeModel::EstimateColumn};
    if (m_columnWidths.size() != TaskTreeModel::ColumnCount)
        return;
    const int minimumTitle = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 16;
    int room = m_view->viewport()->width() - m_view->indentation() - minimumTitle;
    for (int column = 0; column < TaskTreeModel::ColumnCount; ++column) {
        if (column != TaskTreeModel::TitleColumn)
            room -= m_columnWidths.at(column);
    }
    QHeaderView *header = m_view->header();
    for (const int column : kDropOrder) {
        const bool hide = room < 0;
        if (hide)
            room += m_columnWidths.at(column);
        if (header->isSectionHidden(column) != hide) {
            header->setSectionHidden(column, hide);
            if (!hide)
                header->resizeSection(column, m_columnWidths.at(column));
        }
    }
}

bool TaskBoard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void TaskBoard::expandMilestones(const QModelIndex &parent, int first, int last)
{
    if (!parent.isValid()) {
        for (int row = first; row <= last; ++row)
            m_view->expand(m_filter->index(row, 0));
    }
    m_noMatchLater->start();
}

qint64 TaskBoard::selectedTaskId() const
{
    const Task *task = m_tree->taskAt(m_filter->mapToSource(m_view->currentIndex()));
    return task ? task->id : 0;
}

bool TaskBoard::isShowingNoMatch() const
{
    return m_pages->currentWidget() == m_noMatch;
}

void TaskBoard::focusSearch()
{
    m_filterBar->focusSearch();
}

bool TaskBoard::markSelectedDone()
{
    const QModelIndex current = m_view->currentIndex();
    const Task *task = m_tree->taskAt(m_filter->mapToSource(current));
    if (!task)
        return false;
    // The next task below (past a milestone's row), found before the edit can re-sort anything.
    QModelIndex next = m_view->indexBelow(current);
    while (next.isValid() && !m_tree->taskAt(m_filter->mapToSource(next)))
        next = m_view->indexBelow(next);
    const qint64 nextId = next.isValid() ? m_tree->taskAt(m_filter->mapToSource(next))->id : 0;
    if (!m_filter->setData(current.siblingAtColumn(TaskTreeModel::StatusColumn),
                           static_cast<int>(TaskStatus::Done), Qt::EditRole))
        return false;
    if (nextId != 0)
        selectTask(nextId);
    return true;
}

void TaskBoard::focusQuickAdd()
{
    m_quickAdd->setFocus(Qt::ShortcutFocusReason);
}

void TaskBoard::selectTask(qint64 taskId)
{
    QModelIndex index = m_filter->mapFromSource(m_tree->indexOfTask(taskId));
    if (!index.isValid() && m_tree->indexOfTask(taskId).isValid()) {
        m_filterBar->clearFilters();
        index = m_filter->mapFromSource(m_tree->indexOfTask(taskId));
    }
    if (!index.isValid())
        return;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void TaskBoard::updateDetails()
{
    const Task *task = m_tree->taskAt(m_filter->mapToSource(m_view->currentIndex()));
    // The details pane takes room only when there is a task to show; shown again, it gets its
    // room back (the splitter keeps no size for a hidden widget).
    if (m_details->isHidden() == (task != nullptr)) {
        m_details->setVisible(task != nullptr);
        const int pane = std::max(m_details->minimumWidth(), 240);
        if (task && m_splitter->width() > pane * 2)
            m_splitter->setSizes({m_splitter->width() - pane - m_splitter->handleWidth(), pane});
    }
    if (!task) {
        m_details->showNoTask();
        return;
    }
    m_details->showTask(*task, m_viewModel.taskTableModel()->tasks(),
                        m_tree->milestoneLabel(*task));
}

void TaskBoard::updateNoMatch()
{
    const bool noMatch = m_filter->isFiltering() && m_filter->rowCount() == 0;
    m_pages->setCurrentWidget(noMatch ? m_noMatch : m_view);
}

} // namespace helios::ui

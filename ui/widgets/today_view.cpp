#include "ui/widgets/today_view.h"

#include "ui/models/today_model.h"
#include "ui/viewmodels/today_view_model.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace helios::ui {

TodayView::TodayView(TodayViewModel &viewModel, QWidget *parent)
    : QWidget(parent), m_viewModel(viewModel)
{
    setObjectName(QStringLiteral("todayPage"));
    // Where its shortcuts act (Space, Ctrl+T, Enter), as Help → Keyboard shortcuts says it.
    setProperty("shortcutArea", tr("On the Today page"));
    m_date = new QLabel(this);
    m_date->setObjectName(QStringLiteral("todayDate"));
    QFont dateFont = m_date->font();
    dateFont.setPointSizeF(dateFont.pointSizeF() * 1.3);
    dateFont.setBold(true);
    m_date->setFont(dateFont);

    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("todayHeadline"));
    m_headline->setWordWrap(true);

    m_done = makeAction(tr("Mark &done"), "todayDoneAction",
                        {QKeySequence(Qt::Key_Space), QKeySequence(Qt::CTRL | Qt::Key_D)});
    m_done->setToolTip(tr("Mark the selected task done (Space or Ctrl+D)"));
    connect(m_done, &QAction::triggered, this, &TodayView::markSelectedDone);
    m_tomorrow = makeAction(tr("Move to &tomorrow"), "todayTomorrowAction",
                            {QKeySequence(Qt::CTRL | Qt::Key_T)});
    m_tomorrow->setToolTip(
        tr("Start the selected task tomorrow; the tasks that depend on it follow (Ctrl+T)"));
    connect(m_tomorrow, &QAction::triggered, this, &TodayView::moveSelectedToTomorrow);
    m_open = makeAction(tr("&Open in its plan"), "todayOpenAction",
                        {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_open->setToolTip(tr("Show the selected task in its plan (Enter)"));
    connect(m_open, &QAction::triggered, this, &TodayView::openSelected);

    m_doneButton = makeButton(m_done, "todayDoneButton");
    m_tomorrowButton = makeButton(m_tomorrow, "todayTomorrowButton");
    m_openButton = makeButton(m_open, "todayOpenButton");
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_doneButton);
    buttons->addWidget(m_tomorrowButton);
    buttons->addWidget(m_openButton);
    buttons->addStretch();
    m_rescheduleButton = new QPushButton(this);
    m_rescheduleButton->setObjectName(QStringLiteral("todayRescheduleButton"));
    m_rescheduleButton->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    m_rescheduleButton->setToolTip(tr("Schedule the remaining work of every plan with overdue "
                                      "tasks again from today, and review each plan's changes"));
    m_rescheduleButton->hide();
    connect(m_rescheduleButton, &QPushButton::clicked, this,
            &TodayView::rescheduleOverdueRequested);
    buttons->addWidget(m_rescheduleButton);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("todayView"));
    m_view->setModel(viewModel.model());
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setExpandsOnDoubleClick(false);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TodayModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(TodayModel::PlanColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(TodayModel::WhenColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TodayModel::HoursColumn, QHeaderView::ResizeToContents);
    // Sized from the rows on screen: measuring a thousand rows' texts at every change of a list
    // of thousands of overdue tasks stalled the window (docs/BENCHMARKS.md, Today).
    header->setResizeContentsPrecision(0);
    header->resizeSection(TodayModel::PlanColumn, 220); // then a share of the width (resizeEvent)
    connect(m_view, &QTreeView::doubleClicked, this, &TodayView::openSelected);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("todayEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("Nothing to do today, nothing overdue, and nothing starts this week."));

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_view);
    m_pages->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_date);
    layout->addWidget(m_headline);
    layout->addLayout(buttons);
    layout->addWidget(m_pages, 1);

    const TodayModel *model = viewModel.model();
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &TodayView::rememberPlace);
    connect(model, &QAbstractItemModel::modelReset, this, &TodayView::restorePlace);
    // A task done leaves as one removed row: the view has moved the current row to the next
    // one in its section (the previous one when it was the last); select it too. When it was the
    // last of its section the section's row went: the first task of the next section then (the
    // last of the one before when none follows).
    connect(model, &QAbstractItemModel::rowsRemoved, this,
            [this](const QModelIndex &removedFrom, int first) {
                QModelIndex current = m_view->currentIndex();
                const TodayModel *today = m_viewModel.model();
                if (!removedFrom.isValid() && !today->itemAt(current) && today->rowCount() > 0) {
                    const int sectionRow = std::min(first, today->rowCount() - 1);
                    const QModelIndex section = today->index(sectionRow, 0);
                    const int rows = today->rowCount(section);
                    if (rows > 0) {
                        current = today->index(sectionRow == first ? 0 : rows - 1, 0, section);
                        m_view->selectionModel()->setCurrentIndex(current,
                                                                  QItemSelectionModel::NoUpdate);
                    }
                }
                if (current.isValid())
                    m_view->selectionModel()->select(current, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
                updateActions();
            });
    // A box ticked with the mouse does not move the current row: the ticked task is the place
    // the next one takes.
    connect(model, &TodayModel::doneRequested, this, &TodayView::selectTask);
    connect(&viewModel, &TodayViewModel::agendaChanged, this, &TodayView::showAgenda);
    connect(&viewModel, &TodayViewModel::stateChanged, this, &TodayView::showAgenda);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TodayView::updateActions);
    showAgenda();
}

void TodayView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // The plan's name takes a quarter of the width, 120 to 260 px: at 900 px the task keeps
    // most of the room.
    const int planWidth = std::clamp(m_view->viewport()->width() / 4, 120, 260);
    m_view->header()->resizeSection(TodayModel::PlanColumn, planWidth);
}

QAction *TodayView::makeAction(const QString &text, const char *name,
                               const QList<QKeySequence> &keys)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcuts(keys);
    // Only while the Today page has the focus: Space and Enter mean other things elsewhere.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

QPushButton *TodayView::makeButton(QAction *action, const char *name)
{
    auto *button = new QPushButton(action->text().remove(QLatin1Char('&')), this);
    button->setObjectName(QString::fromLatin1(name));
    button->setToolTip(action->toolTip());
    button->setFocusPolicy(Qt::NoFocus); // the keys act on the list, which keeps the focus
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

qint64 TodayView::selectedTaskId() const
{
    const AgendaItem *item = m_viewModel.model()->itemAt(m_view->currentIndex());
    return item ? item->task.id : 0;
}

void TodayView::selectTask(qint64 taskId)
{
    const QModelIndex index = m_viewModel.model()->indexOfTask(taskId);
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void TodayView::setCanReschedule(bool can)
{
    m_canReschedule = can;
    showAgenda();
}

bool TodayView::isShowingEmptyDay() const
{
    return m_pages->currentWidget() == m_empty;
}

void TodayView::showAgenda()
{
    const Agenda &agenda = m_viewModel.agenda();
    m_date->setText(QLocale().toString(m_viewModel.today(), QLocale::LongFormat));
    switch (m_viewModel.state()) {
    case TodayViewModel::State::Idle:
    case TodayViewModel::State::Loading:
        m_headline->setText(tr("Reading your plans…"));
        break;
    case TodayViewModel::State::Failed:
        m_headline->setText(
            tr("Today's tasks could not be read: %1").arg(m_viewModel.errorMessage()));
        break;
    case TodayViewModel::State::Ready:
        m_headline->setText(m_viewModel.headline());
        break;
    }
    const bool empty = m_viewModel.state() == TodayViewModel::State::Ready && agenda.isEmpty();
    m_pages->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_view);
    const int overdue = int(agenda.overdue.size());
    m_rescheduleButton->setText(tr("Reschedule %n overdue task(s)…", nullptr, overdue));
    m_rescheduleButton->setVisible(m_canReschedule && overdue > 0 &&
                                   m_viewModel.state() == TodayViewModel::State::Ready);
    updateActions();
}

void TodayView::updateActions()
{
    const AgendaItem *item = m_viewModel.model()->itemAt(m_view->currentIndex());
    m_done->setEnabled(item != nullptr);
    m_tomorrow->setEnabled(item && item->section != AgendaItem::Section::NextUp);
    m_open->setEnabled(item != nullptr);
    m_doneButton->setEnabled(m_done->isEnabled());
    m_tomorrowButton->setEnabled(m_tomorrow->isEnabled());
    m_openButton->setEnabled(m_open->isEnabled());
}

void TodayView::rememberPlace()
{
    const QModelIndex current = m_view->currentIndex();
    const AgendaItem *item = m_viewModel.model()->itemAt(current);
    m_placeTask = item ? item->task.id : 0;
    m_placeSection = item ? static_cast<int>(item->section) : -1;
    m_placeRow = item ? current.row() : -1;
}

void TodayView::restorePlace()
{
    m_view->expandAll();
    const TodayModel *model = m_viewModel.model();
    QModelIndex target = model->indexOfTask(m_placeTask);
    // The task left the list: the one now in its place in its section, else the first after it.
    for (int s = 0; s < model->rowCount() && !target.isValid() && m_placeSection >= 0; ++s) {
        const QModelIndex section = model->index(s, 0);
        const int sectionKind = section.data(TodayModel::SectionRole).toInt();
        const int rows = model->rowCount(section);
        if (sectionKind < m_placeSection || rows == 0)
            continue;
        const int row = sectionKind == m_placeSection ? std::min(m_placeRow, rows - 1) : 0;
        target = model->index(row, 0, section);
    }
    if (!target.isValid() && model->rowCount() > 0 && m_placeSection >= 0) {
        const QModelIndex last = model->index(model->rowCount() - 1, 0);
        target = model->index(model->rowCount(last) - 1, 0, last);
    }
    // Nothing chosen yet: the first task, so that Space works as soon as the page is shown.
    if (!target.isValid() && model->rowCount() > 0)
        target = model->index(0, 0, model->index(0, 0));
    if (target.isValid())
        m_view->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect |
                                                              QItemSelectionModel::Rows);
    m_placeTask = 0;
    m_placeSection = -1;
    m_placeRow = -1;
    updateActions();
}

void TodayView::markSelectedDone()
{
    const qint64 taskId = selectedTaskId();
    if (taskId != 0)
        m_viewModel.markDone(taskId);
}

void TodayView::moveSelectedToTomorrow()
{
    const qint64 taskId = selectedTaskId();
    if (taskId != 0)
        m_viewModel.moveToTomorrow(taskId);
}

void TodayView::openSelected()
{
    const AgendaItem *item = m_viewModel.model()->itemAt(m_view->currentIndex());
    if (item)
        Q_EMIT openTaskRequested(item->task.planId, item->task.id);
}

} // namespace helios::ui

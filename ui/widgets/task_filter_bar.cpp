#include "ui/widgets/task_filter_bar.h"

#include "ui/models/display_format.h"
#include "ui/models/task_filter_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace helios::ui {

TaskFilterBar::TaskFilterBar(TaskFilterModel &filter, QWidget *parent)
    : QWidget(parent), m_filter(filter)
{
    setObjectName(QStringLiteral("taskFilterBar"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("taskSearch"));
    m_search->setPlaceholderText(tr("Search tasks and notes (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(120);

    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"), -1);
    for (TaskStatus status : kAllStatuses)
        m_status->addItem(statusLabel(status), static_cast<int>(status));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_overdue = new QCheckBox(tr("Overdue"), this);
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_overdue->setToolTip(tr("Only tasks not finished and due before today"));
    m_thisWeek = new QCheckBox(tr("This week"), this);
    m_thisWeek->setObjectName(QStringLiteral("thisWeekFilter"));
    m_thisWeek->setToolTip(tr("Only tasks scheduled in the current week"));

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("taskFilterCount"));
    m_count->setTextFormat(Qt::PlainText);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    // Beside the search field, which gives it room: the controls on the right must not move
    // when the count appears, or a second click on a check box misses it.
    layout->addWidget(m_count);
    layout->addWidget(m_status);
    layout->addWidget(m_overdue);
    layout->addWidget(m_thisWeek);

    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &TaskFilterBar::applySearch);
    // The clear button sets the text without textEdited.
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            applySearch();
    });
    connect(m_searchDelay, &QTimer::timeout, this, &TaskFilterBar::applySearch);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this]() {
        const int raw = m_status->currentData().toInt();
        std::optional<TaskStatus> status;
        for (TaskStatus s : kAllStatuses) {
            if (static_cast<int>(s) == raw)
                status = s;
        }
        m_filter.setStatusFilter(status);
    });
    connect(m_overdue, &QCheckBox::toggled, &m_filter, &TaskFilterModel::setOverdueOnly);
    connect(m_thisWeek, &QCheckBox::toggled, &m_filter, &TaskFilterModel::setThisWeekOnly);
    // A refilter may insert and remove rows under many milestones: count once afterwards.
    m_countLater = new QTimer(this);
    m_countLater->setSingleShot(true);
    m_countLater->setInterval(0);
    connect(m_countLater, &QTimer::timeout, this, &TaskFilterBar::updateCount);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(&m_filter, signal, m_countLater, qOverload<>(&QTimer::start));
    connect(&m_filter, &QAbstractItemModel::modelReset, m_countLater, qOverload<>(&QTimer::start));
    connect(&m_filter, &TaskFilterModel::filterChanged, this, &TaskFilterBar::updateCount);
    updateCount();
}

void TaskFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TaskFilterBar::applySearch()
{
    m_searchDelay->stop();
    m_filter.setSearchText(m_search->text());
}

void TaskFilterBar::clearFilters()
{
    m_searchDelay->stop();
    m_filter.clearFilters();
    syncFromModel();
}

void TaskFilterBar::syncFromModel()
{
    const QSignalBlocker blockSearch(m_search);
    const QSignalBlocker blockStatus(m_status);
    const QSignalBlocker blockOverdue(m_overdue);
    const QSignalBlocker blockWeek(m_thisWeek);
    m_search->setText(m_filter.searchText());
    const std::optional<TaskStatus> status = m_filter.statusFilter();
    m_status->setCurrentIndex(
        std::max(0, m_status->findData(status ? static_cast<int>(*status) : -1)));
    m_overdue->setChecked(m_filter.overdueOnly());
    m_thisWeek->setChecked(m_filter.thisWeekOnly());
    updateCount();
}

void TaskFilterBar::updateCount()
{
    // Only worth saying while something is filtered out.
    if (!m_filter.isFiltering()) {
        m_count->clear();
        return;
    }
    m_count->setText(tr("%n task(s) shown", "", m_filter.matchingTaskCount()));
}

} // namespace helios::ui

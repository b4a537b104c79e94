#include "ui/dialogs/new_goal_dialog.h"

#include "core/planning/goal_deadline.h"
#include "ui/models/display_format.h"
#include "ui/models/draft_task_model.h"
#include "ui/models/plan_kind_text.h"
#include "ui/planning/goal_planning_view_model.h"
#include "ui/widgets/date_field.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace helios::ui {

namespace {

const QColor kErrorColor(0xb0, 0x2a, 0x1b);

QLabel *boldLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString stateText(const GoalPlanningViewModel::AgentProgress &agent)
{
    using State = GoalPlanningViewModel::AgentState;
    switch (agent.state) {
    case State::Waiting:
        return NewGoalDialog::tr("Waiting");
    case State::Working:
        return agent.repairing ? NewGoalDialog::tr("Fixing its answer…")
                               : NewGoalDialog::tr("Working…");
    case State::Done:
        return NewGoalDialog::tr("Done");
    }
    return {};
}

} // namespace

NewGoalDialog::NewGoalDialog(GoalPlanningViewModel &planning, const QDate &today, QWidget *parent)
    : QDialog(parent), m_planning(planning), m_today(today)
{
    setWindowTitle(tr("New goal"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createGoalPage());
    m_pages->addWidget(createProgressPage());
    m_pages->addWidget(createPreviewPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(&m_planning, &GoalPlanningViewModel::phaseChanged, this,
            &NewGoalDialog::onPhaseChanged);
    connect(&m_planning, &GoalPlanningViewModel::failed, this, &NewGoalDialog::showError);
    connect(&m_planning, &GoalPlanningViewModel::agentsReset, this,
            &NewGoalDialog::rebuildAgentRows);
    connect(&m_planning, &GoalPlanningViewModel::agentChanged, this,
            &NewGoalDialog::updateAgentRow);
    connect(&m_planning, &GoalPlanningViewModel::textAppended, this,
            &NewGoalDialog::appendAgentText);
    connect(m_planning.draftModel(), &DraftTaskModel::scheduleChanged, this,
            &NewGoalDialog::updateSummary);
    connect(&m_planning, &GoalPlanningViewModel::planAccepted, this, &QDialog::accept);

    rebuildAgentRows();
    onPhaseChanged();
    resize(720, 520);
    m_goalEdit->setFocus();
}

QWidget *NewGoalDialog::createGoalPage()
{
    auto *page = new QWidget(this);
    auto *prompt = boldLabel(tr("What do you want to achieve?"), page);

    m_goalEdit = new QPlainTextEdit(page);
    m_goalEdit->setObjectName(QStringLiteral("goalEdit"));
    m_goalEdit->setTabChangesFocus(true);
    m_goalEdit->setPlaceholderText(tr("For example: Learn Python programming in three months\n"
                                      "例如：三个月内学会Python编程"));
    m_goalEdit->setMinimumHeight(96);
    prompt->setBuddy(m_goalEdit);

    m_deadlineCheck = new QCheckBox(tr("Deadline:"), page);
    m_deadlineCheck->setObjectName(QStringLiteral("deadlineCheck"));
    m_deadlineEdit = new DateField(m_today, page);
    m_deadlineEdit->setObjectName(QStringLiteral("deadlineEdit"));
    m_deadlineEdit->setMinimumDate(m_today);
    m_deadlineEdit->setDate(m_today.addMonths(3));
    m_deadlineEdit->setEnabled(false);
    connect(m_deadlineCheck, &QCheckBox::toggled, m_deadlineEdit, &QWidget::setEnabled);
    connect(m_deadlineCheck, &QCheckBox::toggled, this, &NewGoalDialog::updateCreateButton);
    connect(m_deadlineCheck, &QCheckBox::clicked, this, [this]() { m_deadlineTouched = true; });
    connect(m_deadlineEdit->lineEdit(), &QLineEdit::textEdited, this,
            [this]() { m_deadlineTouched = true; });
    connect(m_deadlineEdit, &DateField::acceptableInputChanged, this,
            &NewGoalDialog::updateCreateButton);
    m_deadlineHint = new QLabel(page);
    m_deadlineHint->setObjectName(QStringLiteral("deadlineHint"));
    m_deadlineHint->setWordWrap(true);
    m_deadlineHint->hide();
    connect(m_goalEdit, &QPlainTextEdit::textChanged, this, &NewGoalDialog::proposeDeadline);
    // Enter plans the goal; Shift+Enter starts a new line.
    m_goalEdit->installEventFilter(this);

    m_hoursSpin = new QDoubleSpinBox(page);
    m_hoursSpin->setObjectName(QStringLiteral("hoursSpin"));
    m_hoursSpin->setRange(0.5, kMaxHoursPerWeek);
    m_hoursSpin->setDecimals(1);
    m_hoursSpin->setSingleStep(0.5);
    m_hoursSpin->setValue(kDefaultHoursPerWeek);
    m_hoursSpin->setSuffix(tr(" h"));
    connect(m_hoursSpin, &QDoubleSpinBox::valueChanged, this, [this]() {
        if (!m_proposingHours)
            m_hoursTouched = true;
    });
    m_hoursHint = new QLabel(page);
    m_hoursHint->setObjectName(QStringLiteral("hoursHint"));
    m_hoursHint->setWordWrap(true);
    m_hoursHint->hide();
    connect(m_goalEdit, &QPlainTextEdit::textChanged, this, &NewGoalDialog::proposeHours);

    m_plannerCombo = new QComboBox(page);
    m_plannerCombo->setObjectName(QStringLiteral("plannerCombo"));
    m_plannerCombo->addItem(tr("Offline planner (no model)"), false);
    if (m_planning.modelAvailable()) {
        m_plannerCombo->addItem(tr("Model: %1").arg(m_planning.modelLabel()), true);
        m_plannerCombo->setCurrentIndex(1);
    }
    m_plannerCombo->setToolTip(tr("Choose the model server in Tools → Settings."));

    auto *form = new QFormLayout;
    form->addRow(m_deadlineCheck, m_deadlineEdit);
    form->addRow(QString(), m_deadlineHint);
    form->addRow(tr("Hours per week:"), m_hoursSpin);
    form->addRow(QString(), m_hoursHint);
    form->addRow(tr("Planned by:"), m_plannerCombo);

    m_errorLabel = new QLabel(page);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, kErrorColor);
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();

    auto *buttons = new QDialogButtonBox(page);
    m_createButton = buttons->addButton(tr("Create plan"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);
    QPushButton *cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    m_galleryButton = buttons->addButton(tr("From a template…"), QDialogButtonBox::ActionRole);
    m_galleryButton->setObjectName(QStringLiteral("templateGalleryButton"));
    m_galleryButton->setToolTip(tr("Start from a template of the gallery: its tasks come into the "
                                   "preview, to change before you accept them."));
    m_galleryButton->hide(); // until setTemplateGalleryAvailable
    connect(m_galleryButton, &QPushButton::clicked, this, &NewGoalDialog::templateGalleryRequested);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewGoalDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewGoalDialog::reject);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(prompt);
    layout->addWidget(m_goalEdit, 1);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    return page;
}

QWidget *NewGoalDialog::createProgressPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("progressPage"));
    m_progressTitle = boldLabel(QString(), page);
    m_progressTitle->setWordWrap(true);

    auto *spinner = new QProgressBar(page);
    spinner->setObjectName(QStringLiteral("busyIndicator"));
    spinner->setRange(0, 0);
    spinner->setTextVisible(false);
    spinner->setMaximumHeight(8);

    m_agentBox = new QWidget(page);
    m_agentBox->setObjectName(QStringLiteral("agentProgress"));
    new QGridLayout(m_agentBox);

    auto *buttons = new QDialogButtonBox(page);
    m_stopButton = buttons->addButton(tr("Stop"), QDialogButtonBox::RejectRole);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setToolTip(tr("Stop planning; nothing is saved"));
    connect(m_stopButton, &QPushButton::clicked, &m_planning, &GoalPlanningViewModel::cancel);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progressTitle);
    layout->addWidget(spinner);
    layout->addWidget(m_agentBox, 1);
    layout->addWidget(buttons);
    return page;
}

QWidget *NewGoalDialog::createPreviewPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("previewPage"));
    auto *title = boldLabel(tr("Your plan, before it is saved"), page);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_summary->setWordWrap(true);
    // How the offline planner understood the goal, or that it did not know it.
    m_kindLabel = new QLabel(page);
    m_kindLabel->setObjectName(QStringLiteral("previewKind"));
    m_kindLabel->setWordWrap(true);
    m_kindLabel->setTextFormat(Qt::PlainText);
    auto *hint = new QLabel(
        tr("Double-click a task's name or hours to change them; the dates follow."), page);
    hint->setWordWrap(true);

    m_previewTable = new QTableView(page);
    m_previewTable->setObjectName(QStringLiteral("previewTable"));
    m_previewTable->setModel(m_planning.draftModel());
    m_previewTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_previewTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_previewTable->setEditTriggers(QAbstractItemView::DoubleClicked |
                                    QAbstractItemView::EditKeyPressed);
    m_previewTable->verticalHeader()->hide();
    QHeaderView *header = m_previewTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DraftTaskModel::TitleColumn, QHeaderView::Stretch);
    m_previewTable->setWordWrap(false);

    m_removeButton = new QPushButton(tr("Remove task"), page);
    m_removeButton->setObjectName(QStringLiteral("removeTaskButton"));
    connect(m_removeButton, &QPushButton::clicked, this, &NewGoalDialog::removeSelectedTask);

    auto *buttons = new QDialogButtonBox(page);
    m_acceptButton = buttons->addButton(tr("Accept plan"), QDialogButtonBox::AcceptRole);
    m_acceptButton->setObjectName(QStringLiteral("acceptButton"));
    m_acceptButton->setDefault(true);
    m_regenerateButton = buttons->addButton(tr("Regenerate"), QDialogButtonBox::ActionRole);
    m_regenerateButton->setObjectName(QStringLiteral("regenerateButton"));
    m_regenerateButton->setToolTip(tr("Plan the goal again, without reusing saved answers"));
    m_backButton = buttons->addButton(tr("Change goal"), QDialogButtonBox::ResetRole);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    connect(m_acceptButton, &QPushButton::clicked, &m_planning, &GoalPlanningViewModel::accept);
    connect(m_regenerateButton, &QPushButton::clicked, &m_planning,
            &GoalPlanningViewModel::regenerate);
    connect(m_backButton, &QPushButton::clicked, &m_planning,
            &GoalPlanningViewModel::backToEditing);

    auto *row = new QHBoxLayout;
    row->addWidget(hint, 1);
    row->addWidget(m_removeButton);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_kindLabel);
    layout->addWidget(m_previewTable, 1);
    layout->addLayout(row);
    layout->addWidget(buttons);
    return page;
}

Goal NewGoalDialog::goal() const
{
    Goal goal;
    goal.text = m_goalEdit->toPlainText();
    goal.deadline = m_deadlineCheck->isChecked() ? m_deadlineEdit->date() : QDate();
    goal.hoursPerWeek = m_hoursSpin->value();
    goal.today = m_today;
    return goal;
}

void NewGoalDialog::setGoal(const Goal &goal, bool useModel)
{
    m_goalEdit->setPlainText(goal.text);
    const bool keepDeadline = goal.deadline.isValid() && goal.deadline >= m_today;
    m_deadlineCheck->setChecked(keepDeadline);
    if (keepDeadline) {
        m_deadlineEdit->setDate(goal.deadline);
        m_deadlineTouched = true;
    }
    if (goal.hoursPerWeek > 0) {
        m_hoursSpin->setValue(goal.hoursPerWeek);
        m_hoursTouched = true;
        m_hoursHint->hide();
    }
    m_plannerCombo->setCurrentIndex(useModel && m_plannerCombo->count() > 1 ? 1 : 0);
}

void NewGoalDialog::setTemplateGalleryAvailable(bool available)
{
    m_galleryButton->setVisible(available);
}

bool NewGoalDialog::useModel() const
{
    return m_plannerCombo->currentData().toBool();
}

NewGoalDialog::Page NewGoalDialog::page() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

QString NewGoalDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

void NewGoalDialog::submit()
{
    if (m_busy || !m_createButton->isEnabled())
        return;
    m_errorLabel->hide();
    m_planning.generate(goal(), useModel());
}

void NewGoalDialog::reject()
{
    // Closing saves nothing: a running generation stops, a draft is dropped.
    if (m_planning.phase() == GoalPlanningViewModel::Phase::Generating)
        m_planning.cancel();
    else if (m_planning.phase() == GoalPlanningViewModel::Phase::Preview)
        m_planning.backToEditing();
    QDialog::reject();
}

void NewGoalDialog::onPhaseChanged()
{
    using Phase = GoalPlanningViewModel::Phase;
    const Phase phase = m_planning.phase();
    switch (phase) {
    case Phase::Editing:
        m_pages->setCurrentIndex(int(Page::Goal));
        m_goalEdit->setFocus();
        break;
    case Phase::Generating:
        m_progressTitle->setText(
            m_planning.usesModel()
                ? tr("Planning “%1” with %2…")
                      .arg(shortened(m_planning.goal().text.simplified(), kMaxGoalInSentence),
                           m_planning.modelLabel())
                : tr("Planning “%1” offline…")
                      .arg(shortened(m_planning.goal().text.simplified(), kMaxGoalInSentence)));
        m_pages->setCurrentIndex(int(Page::Progress));
        m_stopButton->setFocus();
        break;
    case Phase::Preview:
    case Phase::Saving:
        m_pages->setCurrentIndex(int(Page::Preview));
        updateSummary();
        break;
    }
    const bool saving = phase == Phase::Saving;
    for (QWidget *w :
         {static_cast<QWidget *>(m_acceptButton), static_cast<QWidget *>(m_regenerateButton),
          static_cast<QWidget *>(m_backButton), static_cast<QWidget *>(m_removeButton),
          static_cast<QWidget *>(m_previewTable)})
        w->setEnabled(!saving);
    const bool busy = phase == Phase::Generating || saving;
    if (busy != m_busy) {
        m_busy = busy;
        Q_EMIT busyChanged(busy);
    }
}

void NewGoalDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
    m_errorLabel->show();
    if (m_planning.phase() == GoalPlanningViewModel::Phase::Preview)
        m_summary->setText(message); // a save that failed: said where the person is looking
    else
        m_goalEdit->setFocus();
}

void NewGoalDialog::rebuildAgentRows()
{
    auto *grid = static_cast<QGridLayout *>(m_agentBox->layout());
    for (const AgentRow &row : std::as_const(m_agentRows)) {
        delete row.name;
        delete row.state;
        delete row.findings;
        delete row.details;
        delete row.text;
    }
    m_agentRows.clear();
    const auto &agents = m_planning.agents();
    for (int i = 0; i < agents.size(); ++i) {
        AgentRow row;
        row.name =
            boldLabel(GoalPlanningViewModel::agentDisplayName(agents.at(i).agent), m_agentBox);
        row.name->setObjectName(QStringLiteral("agentName_") + agents.at(i).agent);
        row.state = new QLabel(m_agentBox);
        row.state->setObjectName(QStringLiteral("agentState_") + agents.at(i).agent);
        row.findings = new QLabel(m_agentBox);
        row.findings->setObjectName(QStringLiteral("agentFindings_") + agents.at(i).agent);
        row.details = new QToolButton(m_agentBox);
        row.details->setObjectName(QStringLiteral("agentDetails_") + agents.at(i).agent);
        row.details->setText(tr("Details"));
        row.details->setToolTip(tr("Show what the model writes, as it writes it"));
        row.details->setCheckable(true);
        row.details->setAutoRaise(true);
        row.details->setArrowType(Qt::RightArrow);
        row.details->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        row.text = new QPlainTextEdit(m_agentBox);
        row.text->setObjectName(QStringLiteral("agentText_") + agents.at(i).agent);
        row.text->setReadOnly(true);
        row.text->setMaximumBlockCount(2000);
        row.text->setFixedHeight(row.text->fontMetrics().lineSpacing() * 4 + 12);
        row.text->hide();
        QPlainTextEdit *text = row.text;
        QToolButton *details = row.details;
        connect(details, &QToolButton::toggled, text, [text, details](bool shown) {
            details->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
            text->setVisible(shown);
        });
        grid->addWidget(row.name, i * 2, 0);
        grid->addWidget(row.state, i * 2, 1);
        grid->addWidget(row.findings, i * 2, 2);
        grid->addWidget(row.details, i * 2, 3);
        grid->addWidget(row.text, i * 2 + 1, 0, 1, 4);
        m_agentRows.append(row);
        updateAgentRow(i);
    }
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(int(agents.size()) * 2, 1);
}

void NewGoalDialog::updateAgentRow(int row)
{
    if (row < 0 || row >= m_agentRows.size() || row >= m_planning.agents().size())
        return;
    const auto &agent = m_planning.agents().at(row);
    const AgentRow &widgets = m_agentRows.at(row);
    widgets.state->setText(stateText(agent));
    widgets.findings->setText(m_planning.findings(row));
    if (widgets.text->toPlainText() != agent.text)
        widgets.text->setPlainText(agent.text);
    // Offline planning streams nothing: no empty boxes, no Details.
    widgets.details->setVisible(!agent.text.isEmpty());
    widgets.text->setVisible(!agent.text.isEmpty() && widgets.details->isChecked());
}

void NewGoalDialog::appendAgentText(int row, const QString &piece)
{
    if (row < 0 || row >= m_agentRows.size())
        return;
    const AgentRow &widgets = m_agentRows.at(row);
    widgets.details->setVisible(true);
    widgets.findings->setText(m_planning.findings(row));
    QPlainTextEdit *text = widgets.text;
    QTextCursor end = text->textCursor();
    end.movePosition(QTextCursor::End);
    end.insertText(piece);
    text->verticalScrollBar()->setValue(text->verticalScrollBar()->maximum());
}

void NewGoalDialog::updateSummary()
{
    const Plan &draft = m_planning.draftModel()->draft();
    if (draft.tasks.isEmpty()) {
        m_summary->clear();
        m_kindLabel->clear();
        m_kindLabel->hide();
        return;
    }
    QString text = tr("%n task(s), %1 hours in all, done by %2.", nullptr, int(draft.tasks.size()))
                       .arg(formatHours(draft.totalHours()), formatDate(draft.finishDate()));
    if (draft.atRisk)
        text += QLatin1Char(' ') + tr("It does not fit before the deadline: %1 hours short.")
                                       .arg(formatHours(draft.hoursShort));
    if (const QString event = planEventSentence(draft); !event.isEmpty())
        text += QLatin1Char(' ') + event;
    m_summary->setText(text);
    const QString kind = planKindSentence(draft);
    m_kindLabel->setText(kind);
    m_kindLabel->setVisible(!kind.isEmpty());
    // A goal Helios did not know: the hint must be seen, not read past.
    m_kindLabel->setStyleSheet(draft.kind == u"generic" ? QStringLiteral("font-weight: bold;")
                                                        : QString());
}

void NewGoalDialog::removeSelectedTask()
{
    const QModelIndex current = m_previewTable->currentIndex();
    if (current.isValid())
        m_planning.draftModel()->removeTask(current.row());
}

bool NewGoalDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_goalEdit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && !(key->modifiers() & Qt::ShiftModifier)) {
            submit();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void NewGoalDialog::updateCreateButton()
{
    const bool deadlineOk = !m_deadlineCheck->isChecked() || m_deadlineEdit->hasAcceptableInput();
    m_createButton->setEnabled(deadlineOk);
    m_createButton->setToolTip(deadlineOk ? QString() : m_deadlineEdit->problem());
}

void NewGoalDialog::proposeDeadline()
{
    // A deadline written in the goal ("in 3 months", "三个月内") is proposed, until the person
    // sets one themselves.
    const std::optional<QDate> found = deadlineInGoal(m_goalEdit->toPlainText(), m_today);
    if (m_deadlineTouched || !found || *found < m_today) {
        if (!m_deadlineTouched && m_proposedDeadline.isValid() && !found) {
            // The words that gave the deadline are gone: so is the proposal.
            m_deadlineCheck->setChecked(false);
            m_proposedDeadline = QDate();
            m_deadlineHint->hide();
        }
        return;
    }
    if (*found == m_proposedDeadline)
        return;
    m_proposedDeadline = *found;
    m_deadlineCheck->setChecked(true);
    m_deadlineEdit->setDate(*found);
    m_deadlineHint->setText(tr("Deadline taken from your goal: %1. Change it if you meant "
                               "another day.")
                                .arg(QLocale().toString(*found, QLocale::LongFormat)));
    m_deadlineHint->show();
}

void NewGoalDialog::proposeHours()
{
    // Hours a week written in the goal ("8 hours a week", "每天一小时") are proposed, until the
    // person sets them themselves; when the words go, the proposal goes with them.
    if (m_hoursTouched)
        return;
    const std::optional<double> found = hoursPerWeekInGoal(m_goalEdit->toPlainText());
    if (found == m_proposedHours)
        return;
    const QScopedValueRollback<bool> proposing(m_proposingHours, true);
    m_proposedHours = found;
    if (!found) {
        m_hoursSpin->setValue(kDefaultHoursPerWeek);
        m_hoursHint->hide();
        return;
    }
    m_hoursSpin->setValue(*found);
    m_hoursHint->setText(tr("Hours a week taken from your goal: %1. Change them if you meant "
                            "another amount.")
                             .arg(QLocale().toString(m_hoursSpin->value(), 'f', 1)));
    m_hoursHint->show();
}

} // namespace helios::ui

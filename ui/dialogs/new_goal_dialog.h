#pragma once

#include <optional>

#include "core/domain/goal.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QToolButton;
class QPushButton;
class QStackedWidget;
class QTableView;
class QWidget;

namespace helios::ui {

class DateField;

class GoalPlanningViewModel;

// New goal, in three steps bound to a GoalPlanningViewModel: the goal (text, deadline, hours a
// week, and which planner: the offline one or the model server from Settings); the team at work
// (each agent's stage and the text it streams, with Stop); and the plan as a preview to edit
// (rename, re-estimate or remove tasks; the dates follow), accept, regenerate or take back to
// the goal. It closes when the plan is saved; closing it earlier cancels and saves nothing.
class NewGoalDialog : public QDialog
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    enum class Page { Goal, Progress, Preview };

    NewGoalDialog(GoalPlanningViewModel &planning, const QDate &today, QWidget *parent = nullptr);

    Goal goal() const;
    bool useModel() const;
    // Generating or saving.
    bool isBusy() const { return m_busy; }
    Page page() const;
    QString errorText() const;
    // Fills the goal page (a retry of an interrupted job): text, deadline when still ahead,
    // hours, and the model when one is configured and useModel.
    void setGoal(const Goal &goal, bool useModel);
    // Shows "From a template…" on the goal page (templateGalleryRequested when pressed).
    void setTemplateGalleryAvailable(bool available);

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void busyChanged(bool busy);
    void templateGalleryRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *createGoalPage();
    QWidget *createProgressPage();
    QWidget *createPreviewPage();
    void submit();
    void onPhaseChanged();
    void showError(const QString &message);
    void rebuildAgentRows();
    void updateAgentRow(int row);
    void appendAgentText(int row, const QString &piece);
    void updateSummary();
    void removeSelectedTask();
    void updateCreateButton();
    void proposeDeadline();
    void proposeHours();

    struct AgentRow
    {
        QLabel *name = nullptr;
        QLabel *state = nullptr;
        QLabel *findings = nullptr;     // "3 risks so far"
        QToolButton *details = nullptr; // shows the raw stream
        QPlainTextEdit *text = nullptr; // the raw stream, hidden until asked for
    };

    GoalPlanningViewModel &m_planning;
    QDate m_today;
    bool m_busy = false;
    QStackedWidget *m_pages = nullptr;
    // Goal page
    QPlainTextEdit *m_goalEdit = nullptr;
    QCheckBox *m_deadlineCheck = nullptr;
    DateField *m_deadlineEdit = nullptr;
    QLabel *m_deadlineHint = nullptr; // "Deadline from your goal: …"
    bool m_deadlineTouched = false;   // the person set the deadline: no more proposals
    QDate m_proposedDeadline;
    QDoubleSpinBox *m_hoursSpin = nullptr;
    QLabel *m_hoursHint = nullptr; // "Hours a week taken from your goal: …"
    bool m_hoursTouched = false;   // the person set the hours: no more proposals
    bool m_proposingHours = false; // the change to the spin box is a proposal, not the person's
    std::optional<double> m_proposedHours;
    QComboBox *m_plannerCombo = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_galleryButton = nullptr;
    // Progress page
    QLabel *m_progressTitle = nullptr;
    QWidget *m_agentBox = nullptr;
    QList<AgentRow> m_agentRows;
    QPushButton *m_stopButton = nullptr;
    // Preview page
    QLabel *m_summary = nullptr;
    QLabel *m_kindLabel = nullptr;
    QTableView *m_previewTable = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QPushButton *m_regenerateButton = nullptr;
    QPushButton *m_backButton = nullptr;
};

} // namespace helios::ui

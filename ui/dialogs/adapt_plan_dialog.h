#pragma once

#include "core/domain/plan.h"

#include <QDialog>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QWidget;

class QDialogButtonBox;
class QFormLayout;
class QHBoxLayout;

namespace helios::ui {

class DateField;

class AdaptPlanViewModel;

// Adapt plan: a new deadline and weekly hours when wanted, "Propose" (reschedule from today) or
// "Revise with the model", the proposal as a table of changes with a summary line, then Accept
// (saved as a new version) or Reject (nothing saved). Binds to AdaptPlanViewModel; never waits:
// while it works the dialog shows progress and offers Cancel. Closes itself once a proposal is
// applied.
class AdaptPlanDialog : public QDialog
{
    Q_OBJECT

public:
    // plan: the selected plan, for its goal, deadline and weekly hours.
    AdaptPlanDialog(AdaptPlanViewModel &viewModel, const Plan &plan, const QDate &today,
                    QWidget *parent = nullptr);

    AdaptPlanViewModel &viewModel() const { return m_viewModel; }
    QString summaryText() const;
    QString errorText() const;
    QString progressText() const;
    // The deadline and weekly hours to plan for, when they differ from the plan's.
    std::optional<QDate> newDeadline() const;
    std::optional<double> newHoursPerWeek() const;

public Q_SLOTS:
    void propose();
    void acceptProposal();
    void reviseWithModel();
    void reject() override;

private:
    // The constructor's parts: the deadline and hours, the Propose / Revise row, the row shown
    // while a proposal runs, Accept and Close, and the view-model's signals.
    QFormLayout *createOptions(const Plan &plan, const QDate &today);
    QHBoxLayout *createActions();
    void createBusyRow();
    QDialogButtonBox *createButtons();
    void connectViewModel();
    void updateState();
    void appendStreamed(const QString &piece);

    AdaptPlanViewModel &m_viewModel;
    Plan m_plan; // without tasks: only its goal and settings are needed
    QCheckBox *m_deadlineCheck = nullptr;
    DateField *m_deadlineEdit = nullptr;
    QDoubleSpinBox *m_hoursSpin = nullptr;
    QPushButton *m_proposeButton = nullptr;
    QPushButton *m_reviseButton = nullptr;
    QWidget *m_busyRow = nullptr;
    QLabel *m_progressLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPlainTextEdit *m_streamView = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableView *m_diffView = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QPushButton *m_rejectButton = nullptr;
};

} // namespace helios::ui

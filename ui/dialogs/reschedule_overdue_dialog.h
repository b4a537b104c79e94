#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace helios::ui {

class RescheduleOverdueViewModel;

// Today → Reschedule overdue tasks…: the plans with overdue tasks listed with what became of
// each (being proposed, to review, accepted as version N, rejected), and for the chosen one the
// proposal's summary and its changes (the table Adapt plan shows) with Accept and Reject. The
// next plan to review is chosen after each decision. Binds to RescheduleOverdueViewModel, which
// it owns; closing drops the proposals not accepted. Never waits.
class RescheduleOverdueDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RescheduleOverdueDialog(RescheduleOverdueViewModel *viewModel,
                                     QWidget *parent = nullptr);

    RescheduleOverdueViewModel &viewModel() const { return *m_viewModel; }
    QListWidget *planList() const { return m_plans; }
    int currentPlan() const;
    void setCurrentPlan(int index);
    QString summaryText() const;
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *rejectButton() const { return m_reject; }

public Q_SLOTS:
    void acceptCurrent();
    void rejectCurrent();

private:
    void updateRow(int index);
    void updateCurrent();
    void chooseNextWaiting(int after);

    RescheduleOverdueViewModel *m_viewModel = nullptr;
    QLabel *m_intro = nullptr;
    QListWidget *m_plans = nullptr;
    QLabel *m_summary = nullptr;
    QStackedWidget *m_diffs = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_accept = nullptr;
    QPushButton *m_reject = nullptr;
};

} // namespace helios::ui

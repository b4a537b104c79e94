#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace helios::ui {

class OverdueRescheduleViewModel;

// Reschedule all overdue: each plan with overdue tasks in turn ("Plan 2 of 3"), its re-plan from
// today as a table of changes, then Accept (saved as a new version) or Keep as it is. Binds to
// OverdueRescheduleViewModel, which it owns; never waits. Says at the end what was done.
class RescheduleOverdueDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RescheduleOverdueDialog(OverdueRescheduleViewModel *viewModel,
                                     QWidget *parent = nullptr);

    OverdueRescheduleViewModel &viewModel() const { return *m_viewModel; }
    QString headingText() const;
    QString summaryText() const;

public Q_SLOTS:
    void reject() override;

private:
    void updateState();

    OverdueRescheduleViewModel *m_viewModel = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_diffView = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_acceptButton = nullptr;
    QPushButton *m_skipButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace helios::ui

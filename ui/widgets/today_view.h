#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QModelIndex;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace helios::ui {

class TodayViewModel;

// The Today page: every plan's tasks for today, the overdue ones and what is next, with the
// hours planned against the hours the person has. A task is done in one click (its box) or one
// key (Space); Ctrl+T moves it to tomorrow; Enter opens it in its plan. Binds to TodayViewModel
// and forwards intent; "reschedule all overdue" and "open" go to whoever shows plans.
class TodayView : public QWidget
{
    Q_OBJECT

public:
    explicit TodayView(TodayViewModel &viewModel, QWidget *parent = nullptr);

    QTreeView *taskView() const { return m_view; }
    QAction *doneAction() const { return m_done; }
    QAction *tomorrowAction() const { return m_tomorrow; }
    QAction *rescheduleAction() const { return m_reschedule; }
    QAction *openAction() const { return m_open; }
    // The selected task's id, 0 when a section or nothing is selected.
    qint64 selectedTaskId() const;
    void selectTask(qint64 taskId);
    bool isShowingEmptyDay() const;
    // Without a version service there is no re-plan to offer.
    void setRescheduleAvailable(bool available);

Q_SIGNALS:
    void openTaskRequested(qint64 planId, qint64 taskId);
    void rescheduleOverdueRequested();

private:
    QAction *makeAction(const QString &text, const char *name, const QKeySequence &key);
    void showAgenda();
    void updateActions();
    void markSelectedDone();
    void moveSelectedToTomorrow();
    void openSelected();
    void rememberPlace();

    TodayViewModel &m_viewModel;
    QLabel *m_date = nullptr;
    QLabel *m_headline = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_doneButton = nullptr;
    QPushButton *m_tomorrowButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_rescheduleButton = nullptr;
    QAction *m_done = nullptr;
    QAction *m_tomorrow = nullptr;
    QAction *m_reschedule = nullptr;
    QAction *m_open = nullptr;
    // Where the selection was before a task left the list, so the next one takes its place.
    int m_placeSection = -1;
    int m_placeRow = -1;
    bool m_canReschedule = true;
};

} // namespace helios::ui

#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace helios::ui {

class TodayViewModel;

// The Today page: every plan's tasks for today, the overdue ones and what is next, with the
// hours planned against the hours the person has. A task is done in one click (its box) or one
// key (Space or Ctrl+D), and the selection moves on to the task that takes its place; Ctrl+T
// moves it to tomorrow; Enter opens it in its plan. Binds to TodayViewModel and forwards intent;
// "open" goes to whoever shows plans.
class TodayView : public QWidget
{
    Q_OBJECT

public:
    explicit TodayView(TodayViewModel &viewModel, QWidget *parent = nullptr);

    QTreeView *taskView() const { return m_view; }
    QAction *doneAction() const { return m_done; }
    QAction *tomorrowAction() const { return m_tomorrow; }
    QAction *openAction() const { return m_open; }
    // "Reschedule 4 overdue tasks…": shown while anything is overdue, once the window can
    // re-plan (setCanReschedule).
    QPushButton *rescheduleButton() const { return m_rescheduleButton; }
    void setCanReschedule(bool can);
    // The selected task's id, 0 when a section or nothing is selected.
    qint64 selectedTaskId() const;
    void selectTask(qint64 taskId);
    bool isShowingEmptyDay() const;

Q_SIGNALS:
    void openTaskRequested(qint64 planId, qint64 taskId);
    // Every plan with overdue tasks is to be re-planned from today, each reviewed.
    void rescheduleOverdueRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QAction *makeAction(const QString &text, const char *name, const QList<QKeySequence> &keys);
    QPushButton *makeButton(QAction *action, const char *name);
    void showAgenda();
    void updateActions();
    void markSelectedDone();
    void moveSelectedToTomorrow();
    void openSelected();
    void rememberPlace();
    void restorePlace();

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
    bool m_canReschedule = false;
    QAction *m_done = nullptr;
    QAction *m_tomorrow = nullptr;
    QAction *m_open = nullptr;
    // The selection before the list was rebuilt: that task again if it is still listed, else
    // the one that took its place.
    qint64 m_placeTask = 0;
    int m_placeSection = -1;
    int m_placeRow = -1;
};

} // namespace helios::ui

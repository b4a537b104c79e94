#pragma once

#include <QObject>

#include <functional>

class QAction;
class QListView;
class QWidget;

namespace helios::ui {

class PlansViewModel;

// Edit → Delete plan… (and Delete on the plan list, and its context menu): asks once, naming the
// plan and how many tasks go with it, then deletes it through the view-model. There is no undo;
// the question says that a backup made while the plan existed still has it.
class PlanDeletion : public QObject
{
    Q_OBJECT

public:
    // The person's answer: true to delete. Called once, later or within the question.
    using Answer = std::function<void(bool remove)>;
    // Shows the question without waiting for it; answer hears the choice. The application uses
    // a message box.
    using Confirm = std::function<void(QWidget *parent, const QString &title, const QString &text,
                                       Answer answer)>;

    PlanDeletion(PlansViewModel &viewModel, QListView &planView, Confirm confirm = {});
    // The application's question: a window-modal warning box (object name "deletePlanBox") with
    // "Delete plan" and "Cancel" (the default), opened without a nested event loop; answer hears
    // false when it is closed any other way.
    static void askWithMessageBox(QWidget *parent, const QString &title, const QString &text,
                                  Answer answer);

    QAction *action() const { return m_action; }
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    // Asks about the selected plan and deletes it when the person agrees.
    void deleteSelectedPlan();

private:
    void updateEnabled();

    PlansViewModel &m_viewModel;
    QListView &m_planView;
    Confirm m_confirm;
    QAction *m_action = nullptr;
};

} // namespace helios::ui

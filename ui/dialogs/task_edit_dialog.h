#pragma once

#include "core/domain/plan.h"
#include "core/planning/plan_edit.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace helios::ui {

class DateField;

// Edit task: its title, estimate, milestone, the day it starts and the tasks it waits for (by
// their numbers in the list, as the No. and Depends on columns show them). Opened without
// blocking; on OK, changes() holds only what the person changed.
class TaskEditDialog : public QDialog
{
    Q_OBJECT

public:
    TaskEditDialog(const Plan &plan, qint64 taskId, const QDate &today, QWidget *parent = nullptr);

    qint64 taskId() const { return m_taskId; }
    // What differs from the task as it was; empty when nothing does.
    TaskFieldsEdit changes() const;
    QLineEdit *titleEdit() const { return m_title; }
    QDoubleSpinBox *hoursSpin() const { return m_hours; }
    QComboBox *milestoneCombo() const { return m_milestone; }
    DateField *startField() const { return m_start; }
    QLineEdit *prerequisitesEdit() const { return m_after; }
    // Why OK is disabled (an unreadable number or day), empty when it is not.
    QString problem() const;

Q_SIGNALS:
    void changesAccepted(qint64 taskId, const helios::TaskFieldsEdit &fields);

private:
    void validate();
    // The task numbers typed, as ids; nullopt with a problem when one is not a task's number.
    std::optional<QList<qint64>> prerequisites(QString *problem) const;

    Plan m_plan; // as it was when the dialog opened (shares its tasks)
    qint64 m_taskId = 0;
    Task m_task;
    QDate m_shownStart; // the day the Starts field showed at first
    QLineEdit *m_title = nullptr;
    QDoubleSpinBox *m_hours = nullptr;
    QComboBox *m_milestone = nullptr;
    DateField *m_start = nullptr;
    QLineEdit *m_after = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace helios::ui

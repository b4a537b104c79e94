#pragma once

#include "core/domain/goal.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QWidget;

namespace helios::ui {

// Asks for a goal, an optional deadline and the hours a week the person can give it. It does
// not close on "Create plan": it announces goalSubmitted and waits, busy, for whoever plans it
// to call accept() on success or showError() with the one-sentence reason.
class NewGoalDialog : public QDialog
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy WRITE setBusy NOTIFY busyChanged)

public:
    explicit NewGoalDialog(const QDate &today, QWidget *parent = nullptr);

    Goal goal() const;
    bool isBusy() const { return m_busy; }
    QString errorText() const;

public Q_SLOTS:
    void setBusy(bool busy);
    void showError(const QString &message);

Q_SIGNALS:
    void goalSubmitted(const helios::Goal &goal);
    void busyChanged(bool busy);

private:
    void submit();

    QDate m_today;
    bool m_busy = false;
    QPlainTextEdit *m_goalEdit = nullptr;
    QCheckBox *m_deadlineCheck = nullptr;
    QDateEdit *m_deadlineEdit = nullptr;
    QDoubleSpinBox *m_hoursSpin = nullptr;
    QLabel *m_errorLabel = nullptr;
    QWidget *m_busyRow = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_createButton = nullptr;
};

} // namespace helios::ui

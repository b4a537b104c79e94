#pragma once

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

namespace helios::ui {

class PendingPlanDeletion;

// The bar along the bottom of the window while a deleted plan can still come back: "Plan “X”
// deleted · Undo", with a close button that deletes it at once. Binds to PendingPlanDeletion;
// shown while a plan waits, hidden otherwise.
class UndoBar : public QFrame
{
    Q_OBJECT

public:
    explicit UndoBar(PendingPlanDeletion &pending, QWidget *parent = nullptr);

    QString text() const;
    QPushButton *undoButton() const { return m_undo; }
    QToolButton *closeButton() const { return m_close; }

private:
    void update();

    PendingPlanDeletion &m_pending;
    QLabel *m_text = nullptr;
    QPushButton *m_undo = nullptr;
    QToolButton *m_close = nullptr;
};

} // namespace helios::ui

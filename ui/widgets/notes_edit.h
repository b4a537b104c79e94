#pragma once

#include <QPlainTextEdit>

namespace helios::ui {

// Multi-line plain-text notes (never rich text: notes come from models and imports) that say
// when the person is done editing: on leaving the field, as QLineEdit::editingFinished does.
class NotesEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit NotesEdit(QWidget *parent = nullptr);

Q_SIGNALS:
    void editingFinished();

protected:
    void focusOutEvent(QFocusEvent *event) override;
};

} // namespace helios::ui

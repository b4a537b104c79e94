#include "ui/widgets/notes_edit.h"

#include <QFocusEvent>

namespace helios::ui {

NotesEdit::NotesEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
}

void NotesEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
    // The context menu takes focus for a moment while the person is still editing.
    if (event->reason() != Qt::PopupFocusReason)
        Q_EMIT editingFinished();
}

} // namespace helios::ui

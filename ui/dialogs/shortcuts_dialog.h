#pragma once

#include <QList>

class QAction;
class QWidget;

namespace helios::ui {

// Help → Keyboard shortcuts: each action with a shortcut and its keys, as this platform writes
// them. An action may carry a "shortcutLabel" property for a name that does not change (undo's
// text names the edit it would undo). A third column says where it acts: anywhere in the window,
// or, for an action attached to one widget, that widget's (or a parent's) "shortcutArea"
// property ("On the Today page"); the window's come first.
void showShortcutsDialog(QWidget *parent, const QList<QAction *> &actions);

} // namespace helios::ui

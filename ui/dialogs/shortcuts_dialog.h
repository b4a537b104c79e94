#pragma once

#include <QList>

class QAction;
class QWidget;

namespace helios::ui {

// Help → Keyboard shortcuts: each action with a shortcut and its keys, as this platform writes
// them. An action may carry a "shortcutLabel" property for a name that does not change (undo's
// text names the edit it would undo).
void showShortcutsDialog(QWidget *parent, const QList<QAction *> &actions);

} // namespace helios::ui

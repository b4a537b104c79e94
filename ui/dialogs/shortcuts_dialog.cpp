#include "ui/dialogs/shortcuts_dialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace helios::ui {

namespace {

QString actionName(const QAction *action)
{
    QString name = action->property("shortcutLabel").toString();
    if (name.isEmpty())
        name = action->text();
    // "&New goal…" → "New goal"; "新建目标(&N)…" → "新建目标".
    static const QRegularExpression mnemonic(QStringLiteral("\\(&\\w\\)"));
    name.remove(mnemonic);
    name.remove(QLatin1Char('&'));
    name.remove(QStringLiteral("…"));
    return name.trimmed();
}

} // namespace

void showShortcutsDialog(QWidget *parent, const QList<QAction *> &actions)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(QCoreApplication::translate("ShortcutsDialog", "Keyboard shortcuts"));

    auto *list = new QTreeWidget(dialog);
    list->setObjectName(QStringLiteral("shortcutList"));
    list->setColumnCount(2);
    list->setHeaderLabels({QCoreApplication::translate("ShortcutsDialog", "Action"),
                           QCoreApplication::translate("ShortcutsDialog", "Shortcut")});
    list->setRootIsDecorated(false);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    for (const QAction *action : actions) {
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys << key.toString(QKeySequence::NativeText);
        new QTreeWidgetItem(list, {actionName(action), keys.join(QStringLiteral(", "))});
    }
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);

    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog->resize(440, 380);
    dialog->open();
}

} // namespace helios::ui

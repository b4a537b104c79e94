#include "ui/dialogs/shortcuts_dialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

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
    // Every shortcut in view without scrolling: CJK lines are taller than Latin ones, and a
    // fixed height hid the last four rows of the Chinese list.
    const int rows = list->topLevelItemCount();
    list->setMinimumHeight(list->header()->sizeHint().height() +
                           rows * std::max(1, list->sizeHintForRow(0)) + 2 * list->frameWidth() +
                           4);

    auto *buttons = new QDialogButtonBox(dialog);
    // Our own text, not QDialogButtonBox::Close's, which needs Qt's catalogue
    // (qt6-translations-l10n) to be other than English.
    QPushButton *close = buttons->addButton(QCoreApplication::translate("ShortcutsDialog", "Close"),
                                            QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);

    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog->resize(std::max(440, dialog->sizeHint().width()), dialog->sizeHint().height());
    dialog->open();
}

} // namespace helios::ui

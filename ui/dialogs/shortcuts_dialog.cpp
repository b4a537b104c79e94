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
#include <utility>

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

// Where a shortcut acts: the "shortcutArea" of the widget it is attached to (or of one of that
// widget's parents) when it acts only there, else nothing (the whole window).
QString areaOf(const QAction *action)
{
    if (action->shortcutContext() == Qt::WindowShortcut ||
        action->shortcutContext() == Qt::ApplicationShortcut)
        return {};
    const QList<QObject *> objects = action->associatedObjects();
    for (QObject *object : objects) {
        for (auto *widget = qobject_cast<QWidget *>(object); widget;
             widget = widget->parentWidget()) {
            const QString area = widget->property("shortcutArea").toString();
            if (!area.isEmpty())
                return area;
        }
    }
    return {};
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
    list->setColumnCount(3);
    list->setHeaderLabels({QCoreApplication::translate("ShortcutsDialog", "Action"),
                           QCoreApplication::translate("ShortcutsDialog", "Shortcut"),
                           QCoreApplication::translate("ShortcutsDialog", "Where")});
    list->setRootIsDecorated(false);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    // The window's shortcuts first, then those of one page or list (the same keys may mean
    // another thing there: Ctrl+T adds a task on a plan's page, moves one to tomorrow on Today).
    QList<std::pair<QString, const QAction *>> byArea;
    for (const QAction *action : actions)
        byArea.append({areaOf(action), action});
    std::stable_sort(byArea.begin(), byArea.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[area, action] : std::as_const(byArea)) {
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts()) {
            const QString text = key.toString(QKeySequence::NativeText);
            if (!keys.contains(text)) // Return and Enter both read "Enter" in some languages
                keys << text;
        }
        new QTreeWidgetItem(
            list,
            {actionName(action), keys.join(QStringLiteral(", ")),
             area.isEmpty() ? QCoreApplication::translate("ShortcutsDialog", "Anywhere") : area});
    }
    list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
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

// Help → Keyboard shortcuts, read in Chinese: every row in view, and its button in Helios's own
// words (Qt's own catalogue of "Close", qt6-translations-l10n, is not always installed). (Deleting
// a plan asks nothing any more: it has an undo bar, tests/ui/main_window/tst_plan_deletion.cpp.)

#include "tests/support/test_main.h"
#include "ui/dialogs/shortcuts_dialog.h"
#include "ui/i18n/translations.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QTreeWidget>

#include <optional>

using namespace helios;
using namespace helios::ui;

class TestOwnDialogs : public QObject
{
    Q_OBJECT

private:
    AppTranslations m_chinese;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_chinese.use(Language::Chinese, QLocale(QLocale::Chinese, QLocale::China)));
    }

    void shouldShowEveryShortcutWithoutScrolling()
    {
        // GIVEN as many actions as the main window has, named in Chinese
        QWidget window;
        QList<QAction *> actions;
        for (int i = 0; i < 20; ++i) {
            auto *action = new QAction(QStringLiteral("导出全部计划%1").arg(i), &window);
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key(Qt::Key_A + i)));
            actions << action;
        }

        // WHEN the shortcuts dialog opens
        showShortcutsDialog(&window, actions);
        auto *dialog = window.findChild<QDialog *>(QStringLiteral("shortcutsDialog"));
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));

        // THEN all rows are in view, and its button is Helios's own "Close"
        auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutList"));
        QCOMPARE(list->topLevelItemCount(), 20);
        QCOMPARE(list->verticalScrollBar()->maximum(), 0);
        auto *close = dialog->findChild<QPushButton *>(QStringLiteral("closeButton"));
        QVERIFY(close);
        QCOMPARE(close->text(), QCoreApplication::translate("ShortcutsDialog", "Close"));
        close->click();
        QTRY_VERIFY(!window.findChild<QDialog *>(QStringLiteral("shortcutsDialog")));
    }
};

HELIOS_TEST_GUI_MAIN(TestOwnDialogs)
#include "tst_own_dialogs.moc"

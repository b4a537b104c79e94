// Help → Keyboard shortcuts and the question before deleting a plan, read in Chinese: every row
// in view, and buttons in Helios's own words (Qt's own catalogue of "Close" and "Cancel",
// qt6-translations-l10n, is not always installed).

#include "tests/support/test_main.h"
#include "ui/dialogs/shortcuts_dialog.h"
#include "ui/i18n/translations.h"
#include "ui/widgets/plan_deletion.h"

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

    void shouldAskBeforeDeletingWithHeliosOwnButtons()
    {
        // GIVEN the question before a plan is deleted
        std::optional<bool> agreed;
        PlanDeletion::askWithMessageBox(nullptr, QStringLiteral("删除计划"),
                                        QStringLiteral("删除“学习吉他”？"),
                                        [&](bool remove) { agreed = remove; });
        QPointer<QMessageBox> box;
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (widget->objectName() == QLatin1String("deletePlanBox"))
                box = qobject_cast<QMessageBox *>(widget);
        }
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QVERIFY(!agreed); // the call did not wait for an answer
        QStringList buttons;
        for (QAbstractButton *button : box->buttons())
            buttons << button->text();
        const QString defaultButton =
            box->defaultButton() ? box->defaultButton()->text() : QString();

        // WHEN it is answered by pressing Escape
        QTest::keyClick(box, Qt::Key_Escape);

        // THEN nothing is deleted, Cancel was the default, and both buttons are Helios's words
        QVERIFY(agreed.has_value());
        QVERIFY(!*agreed);
        QTRY_VERIFY(!box); // and the box is gone
        QCOMPARE(buttons.size(), 2);
        QVERIFY2(buttons.contains(PlanDeletion::tr("Cancel")), qPrintable(buttons.join(u'|')));
        QVERIFY2(buttons.contains(PlanDeletion::tr("Delete plan")), qPrintable(buttons.join(u'|')));
        QCOMPARE(defaultButton, PlanDeletion::tr("Cancel"));
    }
};

HELIOS_TEST_GUI_MAIN(TestOwnDialogs)
#include "tst_own_dialogs.moc"

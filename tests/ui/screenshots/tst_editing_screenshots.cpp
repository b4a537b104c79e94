// Screenshots of editing a saved plan in English (1400 × 900) and Chinese (900 × 600): a task
// added in one line (the status line says what moved) and Edit task… open over the window. Saved
// as artifacts (HELIOS_TEST_ARTIFACTS), from which docs/screenshots/editing-*.png are copied.

#include "tests/support/test_main.h"
#include "tests/ui/memory_fixture.h"
#include "tests/ui/window_harness.h"
#include "ui/dialogs/task_edit_dialog.h"
#include "ui/i18n/translations.h"
#include "ui/viewmodels/plan_editor.h"
#include "ui/widgets/plan_edit_actions.h"
#include "ui/widgets/task_board.h"

#include <QAction>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QPainter>
#include <QSettings>
#include <QStatusBar>
#include <QUndoStack>

using namespace helios;
using namespace helios::ui;

namespace {

QString artifactsFolder()
{
    QString folder = qEnvironmentVariable("HELIOS_TEST_ARTIFACTS");
    if (folder.isEmpty())
        folder = QDir::temp().filePath(QStringLiteral("helios-test-artifacts"));
    QDir().mkpath(folder);
    return folder;
}

struct EditingShot
{
    QImage image;
    QString status;
    QString dialogTitle;
};

} // namespace

class TestEditingScreenshots : public QObject
{
    Q_OBJECT

private:
    AppTranslations m_translations;

    EditingShot grab(const QString &goal, const QString &line, QSize size)
    {
        test::MemoryFixture fixture;
        const Plan plan = fixture.createPlan(goal, QDate::currentDate(), {}, 6.0);
        test::WindowHarness ui(fixture);
        ui.window.resize(size);
        EditingShot shot;
        [&]() {
            QTRY_VERIFY(ui.viewModel.currentPlan().id == plan.id && !ui.viewModel.isBusy() &&
                        ui.window.editActions()->addTaskAction()->isEnabled());
        }();
        QLineEdit *quickAdd = ui.window.detailView()->taskBoard()->quickAddEdit();
        quickAdd->setText(line);
        Q_EMIT quickAdd->returnPressed();
        [&]() { QTRY_VERIFY(ui.edits.undoStack()->count() == 1); }();
        [&]() { QTRY_VERIFY(!ui.edits.planEditor()->isBusy() && !ui.viewModel.isBusy()); }();
        shot.status = ui.window.statusBar()->currentMessage();
        ui.window.editActions()->editTaskAction()->trigger();
        TaskEditDialog *dialog = ui.window.editActions()->taskDialog();
        if (!dialog)
            return shot;
        [&]() { QTRY_VERIFY(dialog->isVisible()); }();
        shot.dialogTitle = dialog->windowTitle();
        // The dialog is a window of its own: drawn over the window's middle, as a person sees it.
        shot.image = ui.window.grab().toImage();
        const QImage over = dialog->grab().toImage();
        QPainter painter(&shot.image);
        painter.drawImage((shot.image.width() - over.width()) / 2,
                          (shot.image.height() - over.height()) / 2, over);
        painter.end();
        dialog->reject();
        return shot;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("HeliosTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_editing_screenshots"));
        QSettings().clear();
    }

    void shouldSaveTranslatedScreenshotsOfEditing()
    {
        // GIVEN a plan in each language, shown in the window at 1400 × 900 and 900 × 600
        // WHEN a task is added in one line and Edit task… opened
        QVERIFY(m_translations.use(Language::English,
                                   QLocale(QLocale::English, QLocale::UnitedStates)));
        const EditingShot en = grab(QStringLiteral("Learn Python programming"),
                                    QStringLiteral("Read chapter 4 2h"), QSize(1400, 900));
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(m_translations.use(Language::Chinese, QLocale(QLocale::Chinese, QLocale::China)));
        const EditingShot zh = grab(QStringLiteral("三个月内学会Python编程"),
                                    QStringLiteral("读第四章 2小时"), QSize(900, 600));
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(m_translations.use(Language::English,
                                   QLocale(QLocale::English, QLocale::UnitedStates)));

        // THEN each says what was added in its language, and the images are saved
        QVERIFY2(en.status.startsWith(QStringLiteral("“Read chapter 4” added.")),
                 qPrintable(en.status));
        QVERIFY2(zh.status.startsWith(QStringLiteral("已添加“读第四章”。")), qPrintable(zh.status));
        QCOMPARE(en.dialogTitle, QStringLiteral("Edit task"));
        QCOMPARE(zh.dialogTitle, QStringLiteral("编辑任务"));
        const QDir folder(artifactsFolder());
        QVERIFY(en.image.width() >= 1400);
        QCOMPARE(zh.image.width(), 900);
        QVERIFY(en.image.save(folder.filePath(QStringLiteral("editing-en.png"))));
        QVERIFY(zh.image.save(folder.filePath(QStringLiteral("editing-zh_CN.png"))));
    }
};

HELIOS_TEST_GUI_MAIN(TestEditingScreenshots)
#include "tst_editing_screenshots.moc"

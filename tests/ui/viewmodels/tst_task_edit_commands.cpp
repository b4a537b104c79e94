// The undoable task edits name their task in the Edit menu ("Undo Set “…” to Done"): a long
// title is shortened so that the menu stays a menu, and never cut inside an emoji.

#include "tests/support/test_main.h"
#include "tests/ui/memory_fixture.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/viewmodels/task_edit_commands.h"
#include "ui/viewmodels/task_edits_view_model.h"

#include <QTest>

using namespace helios;
using namespace helios::ui;

class TestTaskEditCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldShortenALongTitleInTheMenuText()
    {
        // GIVEN the edits' view-model and a task title of 90 characters
        test::MemoryFixture fixture;
        PlansViewModel plans({.plans = fixture.service(), .openStorage = fixture.opener()});
        TaskEditsViewModel viewModel({.plans = fixture.service()}, plans);
        const QString title = QStringLiteral("Get a health check first if you have medical "
                                             "concerns or haven't trained for a while, really");

        // WHEN its status and its notes are edited
        const SetTaskStatusCommand status(viewModel, 1, title, TaskStatus::Todo, TaskStatus::Done);
        const SetTaskNotesCommand notes(viewModel, 1, title, QString(), QStringLiteral("x"));

        // THEN each command names the task by its first 39 characters and an ellipsis
        const QString shortened = title.left(39) + QChar(0x2026);
        QCOMPARE(status.text(), QStringLiteral("Set “%1” to Done").arg(shortened));
        QCOMPARE(notes.text(), QStringLiteral("Edit the notes of “%1”").arg(shortened));
    }

    void shouldKeepAShortTitleAndWholeEmoji()
    {
        test::MemoryFixture fixture;
        PlansViewModel plans({.plans = fixture.service(), .openStorage = fixture.opener()});
        TaskEditsViewModel viewModel({.plans = fixture.service()}, plans);
        // 38 letters, then an emoji (two UTF-16 units) across the cut
        const QString title = QString(38, QLatin1Char('a')) + QStringLiteral("🐍🐍 tail");
        const SetTaskNotesCommand notes(viewModel, 1, title, QString(), QStringLiteral("x"));
        QCOMPARE(notes.text(),
                 QStringLiteral("Edit the notes of “%1…”").arg(QString(38, QLatin1Char('a'))));

        const SetTaskNotesCommand plain(viewModel, 1, QStringLiteral("Install Python"), QString(),
                                        QStringLiteral("x"));
        QCOMPARE(plain.text(), QStringLiteral("Edit the notes of “Install Python”"));
    }
};

HELIOS_TEST_GUI_MAIN(TestTaskEditCommands)
#include "tst_task_edit_commands.moc"

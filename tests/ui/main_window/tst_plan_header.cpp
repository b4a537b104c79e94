// The plan's header above its tasks: a goal may be 2,000 characters, and its title must not take
// the tasks' room. The header shows the start of it; the tooltip has all of it, and how the
// offline planner understood it.

#include "tests/support/test_main.h"
#include "tests/ui/memory_fixture.h"
#include "tests/ui/window_harness.h"
#include "ui/charts/burndown.h"
#include "ui/models/display_format.h"
#include "ui/widgets/plan_detail_view.h"

#include <QFontMetrics>
#include <QLabel>
#include <QSettings>
#include <QTreeView>

using namespace helios;
using namespace helios::ui;

class TestPlanHeader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("HeliosTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_plan_header"));
        QSettings().clear();
    }

    void shouldKeepAVeryLongGoalToThreeLines()
    {
        // GIVEN a plan whose goal is 1,990 characters
        test::MemoryFixture fixture;
        const QString goal =
            QStringLiteral("Learn to cook Sichuan food properly at home. ").repeated(44).left(1990);
        const Plan plan = fixture.createPlan(goal, QDate::currentDate());
        test::WindowHarness ui(fixture);
        ui.window.resize(1180, 760);
        QTRY_COMPARE(ui.viewModel.currentPlan().id, plan.id);
        auto *title = ui.window.detailView()->findChild<QLabel *>(QStringLiteral("planTitle"));
        QVERIFY(title);
        QTRY_VERIFY(!title->text().isEmpty());

        // THEN the header shows its start with an ellipsis, at most three lines high
        QVERIFY2(title->text().size() <= 140, qPrintable(title->text()));
        QVERIFY(title->text().endsWith(QChar(0x2026)));
        QVERIFY(goal.startsWith(title->text().chopped(1)));
        QVERIFY(title->height() <= QFontMetrics(title->font()).lineSpacing() * 3 + 4);
        // AND the whole goal is in its tooltip
        QVERIFY(title->toolTip().contains(goal.simplified()));
        // AND the tasks keep room for several rows
        QTreeView *tasks = ui.window.detailView()->taskView();
        QVERIFY2(tasks->height() > 150, qPrintable(QString::number(tasks->height())));
    }

    void shouldShowAShortGoalWholeWithOnlyHowItWasUnderstoodInTheTooltip()
    {
        test::MemoryFixture fixture;
        const Plan plan =
            fixture.createPlan(QStringLiteral("学习Python编程 🐍"), QDate::currentDate());
        test::WindowHarness ui(fixture);
        QTRY_COMPARE(ui.viewModel.currentPlan().id, plan.id);
        auto *title = ui.window.detailView()->findChild<QLabel *>(QStringLiteral("planTitle"));
        QTRY_COMPARE(title->text(), QStringLiteral("学习Python编程 🐍"));
        // The goal is not repeated; the tooltip says what the offline planner made of it.
        QCOMPARE(title->toolTip(),
                 plainToolTip(QStringLiteral(
                     "Recognised as Learn a programming language (学习, Python, 编程).")));
    }

    void shouldGiveTheBurnDownsFinishDateNotTheSchedules()
    {
        // GIVEN a plan made five weeks ago with nothing done since: behind its schedule
        test::MemoryFixture fixture;
        const QDate today = QDate::currentDate();
        const Plan plan = fixture.createPlan(QStringLiteral("Learn Python"), today.addDays(-35));
        const Burndown burndown = computeBurndown(fixture.reload(plan.id), today);
        QVERIFY(burndown.projectedFinish.isValid());
        QVERIFY(burndown.projectedFinish != plan.finishDate()); // the two differ here
        // WHEN the window shows it
        test::WindowHarness ui(fixture);
        QTRY_COMPARE(ui.viewModel.currentPlan().id, plan.id);
        auto *summary = ui.window.detailView()->findChild<QLabel *>(QStringLiteral("planSummary"));
        QVERIFY(summary);
        // THEN the header's finish date is the one the burn-down projects, and not the schedule's
        const QString finishes =
            QStringLiteral("finishes %1").arg(formatDate(burndown.projectedFinish));
        QTRY_VERIFY2(summary->text().contains(finishes), qPrintable(summary->text()));
        QVERIFY(!summary->text().contains(formatDate(plan.finishDate())));
    }
};

HELIOS_TEST_GUI_MAIN(TestPlanHeader)
#include "tst_plan_header.moc"

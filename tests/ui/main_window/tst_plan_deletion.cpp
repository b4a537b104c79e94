// Delete plan with undo, in the window on the in-memory storage: the plan leaves the list at once
// and the undo bar brings it back (its button, or Ctrl+Z while it shows); the storage deletes it
// only when the bar times out, is closed, or the window quits; a Helios that ends without
// closing its window keeps the plan.

#include "core/jobs/version_service.h"
#include "core/today/today_service.h"
#include "tests/support/test_main.h"
#include "tests/ui/memory_fixture.h"
#include "tests/ui/window_harness.h"
#include "ui/models/plan_list_model.h"
#include "ui/viewmodels/pending_plan_deletion.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/viewmodels/today_view_model.h"
#include "ui/widgets/main_window.h"
#include "ui/widgets/plan_deletion.h"
#include "ui/widgets/undo_bar.h"

#include <QAction>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QToolButton>

#include <memory>

using namespace helios;
using namespace helios::ui;
using namespace std::chrono_literals;

namespace {

struct Harness : test::WindowHarness<test::MemoryFixture>
{
    using WindowHarness::WindowHarness;

    QAbstractItemModel *plans() const { return window.planView()->model(); }
    bool lists(qint64 planId) const { return viewModel.planListModel()->rowOfPlan(planId) >= 0; }
    // Selects the plan and deletes it as the person does.
    void deletePlan(qint64 planId)
    {
        viewModel.selectPlan(planId);
        QTRY_COMPARE(viewModel.currentPlan().id, planId);
        QTRY_VERIFY(!viewModel.isBusy());
        window.planView()->setFocus();
        window.planDeletion()->action()->trigger();
    }
};

bool stored(test::MemoryFixture &fixture, qint64 planId)
{
    const QList<PlanSummary> all = fixture.summaries();
    return std::any_of(all.cbegin(), all.cend(),
                       [planId](const PlanSummary &plan) { return plan.id == planId; });
}

} // namespace

class TestPlanDeletion : public QObject
{
    Q_OBJECT

private:
    const QDate m_today = QDate::currentDate();

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("HeliosTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_plan_deletion"));
    }

    void init() { QSettings().clear(); }

    void shouldBringTheDeletedPlanBackWithUndo()
    {
        // GIVEN two plans
        test::MemoryFixture fixture;
        const Plan guitar = fixture.createPlan(QStringLiteral("Learn the guitar"), m_today);
        const Plan books = fixture.createPlan(QStringLiteral("Read twenty books"), m_today);
        Harness ui(fixture);
        QTRY_COMPARE(ui.plans()->rowCount(), 2);

        // WHEN one is deleted
        ui.deletePlan(guitar.id);

        // THEN it is gone from the list at once, the bar names it, and nothing was asked
        QVERIFY(!ui.lists(guitar.id));
        QTRY_COMPARE(ui.viewModel.currentPlan().id, books.id);
        QVERIFY(ui.window.undoBar()->isVisible());
        QCOMPARE(ui.window.undoBar()->text(), QStringLiteral("Plan “Learn the guitar” deleted"));
        QCOMPARE(ui.window.undoBar()->undoButton()->text(), QStringLiteral("&Undo"));
        QVERIFY(ui.window.pendingDeletion()->undoTime() >= 5s);

        // WHEN Undo is clicked
        QTest::mouseClick(ui.window.undoBar()->undoButton(), Qt::LeftButton);

        // THEN it is listed and shown again with all its tasks, and the bar is gone
        QTRY_VERIFY(ui.lists(guitar.id));
        QTRY_COMPARE(ui.viewModel.currentPlan().id, guitar.id);
        QCOMPARE(ui.viewModel.currentPlan().tasks.size(), guitar.tasks.size());
        QVERIFY(!ui.window.undoBar()->isVisible());
        QCOMPARE(fixture.reload(guitar.id).tasks.size(), guitar.tasks.size());
        QCOMPARE(ui.plans()->rowCount(), 2);
    }

    void shouldDeleteFromTheStorageWhenTheBarTimesOut()
    {
        // GIVEN a plan deleted, its bar timing out sooner than the person's 8 seconds
        test::MemoryFixture fixture;
        const Plan guitar = fixture.createPlan(QStringLiteral("Learn the guitar"), m_today);
        const Plan books = fixture.createPlan(QStringLiteral("Read twenty books"), m_today);
        Harness ui(fixture);
        QTRY_COMPARE(ui.plans()->rowCount(), 2);
        ui.window.pendingDeletion()->setUndoTime(20ms);
        QSignalSpy deleted(&ui.viewModel, &PlansViewModel::planDeleted);
        ui.deletePlan(guitar.id);
        QVERIFY(stored(fixture, guitar.id)); // only hidden while the bar shows

        // WHEN the bar times out
        QTRY_COMPARE(deleted.count(), 1);

        // THEN the plan is gone from the storage, the bar with it, and the other stays
        QCOMPARE(deleted.at(0).at(0).toLongLong(), guitar.id);
        QVERIFY(!stored(fixture, guitar.id));
        QVERIFY(stored(fixture, books.id));
        QVERIFY(!ui.window.undoBar()->isVisible());
        QVERIFY(!ui.lists(guitar.id));
        QVERIFY(!ui.window.pendingDeletion()->isPending());
    }

    void shouldUndoWithCtrlZWhileTheBarShows()
    {
        // GIVEN a deleted plan and its bar
        test::MemoryFixture fixture;
        const Plan guitar = fixture.createPlan(QStringLiteral("Learn the guitar"), m_today);
        fixture.createPlan(QStringLiteral("Read twenty books"), m_today);
        Harness ui(fixture);
        QTRY_COMPARE(ui.plans()->rowCount(), 2);
        ui.window.activateWindow(); // (Xvfb has no window manager to do it)
        QVERIFY(QTest::qWaitForWindowActive(&ui.window));
        ui.deletePlan(guitar.id);
        QVERIFY(!ui.lists(guitar.id));

        // WHEN Ctrl+Z is pressed
        QTest::keyClick(ui.window.planView(), Qt::Key_Z, Qt::ControlModifier);

        // THEN the plan is back and the bar gone
        QTRY_VERIFY(ui.lists(guitar.id));
        QVERIFY(!ui.window.undoBar()->isVisible());

        // AND redo deletes it again, with the bar back
        QTest::keyClick(ui.window.planView(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(!ui.lists(guitar.id));
        QVERIFY(ui.window.undoBar()->isVisible());
        QVERIFY(stored(fixture, guitar.id));
    }

    void shouldDeleteTheWaitingPlanWhenTheWindowQuits()
    {
        // GIVEN a deleted plan whose bar still shows
        test::MemoryFixture fixture;
        const Plan guitar = fixture.createPlan(QStringLiteral("Learn the guitar"), m_today);
        Harness ui(fixture);
        QTRY_COMPARE(ui.plans()->rowCount(), 1);
        ui.deletePlan(guitar.id);
        QVERIFY(ui.window.undoBar()->isVisible());

        // WHEN the window quits
        QVERIFY(ui.window.quit());

        // THEN the plan is deleted from the storage
        QTRY_VERIFY(!stored(fixture, guitar.id));
    }

    void shouldKeepThePlanWhenHeliosEndsBeforeTheBarCloses()
    {
        // GIVEN a deleted plan whose bar still shows
        test::MemoryFixture fixture;
        const Plan guitar = fixture.createPlan(QStringLiteral("Learn the guitar"), m_today);
        {
            Harness ui(fixture);
            QTRY_COMPARE(ui.plans()->rowCount(), 1);
            ui.deletePlan(guitar.id);
            QVERIFY(!ui.lists(guitar.id));
            // WHEN Helios ends without its window closing (killed, as far as the plan knows)
        }

        // THEN the plan is still there, with all its tasks, and listed at the next start
        QVERIFY(stored(fixture, guitar.id));
        QCOMPARE(fixture.reload(guitar.id).tasks.size(), guitar.tasks.size());
        Harness again(fixture);
        QTRY_VERIFY(again.lists(guitar.id));
    }

    void shouldTakeTheDeletedPlansTasksOffTodayUntilItComesBack()
    {
        // GIVEN two plans under way today, on the Today page
        test::MemoryFixture fixture;
        const Plan guitar = fixture.createPlan(QStringLiteral("Learn the guitar"), m_today);
        const Plan books = fixture.createPlan(QStringLiteral("Read twenty books"), m_today);
        VersionService versions(fixture.storage());
        TodayService service(fixture.storage(), fixture.storage(), fixture.storage(), versions);
        TodayViewModel today({.today = service});
        Harness ui(fixture, {.today = &today});
        QTRY_COMPARE(today.state(), TodayViewModel::State::Ready);
        const auto plansOnToday = [&today]() {
            QSet<qint64> plans;
            for (const AgendaItem &item : today.agenda().today + today.agenda().nextUp)
                plans.insert(item.task.planId);
            return plans;
        };
        QCOMPARE(plansOnToday(), (QSet<qint64>{guitar.id, books.id}));

        // WHEN one plan is deleted THEN its tasks leave Today at once
        ui.deletePlan(guitar.id);
        QTRY_COMPARE(plansOnToday(), (QSet<qint64>{books.id}));

        // WHEN it is brought back THEN so are they
        ui.window.pendingDeletion()->undo();
        QTRY_COMPARE(plansOnToday(), (QSet<qint64>{guitar.id, books.id}));
    }
};

HELIOS_TEST_GUI_MAIN(TestPlanDeletion)
#include "tst_plan_deletion.moc"

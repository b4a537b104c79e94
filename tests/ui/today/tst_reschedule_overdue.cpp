// Today's "Reschedule overdue tasks…" in the window, on the in-memory storage: one re-plan per
// plan with overdue tasks (the proposal Adapt plan makes, with its changes), each accepted or
// rejected on its own; nothing is saved for a plan before its proposal is accepted; the overdue
// counts follow.

#include "core/jobs/version_service.h"
#include "core/today/today_service.h"
#include "tests/support/test_main.h"
#include "tests/ui/memory_fixture.h"
#include "tests/ui/window_harness.h"
#include "ui/dialogs/reschedule_overdue_dialog.h"
#include "ui/i18n/translations.h"
#include "ui/models/plan_list_model.h"
#include "ui/viewmodels/adapt_plan_view_model.h"
#include "ui/viewmodels/reschedule_overdue_view_model.h"
#include "ui/viewmodels/today_view_model.h"
#include "ui/widgets/plan_version_actions.h"
#include "ui/widgets/today_view.h"

#include <QAbstractButton>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>

using namespace helios;
using namespace helios::ui;

namespace {

using Decision = RescheduleOverdueViewModel::Decision;

// The window's clock is the real one: the plans are dated around it.
QDate today()
{
    return QDate::currentDate();
}

Task task(const QString &title, int startIn, int dueIn)
{
    Task t;
    t.title = title;
    t.startDate = today().addDays(startIn);
    t.dueDate = today().addDays(dueIn);
    t.estimateHours = 2.0;
    return t;
}

Plan plan(const QString &goal, QList<Task> tasks)
{
    Plan p;
    p.goal = goal;
    p.startDate = today().addDays(-7);
    p.deadline = today().addDays(60);
    p.hoursPerWeek = 7;
    p.tasks = std::move(tasks);
    return p;
}

// One task two days late, one under way today.
Plan running()
{
    return plan(QStringLiteral("Run a half marathon"), {task(QStringLiteral("Buy shoes"), -5, -2),
                                                        task(QStringLiteral("Easy 5 km"), 0, 1)});
}

// Two tasks late (four days and one day), one under way today.
Plan spanish()
{
    return plan(QStringLiteral("Learn Spanish"),
                {task(QStringLiteral("Buy a textbook"), -6, -4),
                 task(QStringLiteral("Lesson 1"), -3, -1), task(QStringLiteral("Lesson 2"), 0, 2)});
}

Plan save(test::MemoryFixture &fixture, Plan p)
{
    const auto saved = test::await(fixture.storage().savePlan(std::move(p)));
    return saved && saved->ok() ? saved->value() : Plan{};
}

int overdueIn(const Plan &p)
{
    return int(std::count_if(p.tasks.cbegin(), p.tasks.cend(),
                             [](const Task &t) { return isOverdue(t, today()); }));
}

int versionsOf(VersionService &versions, qint64 planId)
{
    const auto list = test::await(versions.versions(planId));
    return list && list->ok() ? int(list->value().size()) : -1;
}

struct Harness
{
    explicit Harness(test::MemoryFixture &fixture)
        : versions(fixture.storage()),
          service(fixture.storage(), fixture.storage(), fixture.storage(), versions),
          viewModel({.today = service}), ui(fixture, {.versions = &versions, .today = &viewModel})
    {
        ui.window.resize(1180, 760);
    }

    TodayView *page() const { return ui.window.todayView(); }
    QPushButton *button() const { return page()->rescheduleButton(); }
    RescheduleOverdueDialog *dialog() const
    {
        return ui.window.versionActions()->rescheduleDialog();
    }
    int listedOverdue(qint64 planId) const
    {
        const PlanListModel *list = ui.viewModel.planListModel();
        return list->index(list->rowOfPlan(planId)).data(PlanListModel::OverdueCountRole).toInt();
    }

    VersionService versions;
    TodayService service;
    TodayViewModel viewModel;
    test::WindowHarness<test::MemoryFixture> ui;
};

} // namespace

class TestRescheduleOverdue : public QObject
{
    Q_OBJECT

private:
    AppTranslations m_translations;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_translations.use(Language::English,
                                   QLocale(QLocale::English, QLocale::UnitedStates)));
        QCoreApplication::setOrganizationName(QStringLiteral("HeliosTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_reschedule_overdue"));
        QSettings().clear();
    }

    void shouldProposeOnePlanAtATimeAndSaveOnlyTheAcceptedOne()
    {
        // GIVEN two plans with three overdue tasks between them, the window on Today
        test::MemoryFixture fixture;
        const Plan marathon = save(fixture, running());
        const Plan language = save(fixture, spanish());
        Harness h(fixture);
        QTRY_COMPARE(h.viewModel.state(), TodayViewModel::State::Ready);
        QTRY_VERIFY(h.ui.window.isShowingToday());
        QVERIFY(h.button()->isVisible());
        QCOMPARE(h.button()->text(), QStringLiteral("Reschedule 3 overdue tasks…"));
        QTRY_COMPARE(h.listedOverdue(language.id), 2);
        const int marathonVersions = versionsOf(h.versions, marathon.id);

        // WHEN the person asks to reschedule them
        QTest::mouseClick(h.button(), Qt::LeftButton);

        // THEN one dialog proposes one re-plan per plan, the longest overdue plan first, each with
        // its changes, and nothing is saved yet
        QVERIFY(h.dialog());
        RescheduleOverdueViewModel &proposals = h.dialog()->viewModel();
        QCOMPARE(proposals.entries().size(), 2);
        QCOMPARE(proposals.entries()[0].planId, language.id);
        QCOMPARE(proposals.entries()[0].overdue, 2);
        QCOMPARE(proposals.entries()[1].planId, marathon.id);
        QTRY_VERIFY(std::all_of(
            proposals.entries().cbegin(), proposals.entries().cend(), [](const auto &entry) {
                return entry.proposal->state() == AdaptPlanViewModel::State::Proposed;
            }));
        QCOMPARE(h.dialog()->planList()->count(), 2);
        QCOMPARE(h.dialog()->currentPlan(), 0);
        QVERIFY2(h.dialog()->planList()->item(0)->text().contains(QStringLiteral("to review")),
                 qPrintable(h.dialog()->planList()->item(0)->text()));
        QVERIFY(!h.dialog()->summaryText().isEmpty());
        auto *diff = h.dialog()->findChildren<QTableView *>(QStringLiteral("diffView")).at(0);
        QVERIFY(diff->model()->rowCount() > 0);
        QCOMPARE(overdueIn(fixture.reload(language.id)), 2);
        QVERIFY(h.dialog()->acceptButton()->isEnabled());

        // WHEN the first plan's proposal is accepted
        QSignalSpy rescheduled(&proposals, &RescheduleOverdueViewModel::planRescheduled);
        QTest::mouseClick(h.dialog()->acceptButton(), Qt::LeftButton);

        // THEN that plan is saved as a new version with nothing overdue, and the next plan is up
        QTRY_COMPARE(proposals.entries()[0].decision, Decision::Accepted);
        QCOMPARE(rescheduled.size(), 1);
        QCOMPARE(rescheduled.at(0).at(0).toLongLong(), language.id);
        QCOMPARE(overdueIn(fixture.reload(language.id)), 0);
        QCOMPARE(h.dialog()->currentPlan(), 1);
        QVERIFY(h.dialog()->planList()->item(0)->text().contains(QStringLiteral("version")));

        // WHEN the second is rejected
        QSignalSpy finished(&proposals, &RescheduleOverdueViewModel::finished);
        QTest::mouseClick(h.dialog()->rejectButton(), Qt::LeftButton);

        // THEN that plan stays exactly as it was, and the dialog says what was done
        QCOMPARE(proposals.entries()[1].decision, Decision::Rejected);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(h.dialog()->summaryText(), QStringLiteral("Done: 1 plan rescheduled."));
        QVERIFY(!h.dialog()->acceptButton()->isEnabled());
        const Plan kept = fixture.reload(marathon.id);
        QCOMPARE(kept.tasks[0].dueDate, marathon.tasks[0].dueDate);
        QCOMPARE(kept.tasks[1].startDate, marathon.tasks[1].startDate);
        QCOMPARE(versionsOf(h.versions, marathon.id), marathonVersions);

        // AND Today, its button and the plan list count only the overdue task left
        QTRY_COMPARE(h.viewModel.agenda().overdue.size(), 1);
        QCOMPARE(h.button()->text(), QStringLiteral("Reschedule 1 overdue task…"));
        QTRY_COMPARE(h.listedOverdue(language.id), 0);
        QCOMPARE(h.listedOverdue(marathon.id), 1);
        QVERIFY(h.ui.window.todayButton()->text().endsWith(QStringLiteral("1 overdue")));
        h.dialog()->close();
    }

    void shouldSaveNothingWhenClosedWithoutAccepting()
    {
        // GIVEN the proposals for the two plans
        test::MemoryFixture fixture;
        const Plan marathon = save(fixture, running());
        const Plan language = save(fixture, spanish());
        Harness h(fixture);
        QTRY_COMPARE(h.viewModel.state(), TodayViewModel::State::Ready);
        QTRY_VERIFY(h.button()->isVisible());
        QTest::mouseClick(h.button(), Qt::LeftButton);
        QVERIFY(h.dialog());
        QTRY_COMPARE(h.dialog()->viewModel().entries()[1].proposal->state(),
                     AdaptPlanViewModel::State::Proposed);

        // WHEN the dialog is closed
        QPointer<RescheduleOverdueDialog> dialog = h.dialog();
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("closeButton")),
                          Qt::LeftButton);

        // THEN both plans are as they were, still overdue
        QTRY_VERIFY(dialog.isNull());
        QCOMPARE(overdueIn(fixture.reload(language.id)), 2);
        QCOMPARE(overdueIn(fixture.reload(marathon.id)), 1);
        QCOMPARE(versionsOf(h.versions, language.id), versionsOf(h.versions, marathon.id));
        QCOMPARE(h.button()->text(), QStringLiteral("Reschedule 3 overdue tasks…"));
    }

    void shouldHideTheButtonWhenNothingIsOverdue()
    {
        // GIVEN a plan whose work all lies ahead
        test::MemoryFixture fixture;
        save(fixture, plan(QStringLiteral("Read more"), {task(QStringLiteral("Chapter 1"), 0, 3)}));
        // WHEN Today is shown
        Harness h(fixture);
        QTRY_COMPARE(h.viewModel.state(), TodayViewModel::State::Ready);
        QTRY_VERIFY(h.ui.window.isShowingToday());
        // THEN there is nothing to reschedule
        QVERIFY(!h.button()->isVisible());
    }
};

HELIOS_TEST_GUI_MAIN(TestRescheduleOverdue)
#include "tst_reschedule_overdue.moc"

#include "core/jobs/plan_snapshot.h"
#include "core/jobs/version_service.h"
#include "tests/support/test_main.h"
#include "tests/ui/memory_fixture.h"
#include "tests/ui/window_harness.h"
#include "ui/dialogs/version_history_dialog.h"
#include "ui/i18n/translations.h"
#include "ui/models/plan_diff_model.h"
#include "ui/models/version_list_model.h"
#include "ui/viewmodels/version_history_view_model.h"
#include "ui/widgets/plan_version_actions.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>

using namespace helios;
using namespace helios::ui;

namespace {

using State = VersionHistoryViewModel::State;

QList<PlanVersion> versionsOf(VersionService &versions, qint64 planId)
{
    Result<QList<PlanVersion>> list = QCoro::waitFor(versions.versions(planId));
    return list ? *list : QList<PlanVersion>{};
}

QList<QDate> dueDates(const Plan &plan)
{
    QList<QDate> dates;
    for (const Task &task : plan.tasks)
        dates << task.dueDate;
    return dates;
}

} // namespace

class TestVersionHistory : public QObject
{
    Q_OBJECT

private:
    const QDate m_today = QDate::currentDate();
    AppTranslations m_translations;

    // A plan three weeks behind, re-planned once: version 1 the original, 2 the re-plan.
    Plan replannedPlan(test::MemoryFixture &fixture, VersionService &versions)
    {
        Plan plan = fixture.createPlan(QStringLiteral("Learn Python programming"),
                                       m_today.addDays(-21), m_today.addDays(60), 5);
        Result<ReplanProposal> proposal = QCoro::waitFor(versions.proposeReplan(plan.id, m_today));
        if (!proposal ||
            !QCoro::waitFor(versions.applyVersion(proposal->proposed, QStringLiteral("replan")))
                 .ok())
            QTest::qFail("The re-plan failed.", __FILE__, __LINE__);
        return plan;
    }

    VersionHistoryDialog *openHistory(test::WindowHarness<test::MemoryFixture> &harness,
                                      qint64 planId)
    {
        PlanVersionActions *actions = harness.window.versionActions();
        harness.viewModel.selectPlan(planId);
        if (!QTest::qWaitFor([&]() { return actions->historyAction()->isEnabled(); }))
            return nullptr;
        actions->historyAction()->trigger();
        VersionHistoryDialog *dialog = actions->historyDialog();
        if (!dialog || !QTest::qWaitFor([&]() {
                return dialog->isVisible() && dialog->viewModel().state() == State::Ready;
            }))
            return nullptr;
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("HeliosTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_version_history"));
        QSettings().clear();
        QVERIFY(m_translations.use(Language::English,
                                   QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void shouldListTheVersionsAndRestoreOneAfterConfirmation()
    {
        // GIVEN a plan with two versions, shown in the window
        test::MemoryFixture fixture;
        VersionService versions(fixture.store());
        const Plan original = replannedPlan(fixture, versions);
        QVERIFY(!QTest::currentTestFailed());
        const Plan replanned = fixture.reload(original.id);
        QVERIFY(dueDates(replanned) != dueDates(original));
        test::WindowHarness harness(fixture, {.versions = &versions});

        // WHEN Version history is opened
        VersionHistoryDialog *dialog = openHistory(harness, original.id);
        QVERIFY(dialog);
        VersionHistoryViewModel &viewModel = dialog->viewModel();
        QAbstractItemModelTester listTester(viewModel.versionModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester diffTester(viewModel.diffModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);

        // THEN both versions are listed, newest first, with reason and task count
        const VersionListModel &list = *viewModel.versionModel();
        QCOMPARE(list.rowCount(), 2);
        QCOMPARE(list.index(0, VersionListModel::NumberColumn).data().toString(),
                 QStringLiteral("2"));
        QCOMPARE(list.index(0, VersionListModel::ReasonColumn).data().toString(),
                 QStringLiteral("Re-planned from today"));
        QCOMPARE(list.index(1, VersionListModel::ReasonColumn).data().toString(),
                 QStringLiteral("Original plan"));
        QCOMPARE(list.index(1, VersionListModel::TasksColumn).data().toInt(),
                 original.tasks.size());
        QVERIFY(!list.index(1, VersionListModel::DateColumn).data().toString().isEmpty());
        // AND the version before the current one is selected, with what restoring it would do
        QCOMPARE(viewModel.selectedVersion(), 1);
        QCOMPARE(dialog->versionView()->currentIndex().row(), 1);
        QVERIFY(viewModel.diffModel()->rowCount() > 0);
        QVERIFY2(
            dialog->diffTitle().startsWith(QLatin1String("Restoring version 1 would change: ")),
            qPrintable(dialog->diffTitle()));
        QVERIFY(dialog->diffTitle().contains(QLatin1String("earlier")));
        auto *restoreButton = dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"));
        QVERIFY(restoreButton->isEnabled());

        // WHEN Restore is clicked and the confirmation is cancelled
        QTest::mouseClick(restoreButton, Qt::LeftButton);
        QMessageBox *box = dialog->confirmation();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(QLatin1String("version 1")));
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("cancelRestoreButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!dialog->confirmation());
        // THEN nothing changed
        QCOMPARE(versionsOf(versions, original.id).size(), 2);

        // WHEN it is confirmed
        QTest::mouseClick(restoreButton, Qt::LeftButton);
        box = dialog->confirmation();
        QVERIFY(box);
        QSignalSpy restored(&viewModel, &VersionHistoryViewModel::restored);
        QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmRestoreButton")),
                          Qt::LeftButton);
        QTRY_COMPARE(restored.size(), 1);

        // THEN the store has the original's dates again, as version 3 "restore of 1"
        const QList<PlanVersion> saved = versionsOf(versions, original.id);
        QCOMPARE(saved.size(), 3);
        QCOMPARE(saved.at(2).reason, QStringLiteral("restore of 1"));
        QCOMPARE(dueDates(fixture.reload(original.id)), dueDates(original));
        // AND the window and the list follow
        QTRY_COMPARE(dueDates(harness.viewModel.currentPlan()), dueDates(original));
        QTRY_COMPARE(list.rowCount(), 3);
        QTRY_COMPARE(viewModel.state(), State::Ready);
        QCOMPARE(list.index(0, VersionListModel::ReasonColumn).data().toString(),
                 QStringLiteral("Restore of version 1"));
        // the restored version now is the plan as it is: nothing left to restore
        QTRY_VERIFY(viewModel.isSelectedCurrent());
        QCOMPARE(viewModel.selectedVersion(), 1);
        QVERIFY(!restoreButton->isEnabled());
        QCOMPARE(dialog->diffTitle(), QStringLiteral("Version 1 is the plan as it is now."));
        QVERIFY(harness.window.statusBar()->currentMessage().contains(QLatin1String("restored")));
        dialog->reject();
    }

    void shouldKeepThePhonesEditsWhenASyncedPlanIsRestored()
    {
        // GIVEN a plan with two versions, shown in the window, and a sync that, asked before the
        // restore, brings in a rename and a completion made on the phone
        test::MemoryFixture fixture;
        VersionService versions(fixture.store());
        const Plan original = replannedPlan(fixture, versions);
        QVERIFY(!QTest::currentTestFailed());
        test::WindowHarness harness(fixture, {.versions = &versions});
        harness.viewModel.selectPlan(original.id);
        QTRY_COMPARE(harness.viewModel.currentPlan().id, original.id);
        const Task renamed = fixture.reload(original.id).tasks.at(1);
        QList<qint64> merged;
        QList<qint64> sent;
        VersionHistoryViewModel viewModel(versions, harness.viewModel);
        viewModel.setSync(
            [&fixture, &merged, renamed](qint64 planId) -> QCoro::Task<QString> {
                merged.append(planId);
                QCoro::Task<Result<Plan>> reading = fixture.store().plan(planId);
                const Result<Plan> plan = co_await std::move(reading);
                if (!plan)
                    co_return plan.error().message;
                Plan edited = *plan;
                for (Task &t : edited.tasks) {
                    if (t.id == renamed.id) {
                        t.title = QStringLiteral("Renamed on the phone");
                        t.status = TaskStatus::Done;
                    }
                }
                QCoro::Task<Result<AppliedVersion>> saving =
                    fixture.store().applyVersion(edited, QStringLiteral("sync"), &planSnapshot);
                const Result<AppliedVersion> saved = co_await std::move(saving);
                co_return saved ? QString() : saved.error().message;
            },
            [&sent](qint64 planId) { sent.append(planId); });
        viewModel.load();
        QTRY_COMPARE(viewModel.state(), State::Ready);
        // WHEN version 1 is restored
        QSignalSpy restored(&viewModel, &VersionHistoryViewModel::restored);
        viewModel.restore(1);
        QTRY_COMPARE(restored.size(), 1);
        // THEN the sync ran first, the dates are the original's again, the phone's rename and
        // completion are kept, and the plan is handed on to be sent
        QCOMPARE(merged, QList<qint64>{original.id});
        const Plan now = fixture.reload(original.id);
        QCOMPARE(dueDates(now), dueDates(original));
        QCOMPARE(now.tasks.at(1).title, QStringLiteral("Renamed on the phone"));
        QVERIFY(now.tasks.at(1).status == TaskStatus::Done);
        QCOMPARE(now.tasks.at(0).title, original.tasks.at(0).title);
        QCOMPARE(sent, QList<qint64>{original.id});
    }

    void shouldSayWhenAPlanHasNoVersions()
    {
        test::MemoryFixture fixture;
        VersionService versions(fixture.store());
        const Plan plan =
            fixture.createPlan(QStringLiteral("Run a 10k"), m_today, m_today.addDays(30), 4);
        test::WindowHarness harness(fixture, {.versions = &versions});
        VersionHistoryDialog *dialog = openHistory(harness, plan.id);
        QVERIFY(dialog);
        QCOMPARE(dialog->viewModel().versionModel()->rowCount(), 0);
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("emptyLabel"))->isHidden());
        QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"))->isEnabled());
        dialog->reject();
    }

    void shouldSelectAVersionToCompare()
    {
        test::MemoryFixture fixture;
        VersionService versions(fixture.store());
        const Plan plan = replannedPlan(fixture, versions);
        QVERIFY(!QTest::currentTestFailed());
        test::WindowHarness harness(fixture, {.versions = &versions});
        VersionHistoryDialog *dialog = openHistory(harness, plan.id);
        QVERIFY(dialog);
        // WHEN the newest version (the plan as it is) is clicked
        dialog->versionView()->selectRow(0);
        // THEN it shows no changes and cannot be restored
        QCOMPARE(dialog->viewModel().selectedVersion(), 2);
        QVERIFY(dialog->viewModel().isSelectedCurrent());
        QCOMPARE(dialog->viewModel().diffModel()->rowCount(), 0);
        QVERIFY(!dialog->viewModel().canRestoreSelected());
        dialog->reject();
    }
};

HELIOS_TEST_GUI_MAIN(TestVersionHistory)
#include "tst_version_history.moc"

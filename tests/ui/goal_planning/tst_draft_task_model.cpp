#include "tests/support/test_main.h"
#include "ui/models/draft_task_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace helios;
using namespace helios::ui;

namespace {

const QDate kToday(2026, 11, 30); // a Monday

Task task(const QString &title, double hours, QList<int> dependsOn = {})
{
    Task t;
    t.title = title;
    t.estimateHours = hours;
    t.dependsOn = std::move(dependsOn);
    t.milestone = QStringLiteral("Basics");
    return t;
}

// A chain a → b → c of 2, 4 and 3 hours at 7 hours a week (one hour a day), scheduled.
Plan chain(ScheduleOptions &options)
{
    Plan plan;
    plan.goal = QStringLiteral("Learn Python");
    plan.tasks = {task(QStringLiteral("a"), 2), task(QStringLiteral("b"), 4, {0}),
                  task(QStringLiteral("c"), 3, {1})};
    for (int i = 0; i < plan.tasks.size(); ++i)
        plan.tasks[i].order = i;
    options = {kToday, kToday.addDays(6), 7.0};
    const ScheduleResult result = Scheduler::schedule(plan.tasks, options);
    plan.atRisk = result.atRisk;
    plan.hoursShort = result.hoursShort;
    return plan;
}

} // namespace

class TestDraftTaskModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRescheduleWhenAnEstimateChanges()
    {
        // GIVEN a draft of three chained tasks
        DraftTaskModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ScheduleOptions options;
        model.setDraft(chain(options), options);
        QCOMPARE(model.rowCount(), 3);
        const QDate dueBefore = model.draft().tasks.at(2).dueDate;
        QVERIFY(model.draft().atRisk); // 9 hours do not fit in the 6 days before the deadline
        QSignalSpy scheduled(&model, &DraftTaskModel::scheduleChanged);

        // WHEN the middle task becomes 1 hour instead of 4
        QVERIFY(model.setData(model.index(1, DraftTaskModel::EstimateColumn), 1.0));

        // THEN the last task is due three days earlier and the plan fits
        QCOMPARE(model.draft().tasks.at(1).estimateHours, 1.0);
        QCOMPARE(model.draft().tasks.at(2).dueDate, dueBefore.addDays(-3));
        QVERIFY(!model.draft().atRisk);
        QCOMPARE(scheduled.count(), 1);
        QVERIFY(model.isEdited());
        QCOMPARE(model.index(1, DraftTaskModel::EstimateColumn).data().toString(),
                 QStringLiteral("1"));
    }

    void shouldRefuseEstimatesAndTitlesThatCannotBeSaved()
    {
        DraftTaskModel model;
        ScheduleOptions options;
        model.setDraft(chain(options), options);
        const QModelIndex hours = model.index(0, DraftTaskModel::EstimateColumn);
        const QModelIndex title = model.index(0, DraftTaskModel::TitleColumn);
        QVERIFY(!model.setData(hours, 0.0));
        QVERIFY(!model.setData(hours, -2.0));
        QVERIFY(!model.setData(hours, 5000.0));
        QVERIFY(!model.setData(hours, QStringLiteral("lots")));
        QVERIFY(!model.setData(title, QStringLiteral("   ")));
        QVERIFY(!model.setData(model.index(0, DraftTaskModel::DueColumn), QStringLiteral("x")));
        QVERIFY(!model.isEdited());
        QCOMPARE(model.draft().tasks.at(0).estimateHours, 2.0);

        // A title is trimmed, odd Unicode kept
        QVERIFY(model.setData(title, QStringLiteral("  安装 Python 🐍  ")));
        QCOMPARE(model.draft().tasks.at(0).title, QStringLiteral("安装 Python 🐍"));
        QVERIFY(model.flags(title).testFlag(Qt::ItemIsEditable));
        QVERIFY(
            !model.flags(model.index(0, DraftTaskModel::StartColumn)).testFlag(Qt::ItemIsEditable));
    }

    void shouldKeepTypedTitlesPlainAndWithinTheLimit()
    {
        // GIVEN a draft in the New goal dialog
        DraftTaskModel model;
        ScheduleOptions options;
        model.setDraft(chain(options), options);
        const QModelIndex title = model.index(0, DraftTaskModel::TitleColumn);
        // WHEN a title longer than Helios takes is typed THEN it is refused
        QVERIFY(!model.setData(title, QString(501, QLatin1Char('t'))));
        QVERIFY(!model.isEdited());
        // WHEN one with escape sequences and a bidi override is pasted THEN it is kept as plain
        // text
        QVERIFY(model.setData(title, QStringLiteral("Read\x1b[2J the") + QChar(0x202E) +
                                         QStringLiteral(" book\x07")));
        QCOMPARE(model.draft().tasks.at(0).title, QStringLiteral("Read[2J the book"));
        QVERIFY(model.setData(title, QString(500, QLatin1Char('t'))));
    }

    void shouldKeepTheOrderOfWorkWhenATaskIsRemoved()
    {
        // GIVEN a → b → c
        DraftTaskModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ScheduleOptions options;
        model.setDraft(chain(options), options);

        // WHEN b is removed
        QVERIFY(model.removeTask(1));

        // THEN c now waits for a, positions are renumbered, and the plan is rescheduled
        QCOMPARE(model.rowCount(), 2);
        const QList<Task> &tasks = model.draft().tasks;
        QCOMPARE(tasks.at(1).title, QStringLiteral("c"));
        QCOMPARE(tasks.at(1).order, 1);
        QCOMPARE(tasks.at(1).dependsOn, QList<int>{0});
        QVERIFY(tasks.at(1).startDate > tasks.at(0).dueDate ||
                tasks.at(1).startDate == tasks.at(0).dueDate);
        QCOMPARE(model.draft().totalHours(), 5.0);

        // AND the last task cannot be removed; nor can a row that does not exist
        QVERIFY(!model.removeTask(5));
        QVERIFY(model.removeTask(0));
        QVERIFY(!model.removeTask(0));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.draft().tasks.at(0).dependsOn.isEmpty());
    }
};

HELIOS_TEST_GUI_MAIN(TestDraftTaskModel)
#include "tst_draft_task_model.moc"

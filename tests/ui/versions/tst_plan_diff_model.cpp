#include "tests/support/test_main.h"
#include "ui/i18n/translations.h"
#include "ui/models/plan_diff_model.h"
#include "ui/models/version_list_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace helios;
using namespace helios::ui;

namespace {

Task task(qint64 id, const QString &title, double hours, QDate start, QDate due)
{
    Task t;
    t.id = id;
    t.title = title;
    t.estimateHours = hours;
    t.startDate = start;
    t.dueDate = due;
    t.milestone = QStringLiteral("Basics");
    return t;
}

// Three tasks: A (due Dec 3), B (due Dec 5, 2 h), C (due Dec 8).
Plan before()
{
    Plan p;
    p.id = 1;
    p.goal = QStringLiteral("Learn Python");
    p.deadline = QDate(2026, 12, 20);
    p.hoursPerWeek = 5;
    p.tasks = {task(1, QStringLiteral("A"), 1, QDate(2026, 12, 1), QDate(2026, 12, 3)),
               task(2, QStringLiteral("B"), 2, QDate(2026, 12, 4), QDate(2026, 12, 5)),
               task(3, QStringLiteral("C"), 3, QDate(2026, 12, 6), QDate(2026, 12, 8))};
    for (int i = 0; i < p.tasks.size(); ++i)
        p.tasks[i].order = i;
    return p;
}

// A and B move 7 days later, B's estimate grows to 4 h, C is removed and D added.
Plan after()
{
    Plan p = before();
    p.tasks[0].startDate = p.tasks[0].startDate.addDays(7);
    p.tasks[0].dueDate = p.tasks[0].dueDate.addDays(7);
    p.tasks[1].startDate = p.tasks[1].startDate.addDays(7);
    p.tasks[1].dueDate = p.tasks[1].dueDate.addDays(7);
    p.tasks[1].estimateHours = 4;
    p.tasks.removeLast();
    p.tasks << task(0, QStringLiteral("D"), 1.5, QDate(2026, 12, 13), QDate(2026, 12, 14));
    p.tasks.last().order = 2;
    return p;
}

QList<PlanDiffModel::Kind> kinds(const PlanDiffModel &model)
{
    QList<PlanDiffModel::Kind> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << static_cast<PlanDiffModel::Kind>(
            model.index(row, 0).data(PlanDiffModel::KindRole).toInt());
    return result;
}

int rowOf(const PlanDiffModel &model, const QString &task, const QString &change)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, PlanDiffModel::TaskColumn).data().toString() == task &&
            model.index(row, PlanDiffModel::ChangeColumn).data().toString() == change)
            return row;
    }
    return -1;
}

} // namespace

class TestPlanDiffModel : public QObject
{
    Q_OBJECT

private:
    AppTranslations m_translations;

private Q_SLOTS:
    void initTestCase()
    {
        // English plurals ("1 task moves earlier") come from the English translation.
        QVERIFY(m_translations.use(Language::English,
                                   QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void shouldListEveryChangeOfTheDiff()
    {
        // GIVEN a diff with moves, an estimate change, a removal and an addition
        PlanDiffModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Plan a = before();
        const Plan b = after();
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        // WHEN the model shows it
        model.setDiff(diffPlans(a, b), a, b);
        // THEN there is one row per change, removals and additions before the task changes
        QCOMPARE(resets.size(), 1);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(PlanDiffModel::BeforeColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Before"));
        const QList<PlanDiffModel::Kind> k = kinds(model);
        QVERIFY(k.contains(PlanDiffModel::Kind::Removed));
        QVERIFY(k.indexOf(PlanDiffModel::Kind::Removed) < k.indexOf(PlanDiffModel::Kind::Added));
        QVERIFY(k.indexOf(PlanDiffModel::Kind::Added) < k.indexOf(PlanDiffModel::Kind::MovedLater));
        // the estimate change reads old → new
        const int estimate = rowOf(model, QStringLiteral("B"), QStringLiteral("Estimate"));
        QVERIFY(estimate >= 0);
        QCOMPARE(model.index(estimate, PlanDiffModel::BeforeColumn).data().toString(),
                 QStringLiteral("2 h"));
        QCOMPARE(model.index(estimate, PlanDiffModel::AfterColumn).data().toString(),
                 QStringLiteral("4 h"));
        // a move says how far, with the dates in the locale's short format
        const int moved = rowOf(model, QStringLiteral("A"), QStringLiteral("Moves 7 days later"));
        QVERIFY(moved >= 0);
        QCOMPARE(model.index(moved, 0).data(PlanDiffModel::DaysRole).toLongLong(), 7);
        QCOMPARE(model.index(moved, PlanDiffModel::BeforeColumn).data().toString(),
                 QStringLiteral("12/1/2026 – 12/3/2026"));
        // the added task shows its estimate and dates
        const int added = rowOf(model, QStringLiteral("D"), QStringLiteral("Added"));
        QVERIFY(added >= 0);
        QVERIFY(model.index(added, PlanDiffModel::BeforeColumn).data().toString().isEmpty());
        QCOMPARE(model.index(added, PlanDiffModel::AfterColumn).data().toString(),
                 QStringLiteral("1.5 h, 12/13/2026 – 12/14/2026"));
        QVERIFY(rowOf(model, QStringLiteral("C"), QStringLiteral("Removed")) >= 0);
        // AND the summary counts them, with plurals
        QCOMPARE(model.summary(),
                 QStringLiteral("2 tasks move later, 1 added, 1 removed, 1 estimate changed."));
    }

    void shouldSummariseSingleChangesInTheSingular()
    {
        Plan a = before();
        Plan b = a;
        b.tasks[2].dueDate = b.tasks[2].dueDate.addDays(-1);
        QCOMPARE(PlanDiffModel::summarize(diffPlans(a, b)),
                 QStringLiteral("1 task moves earlier."));
        QCOMPARE(PlanDiffModel::summarize(diffPlans(a, a)), QStringLiteral("No changes."));
    }

    void shouldSayWhenThePlanBecomesAtRisk()
    {
        const Plan a = before();
        Plan b = a;
        b.atRisk = true;
        b.hoursShort = 3;
        PlanDiffModel model;
        model.setDiff(diffPlans(a, b), a, b);
        QCOMPARE(model.summary(), QStringLiteral("now at risk."));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, PlanDiffModel::BeforeColumn).data().toString(),
                 QStringLiteral("On track"));
        QCOMPARE(model.index(0, PlanDiffModel::AfterColumn).data().toString(),
                 QStringLiteral("At risk, 3 h short"));
        QCOMPARE(PlanDiffModel::summarize(diffPlans(b, a)), QStringLiteral("no longer at risk."));
    }

    void shouldShowPlanWideChangesFirst()
    {
        const Plan a = before();
        Plan b = a;
        b.deadline = QDate(2027, 1, 10);
        b.hoursPerWeek = 8;
        PlanDiffModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiff(diffPlans(a, b), a, b);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, PlanDiffModel::ChangeColumn).data().toString(),
                 QStringLiteral("Deadline"));
        QCOMPARE(model.index(0, PlanDiffModel::AfterColumn).data().toString(),
                 QStringLiteral("1/10/2027"));
        QCOMPARE(model.index(1, PlanDiffModel::AfterColumn).data().toString(),
                 QStringLiteral("8 h"));
        QCOMPARE(model.summary(), QStringLiteral("new deadline, new weekly hours."));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.summary().isEmpty());
    }

    void shouldListVersionsNewestFirst()
    {
        VersionListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime when(QDate(2026, 11, 20), QTime(9, 30));
        model.setVersions({{{1, when, QStringLiteral("original"), {}}, 12},
                           {{3, when.addDays(2), QStringLiteral("restore of 1"), {}}, 12},
                           {{2, when.addDays(1), QStringLiteral("revision"), {}}, 9}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.versionAt(0), 3);
        QCOMPARE(model.versionAt(2), 1);
        QCOMPARE(model.versionAt(3), 0);
        QCOMPARE(model.rowOfVersion(2), 1);
        QCOMPARE(model.index(0, VersionListModel::ReasonColumn).data().toString(),
                 QStringLiteral("Restore of version 1"));
        QCOMPARE(model.index(1, VersionListModel::ReasonColumn).data().toString(),
                 QStringLiteral("Revised by the model"));
        QCOMPARE(model.index(2, VersionListModel::ReasonColumn).data().toString(),
                 QStringLiteral("Original plan"));
        QCOMPARE(model.index(1, VersionListModel::TasksColumn).data().toString(),
                 QStringLiteral("9"));
        QCOMPARE(model.index(2, VersionListModel::DateColumn).data().toString(),
                 QLocale().toString(when.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(VersionListModel::reasonText(QStringLiteral("replan")),
                 QStringLiteral("Re-planned from today"));
        QCOMPARE(VersionListModel::reasonText(QStringLiteral("something else")),
                 QStringLiteral("something else"));
    }
};

HELIOS_TEST_GUI_MAIN(TestPlanDiffModel)
#include "tst_plan_diff_model.moc"

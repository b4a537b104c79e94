#include "tests/support/test_main.h"
#include "tests/ui/memory_fixture.h"
#include "ui/models/plan_list_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace helios;
using namespace helios::ui;

namespace {

PlanSummary summary(qint64 id, const QString &goal, int tasks, double hours)
{
    PlanSummary s;
    s.id = id;
    s.goal = goal;
    s.taskCount = tasks;
    s.totalHours = hours;
    return s;
}

} // namespace

class TestPlanListModel : public QObject
{
    Q_OBJECT

private:
    const QDate m_today{2026, 11, 27};

private Q_SLOTS:
    void shouldPassTheModelTesterWithStoredPlans()
    {
        // GIVEN three plans in a real store, one of them at risk
        test::MemoryFixture fixture;
        fixture.createPlan(QStringLiteral("Learn Python\nin three months"), m_today);
        fixture.createPlan(QStringLiteral("学习Python编程"), m_today, m_today.addDays(120), 6);
        const Plan risky = fixture.createPlan(QStringLiteral("Write my master's thesis"), m_today,
                                              m_today.addDays(7), 1);
        QVERIFY(risky.atRisk);

        // WHEN the model shows them (under the model tester), and they are loaded again
        PlanListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<PlanSummary> summaries = fixture.summaries();
        model.setPlans(summaries);
        model.setPlans(summaries);
        model.setPlans(summaries.mid(1));
        model.setPlans({});
        model.setPlans(summaries);

        // THEN every plan is a row with its goal on one line, its progress and its risk
        QCOMPARE(model.rowCount(), 3);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const PlanSummary &summary = summaries.at(row);
            QCOMPARE(index.data(PlanListModel::PlanIdRole).toLongLong(), summary.id);
            QCOMPARE(index.data(Qt::DisplayRole).toString(), summary.goal.simplified());
            QCOMPARE(index.data(PlanListModel::AtRiskRole).toBool(), summary.atRisk);
            QCOMPARE(index.data(PlanListModel::ProgressRole).toDouble(), 0.0);
            QCOMPARE(index.data(PlanListModel::TaskCountRole).toInt(), summary.taskCount);
            QVERIFY(summary.taskCount > 0);
        }
        const int riskyRow = model.rowOfPlan(risky.id);
        QVERIFY(riskyRow >= 0);
        QVERIFY(model.index(riskyRow)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("At risk: ")));
        QCOMPARE(model.planIdAt(riskyRow), risky.id);
        QCOMPARE(model.rowOfPlan(987654), -1);
        QCOMPARE(model.planIdAt(3), 0);
        QCOMPARE(model.planIdAt(-1), 0);
    }

    void shouldUpdateRowsInPlaceWhenTheSamePlansComeBack()
    {
        // GIVEN a model showing two plans
        PlanListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        PlanSummary a = summary(1, QStringLiteral("A"), 4, 8);
        PlanSummary b = summary(2, QStringLiteral("B"), 2, 4);
        model.setPlans({a, b});
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        // WHEN the same plans come back with progress
        a.doneHours = 2;
        a.doneCount = 1;
        model.setPlans({a, b});

        // THEN the rows change in place (no reset, so the selection survives)
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.index(0).data(PlanListModel::ProgressRole).toDouble(), 0.25);
        QCOMPARE(model.index(0).data(PlanListModel::DoneCountRole).toInt(), 1);

        // WHEN a new plan arrives THEN the model resets with it
        model.setPlans({summary(3, QStringLiteral("C"), 1, 1), a, b});
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowOfPlan(3), 0);
    }
};

HELIOS_TEST_GUI_MAIN(TestPlanListModel)
#include "tst_plan_list_model.moc"

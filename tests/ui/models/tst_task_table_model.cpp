#include "tests/support/test_main.h"
#include "tests/ui/memory_fixture.h"
#include "ui/models/date_input.h"
#include "ui/models/task_table_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace helios;
using namespace helios::ui;

class TestTaskTableModel : public QObject
{
    Q_OBJECT

private:
    const QDate m_today{2026, 11, 27};
    test::MemoryFixture *m_fixture = nullptr;
    Plan m_plan;

private Q_SLOTS:
    void initTestCase()
    {
        m_fixture = new test::MemoryFixture;
        m_plan = m_fixture->createPlan(QStringLiteral("Run a half marathon"), m_today,
                                       m_today.addDays(150), 4);
        QVERIFY(m_plan.tasks.size() >= 8);
    }

    void cleanupTestCase() { delete m_fixture; }

    void shouldPassTheModelTesterWithAStoredPlan()
    {
        TaskTableModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(m_plan);
        model.setPlan(m_plan); // a refresh of the same plan
        model.clear();
        model.setPlan(m_plan);
        QVERIFY(model.setData(model.index(0, TaskTableModel::StatusColumn),
                              static_cast<int>(TaskStatus::Done)));
        Task changed = m_plan.tasks.at(1);
        changed.status = TaskStatus::InProgress;
        QVERIFY(model.updateTask(changed));
        QCOMPARE(model.rowCount(), m_plan.tasks.size());
        QCOMPARE(model.columnCount(), int(TaskTableModel::ColumnCount));
    }

    void shouldShowEachColumnOfATask_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("header");
        QTest::newRow("title") << int(TaskTableModel::TitleColumn) << "Task";
        QTest::newRow("status") << int(TaskTableModel::StatusColumn) << "Status";
        QTest::newRow("estimate") << int(TaskTableModel::EstimateColumn) << "Estimate (h)";
        QTest::newRow("start") << int(TaskTableModel::StartColumn) << "Start";
        QTest::newRow("due") << int(TaskTableModel::DueColumn) << "Due";
        QTest::newRow("milestone") << int(TaskTableModel::MilestoneColumn) << "Milestone";
    }

    void shouldShowEachColumnOfATask()
    {
        QFETCH(int, column);
        QFETCH(QString, header);
        // GIVEN a stored plan in the model (test locale en_US)
        TaskTableModel model;
        model.setPlan(m_plan);
        const Task &task = m_plan.tasks.constFirst();
        // WHEN a cell of the first task is read
        const QString text = model.index(0, column).data().toString();
        // THEN it shows that field the way a person reads it
        QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), header);
        switch (column) {
        case TaskTableModel::TitleColumn:
            QCOMPARE(text, task.title);
            break;
        case TaskTableModel::StatusColumn:
            QCOMPARE(text, QStringLiteral("To do"));
            break;
        case TaskTableModel::EstimateColumn:
            QCOMPARE(QLocale().toDouble(text), task.estimateHours);
            break;
        case TaskTableModel::StartColumn:
            QCOMPARE(text, QLocale().toString(task.startDate, fourDigitYearFormat(QLocale())));
            QVERIFY2(text.contains(QString::number(task.startDate.year())), qPrintable(text));
            break;
        case TaskTableModel::DueColumn:
            QCOMPARE(text, QLocale().toString(task.dueDate, fourDigitYearFormat(QLocale())));
            QVERIFY2(text.contains(QString::number(task.dueDate.year())), qPrintable(text));
            break;
        case TaskTableModel::MilestoneColumn:
            QCOMPARE(text, task.milestone);
            break;
        }
        QCOMPARE(model.index(0, column).data(TaskTableModel::TaskIdRole).toLongLong(), task.id);
        QCOMPARE(bool(model.flags(model.index(0, column)) & Qt::ItemIsEditable),
                 column == TaskTableModel::StatusColumn);
    }

    void shouldAnnounceAStatusEditAndShowItAtOnce()
    {
        // GIVEN a plan in the model
        TaskTableModel model;
        model.setPlan(m_plan);
        QSignalSpy requests(&model, &TaskTableModel::statusChangeRequested);
        const QModelIndex status = model.index(2, TaskTableModel::StatusColumn);

        // WHEN the status cell is set to "done"
        QVERIFY(model.setData(status, static_cast<int>(TaskStatus::Done)));

        // THEN the change is requested for that task and shown
        QCOMPARE(requests.count(), 1);
        QCOMPARE(requests.at(0).at(0).toLongLong(), m_plan.tasks.at(2).id);
        QCOMPARE(toString(requests.at(0).at(1).value<TaskStatus>()), toString(TaskStatus::Done));
        QCOMPARE(status.data().toString(), QStringLiteral("Done"));
        QCOMPARE(status.data(Qt::EditRole).toInt(), static_cast<int>(TaskStatus::Done));

        // AND setting the same status again, a bad value or another column asks for nothing
        QVERIFY(model.setData(status, static_cast<int>(TaskStatus::Done)));
        QVERIFY(!model.setData(status, 42));
        QVERIFY(!model.setData(status, QStringLiteral("done?")));
        QVERIFY(!model.setData(model.index(2, TaskTableModel::TitleColumn), QStringLiteral("x")));
        QCOMPARE(requests.count(), 1);
    }

    void shouldReplaceATaskWithItsStoredVersion()
    {
        TaskTableModel model;
        model.setPlan(m_plan);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        Task stored = m_plan.tasks.at(3);
        stored.status = TaskStatus::Skipped;
        QVERIFY(model.updateTask(stored));
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.index(3, TaskTableModel::StatusColumn).data().toString(),
                 QStringLiteral("Skipped"));
        stored.id = 999999;
        QVERIFY(!model.updateTask(stored));
    }
};

HELIOS_TEST_GUI_MAIN(TestTaskTableModel)
#include "tst_task_table_model.moc"

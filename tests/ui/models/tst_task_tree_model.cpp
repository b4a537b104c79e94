#include "tests/support/test_main.h"
#include "ui/models/task_filter_model.h"
#include "ui/models/task_table_model.h"
#include "ui/models/task_tree_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace helios;
using namespace helios::ui;

namespace {

// Three milestones, interleaved on purpose: grouping follows the first mention, tasks keep
// their plan order inside a group.
Plan makePlan(const QDate &today)
{
    Plan plan;
    plan.id = 7;
    plan.goal = QStringLiteral("学习Python编程");
    const struct
    {
        const char *title;
        const char *milestone;
        TaskStatus status;
        int startOffset; // days from today
        int dueOffset;
        const char *notes;
    } rows[] = {
        {"安装 Python", "基础", TaskStatus::Done, -10, -9, ""},
        {"Read the TUTORIAL", "Basics", TaskStatus::Todo, -5, -2, "chapter 3 first"},
        {"变量与类型", "基础", TaskStatus::InProgress, -1, 1, "看完第二章"},
        {"Write a small game", "Project", TaskStatus::Todo, 20, 30, "<b>not bold</b>"},
        {"Review", "", TaskStatus::Skipped, -3, -1, ""},
        {"列表和字典", "基础", TaskStatus::Todo, 2, 3, ""},
    };
    int position = 0;
    for (const auto &row : rows) {
        Task task;
        task.id = 100 + position;
        task.planId = plan.id;
        task.order = position;
        task.title = QString::fromUtf8(row.title);
        task.milestone = QString::fromUtf8(row.milestone);
        task.status = row.status;
        task.startDate = today.addDays(row.startOffset);
        task.dueDate = today.addDays(row.dueOffset);
        task.notes = QString::fromUtf8(row.notes);
        task.estimateHours = 1 + position;
        if (position > 0)
            task.dependsOn = {position - 1};
        if (position == 5)
            task.dependsOn = {0, 2};
        plan.tasks.append(task);
        ++position;
    }
    return plan;
}

QStringList titlesShown(const QAbstractItemModel &model)
{
    QStringList titles;
    for (int group = 0; group < model.rowCount(); ++group) {
        const QModelIndex milestone = model.index(group, 0);
        for (int row = 0; row < model.rowCount(milestone); ++row)
            titles << model.index(row, 0, milestone).data().toString();
    }
    return titles;
}

} // namespace

class TestTaskTreeModel : public QObject
{
    Q_OBJECT

private:
    const QDate m_today{2026, 11, 25}; // a Wednesday

private Q_SLOTS:
    void shouldPassTheModelTesterThroughResetsAndEdits()
    {
        TaskTableModel table;
        TaskTreeModel tree(&table);
        TaskFilterModel filter;
        filter.setSourceModel(&tree);
        QAbstractItemModelTester treeTester(&tree,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const Plan plan = makePlan(m_today);
        table.setPlan(plan);
        table.setPlan(plan); // refresh: same rows
        QVERIFY(tree.setData(tree.index(0, TaskTreeModel::StatusColumn, tree.index(0, 0)),
                             static_cast<int>(TaskStatus::Todo)));
        filter.setSearchText(QStringLiteral("python"));
        filter.setStatusFilter(TaskStatus::Todo);
        filter.setStatusFilter(std::nullopt);
        filter.setOverdueOnly(true);
        filter.clearFilters();
        Plan moved = plan;
        moved.tasks[3].milestone = QStringLiteral("基础"); // the tree's shape changes
        table.setPlan(moved);
        table.clear();
        table.setPlan(plan);
        QCOMPARE(tree.rowCount(), 4);
    }

    void shouldGroupTasksByMilestoneInPlanOrder()
    {
        TaskTableModel table;
        TaskTreeModel tree(&table);
        table.setPlan(makePlan(m_today));

        QCOMPARE(tree.rowCount(), 4);
        QCOMPARE(tree.index(0, 0).data().toString(), QStringLiteral("基础"));
        QCOMPARE(tree.index(1, 0).data().toString(), QStringLiteral("Basics"));
        QCOMPARE(tree.index(2, 0).data().toString(), QStringLiteral("Project"));
        QCOMPARE(tree.index(3, 0).data().toString(), QStringLiteral("No milestone"));
        const QModelIndex basics = tree.index(0, 0);
        QCOMPARE(tree.rowCount(basics), 3);
        QCOMPARE(tree.index(1, 0, basics).data().toString(), QStringLiteral("变量与类型"));
        QCOMPARE(tree.index(2, 0, basics).data().toString(), QStringLiteral("列表和字典"));
        // Milestone rows sum their tasks and count the finished ones.
        QCOMPARE(tree.index(0, TaskTreeModel::StatusColumn).data().toString(),
                 QStringLiteral("1 of 3 done"));
        QCOMPARE(tree.index(0, TaskTreeModel::EstimateColumn).data().toString(),
                 QStringLiteral("10"));
        QVERIFY(tree.index(0, 0).data(TaskTreeModel::IsMilestoneRole).toBool());
        QVERIFY(tree.taskAt(tree.index(0, 0)) == nullptr);
        QCOMPARE(tree.index(2, 0, basics).data(TaskTreeModel::TaskRowRole).toInt(), 5);
        QCOMPARE(tree.index(2, 0, basics).data(TaskTreeModel::TaskIdRole).toLongLong(), 105);
    }

    void shouldShowPositionsAndDependencies()
    {
        TaskTableModel table;
        TaskTreeModel tree(&table);
        table.setPlan(makePlan(m_today));
        const QModelIndex lists = tree.indexOfTask(105);
        QVERIFY(lists.isValid());
        QCOMPARE(lists.data().toString(), QStringLiteral("列表和字典"));
        // Markup in a title or notes stays text in the tooltip.
        const QModelIndex tutorial = tree.indexOfTask(101);
        QVERIFY(tutorial.data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Read the TUTORIAL\n\nchapter 3 first")));
        QVERIFY(tree.indexOfTask(103)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("&lt;b&gt;not bold&lt;/b&gt;")));
        QCOMPARE(lists.siblingAtColumn(TaskTreeModel::NumberColumn).data().toInt(), 6);
        const QModelIndex dependencies = lists.siblingAtColumn(TaskTreeModel::DependenciesColumn);
        QCOMPARE(dependencies.data().toString(), QStringLiteral("1, 3"));
        QCOMPARE(dependencies.data(Qt::ToolTipRole).toString(),
                 QStringLiteral("<p style=\"white-space:pre-wrap\">1. 安装 Python\n3. "
                                "变量与类型</p>"));
        QCOMPARE(tree.headerData(TaskTreeModel::DependenciesColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Depends on"));
        QCOMPARE(tree.headerData(TaskTreeModel::TitleColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Task"));
        QVERIFY(!tree.indexOfTask(999).isValid());
    }

    void shouldEditTheStatusInPlaceThroughTheTable()
    {
        // GIVEN the tree over a plan
        TaskTableModel table;
        TaskTreeModel tree(&table);
        table.setPlan(makePlan(m_today));
        QSignalSpy requested(&table, &TaskTableModel::statusChangeRequested);
        QSignalSpy changed(&tree, &QAbstractItemModel::dataChanged);

        // WHEN the status of "变量与类型" is set to done in the tree
        const QModelIndex status =
            tree.indexOfTask(102).siblingAtColumn(TaskTreeModel::StatusColumn);
        QVERIFY(tree.flags(status) & Qt::ItemIsEditable);
        QVERIFY(!(tree.flags(tree.index(0, TaskTreeModel::StatusColumn)) & Qt::ItemIsEditable));
        QVERIFY(tree.setData(status, static_cast<int>(TaskStatus::Done)));

        // THEN the table announces it, the row and its milestone's count change
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.constFirst().at(0).toLongLong(), 102);
        QVERIFY(table.tasks().at(2).status == TaskStatus::Done);
        QCOMPARE(status.data().toString(), QStringLiteral("Done"));
        QCOMPARE(tree.index(0, TaskTreeModel::StatusColumn).data().toString(),
                 QStringLiteral("2 of 3 done"));
        QVERIFY(changed.count() >= 2);
        // A milestone cannot be edited.
        QVERIFY(!tree.setData(tree.index(0, TaskTreeModel::StatusColumn),
                              static_cast<int>(TaskStatus::Done)));
    }

    void shouldFilter_data()
    {
        QTest::addColumn<int>("status"); // -1: any
        QTest::addColumn<bool>("overdue");
        QTest::addColumn<bool>("thisWeek");
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("nothing") << -1 << false << false << QString()
                                 << QStringList{"安装 Python",        "变量与类型",
                                                "列表和字典",         "Read the TUTORIAL",
                                                "Write a small game", "Review"};
        QTest::newRow("status todo")
            << int(TaskStatus::Todo) << false << false << QString()
            << QStringList{"列表和字典", "Read the TUTORIAL", "Write a small game"};
        QTest::newRow("overdue: not finished, due before today")
            << -1 << true << false << QString() << QStringList{"Read the TUTORIAL"};
        // Monday 23 to Sunday 29 November 2026 (en_US starts the week on Sunday: 22 to 28).
        QTest::newRow("this week")
            << -1 << false << true << QString()
            << QStringList{"变量与类型", "列表和字典", "Read the TUTORIAL", "Review"};
        QTest::newRow("search is case-insensitive")
            << -1 << false << false << QStringLiteral("tutorial")
            << QStringList{"Read the TUTORIAL"};
        QTest::newRow("search finds notes") << -1 << false << false << QStringLiteral("CHAPTER")
                                            << QStringList{"Read the TUTORIAL"};
        QTest::newRow("search in Chinese, titles and notes")
            << -1 << false << false << QStringLiteral("第二章") << QStringList{"变量与类型"};
        QTest::newRow("search mixed script")
            << -1 << false << false << QStringLiteral("python") << QStringList{"安装 Python"};
        QTest::newRow("filters combine") << int(TaskStatus::Todo) << false << true
                                         << QStringLiteral("列表") << QStringList{"列表和字典"};
        QTest::newRow("no match") << -1 << false << false << QStringLiteral("nothing like this")
                                  << QStringList{};
    }

    void shouldFilter()
    {
        QFETCH(int, status);
        QFETCH(bool, overdue);
        QFETCH(bool, thisWeek);
        QFETCH(QString, search);
        QFETCH(QStringList, expected);

        // GIVEN the filter over the tree
        TaskTableModel table;
        TaskTreeModel tree(&table);
        TaskFilterModel filter;
        filter.setSourceModel(&tree);
        filter.setToday(m_today);
        table.setPlan(makePlan(m_today));
        QSignalSpy changed(&filter, &TaskFilterModel::filterChanged);

        // WHEN the filters are set
        if (status >= 0)
            filter.setStatusFilter(static_cast<TaskStatus>(status));
        filter.setOverdueOnly(overdue);
        filter.setThisWeekOnly(thisWeek);
        filter.setSearchText(search);

        // THEN exactly the expected tasks are shown, under their milestones
        QCOMPARE(titlesShown(filter), expected);
        QCOMPARE(filter.matchingTaskCount(), expected.size());
        QCOMPARE(filter.isFiltering(), status >= 0 || overdue || thisWeek || !search.isEmpty());
        QCOMPARE(changed.isEmpty(), !filter.isFiltering());
        for (int group = 0; group < filter.rowCount(); ++group)
            QVERIFY(filter.rowCount(filter.index(group, 0)) > 0);

        // AND clearing brings every task back
        filter.clearFilters();
        QCOMPARE(filter.matchingTaskCount(), 6);
    }

    void shouldDropATaskThatNoLongerMatchesAfterAnEdit()
    {
        TaskTableModel table;
        TaskTreeModel tree(&table);
        TaskFilterModel filter;
        filter.setSourceModel(&tree);
        table.setPlan(makePlan(m_today));
        filter.setStatusFilter(TaskStatus::Todo);
        QCOMPARE(filter.matchingTaskCount(), 3);

        const QModelIndex status = filter.mapFromSource(tree.indexOfTask(101))
                                       .siblingAtColumn(TaskTreeModel::StatusColumn);
        QVERIFY(status.isValid());
        QVERIFY(filter.setData(status, static_cast<int>(TaskStatus::Done)));

        QCOMPARE(filter.matchingTaskCount(), 2);
        QVERIFY(!titlesShown(filter).contains(QStringLiteral("Read the TUTORIAL")));
    }

    // Not a timing: the tree and filter are built in one pass, and one edit touches one group.
    void shouldHandleTwentyThousandTasks()
    {
        Plan plan;
        plan.id = 1;
        for (int i = 0; i < 20000; ++i) {
            Task task;
            task.id = i + 1;
            task.order = i;
            task.title = QStringLiteral("Task %1").arg(i);
            task.milestone = QStringLiteral("Milestone %1").arg(i / 100);
            task.dependsOn = {std::max(0, i - 1)};
            plan.tasks.append(task);
        }
        TaskTableModel table;
        TaskTreeModel tree(&table);
        TaskFilterModel filter;
        filter.setSourceModel(&tree);
        table.setPlan(plan);
        QCOMPARE(tree.rowCount(), 200);
        QCOMPARE(tree.rowCount(tree.index(199, 0)), 100);
        filter.setSearchText(QStringLiteral("task 1999"));
        QCOMPARE(filter.matchingTaskCount(), 11); // 1999, 19990..19999
        QCOMPARE(tree.indexOfTask(20000).data().toString(), QStringLiteral("Task 19999"));
    }
};

HELIOS_TEST_GUI_MAIN(TestTaskTreeModel)
#include "tst_task_tree_model.moc"

// TodayModel: the day's list as a tree of sections and tasks, checked by
// QAbstractItemModelTester; overdue rows say how late they are, not only in colour; ticking a
// task asks for it to be done.

#include "tests/support/test_main.h"
#include "ui/i18n/translations.h"
#include "ui/models/display_format.h"
#include "ui/models/today_model.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace helios;
using namespace helios::ui;

namespace {

const QDate kToday(2026, 12, 2);

PlannedTask open(qint64 id, qint64 planId, const QString &title, int startIn, int dueIn)
{
    PlannedTask planned;
    planned.task.id = id;
    planned.task.planId = planId;
    planned.task.title = title;
    planned.task.startDate = kToday.addDays(startIn);
    planned.task.dueDate = kToday.addDays(dueIn);
    planned.task.estimateHours = 2.0;
    planned.planGoal = QStringLiteral("Plan %1").arg(planId);
    planned.planHoursPerWeek = 7.0;
    return planned;
}

Agenda sampleDay()
{
    return buildAgenda({open(1, 10, QStringLiteral("Late one"), -5, -3),
                        open(2, 10, QStringLiteral("Under way"), -1, 1),
                        open(3, 11, QStringLiteral("Due today"), 0, 0),
                        open(4, 11, QStringLiteral("Starts soon"), 2, 4)},
                       kToday);
}

} // namespace

class TestTodayModel : public QObject
{
    Q_OBJECT

private:
    // English as the person reads it: "1 task", "2 tasks".
    AppTranslations m_translations;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_translations.use(Language::English,
                                   QLocale(QLocale::English, QLocale::UnitedStates)));
    }

    void shouldListSectionsWithTheirTasks()
    {
        // GIVEN a model under the tester
        TodayModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // WHEN a day with an overdue task, two under way and one to come is set
        model.setAgenda(sampleDay());
        // THEN there are three sections in order, each with its count and tasks
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Overdue (1)"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Today (2)"));
        QCOMPARE(model.index(2, 0).data().toString(), QStringLiteral("Next up (1)"));
        const QModelIndex today = model.index(1, 0);
        QCOMPARE(model.rowCount(today), 2);
        QCOMPARE(model.index(0, TodayModel::TitleColumn, today).data().toString(),
                 QStringLiteral("Due today"));
        QCOMPARE(model.index(0, TodayModel::WhenColumn, today).data().toString(),
                 QStringLiteral("due today"));
        QCOMPARE(model.index(0, TodayModel::PlanColumn, today).data().toString(),
                 QStringLiteral("Plan 11"));
        QCOMPARE(model.indexOfTask(4), model.index(0, 0, model.index(2, 0)));
        QCOMPARE(model.rowOfSection(AgendaItem::Section::NextUp), 2);
        // AND a day with nothing overdue has no Overdue section
        model.setAgenda(buildAgenda({open(2, 10, QStringLiteral("Under way"), -1, 1)}, kToday));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOfSection(AgendaItem::Section::Overdue), -1);
    }

    void shouldSayInWordsHowLateAnOverdueTaskIs()
    {
        // GIVEN a day with a task three days late
        TodayModel model;
        model.setAgenda(sampleDay());
        const QModelIndex late = model.indexOfTask(1);
        // THEN its row says so in text, is marked overdue, and is coloured
        QCOMPARE(late.siblingAtColumn(TodayModel::WhenColumn).data().toString(),
                 QStringLiteral("3 days late"));
        QVERIFY(late.data(TodayModel::OverdueRole).toBool());
        QVERIFY(late.siblingAtColumn(TodayModel::WhenColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.indexOfTask(3).data(TodayModel::OverdueRole).toBool());
    }

    void shouldAskForATickedTaskToBeDone()
    {
        // GIVEN a day shown
        TodayModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAgenda(sampleDay());
        QSignalSpy done(&model, &TodayModel::doneRequested);
        const QModelIndex task = model.indexOfTask(2);
        QVERIFY(model.flags(task) & Qt::ItemIsUserCheckable);
        QCOMPARE(task.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        // WHEN its box is ticked, and a section's is tried
        QVERIFY(model.setData(task, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(!model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
        // THEN the task is asked for, once, and nothing else
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.at(0).at(0).toLongLong(), 2);
    }

    void shouldRefreshTheSameRowsWithoutAReset()
    {
        // GIVEN a day shown
        TodayModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAgenda(sampleDay());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        // WHEN the same day comes back as it is shown THEN nothing is said to have changed (a
        // signal over thousands of rows made the view repaint for nothing)
        model.setAgenda(sampleDay());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 0);

        // WHEN the same tasks come back, one renamed
        Agenda again = sampleDay();
        again.today[0].task.title = QStringLiteral("Due today, renamed");
        model.setAgenda(again);
        // THEN the rows stay (no reset), and only that row is said to have changed
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        const QModelIndex renamed = model.indexOfTask(3);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), renamed);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), renamed.row());
        QCOMPARE(renamed.data().toString(), QStringLiteral("Due today, renamed"));

        // WHEN the hours of the day change THEN the section rows say so too
        Agenda longer = again;
        longer.today[1].hoursToday += 1.0;
        longer.plannedHours += 1.0;
        changed.clear();
        model.setAgenda(longer);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1 + model.rowCount()); // the task's row and each section's
        QCOMPARE(model.index(1, TodayModel::HoursColumn).data().toString(),
                 formatHours(longer.plannedHours));

        // WHEN a task has left the day THEN the list is laid out again
        Agenda fewer = sampleDay();
        fewer.today.removeFirst();
        model.setAgenda(fewer);
        QCOMPARE(reset.size(), 1);
        QVERIFY(!model.indexOfTask(3).isValid());
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Today (1)"));
    }

    void shouldTakeADoneTaskOffAsOneRow()
    {
        // GIVEN a day shown, two tasks today
        TodayModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAgenda(sampleDay());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        // WHEN one of today's leaves THEN it goes as one row, and the section says one
        Agenda after = sampleDay();
        after.today.removeFirst(); // "Due today", task 3
        QVERIFY(model.removeTask(3, after));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(reset.size(), 0);
        QVERIFY(!model.indexOfTask(3).isValid());
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Today (1)"));

        // WHEN an unknown task would go THEN nothing changes
        QVERIFY(!model.removeTask(99, after));
        QCOMPARE(removed.size(), 1);
    }

    void shouldTakeTheLastTaskOfASectionOffWithItsHeader()
    {
        // GIVEN a day shown: one overdue task, two today, one next up; a task of the sections
        // after the first held as the view holds its current row
        TodayModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setAgenda(sampleDay());
        QCOMPARE(model.rowCount(), 3);
        const QPersistentModelIndex underWay(model.indexOfTask(2));
        const QPersistentModelIndex startsSoon(model.indexOfTask(4));
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        // WHEN the only overdue task leaves
        Agenda after = sampleDay();
        after.overdue.clear();
        QVERIFY(model.removeTask(1, after));

        // THEN its section goes as one removed top-level row, header and all, with no reset
        QCOMPARE(reset.size(), 0);
        QCOMPARE(removed.size(), 1);
        QVERIFY(!removed.at(0).at(0).value<QModelIndex>().isValid());
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(removed.at(0).at(2).toInt(), 0);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Today (2)"));
        QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("Next up (1)"));
        QCOMPARE(model.rowOfSection(AgendaItem::Section::Overdue), -1);
        QVERIFY(!model.indexOfTask(1).isValid());
        // AND the tasks after it are still where their indexes say, under their own sections
        QVERIFY(underWay.isValid());
        QCOMPARE(underWay.data().toString(), QStringLiteral("Under way"));
        QCOMPARE(underWay.parent(), model.index(0, 0));
        QCOMPARE(startsSoon.data().toString(), QStringLiteral("Starts soon"));
        QCOMPARE(startsSoon.parent(), model.index(1, 0));

        // WHEN the last section's only task leaves THEN that section goes too
        Agenda last = after;
        last.nextUp.clear();
        QVERIFY(model.removeTask(4, last));
        QCOMPARE(removed.size(), 2);
        QCOMPARE(removed.at(1).at(1).toInt(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.indexOfTask(3).parent(), model.index(0, 0));
    }
};

HELIOS_TEST_GUI_MAIN(TestTodayModel)
#include "tst_today_model.moc"

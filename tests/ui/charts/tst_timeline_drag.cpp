// Dragging a task's bar in the timeline, on the real widget with QTest's mouse: whole days,
// never before today, Escape cancels, and done tasks and the goal's event say why they stay.
// The move itself (saved, undone) is tests/ui/main_window/tst_plan_editing.cpp.

#include "tests/support/test_main.h"
#include "ui/charts/timeline_view.h"
#include "ui/models/display_format.h"

#include <QPromise>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace helios;
using namespace helios::ui;

class TestTimelineDrag : public QObject
{
    Q_OBJECT

private:
    const QDate m_origin{2026, 12, 1};

    // Today is day 3; row 0 is a task on days 5..7, row 1 a done one, row 2 the event.
    TimelineLayout layout() const
    {
        TimelineLayout l;
        l.origin = m_origin;
        l.dayCount = 40;
        l.todayDay = 3;
        TimelineRow open;
        open.taskPosition = 0;
        open.taskId = 11;
        open.label = QStringLiteral("Read chapter 4");
        open.startDay = 5;
        open.endDay = 8;
        TimelineRow done = open;
        done.taskPosition = 1;
        done.taskId = 12;
        done.label = QStringLiteral("Set up Python");
        done.status = TaskStatus::Done;
        TimelineRow event = open;
        event.taskPosition = 2;
        event.taskId = 13;
        event.label = QStringLiteral("Exam");
        event.event = true;
        l.rows = {open, done, event};
        l.rowOfTask = {0, 1, 2};
        return l;
    }

    struct View
    {
        TimelineView view;
        explicit View(const TimelineLayout &layout)
        {
            view.resize(900, 300);
            view.setDayWidth(20);
            view.setTimeline(layout);
            view.setEditable(true);
            view.show();
        }
        QPoint barCentre(int row) const { return view.barRect(row).center(); }
    };

private Q_SLOTS:
    void shouldMoveTheTaskByWholeDays()
    {
        // GIVEN a task's bar, 20 pixels a day
        View v(layout());
        QVERIFY(QTest::qWaitForWindowExposed(&v.view));
        QSignalSpy moved(&v.view, &TimelineView::taskMoveRequested);
        const QPoint from = v.barCentre(0);
        QVERIFY(!from.isNull());

        // WHEN it is pressed and dragged 3 days and a bit (68 px) to the right
        QWidget *vp = v.view.viewport();
        QTest::mousePress(vp, Qt::LeftButton, {}, from);
        QCOMPARE(v.view.dragRow(), 0);
        QTest::mouseMove(vp, from + QPoint(68, 0));
        // THEN it snaps to 3 days and says the new dates while dragging
        QCOMPARE(v.view.dragDays(), 3);
        QCOMPARE(v.view.dragText(),
                 QStringLiteral("Move to %1 – %2")
                     .arg(formatDate(QDate(2026, 12, 9)), formatDate(QDate(2026, 12, 11))));
        QVERIFY(moved.isEmpty());

        // WHEN released THEN the move is asked for, from the day 3 days later
        QTest::mouseRelease(vp, Qt::LeftButton, {}, from + QPoint(68, 0));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.at(0).at(0).value<qint64>(), qint64(11));
        QCOMPARE(moved.at(0).at(1).toDate(), m_origin.addDays(5 + 3));
        QCOMPARE(v.view.dragRow(), -1);
    }

    void shouldShowWhereItLandsOnceWorkedOut()
    {
        // GIVEN a task's bar and a landing function whose answers the test gives: the plan
        // would start the task a day later than asked
        View v(layout());
        QVERIFY(QTest::qWaitForWindowExposed(&v.view));
        QList<std::pair<QDate, std::shared_ptr<QPromise<TimelineView::Landing>>>> questions;
        v.view.setLandingFunction([&](qint64 taskId, const QDate &start) {
            [&] { QCOMPARE(taskId, 11); }();
            auto promise = std::make_shared<QPromise<TimelineView::Landing>>();
            promise->start();
            questions.append({start, promise});
            return promise->future();
        });
        const auto answer = [&](int i) {
            const QDate asked = questions.at(i).first;
            questions.at(i).second->addResult(
                TimelineView::Landing{asked.addDays(1), asked.addDays(3), QString()});
            questions.at(i).second->finish();
        };
        QWidget *vp = v.view.viewport();
        const QPoint from = v.barCentre(0);
        const int left = v.view.barRect(0).left();
        QTest::mousePress(vp, Qt::LeftButton, {}, from);

        // WHEN it is dragged 2 days, then on to 3 and 4 before the answer comes
        QTest::mouseMove(vp, from + QPoint(40, 0));
        QTest::mouseMove(vp, from + QPoint(41, 0));
        // THEN one question, and until its answer the bar follows the pointer and says so
        QCOMPARE(questions.size(), 1);
        QCOMPARE(questions.at(0).first, m_origin.addDays(7));
        QVERIFY(v.view.isWorkingOutLanding());
        QCOMPARE(v.view.dragText(), QStringLiteral("Working out where it lands…"));
        QCOMPARE(v.view.barRect(0).left(), left + 40);
        QTest::mouseMove(vp, from + QPoint(60, 0));
        QTest::mouseMove(vp, from + QPoint(80, 0));
        QCOMPARE(questions.size(), 1); // one at a time

        // WHEN the answer for 2 days comes THEN the day the bar is over now (4 days) is asked
        answer(0);
        QTRY_COMPARE(questions.size(), 2);
        QCOMPARE(questions.at(1).first, m_origin.addDays(9));
        QVERIFY(v.view.isWorkingOutLanding());

        // WHEN that answer comes THEN the bar is drawn where the plan puts it, a day later
        const int rawLeft = v.view.barRect(0).left();
        QCOMPARE(rawLeft, left + 80);
        answer(1);
        QTRY_VERIFY(!v.view.isWorkingOutLanding());
        QCOMPARE(v.view.dragLanding().start, m_origin.addDays(10));
        QCOMPARE(v.view.barRect(0).left(), rawLeft + 20);
        QVERIFY2(v.view.dragText().startsWith(QStringLiteral("Lands on ")),
                 qPrintable(v.view.dragText()));

        // WHEN it goes back to 2 days THEN the first answer is used, nothing asked again
        QTest::mouseMove(vp, from + QPoint(40, 0));
        QCOMPARE(questions.size(), 2);
        QCOMPARE(v.view.dragLanding().start, m_origin.addDays(8));

        // WHEN it goes to 5 days and the drag is cancelled before the answer THEN the late
        // answer changes nothing
        QTest::mouseMove(vp, from + QPoint(100, 0));
        QCOMPARE(questions.size(), 3);
        QTest::keyClick(&v.view, Qt::Key_Escape);
        QCOMPARE(v.view.dragRow(), -1);
        answer(2);
        QTest::qWait(20);
        QCOMPARE(v.view.dragRow(), -1);
        QVERIFY(!v.view.dragLanding().isValid());
    }

    void shouldNotMoveBeforeToday()
    {
        // GIVEN a task starting two days after today
        View v(layout());
        QVERIFY(QTest::qWaitForWindowExposed(&v.view));
        QSignalSpy moved(&v.view, &TimelineView::taskMoveRequested);
        const QPoint from = v.barCentre(0);
        QWidget *vp = v.view.viewport();

        // WHEN dragged 5 days to the left THEN it stops at today
        QTest::mousePress(vp, Qt::LeftButton, {}, from);
        QTest::mouseMove(vp, from - QPoint(100, 0));
        QCOMPARE(v.view.dragDays(), -2);
        QTest::mouseRelease(vp, Qt::LeftButton, {}, from - QPoint(100, 0));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.at(0).at(1).toDate(), m_origin.addDays(3));
    }

    void shouldCancelOnEscape()
    {
        // GIVEN a bar being dragged
        View v(layout());
        QVERIFY(QTest::qWaitForWindowExposed(&v.view));
        QSignalSpy moved(&v.view, &TimelineView::taskMoveRequested);
        const QPoint from = v.barCentre(0);
        QWidget *vp = v.view.viewport();
        QTest::mousePress(vp, Qt::LeftButton, {}, from);
        QTest::mouseMove(vp, from + QPoint(60, 0));
        QCOMPARE(v.view.dragDays(), 3);

        // WHEN Escape is pressed, then the mouse released
        QTest::keyClick(&v.view, Qt::Key_Escape);
        QCOMPARE(v.view.dragRow(), -1);
        QTest::mouseRelease(vp, Qt::LeftButton, {}, from + QPoint(60, 0));

        // THEN nothing moves and the bar is back where it was
        QVERIFY(moved.isEmpty());
        QCOMPARE(v.view.barRect(0).center(), from);
    }

    void shouldSayWhyDoneTasksAndTheEventStay()
    {
        View v(layout());
        QVERIFY(QTest::qWaitForWindowExposed(&v.view));
        QSignalSpy moved(&v.view, &TimelineView::taskMoveRequested);
        QSignalSpy refused(&v.view, &TimelineView::dragRefused);
        QWidget *vp = v.view.viewport();

        for (int row : {1, 2}) {
            const QPoint from = v.barCentre(row);
            QTest::mousePress(vp, Qt::LeftButton, {}, from);
            QCOMPARE(v.view.dragRow(), -1);
            QTest::mouseMove(vp, from + QPoint(60, 0));
            QTest::mouseRelease(vp, Qt::LeftButton, {}, from + QPoint(60, 0));
        }
        QVERIFY(moved.isEmpty());
        QCOMPARE(refused.size(), 2);
        QVERIFY(refused.at(0).at(0).toString().contains(QStringLiteral("is finished")));
        QVERIFY(refused.at(1).at(0).toString().contains(QStringLiteral("goal's event")));
    }

    void shouldNotDragWhileNotEditable()
    {
        View v(layout());
        v.view.setEditable(false);
        QVERIFY(QTest::qWaitForWindowExposed(&v.view));
        QTest::mousePress(v.view.viewport(), Qt::LeftButton, {}, v.barCentre(0));
        QCOMPARE(v.view.dragRow(), -1);
        QTest::mouseRelease(v.view.viewport(), Qt::LeftButton, {}, v.barCentre(0));
    }
};

HELIOS_TEST_GUI_MAIN(TestTimelineDrag)
#include "tst_timeline_drag.moc"

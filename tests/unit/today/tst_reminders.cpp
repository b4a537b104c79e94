// Reminders: when they fall (remindersBetween, nextReminderAfter) and what they say.

#include "core/today/reminders.h"
#include "tests/support/test_main.h"

#include <QTest>

using namespace helios;

namespace {

const QDate kToday(2026, 12, 2);

AgendaItem item(qint64 id, QDate due, double hours, AgendaItem::Section section)
{
    AgendaItem i;
    i.section = section;
    i.task.id = id;
    i.task.planId = 10 + id;
    i.task.title = QStringLiteral("Task %1").arg(id);
    i.task.startDate = kToday;
    i.task.dueDate = due;
    i.task.estimateHours = hours;
    i.planGoal = QStringLiteral("Goal %1").arg(id);
    i.hoursToday = hours;
    return i;
}

Agenda dayWith(int dueToday, int later, int overdue)
{
    Agenda agenda;
    agenda.date = kToday;
    for (int i = 0; i < dueToday; ++i)
        agenda.today << item(i + 1, kToday, 0.5, AgendaItem::Section::Today);
    for (int i = 0; i < later; ++i)
        agenda.today << item(100 + i, kToday.addDays(2), 1.0, AgendaItem::Section::Today);
    for (int i = 0; i < overdue; ++i)
        agenda.overdue << item(200 + i, kToday.addDays(-1), 1.0, AgendaItem::Section::Overdue);
    for (const AgendaItem &i : std::as_const(agenda.today))
        agenda.plannedHours += i.hoursToday;
    agenda.availableHours = 3;
    return agenda;
}

QDateTime at(int dayOffset, int hour, int minute = 0)
{
    return QDateTime(kToday.addDays(dayOffset), QTime(hour, minute));
}

} // namespace

class TestReminders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldListTheRemindersOfATimeSpanInOrder()
    {
        // GIVEN a summary at 8:30 and due reminders at 17:00
        const ReminderOptions options;

        // WHEN the reminders from yesterday 12:00 to today 9:00 are listed
        const QList<ReminderEvent> events = remindersBetween(at(-1, 12), at(0, 9), options);

        // THEN yesterday's due reminder and today's summary fall in it, in that order
        QCOMPARE(events.size(), 2);
        QVERIFY(events[0].kind == ReminderEvent::Kind::TasksDue);
        QCOMPARE(events[0].at, at(-1, 17));
        QVERIFY(events[1].kind == ReminderEvent::Kind::DailySummary);
        QCOMPARE(events[1].at, at(0, 8, 30));
        // AND the span is half open: a reminder exactly at its start is not in it, one at its
        // end is
        QCOMPARE(remindersBetween(at(0, 8, 30), at(0, 17), options).size(), 1);
        QVERIFY(remindersBetween(at(0, 9), at(0, 9), options).isEmpty());
    }

    void shouldLeaveOutRemindersThatAreOff()
    {
        // GIVEN only the daily summary on
        ReminderOptions options;
        options.dueReminders = false;

        // WHEN three days are listed
        const QList<ReminderEvent> events = remindersBetween(at(0, 0), at(3, 0), options);

        // THEN there are three summaries and nothing else
        QCOMPARE(events.size(), 3);
        for (const ReminderEvent &e : events)
            QVERIFY(e.kind == ReminderEvent::Kind::DailySummary);
        // AND with both off there is no next reminder
        options.dailySummary = false;
        QVERIFY(nextReminderAfter(at(0, 0), options).isNull());
    }

    void shouldFindTheNextReminder()
    {
        const ReminderOptions options;
        QCOMPARE(nextReminderAfter(at(0, 7), options), at(0, 8, 30));
        QCOMPARE(nextReminderAfter(at(0, 8, 30), options), at(0, 17));
        QCOMPARE(nextReminderAfter(at(0, 18), options), at(1, 8, 30));
    }

    void shouldLookAtMostAYearBackWhenTheClockJumped()
    {
        // GIVEN a last check ten years ago
        // WHEN the reminders since are listed
        const QList<ReminderEvent> events =
            remindersBetween(at(-3650, 12), at(0, 12), ReminderOptions{});
        // THEN only about the last 400 days are (two a day), so the count stays bounded
        QVERIFY(events.size() <= qsizetype(2) * 401);
        QVERIFY(events.size() >= qsizetype(2) * 399);
    }

    void shouldSumUpTheDayInTheSummary()
    {
        // GIVEN two tasks due today (0.5 h each), four due later (1 h each), one overdue
        const Agenda agenda = dayWith(2, 4, 1);

        // WHEN the daily summary is written
        const ReminderMessage message = dailySummaryMessage(agenda);

        // THEN its title counts the tasks and hours; the body the overdue, the hours the person
        // has and the first three tasks with their plans
        QVERIFY(message.kind == ReminderMessage::Kind::DailySummary);
        QCOMPARE(message.title, QStringLiteral("6 tasks today, 5 h"));
        QVERIFY2(message.body.contains(QStringLiteral("1 task overdue.")),
                 qPrintable(message.body));
        QVERIFY(message.body.contains(QStringLiteral("You have 3 h today.")));
        QVERIFY(message.body.contains(QStringLiteral("• Task 1 (Goal 1)")));
        QVERIFY(message.body.contains(QStringLiteral("and 3 more")));
        QCOMPARE(message.taskId, 0);
        // AND an empty day says so
        QCOMPARE(dailySummaryMessage(dayWith(0, 0, 0)).title,
                 QStringLiteral("Nothing planned today"));
    }

    void shouldRemindOfEachTaskDueTodayWithItsIds()
    {
        // GIVEN two tasks due today and one due later
        const Agenda agenda = dayWith(2, 1, 0);

        // WHEN the due reminders are written
        const QList<ReminderMessage> messages = dueMessages(agenda);

        // THEN there is one per task due today, carrying its task and plan for the actions
        QCOMPARE(messages.size(), 2);
        QVERIFY(messages[0].kind == ReminderMessage::Kind::TaskDue);
        QCOMPARE(messages[0].title, QStringLiteral("Due today: Task 1"));
        QCOMPARE(messages[0].body, QStringLiteral("Goal 1 · 0.5 h left"));
        QCOMPARE(messages[0].taskId, 1);
        QCOMPARE(messages[0].planId, 11);
        QCOMPARE(messages[1].taskId, 2);
        // AND nothing due means no reminder
        QVERIFY(dueMessages(dayWith(0, 3, 2)).isEmpty());
    }

    void shouldGroupManyDueTasksInOneReminder()
    {
        // GIVEN five tasks due today
        const QList<ReminderMessage> messages = dueMessages(dayWith(5, 0, 0), 3);
        // THEN one reminder names the first three and counts the rest
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages[0].kind == ReminderMessage::Kind::TasksDue);
        QCOMPARE(messages[0].title, QStringLiteral("5 tasks due today"));
        QVERIFY(messages[0].body.contains(QStringLiteral("and 2 more")));
        QCOMPARE(messages[0].taskId, 0);
    }

    void shouldSummariseMissedRemindersOnce()
    {
        // GIVEN six reminders missed over three days, and today's list
        const QList<ReminderEvent> missed = remindersBetween(at(-3, 12), at(0, 9), {});
        QCOMPARE(missed.size(), 6);

        // WHEN they are summed up
        const ReminderMessage message = missedMessage(missed, dayWith(1, 1, 2));

        // THEN one message counts the tasks that fell due meanwhile (two overdue since yesterday,
        // one due today; not the one due in two days, nor the six reminders) and tells how the
        // day looks now
        QVERIFY(message.kind == ReminderMessage::Kind::Missed);
        QCOMPARE(message.title, QStringLiteral("3 tasks fell due while Helios was closed"));
        QVERIFY2(message.body.contains(QStringLiteral("Now: 2 tasks today, 1.5 h.")),
                 qPrintable(message.body));
        QVERIFY(message.body.contains(QStringLiteral("2 tasks overdue.")));
    }

    void shouldCountOnlyTheTasksThatFellDueWhileClosed()
    {
        // GIVEN Helios closed from yesterday evening to this morning, and a task overdue for a
        // week (it fell due before Helios was closed)
        const QList<ReminderEvent> missed = remindersBetween(at(-1, 18), at(0, 9), {});
        QCOMPARE(missed.size(), 1); // this morning's summary
        Agenda day = dayWith(0, 1, 0);
        day.overdue << item(300, kToday.addDays(-7), 1.0, AgendaItem::Section::Overdue);
        // WHEN they are summed up
        const ReminderMessage message = missedMessage(missed, day);
        // THEN nothing fell due meanwhile, and the message says so rather than counting reminders
        QCOMPARE(message.title, QStringLiteral("Nothing fell due while Helios was closed"));
        QVERIFY(message.body.contains(QStringLiteral("1 task overdue.")));
    }

    void shouldWriteTheMessagesOfTheRemindersThatFall()
    {
        // GIVEN a summary and a due reminder falling together on a day with one task due
        const QList<ReminderEvent> events{{ReminderEvent::Kind::DailySummary, at(0, 9)},
                                          {ReminderEvent::Kind::TasksDue, at(0, 9)}};
        // WHEN their messages are written
        const QList<ReminderMessage> messages = messagesFor(events, dayWith(1, 0, 0));
        // THEN the summary comes first, then the task's reminder
        QCOMPARE(messages.size(), 2);
        QVERIFY(messages[0].kind == ReminderMessage::Kind::DailySummary);
        QVERIFY(messages[1].kind == ReminderMessage::Kind::TaskDue);
    }
    void shouldStartFromNowOnTheFirstStart()
    {
        // GIVEN reminders never handled before
        // WHEN the first round runs late in the day
        const ReminderRound round = reminderRound(QDateTime(), at(0, 18), {});
        // THEN nothing is shown, and the next round starts from now
        QVERIFY(round.due.isEmpty());
        QVERIFY(round.missed.isEmpty());
        QCOMPARE(round.handledUpTo, at(0, 18));
    }

    void shouldShowTheNextDaysSummaryWhenTheDayChanges()
    {
        // GIVEN the reminders handled yesterday evening, after the due reminder at 17:00
        const QDateTime handled = at(-1, 22);
        // WHEN the clock passes midnight, then the summary time, with Helios running
        const ReminderRound atMidnight = reminderRound(handled, at(0, 0, 1), {});
        const ReminderRound atSummary = reminderRound(atMidnight.handledUpTo, at(0, 8, 30), {});
        // THEN nothing falls at midnight, and today's summary falls at its time, as itself
        QVERIFY(atMidnight.due.isEmpty() && atMidnight.missed.isEmpty());
        QCOMPARE(atSummary.due.size(), 1);
        QVERIFY(atSummary.due[0].kind == ReminderEvent::Kind::DailySummary);
        QCOMPARE(atSummary.due[0].at, at(0, 8, 30));
        QVERIFY(atSummary.missed.isEmpty());
    }

    void shouldSummariseThreeDaysMissedInOneMessage()
    {
        // GIVEN Helios closed three days ago at noon, started again today at 9:00
        const ReminderRound round = reminderRound(at(-3, 12), at(0, 9), {});
        // THEN the six reminders in between are missed (today's 8:30 summary is past the grace)
        QCOMPARE(round.missed.size(), 6);
        QVERIFY(round.due.isEmpty());
        // AND they come as one message, not six
        const QList<ReminderMessage> messages = roundMessages(round, dayWith(1, 0, 2));
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages[0].kind == ReminderMessage::Kind::Missed);
        QCOMPARE(messages[0].title, QStringLiteral("3 tasks fell due while Helios was closed"));
    }

    void shouldShowAReminderAsItselfWithinTheGrace()
    {
        // GIVEN Helios closed yesterday evening and started today five minutes after the summary
        const ReminderRound round = reminderRound(at(-1, 20), at(0, 8, 35), {});
        // THEN the summary is shown as itself, nothing is missed
        QCOMPARE(round.due.size(), 1);
        QVERIFY(round.missed.isEmpty());
        const QList<ReminderMessage> messages = roundMessages(round, dayWith(1, 0, 0));
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages[0].kind == ReminderMessage::Kind::DailySummary);
    }

    void shouldShowNothingTwiceAfterARestart()
    {
        // GIVEN a round at 17:01 that showed the due reminder, and its handledUpTo persisted
        const ReminderRound first = reminderRound(at(0, 16), at(0, 17, 1), {});
        QCOMPARE(first.due.size(), 1);
        // WHEN Helios restarts at 17:05 and again at 17:06
        const ReminderRound second = reminderRound(first.handledUpTo, at(0, 17, 5), {});
        const ReminderRound third = reminderRound(second.handledUpTo, at(0, 17, 6), {});
        // THEN neither shows anything
        QVERIFY(second.due.isEmpty() && second.missed.isEmpty());
        QVERIFY(third.due.isEmpty() && third.missed.isEmpty());
        QVERIFY(roundMessages(third, dayWith(1, 0, 0)).isEmpty());
    }

    void shouldShowNothingTwiceWhenTheClockGoesBack()
    {
        // GIVEN reminders handled up to 17:30, then the clock set back to 16:00
        const ReminderRound back = reminderRound(at(0, 17, 30), at(0, 16), {});
        // THEN nothing, and the mark stays at 17:30
        QVERIFY(back.due.isEmpty() && back.missed.isEmpty());
        QCOMPARE(back.handledUpTo, at(0, 17, 30));
        // AND when the clock passes 17:00 again, the due reminder is not shown a second time
        const ReminderRound again = reminderRound(back.handledUpTo, at(0, 17, 31), {});
        QVERIFY(again.due.isEmpty());
    }

    void shouldMissNothingWhenRemindersAreOff()
    {
        // GIVEN every reminder off and three days closed
        ReminderOptions off;
        off.dailySummary = false;
        off.dueReminders = false;
        // WHEN Helios starts
        const ReminderRound round = reminderRound(at(-3, 12), at(0, 9), off);
        // THEN there is nothing to summarise
        QVERIFY(round.missed.isEmpty() && round.due.isEmpty());
        QVERIFY(roundMessages(round, dayWith(1, 0, 0)).isEmpty());
    }
};

HELIOS_TEST_MAIN(TestReminders)
#include "tst_reminders.moc"

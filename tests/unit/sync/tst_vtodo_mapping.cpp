// What a task becomes on a CalDAV server and back (core/sync/vtodo_mapping), and the three-way
// merge of its fields (core/sync/task_fields): Helios's fields round-trip, and what another
// client wrote stays byte for byte.

#include "core/domain/plain_text.h"
#include "core/io/ics_document.h"
#include "core/sync/task_fields.h"
#include "core/sync/vtodo_mapping.h"
#include "tests/support/test_main.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace helios;
using namespace helios::sync;

namespace {

const QDateTime kNow(QDate(2026, 12, 4), QTime(10, 0), QTimeZone::utc());

TaskFields someFields()
{
    TaskFields f;
    f.title = QStringLiteral("Read chapter 3; take notes, then rest\\done");
    f.notes = QStringLiteral("Two lines:\nsecond, with a comma");
    f.status = TaskStatus::InProgress;
    f.start = QDate(2026, 12, 7);
    f.due = QDate(2026, 12, 9);
    f.milestone = QStringLiteral("Foundations, part 1");
    f.estimateHours = 2.5;
    f.actualHours = 0.75;
    f.dependsOn = {QStringLiteral("helios-a"), QStringLiteral("helios-b")};
    return f;
}

// A VTODO as a phone's client writes it: folded lines, a VALARM, an RRULE, a VTIMEZONE, X-
// properties, a property Helios has never heard of, parameters in its own order, a PARENT
// relation and a second CATEGORIES line. LF line ends on purpose (some servers store them).
const QByteArray kForeign =
    "BEGIN:VCALENDAR\r\n"
    "VERSION:2.0\r\n"
    "PRODID:-//Ximian//NONSGML Evolution Calendar//EN\r\n"
    "X-WR-CALNAME:Phone\r\n"
    "BEGIN:VTIMEZONE\r\n"
    "TZID:Europe/Berlin\r\n"
    "BEGIN:STANDARD\r\n"
    "DTSTART:19701025T030000\r\n"
    "TZOFFSETFROM:+0200\r\n"
    "TZOFFSETTO:+0100\r\n"
    "END:STANDARD\r\n"
    "END:VTIMEZONE\r\n"
    "BEGIN:VTODO\r\n"
    "UID:phone-42@example.org\r\n"
    "DTSTAMP:20261201T080000Z\r\n"
    "LAST-MODIFIED:20261201T080000Z\r\n"
    "SUMMARY:Buy running shoes\r\n"
    "DESCRIPTION:A long description that a phone folded because it is longer than s\r\n"
    " eventy-five octets\\, with an escaped comma\r\n"
    "DTSTART;TZID=Europe/Berlin:20261205T090000\r\n"
    "DUE;TZID=Europe/Berlin:20261206T180000\r\n"
    "STATUS:NEEDS-ACTION\r\n"
    "PRIORITY:1\r\n"
    "CATEGORIES:Gear,Shopping\r\n"
    "CATEGORIES:Later\r\n"
    "RRULE:FREQ=WEEKLY;COUNT=3\r\n"
    "RELATED-TO;RELTYPE=PARENT:phone-parent@example.org\r\n"
    "X-APPLE-SORT-ORDER:123456\r\n"
    "X-TASKS-ORG-ORDER;X-PARAM=\"a:b\";LANG=en:7\r\n"
    "GEO:52.52;13.40\r\n"
    "BEGIN:VALARM\r\n"
    "ACTION:DISPLAY\r\n"
    "DESCRIPTION:Reminder\r\n"
    "TRIGGER;RELATED=END:-PT15M\r\n"
    "END:VALARM\r\n"
    "END:VTODO\r\n"
    "END:VCALENDAR\r\n";

// The content lines of a resource (unfolded is not needed: we compare raw lines).
QList<QByteArray> linesOf(const QByteArray &bytes)
{
    QList<QByteArray> lines = bytes.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    lines.removeAll(QByteArray());
    return lines;
}

// The lines of `before` that are not lines of `after` (order kept).
QList<QByteArray> missingLines(const QByteArray &before, const QByteArray &after)
{
    const QList<QByteArray> kept = linesOf(after);
    QList<QByteArray> missing;
    for (const QByteArray &line : linesOf(before)) {
        if (!kept.contains(line))
            missing.append(line);
    }
    return missing;
}

} // namespace

class TestVtodoMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadBackEveryFieldHeliosWrites()
    {
        // GIVEN a task with every field set, texts with the characters iCalendar escapes
        const TaskFields fields = someFields();
        // WHEN it becomes a fresh resource and is read back
        const QByteArray resource = newResource(QStringLiteral("helios-1"), fields, kNow);
        const Result<RemoteTask> read = readRemoteTask(resource);
        // THEN every field is as written, and the resource is a VCALENDAR with CRLF lines
        QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().message));
        QCOMPARE(read->uid, QStringLiteral("helios-1"));
        QCOMPARE(read->fields.title, fields.title);
        QCOMPARE(read->fields.notes, fields.notes);
        QVERIFY(read->fields.status == fields.status);
        QCOMPARE(read->fields.start, fields.start);
        QCOMPARE(read->fields.due, fields.due);
        QCOMPARE(read->fields.milestone, fields.milestone);
        QCOMPARE(read->fields.estimateHours, 2.5);
        QCOMPARE(read->fields.actualHours, 0.75);
        QCOMPARE(read->fields.dependsOn, fields.dependsOn);
        QVERIFY(read->fields == fields);
        QCOMPARE(read->lastModified, kNow);
        QVERIFY(resource.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(resource.contains("RELATED-TO;RELTYPE=DEPENDS-ON:helios-a\r\n"));
        QVERIFY(resource.contains("STATUS:IN-PROCESS\r\n"));
    }

    void shouldRoundTripEveryStatusAndAOneDayTask()
    {
        for (TaskStatus status :
             {TaskStatus::Todo, TaskStatus::InProgress, TaskStatus::Done, TaskStatus::Skipped}) {
            // GIVEN a one-day task (start = due) in each status, without notes or hours spent
            TaskFields fields;
            fields.title = QStringLiteral("One day");
            fields.status = status;
            fields.start = QDate(2026, 12, 10);
            fields.due = fields.start;
            // WHEN it is written and read back
            const QByteArray resource = newResource(QStringLiteral("u"), fields, kNow);
            const Result<RemoteTask> read = readRemoteTask(resource);
            // THEN it is the same task; only DUE is written (RFC 5545: DUE after DTSTART)
            QVERIFY(read.ok());
            QVERIFY2(read->fields == fields, qPrintable(toString(status)));
            QVERIFY(!resource.contains("DTSTART"));
            QCOMPARE(resource.contains("COMPLETED:"), status == TaskStatus::Done);
        }
    }

    void shouldReadWhatAnotherClientWrote()
    {
        // GIVEN a VTODO written by a phone, dated with times in a zone
        // WHEN Helios reads it
        const Result<RemoteTask> read = readRemoteTask(kForeign);
        // THEN it sees its fields: the days as written, the first category as the milestone,
        // the parent relation not taken for a dependency, default hours
        QVERIFY(read.ok());
        QCOMPARE(read->uid, QStringLiteral("phone-42@example.org"));
        QCOMPARE(read->fields.title, QStringLiteral("Buy running shoes"));
        QCOMPARE(read->fields.notes,
                 QStringLiteral("A long description that a phone folded because it is longer "
                                "than seventy-five octets, with an escaped comma"));
        QVERIFY(read->fields.status == TaskStatus::Todo);
        QCOMPARE(read->fields.start, QDate(2026, 12, 5));
        QCOMPARE(read->fields.due, QDate(2026, 12, 6));
        QCOMPARE(read->fields.milestone, QStringLiteral("Gear"));
        QVERIFY(read->fields.dependsOn.isEmpty());
        QCOMPARE(read->fields.estimateHours, 1.0);
        QCOMPARE(read->fields.actualHours, -1.0);
    }

    void shouldGiveBackTheVeryBytesWhenNothingChanged()
    {
        // GIVEN the phone's VTODO and its fields as Helios reads them
        const Result<RemoteTask> read = readRemoteTask(kForeign);
        QVERIFY(read.ok());
        // WHEN Helios writes the same fields back
        const std::optional<QByteArray> written = patchResource(kForeign, read->fields, {}, kNow);
        // THEN the resource is unchanged to the byte (no needless PUT, no new DTSTAMP)
        QVERIFY(written.has_value());
        QCOMPARE(*written, kForeign);
        // AND the lossless model alone writes it back byte for byte too
        const Result<ics::Component> parsed = ics::parse(kForeign);
        QVERIFY(parsed.ok());
        QCOMPARE(ics::serialize(*parsed), kForeign);
    }

    // X-HELIOS-TASK names the task a VTODO is, so that a plan bound again finds its tasks.
    void shouldMarkATaskOnceAndKeepEverythingElse()
    {
        // GIVEN another client's VTODO, without a mark
        QCOMPARE(taskMarkOf(kForeign), QString());
        // WHEN Helios marks it
        const QByteArray marked = withTaskMark(kForeign, QStringLiteral("1796407092616-1-7"));
        // THEN the mark reads back, the fields are the same, and nothing else moved but one line
        QCOMPARE(taskMarkOf(marked), QStringLiteral("1796407092616-1-7"));
        const Result<RemoteTask> before = readRemoteTask(kForeign);
        const Result<RemoteTask> after = readRemoteTask(marked);
        QVERIFY(before.ok() && after.ok());
        QVERIFY(before->fields == after->fields);
        QCOMPARE(after->uid, before->uid);
        QCOMPARE(after->mark, QStringLiteral("1796407092616-1-7"));
        // AND beside it the print of the fields it says, which a phone's edit no longer matches
        const QString print = fieldsPrint(before->fields);
        QCOMPARE(fieldsMarkOf(marked), print);
        QCOMPARE(after->fieldsMark, print);
        TaskFields edited = after->fields;
        edited.title = QStringLiteral("Renamed on the phone");
        const QByteArray phone = patchResource(marked, edited, {}, kNow).value_or(QByteArray());
        QVERIFY(!phone.isEmpty());
        QCOMPARE(fieldsMarkOf(phone), print); // another client keeps what it does not know
        QVERIFY(fieldsPrint(readRemoteTask(phone)->fields) != print);
        QByteArray without = marked;
        without.replace("X-HELIOS-TASK:1796407092616-1-7\r\n", "");
        without.replace("\r\n ", ""); // the print's line is longer than 75 octets: folded
        without.replace(QStringLiteral("X-HELIOS-FIELDS:%1\r\n").arg(print).toLatin1(), "");
        QCOMPARE(without, QByteArray(kForeign).replace("\r\n ", ""));
        // AND marking it again alike gives the very bytes; another mark replaces it
        QCOMPARE(withTaskMark(marked, QStringLiteral("1796407092616-1-7")), marked);
        QCOMPARE(taskMarkOf(withTaskMark(marked, QStringLiteral("5-2-9"))),
                 QStringLiteral("5-2-9"));
        // AND what is not iCalendar is given back as it is, without a mark
        QCOMPARE(withTaskMark("not a calendar", QStringLiteral("5-2-9")),
                 QByteArray("not a calendar"));
        QCOMPARE(taskMarkOf("not a calendar"), QString());
    }

    // Bound again, the base is known only by X-HELIOS-FIELDS: each field takes the side that
    // changed it since Helios wrote it; both changed alike is no conflict, differently the
    // newer side's; without a readable print every difference is both sides'.
    void shouldMergeAgainstThePrintOfWhatHeliosWrote()
    {
        TaskFields base;
        base.title = QStringLiteral("Run 5 km");
        base.notes = QStringLiteral("Slowly");
        base.due = QDate(2026, 12, 10);
        base.start = base.due;
        base.estimateHours = 2;
        const QString print = fieldsPrint(base);
        QCOMPARE(print.split(QLatin1Char('-')).size(), fieldNames().size());
        TaskFields here = base;
        here.notes = QStringLiteral("Slowly, then faster"); // here only
        here.title = QStringLiteral("Run 5 km (both)");     // both, alike
        here.estimateHours = 3;                             // both, differently
        TaskFields server = base;
        server.due = QDate(2026, 12, 12); // the server only
        server.title = QStringLiteral("Run 5 km (both)");
        server.estimateHours = 4;
        const Merge merged = mergeWithPrint(print, here, server, Side::Here);
        QCOMPARE(merged.merged.notes, here.notes);
        QCOMPARE(merged.merged.due, server.due);
        QCOMPARE(merged.merged.title, QStringLiteral("Run 5 km (both)"));
        QCOMPARE(merged.merged.estimateHours, 3.0);
        QCOMPARE(merged.conflicts.size(), 1);
        QCOMPARE(merged.conflicts.first().field, QStringLiteral("estimate"));
        QCOMPARE(merged.conflicts.first().otherValue, QStringLiteral("4"));
        QVERIFY(merged.conflicts.first().otherSide == Side::Server);
        // AND the newer side decides only what both changed
        const Merge serverNewer = mergeWithPrint(print, here, server, Side::Server);
        QCOMPARE(serverNewer.merged.estimateHours, 4.0);
        QCOMPARE(serverNewer.merged.notes, here.notes);
        // AND with no print (a VTODO another client or an older Helios wrote) every field that
        // differs is a conflict
        QCOMPARE(mergeWithPrint(QString(), here, server, Side::Here).conflicts.size(), 3);
        QCOMPARE(mergeWithPrint(QStringLiteral("x-y"), here, server, Side::Here).conflicts.size(),
                 3);
    }

    // The fields check is stored beside each item (SyncItem::fieldsCheck) and must never change:
    // FNV-1a 64 over the values in a fixed order. The expected value was computed apart from
    // Helios (Python, from the published FNV-1a constants and the same layout). Every field
    // moves it; what prints alike (every unknown actual hours) checks alike.
    void shouldCheckTheFieldsWithAFixedHashThatEveryFieldMoves()
    {
        TaskFields fields;
        fields.title = QStringLiteral("跑步 Buy shoes");
        fields.notes = QStringLiteral("Size 44");
        fields.status = TaskStatus::InProgress;
        fields.start = QDate(2026, 12, 7);
        fields.milestone = QStringLiteral("Gear");
        fields.estimateHours = 1.5;
        fields.dependsOn = {QStringLiteral("helios-a"), QStringLiteral("helios-b")};
        QCOMPARE(fieldsCheck(fields), quint64(13195190043949140613ULL));
        TaskFields unknown = fields;
        unknown.actualHours = -3; // unknown, as -1
        QCOMPARE(fieldsCheck(unknown), fieldsCheck(fields));
        const QList<std::function<void(TaskFields &)>> edits = {
            [](TaskFields &f) { f.title += QLatin1Char('!'); },
            [](TaskFields &f) { f.notes.clear(); },
            [](TaskFields &f) { f.status = TaskStatus::Done; },
            [](TaskFields &f) { f.start = f.start.addDays(1); },
            [](TaskFields &f) { f.due = QDate(2026, 12, 9); },
            [](TaskFields &f) { f.milestone = QStringLiteral("Gea"); },
            [](TaskFields &f) { f.estimateHours = 1.25; },
            [](TaskFields &f) { f.actualHours = 0; },
            [](TaskFields &f) { f.dependsOn.removeLast(); },
            // the same characters split differently between two fields
            [](TaskFields &f) {
                f.title = QStringLiteral("跑步 Buy shoesSize 44");
                f.notes.clear();
            },
        };
        QSet<quint64> seen{fieldsCheck(fields)};
        for (const auto &edit : edits) {
            TaskFields edited = fields;
            edit(edited);
            QVERIFY(fieldsCheck(edited) != 0);
            seen.insert(fieldsCheck(edited));
        }
        QCOMPARE(seen.size(), edits.size() + 1);
    }

    // Text another client wrote comes in as an import's does: no terminal escapes, bells or
    // bidirectional overrides; clean text (two spaces in a row too) as it is.
    void shouldMakeAnotherClientsTextPlainOnTheWayIn()
    {
        // GIVEN a VTODO whose title, notes and category hold escapes, a bell and an override
        const QByteArray dirty = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\n"
                                 "BEGIN:VTODO\r\nUID:x-1\r\nDTSTAMP:20261204T090000Z\r\n"
                                 "SUMMARY:\x1b[31mRun\x1b[0m 5\x07 km\r\n"
                                 "DESCRIPTION:Pay \xe2\x80\xae"
                                 "0001\\nthen rest\r\n"
                                 "CATEGORIES:Ba\x1b]0;owned\x07se,Other\r\n"
                                 "DUE;VALUE=DATE:20261220\r\nEND:VTODO\r\nEND:VCALENDAR\r\n";
        // WHEN it is read
        const Result<RemoteTask> read = readRemoteTask(dirty);
        // THEN the fields hold none of them, by the import's rules (plainText)
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read->fields.title,
                 plainText(QStringLiteral("\x1b[31mRun\x1b[0m 5\x07 km"), false));
        QCOMPARE(read->fields.title, QStringLiteral("[31mRun[0m 5 km"));
        QCOMPARE(read->fields.notes, QStringLiteral("Pay 0001\nthen rest"));
        QCOMPARE(read->fields.milestone, QStringLiteral("Ba]0;ownedse"));
        for (const QString &text : {read->fields.title, read->fields.notes, read->fields.milestone})
            for (const QChar c : text)
                QVERIFY(c.unicode() >= 0x20 || c == u'\n');
        // AND writing those fields back changes nothing on the server (no PUT ping-pong)
        QCOMPARE(patchResource(dirty, read->fields, {}, kNow).value_or(QByteArray()), dirty);
        // AND clean text, two spaces in a row included, reads back as written
        const QByteArray clean = newResource(
            QStringLiteral("helios-1"),
            [] {
                TaskFields f;
                f.title = QStringLiteral("Run  5 km");
                f.notes = QStringLiteral("  indented\n");
                f.due = QDate(2026, 12, 20);
                f.start = f.due;
                return f;
            }(),
            kNow);
        const Result<RemoteTask> back = readRemoteTask(clean);
        QVERIFY(back.ok());
        QCOMPARE(back->fields.title, QStringLiteral("Run  5 km"));
        QCOMPARE(back->fields.notes, QStringLiteral("  indented\n"));
    }

    void shouldKeepEverythingItDoesNotOwnWhenItWritesBack()
    {
        // GIVEN the phone's VTODO, completed, renamed and re-dated in Helios
        const Result<RemoteTask> read = readRemoteTask(kForeign);
        QVERIFY(read.ok());
        TaskFields edited = read->fields;
        edited.title = QStringLiteral("Buy trail shoes");
        edited.status = TaskStatus::Done;
        edited.due = QDate(2026, 12, 8);
        // WHEN Helios writes it back
        const std::optional<QByteArray> written = patchResource(kForeign, edited, {}, kNow);
        QVERIFY(written.has_value());
        // THEN only the lines of the fields it changed (and the stamps) differ from before: the
        // VTIMEZONE, VALARM, RRULE, X- and unknown properties, the folded DESCRIPTION, the
        // categories and the parent relation are the phone's bytes
        const QList<QByteArray> gone = missingLines(kForeign, *written);
        const QList<QByteArray> expectedGone{
            "DTSTAMP:20261201T080000Z", "LAST-MODIFIED:20261201T080000Z",
            "SUMMARY:Buy running shoes", "DUE;TZID=Europe/Berlin:20261206T180000",
            "STATUS:NEEDS-ACTION"};
        QCOMPARE(gone, expectedGone);
        QVERIFY(
            written->contains("DUE;TZID=Europe/Berlin:20261208T180000\r\n")); // zone and time kept
        QVERIFY(written->contains("STATUS:COMPLETED\r\n"));
        QVERIFY(written->contains("COMPLETED:20261204T100000Z\r\n"));
        QVERIFY(written->contains("PERCENT-COMPLETE:100\r\n"));
        QVERIFY(written->contains(
            "DESCRIPTION:A long description that a phone folded because it is longer than s\r\n"
            " eventy-five octets\\, with an escaped comma\r\n"));
        // AND Helios reads its own edit back
        const Result<RemoteTask> again = readRemoteTask(*written);
        QVERIFY(again.ok());
        QVERIFY(again->fields == edited);
        QCOMPARE(again->fields.milestone, QStringLiteral("Gear"));
    }

    void shouldReadAndWriteThePhonesParentRelation()
    {
        // GIVEN the phone's VTODO under its parent, and one whose RELATED-TO has no RELTYPE
        // (RFC 5545: PARENT)
        const Result<RemoteTask> read = readRemoteTask(kForeign);
        QVERIFY(read.ok());
        QCOMPARE(read->parentUid, QStringLiteral("phone-parent@example.org"));
        QVERIFY(read->group.isEmpty());
        QByteArray bare = kForeign;
        bare.replace("RELATED-TO;RELTYPE=PARENT:", "RELATED-TO:");
        QCOMPARE(readRemoteTask(bare)->parentUid, QStringLiteral("phone-parent@example.org"));
        // WHEN Helios puts it under a group, fields unchanged
        const std::optional<QByteArray> moved =
            patchResource(kForeign, read->fields, {}, kNow, QStringLiteral("helios-g"));
        QVERIFY(moved.has_value());
        // THEN only the PARENT line (and the stamps) changed
        QCOMPARE(missingLines(kForeign, *moved),
                 (QList<QByteArray>{"DTSTAMP:20261201T080000Z", "LAST-MODIFIED:20261201T080000Z",
                                    "RELATED-TO;RELTYPE=PARENT:phone-parent@example.org"}));
        QCOMPARE(readRemoteTask(*moved)->parentUid, QStringLiteral("helios-g"));
        // AND the same parent again gives back the very bytes; none removes it, DEPENDS-ON stays
        QCOMPARE(*patchResource(*moved, read->fields, {}, kNow, QStringLiteral("helios-g")),
                 *moved);
        TaskFields fields = someFields();
        const QByteArray task = newResource(QStringLiteral("t"), fields, kNow, QStringLiteral("g"));
        QCOMPARE(readRemoteTask(task)->parentUid, QStringLiteral("g"));
        const std::optional<QByteArray> top = patchResource(task, fields, {}, kNow, QString());
        QVERIFY(readRemoteTask(*top)->parentUid.isEmpty());
        QCOMPARE(readRemoteTask(*top)->fields.dependsOn, fields.dependsOn);
    }

    void shouldWriteAGroupAndGiveItsBytesBackUnchanged()
    {
        // GIVEN a milestone group, open, under a goal group
        const GroupFields group{kGroupMilestone, QStringLiteral("Base, part 1"), false,
                                QStringLiteral("goal")};
        const QByteArray resource = newGroupResource(QStringLiteral("m"), group, kNow);
        const Result<RemoteTask> read = readRemoteTask(resource);
        QVERIFY(read.ok());
        QCOMPARE(read->group, kGroupMilestone);
        QCOMPARE(read->fields.title, group.name);
        QCOMPARE(read->parentUid, QStringLiteral("goal"));
        QVERIFY(resource.contains("X-HELIOS-GROUP:MILESTONE\r\n"));
        QVERIFY(resource.contains("STATUS:NEEDS-ACTION\r\n"));
        // WHEN nothing changed: the very bytes; completed: STATUS and COMPLETED change
        QCOMPARE(*patchGroupResource(resource, group, kNow.addDays(1)), resource);
        GroupFields done = group;
        done.completed = true;
        const std::optional<QByteArray> finished = patchGroupResource(resource, done, kNow);
        QVERIFY(finished->contains("STATUS:COMPLETED\r\n"));
        QVERIFY(finished->contains("PERCENT-COMPLETE:100\r\n"));
        QVERIFY(!patchGroupResource("not iCalendar", group, kNow).has_value());
    }

    void shouldChangeOnlyTheFirstCategoryAndItsOwnDependencies()
    {
        // GIVEN a VTODO with another client's categories and a dependency on a UID Helios does
        // not know
        QByteArray resource = newResource(QStringLiteral("t"), someFields(), kNow);
        resource.replace("CATEGORIES:Foundations\\, part 1",
                         "CATEGORIES:Foundations\\, part 1,Errands");
        resource.replace("RELATED-TO;RELTYPE=DEPENDS-ON:helios-b\r\n",
                         "RELATED-TO;RELTYPE=DEPENDS-ON:helios-b\r\n"
                         "RELATED-TO;RELTYPE=DEPENDS-ON:elsewhere\r\n");
        const Result<RemoteTask> read = readRemoteTask(resource);
        QVERIFY(read.ok());
        QCOMPARE(read->fields.dependsOn.size(), 3);
        // WHEN Helios renames the milestone and drops helios-a, knowing only helios-a and -b
        TaskFields edited = read->fields;
        edited.milestone = QStringLiteral("Practice");
        edited.dependsOn = {QStringLiteral("helios-b")};
        const std::optional<QByteArray> written = patchResource(
            resource, edited, {QStringLiteral("helios-a"), QStringLiteral("helios-b")}, kNow);
        // THEN the other client's category and the unknown relation stay
        QVERIFY(written.has_value());
        QVERIFY(written->contains("CATEGORIES:Practice,Errands\r\n"));
        QVERIFY(!written->contains("DEPENDS-ON:helios-a"));
        QVERIFY(written->contains("RELATED-TO;RELTYPE=DEPENDS-ON:helios-b\r\n"));
        QVERIFY(written->contains("RELATED-TO;RELTYPE=DEPENDS-ON:elsewhere\r\n"));
    }

    void shouldRefuseWhatIsNotATaskWithASentence()
    {
        const QList<QByteArray> bad{
            "",
            "not a calendar",
            "BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nUID:x\r\n", // cut short
            "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nSUMMARY:no uid\r\nEND:VTODO\r\nEND:VCALENDAR\r\n",
            "BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nUID:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
            "BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nUID:\xff\xfe\r\nEND:VTODO\r\nEND:VCALENDAR\r\n",
        };
        for (const QByteArray &bytes : bad) {
            // GIVEN malformed iCalendar WHEN it is read THEN it is refused with one sentence
            const Result<RemoteTask> read = readRemoteTask(bytes);
            QVERIFY2(!read.ok(), bytes.constData());
            QVERIFY(!read.error().message.isEmpty());
            QVERIFY(read.error().message.endsWith(QLatin1Char('.')));
            QVERIFY(!read.error().message.contains(QLatin1Char('\n')));
            // AND patching it refuses too, instead of writing something else
            QVERIFY(!patchResource(bytes, someFields(), {}, kNow).has_value());
        }
    }

    void shouldTakeOneSidesEditsAndTheNewerOfTwo()
    {
        // GIVEN a base; here the title and the due date changed, on the server the status and
        // the due date
        TaskFields base = someFields();
        TaskFields here = base;
        here.title = QStringLiteral("Renamed here");
        here.due = QDate(2026, 12, 20);
        TaskFields server = base;
        server.status = TaskStatus::Done;
        server.due = QDate(2026, 12, 15);
        // WHEN they are merged with the server's edit the newer
        const Merge merge = mergeFields(base, here, server, Side::Server);
        // THEN each side's own edit is kept, and the due date is the server's with here's
        // recorded as a conflict
        QCOMPARE(merge.merged.title, QStringLiteral("Renamed here"));
        QVERIFY(merge.merged.status == TaskStatus::Done);
        QCOMPARE(merge.merged.due, QDate(2026, 12, 15));
        QCOMPARE(merge.conflicts.size(), 1);
        QCOMPARE(merge.conflicts.at(0).field, field::kDue);
        QCOMPARE(merge.conflicts.at(0).keptValue, QStringLiteral("2026-12-15"));
        QCOMPARE(merge.conflicts.at(0).otherValue, QStringLiteral("2026-12-20"));
        QCOMPARE(merge.conflicts.at(0).otherSide, Side::Here);
        // AND with here's edit the newer, here's due date is kept and the server's recorded
        const Merge other = mergeFields(base, here, server, Side::Here);
        QCOMPARE(other.merged.due, QDate(2026, 12, 20));
        QCOMPARE(other.conflicts.at(0).otherValue, QStringLiteral("2026-12-15"));
        QCOMPARE(other.conflicts.at(0).otherSide, Side::Server);
        // AND the same edit on both sides is no conflict
        server.title = here.title;
        QCOMPARE(mergeFields(base, here, server, Side::Server).merged.title, here.title);
        QCOMPARE(mergeFields(base, here, server, Side::Server).conflicts.size(), 1);
    }
};

HELIOS_TEST_MAIN(TestVtodoMapping)
#include "tst_vtodo_mapping.moc"

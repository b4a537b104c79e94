#include "core/io/plan_exporter.h"
#include "core/io/plan_import.h"
#include "tests/support/test_main.h"
#include "tests/unit/io/io_fixture.h"

#include <QBuffer>
#include <QRandomGenerator>

using namespace helios;

namespace {

const QDate kToday(2026, 12, 1);

Result<QList<Plan>> import(const QByteArray &bytes, std::optional<PlanFormat> format = {},
                           const QString &fileName = QStringLiteral("tasks.txt"))
{
    ImportOptions options;
    options.format = format;
    options.today = kToday;
    options.fileName = fileName;
    return importPlans(bytes, options);
}

Plan onlyPlan(const Result<QList<Plan>> &plans)
{
    if (!plans || plans->size() != 1)
        return {};
    return plans->constFirst();
}

QByteArray exportedJson(const Plan &plan)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    std::unique_ptr<PlanExporter> exporter = makePlanExporter(PlanFormat::Json, buffer);
    if (!exportPlans({plan}, *exporter))
        return {};
    return bytes;
}

QStringList titles(const Plan &plan)
{
    QStringList list;
    for (const Task &task : plan.tasks)
        list.append(task.title);
    return list;
}

// The error is one sentence: no line breaks, ends with a full stop.
bool isOneSentence(const QString &message)
{
    return !message.isEmpty() && !message.contains(QLatin1Char('\n')) &&
           message.endsWith(QLatin1Char('.'));
}

} // namespace

class TestImporters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRoundTripHeliosJsonLosslessly()
    {
        // GIVEN the fixed plan exported as Helios JSON
        const Plan original = test::goldenPlan();
        // WHEN it is imported
        const Result<QList<Plan>> plans = import(exportedJson(original));
        QVERIFY2(plans.ok(), plans.ok() ? "" : qPrintable(plans.error().message));
        QCOMPARE(plans->size(), 1);
        Plan back = plans->constFirst();
        // THEN everything but the ids comes back
        QCOMPARE(back.goal, original.goal);
        QCOMPARE(back.language, original.language);
        QCOMPARE(back.kind, original.kind);
        QCOMPARE(back.kindScore, original.kindScore);
        QCOMPARE(back.kindReason, original.kindReason);
        QCOMPARE(back.subject, original.subject);
        QCOMPARE(back.createdAt, original.createdAt);
        QCOMPARE(back.startDate, original.startDate);
        QCOMPARE(back.deadline, original.deadline);
        QCOMPARE(back.hoursPerWeek, original.hoursPerWeek);
        QCOMPARE(back.atRisk, original.atRisk);
        QCOMPARE(back.hoursShort, original.hoursShort);
        QCOMPARE(back.isTemplate, original.isTemplate);
        QCOMPARE(back.tasks.size(), original.tasks.size());
        for (int i = 0; i < original.tasks.size(); ++i) {
            Task expected = original.tasks.at(i);
            expected.id = 0;
            expected.planId = 0;
            expected.userId = 0;
            QVERIFY2(back.tasks.at(i) == expected, qPrintable(expected.title));
        }
    }

    void shouldKeepVersionsOptionalInJson()
    {
        // GIVEN a hand-written file without "versions" and one with plan versions in it
        const QByteArray without = "{\"format\":\"helios-plan\",\"formatVersion\":1,\"plans\":[\n"
                                   "            "
                                   "{\"goal\":\"G\",\"start_date\":\"2026-11-27\",\"tasks\":[{"
                                   "\"id\":1,\"title\":\"A\"},{\"id\":"
                                   "2,\"title\":\"B\",\"depends_on\":[1]}]}]}";
        const QByteArray with = "{\"format\":\"helios-plan\",\"formatVersion\":1,\"plans\":[\n"
                                "            "
                                "{\"goal\":\"G\",\"start_date\":\"2026-11-27\",\"versions\":[{"
                                "\"version\":1,\"tasks\":[]}],"
                                "\"tasks\":[{\"id\":1,\"title\":\"A\"}]}]}";
        // THEN both import
        const Plan plan = onlyPlan(import(without));
        QCOMPARE(plan.tasks.size(), 2);
        QCOMPARE(plan.tasks.at(1).dependsOn, QList<int>{0});
        QCOMPARE(onlyPlan(import(with)).tasks.size(), 1);
    }

    void shouldRefuseBrokenJson_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("{\"format\": ") << "not valid JSON";
        QTest::newRow("other json") << QByteArray("{\"name\":\"x\"}") << "not a Helios plan";
        QTest::newRow("newer")
            << QByteArray("{\"format\":\"helios-plan\",\"formatVersion\":2,\"plans\":[]}")
            << "newer";
        QTest::newRow("no plans")
            << QByteArray("{\"format\":\"helios-plan\",\"formatVersion\":1,\"plans\":[]}")
            << "no plans";
        QTest::newRow("no tasks")
            << QByteArray(
                   "{\"format\":\"helios-plan\",\"formatVersion\":1,"
                   "\"plans\":[{\"goal\":\"G\",\"start_date\":\"2026-11-27\",\"tasks\":[]}]}")
            << "no tasks";
        QTest::newRow("bad status")
            << QByteArray("{\"format\":\"helios-plan\",\"formatVersion\":1,\"plans\":[{\"goal\":"
                          "\"G\",\"start_date\":\"2026-11-27\",\"tasks\":[{\"title\":\"A\","
                          "\"status\":\"later\"}]}]}")
            << "status 'later'";
        QTest::newRow("dangling dependency")
            << QByteArray("{\"format\":\"helios-plan\",\"formatVersion\":1,\"plans\":[{\"goal\":"
                          "\"G\",\"start_date\":\"2026-11-27\",\"tasks\":[{\"id\":1,\"title\":"
                          "\"A\",\"depends_on\":[9]}]}]}")
            << "depends on";
        QTest::newRow("second plan broken")
            << QByteArray("{\"format\":\"helios-plan\",\"formatVersion\":1,\"plans\":[{\"goal\":"
                          "\"G\",\"start_date\":\"2026-11-27\","
                          "\"tasks\":[{\"title\":\"A\"}]},{\"goal\":\"\",\"start_date\":\"2026-11-"
                          "27\",\"tasks\":[{\"title\":\"B\"}]}]}")
            << "Plan 2 has no goal";
    }

    void shouldRefuseBrokenJson()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const Result<QList<Plan>> plans = import(bytes, PlanFormat::Json);
        QVERIFY(!plans.ok());
        QVERIFY(plans.error().kind == Error::Kind::Usage);
        QVERIFY2(plans.error().message.contains(says), qPrintable(plans.error().message));
        QVERIFY2(isOneSentence(plans.error().message), qPrintable(plans.error().message));
    }

    void shouldImportNextcloudTasks()
    {
        // GIVEN a Nextcloud Tasks calendar: CRLF, folded lines, escaped commas, a VTIMEZONE,
        // DATE-TIME dues with TZID and Z, a VTODO without DUE, RELATED-TO, an alarm, an event
        const Plan plan =
            onlyPlan(import(test::readFixture(QStringLiteral("import/nextcloud.ics"))));
        // THEN the four VTODOs are the plan's tasks, named after the calendar
        QCOMPARE(plan.goal, QStringLiteral("Garden, spring 2027"));
        QCOMPARE(titles(plan),
                 QStringList({QStringLiteral("Prepare the beds"),
                              QStringLiteral("Buy seeds, soil and compost; check the "
                                             "shed first"),
                              QStringLiteral("Sow the tomatoes"), QStringLiteral("Old task")}));
        const Task &seeds = plan.tasks.at(1);
        QCOMPARE(seeds.notes,
                 QStringLiteral("Tomatoes, basil\nand a long note that Nextcloud folds "
                                "because it is longer than seventy-five octets"));
        QVERIFY(seeds.status == TaskStatus::InProgress);
        QCOMPARE(seeds.milestone, QStringLiteral("Shopping"));
        const Task &sow = plan.tasks.at(2);
        QCOMPARE(sow.estimateHours, 2.5);
        QCOMPARE(sow.dependsOn, QList<int>({1}));
        // A child (RELATED-TO, default PARENT) groups under its parent, which depends on it
        QCOMPARE(sow.milestone, QStringLiteral("Prepare the beds"));
        QCOMPARE(plan.tasks.at(0).dependsOn, QList<int>({1, 2}));
        QVERIFY(plan.tasks.at(3).status == TaskStatus::Done);
        // The latest due date is the deadline; the scheduler dated every open task
        QCOMPARE(plan.deadline, QDate(2026, 12, 20));
        for (const Task &task : plan.tasks) {
            if (!task.isFinished()) {
                QVERIFY2(task.startDate >= kToday, qPrintable(task.title));
                QVERIFY2(task.dueDate.isValid(), qPrintable(task.title));
            }
        }
        QCOMPARE(plan.kind, QStringLiteral("import"));
    }

    void shouldImportThunderbirdTasksWithFoldedChinese()
    {
        const Plan plan =
            onlyPlan(import(test::readFixture(QStringLiteral("import/thunderbird.ics")), {},
                            QStringLiteral("Tasks.ics")));
        QCOMPARE(plan.goal, QStringLiteral("Tasks"));
        QCOMPARE(plan.tasks.size(), 2);
        QCOMPARE(plan.tasks.at(0).title,
                 QStringLiteral("写年度总结，包括项目回顾；以及明年的计划和需要学习的新技能清单，这"
                                "一行很长很长需要折行"));
        QCOMPARE(plan.language, QStringLiteral("zh"));
        QCOMPARE(plan.deadline, QDate(2026, 12, 3));
    }

    void shouldImportAVtodoWithoutDue()
    {
        const QByteArray ics = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VTODO\nUID:1\nSUMMARY:No due"
                               "\nEND:VTODO\nEND:VCALENDAR\n";
        const Plan plan = onlyPlan(import(ics));
        QCOMPARE(plan.tasks.size(), 1);
        QVERIFY(!plan.deadline.isValid());
        QCOMPARE(plan.tasks.at(0).startDate, kToday);
    }

    void shouldRefuseBrokenICalendar_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("cut short")
            << QByteArray("BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nSUMMARY:x\r\n") << "cut short";
        QTest::newRow("events only")
            << QByteArray("BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:x\nEND:VEVENT\nEND:VCALENDAR\n")
            << "no tasks";
        QTest::newRow("garbage line")
            << QByteArray("BEGIN:VCALENDAR\nBEGIN:VTODO\nthis is not a property\nEND:VTODO\n"
                          "END:VCALENDAR\n")
            << "line 3";
        QTest::newRow("mismatched end")
            << QByteArray("BEGIN:VCALENDAR\nBEGIN:VTODO\nEND:VEVENT\nEND:VCALENDAR\n")
            << "END:VEVENT";
    }

    void shouldRefuseBrokenICalendar()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        const Result<QList<Plan>> plans = import(bytes, PlanFormat::ICalendar);
        QVERIFY(!plans.ok());
        QVERIFY2(plans.error().message.contains(says), qPrintable(plans.error().message));
        QVERIFY2(isOneSentence(plans.error().message), qPrintable(plans.error().message));
    }

    void shouldImportChatbotMarkdown()
    {
        // GIVEN a plan as a chatbot writes it: prose, a title, sections, numbered and bulleted
        // items, bold, links, checkboxes, estimates, nesting
        const Plan plan = onlyPlan(import(test::readFixture(QStringLiteral("import/chatbot.md"))));
        QCOMPARE(plan.goal, QStringLiteral("Learn Python in 12 weeks"));
        QCOMPARE(
            titles(plan),
            QStringList({QStringLiteral("Install Python"), QStringLiteral("Variables and types"),
                         QStringLiteral("Write your first script — hello world"),
                         QStringLiteral("Solve 10 exercises on loops"),
                         QStringLiteral("Read chapter 5 of Automate the Boring Stuff"),
                         QStringLiteral("take notes as you go"), QStringLiteral("Pick an idea"),
                         QStringLiteral("Write it")}));
        const Task &install = plan.tasks.at(0);
        QCOMPARE(install.notes, QStringLiteral("download it from python.org"));
        QCOMPARE(install.estimateHours, 1.0);
        QCOMPARE(install.milestone, QStringLiteral("Week 1–2: Foundations"));
        QCOMPARE(plan.tasks.at(1).notes, QStringLiteral("ints, strings, lists"));
        QCOMPARE(plan.tasks.at(1).estimateHours, 3.0);
        QCOMPARE(plan.tasks.at(2).estimateHours, 0.5);
        QVERIFY(plan.tasks.at(3).status == TaskStatus::Done);
        QCOMPARE(plan.tasks.at(3).milestone, QStringLiteral("Week 3–4: Practice"));
        QCOMPARE(plan.tasks.at(4).estimateHours, 3.0);
        // "1. Build a small CLI tool" has children: it becomes their milestone
        QCOMPARE(plan.tasks.at(6).milestone, QStringLiteral("Build a small CLI tool"));
        QCOMPARE(plan.tasks.at(7).estimateHours, 6.0);
    }

    void shouldImportNestedChineseMarkdown()
    {
        const Plan plan =
            onlyPlan(import(test::readFixture(QStringLiteral("import/chatbot_nested.md")), {},
                            QStringLiteral("学习计划.md")));
        QCOMPARE(plan.goal, QStringLiteral("学习计划"));
        QCOMPARE(titles(plan),
                 QStringList({QStringLiteral("安装 Python"), QStringLiteral("配置编辑器"),
                              QStringLiteral("变量与类型"), QStringLiteral("控制流程"),
                              QStringLiteral("Standalone bullet task")}));
        QCOMPARE(plan.tasks.at(0).milestone, QStringLiteral("准备阶段"));
        QCOMPARE(plan.tasks.at(0).estimateHours, 1.0);
        QCOMPARE(plan.tasks.at(1).estimateHours, 2.0);
        QCOMPARE(plan.tasks.at(2).milestone, QStringLiteral("基础语法"));
        QCOMPARE(plan.tasks.at(2).estimateHours, 3.0);
        QCOMPARE(plan.deadline, QDate(2026, 12, 20));
        QCOMPARE(plan.language, QStringLiteral("zh"));
    }

    void shouldReadItsOwnMarkdownExportBack_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("Chinese words") << QStringLiteral("zh");
        QTest::newRow("English words") << QStringLiteral("en");
    }

    void shouldReadItsOwnMarkdownExportBack()
    {
        QFETCH(QString, language);
        // GIVEN a plan exported as Markdown in its language's words
        Plan original = test::goldenPlan();
        original.language = language;
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        std::unique_ptr<PlanExporter> exporter = makePlanExporter(PlanFormat::Markdown, buffer);
        QVERIFY(exportPlans({original}, *exporter));
        const QString text = QString::fromUtf8(bytes);
        // THEN a Chinese plan has no English words around its tasks
        if (language == QLatin1String("zh")) {
            for (const QString &english :
                 {QStringLiteral("Deadline:"), QStringLiteral(" due "), QStringLiteral("h)"),
                  QStringLiteral("(skipped)"), QStringLiteral("in progress")})
                QVERIFY2(!text.contains(english), qPrintable(english));
            QVERIFY(text.contains(QStringLiteral("截止日期：")));
            QVERIFY(text.contains(QStringLiteral("1.5 小时")));
        } else {
            QVERIFY(text.contains(QStringLiteral("Deadline: ")));
            QVERIFY(text.contains(QStringLiteral("(1.5h) — due ")));
        }
        // AND WHEN it is imported THEN every task comes back as it was
        const Plan plan = onlyPlan(import(bytes, PlanFormat::Markdown));
        QCOMPARE(plan.goal, original.goal);
        QCOMPARE(plan.tasks.size(), original.tasks.size());
        for (int i = 0; i < original.tasks.size(); ++i) {
            QCOMPARE(plan.tasks.at(i).title, original.tasks.at(i).title);
            QCOMPARE(plan.tasks.at(i).milestone, original.tasks.at(i).milestone);
            QCOMPARE(plan.tasks.at(i).estimateHours, original.tasks.at(i).estimateHours);
            QVERIFY(plan.tasks.at(i).status == original.tasks.at(i).status);
            QCOMPARE(plan.tasks.at(i).event, original.tasks.at(i).event);
            QCOMPARE(plan.tasks.at(i).notBefore, original.tasks.at(i).notBefore);
            QCOMPARE(plan.tasks.at(i).dueBy, original.tasks.at(i).dueBy);
        }
    }

    void shouldKeepTheEventAndTheTasksOwnDatesThroughICalendarAndTodoTxt_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("ics") << int(PlanFormat::ICalendar);
        QTest::newRow("todo.txt") << int(PlanFormat::TodoTxt);
    }

    void shouldKeepTheEventAndTheTasksOwnDatesThroughICalendarAndTodoTxt()
    {
        // GIVEN the fixed plan, with a dated session and an event, exported
        QFETCH(int, format);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        std::unique_ptr<PlanExporter> exporter = makePlanExporter(PlanFormat(format), buffer);
        QVERIFY(exportPlans({test::goldenPlan()}, *exporter));

        // WHEN it is imported again
        const Plan plan = onlyPlan(import(bytes, PlanFormat(format)));

        // THEN the event is still the event and the session keeps its days
        const Plan original = test::goldenPlan();
        QCOMPARE(plan.tasks.size(), original.tasks.size());
        for (int i = 0; i < original.tasks.size(); ++i) {
            QCOMPARE(plan.tasks.at(i).event, original.tasks.at(i).event);
            QCOMPARE(plan.tasks.at(i).notBefore, original.tasks.at(i).notBefore);
            QCOMPARE(plan.tasks.at(i).dueBy, original.tasks.at(i).dueBy);
        }
    }

    void shouldRefuseImportedTaskDatesNoPersonMeans_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("expected");
        QTest::newRow("todo.txt first day after latest")
            << QByteArray("Book the venue t:2027-03-02 by:2027-03-01\nSend invitations\n")
            << "Task 1 of the file's plan cannot start on 2027-03-02";
        QTest::newRow("todo.txt year 9999")
            << QByteArray("Book the venue\nSend invitations t:9999-01-01\n")
            << "A date of task 2 of the file's plan is 9999-01-01";
        QTest::newRow("json two events")
            << QByteArray(R"({"format":"helios-plan","formatVersion":1,"plans":[{"goal":"Wedding",)"
                          R"("start_date":"2026-12-01","deadline":"2027-06-01","tasks":[)"
                          R"({"title":"Ceremony","event":true},{"title":"Party","event":true}]}]})")
            << "Tasks 1 and 2 of plan 1 of the file are both the goal's event";
        QTest::newRow("ics first day after latest")
            << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTODO\r\nUID:a\r\n"
                          "SUMMARY:Book the venue\r\nX-HELIOS-NOT-BEFORE;VALUE=DATE:20270302\r\n"
                          "X-HELIOS-DUE-BY;VALUE=DATE:20270301\r\nEND:VTODO\r\n"
                          "END:VCALENDAR\r\n")
            << "Task 1 of the file's plan cannot start on 2027-03-02";
    }

    void shouldRefuseImportedTaskDatesNoPersonMeans()
    {
        // GIVEN a file whose tasks' own dates (planner v2) no person could mean
        QFETCH(QByteArray, file);
        QFETCH(QString, expected);
        // WHEN it is imported
        const Result<QList<Plan>> plans = import(file);
        // THEN it is refused with one sentence naming the task
        QVERIFY(!plans.ok());
        QCOMPARE(plans.error().kind, Error::Kind::Usage);
        QVERIFY2(plans.error().message.contains(expected), qPrintable(plans.error().message));
        QVERIFY2(isOneSentence(plans.error().message), qPrintable(plans.error().message));
    }

    void shouldImportTodoTxt()
    {
        const Plan plan =
            onlyPlan(import(test::readFixture(QStringLiteral("import/plan.todo.txt"))));
        QCOMPARE(plan.goal, QStringLiteral("house"));
        QCOMPARE(titles(plan),
                 QStringList({QStringLiteral("Call the plumber"), QStringLiteral("Paint the fence"),
                              QStringLiteral("Buy paint"), QStringLiteral("Fix the gate hinge"),
                              QStringLiteral("Cancelled errand"),
                              QStringLiteral("Look at https://example.com/guide for ideas")}));
        QCOMPARE(plan.tasks.at(0).milestone, QStringLiteral("phone"));
        QCOMPARE(plan.tasks.at(1).estimateHours, 3.0);
        // t: is todo.txt's threshold date: not before that day
        QCOMPARE(plan.tasks.at(3).notBefore, QDate(2026, 12, 5));
        QVERIFY(plan.tasks.at(2).status == TaskStatus::Done);
        QVERIFY(plan.tasks.at(4).status == TaskStatus::Skipped);
        QCOMPARE(plan.deadline, QDate(2026, 12, 10));
    }

    void shouldAcceptBomAndCrlf_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray md = "# Plan\n\n- one\n- two (2h)\n";
        QTest::newRow("LF") << md;
        QTest::newRow("CRLF") << QByteArray(md).replace("\n", "\r\n");
        QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + md;
        QTest::newRow("UTF-8 BOM CRLF")
            << QByteArray("\xEF\xBB\xBF") + QByteArray(md).replace("\n", "\r\n");
        QByteArray utf16le("\xFF\xFE");
        const QString text =
            QString::fromUtf8(md).replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
        utf16le.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        QTest::newRow("UTF-16LE BOM CRLF") << utf16le;
        QByteArray utf16be("\xFE\xFF");
        for (const QChar c : text) {
            utf16be.append(char(c.unicode() >> 8));
            utf16be.append(char(c.unicode() & 0xFF));
        }
        QTest::newRow("UTF-16BE BOM CRLF") << utf16be;
    }

    void shouldAcceptBomAndCrlf()
    {
        QFETCH(QByteArray, bytes);
        const Result<QList<Plan>> plans = import(bytes);
        QVERIFY2(plans.ok(), plans.ok() ? "" : qPrintable(plans.error().message));
        const Plan plan = plans->constFirst();
        QCOMPARE(plan.goal, QStringLiteral("Plan"));
        QCOMPARE(titles(plan), QStringList({QStringLiteral("one"), QStringLiteral("two")}));
        QCOMPARE(plan.tasks.at(1).estimateHours, 2.0);
    }

    void shouldRefuseFilesThatAreNotText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("format"); // -1: guessed
        QTest::addColumn<QString>("says");
        QTest::newRow("Latin-1") << QByteArray("- caf\xE9 cr\xE8me (2h)\n") << -1
                                 << "not valid UTF-8";
        QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << -1
                                << "binary";
        QByteArray junk(4096, '\0');
        QRandomGenerator generator(42);
        generator.fillRange(reinterpret_cast<quint32 *>(junk.data()), junk.size() / 4);
        QTest::newRow("random junk") << junk << int(PlanFormat::Markdown) << "";
        QTest::newRow("broken UTF-16")
            << QByteArray("\xFF\xFE\x00\xD8\x41\x00", 6) << -1 << "not valid UTF-16";
        QTest::newRow("empty") << QByteArray("\xEF\xBB\xBF  \n") << -1 << "empty";
        QTest::newRow("prose") << QByteArray("Just some prose.\nNothing else.\n") << -1
                               << "cannot tell which format";
        QTest::newRow("ics claimed, markdown given")
            << QByteArray("- one\n") << int(PlanFormat::ICalendar) << "not an iCalendar";
        QTest::newRow("todotxt claimed, ics given")
            << QByteArray("BEGIN:VCALENDAR\nEND:VCALENDAR\n") << int(PlanFormat::TodoTxt)
            << "is iCalendar, not todo.txt";
        QTest::newRow("markdown without items")
            << QByteArray("# Title only\n") << int(PlanFormat::Markdown) << "no list items";
        QTest::newRow("csv") << QByteArray("a,b\n1,2\n") << int(PlanFormat::Csv)
                             << "does not import";
    }

    void shouldRefuseFilesThatAreNotText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, format);
        QFETCH(QString, says);
        const Result<QList<Plan>> plans =
            import(bytes, format < 0 ? std::nullopt : std::optional<PlanFormat>(PlanFormat(format)),
                   QStringLiteral("file.dat"));
        QVERIFY(!plans.ok());
        QVERIFY(plans.error().kind == Error::Kind::Usage);
        QVERIFY2(plans.error().message.contains(says), qPrintable(plans.error().message));
        QVERIFY2(isOneSentence(plans.error().message), qPrintable(plans.error().message));
    }

    void shouldGuessTheFormatFromTheContent_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("format");
        QTest::newRow("json") << QByteArray("  {\"format\":\"helios-plan\"}")
                              << int(PlanFormat::Json);
        QTest::newRow("ics") << QByteArray("BEGIN:VCALENDAR\r\n") << int(PlanFormat::ICalendar);
        QTest::newRow("md") << QByteArray("Intro\n\n1. First\n") << int(PlanFormat::Markdown);
        QTest::newRow("todo") << QByteArray("(A) Call mom +family\n") << int(PlanFormat::TodoTxt);
    }

    void shouldGuessTheFormatFromTheContent()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, format);
        const Result<PlanFormat> sniffed = sniffPlanFormat(QString::fromUtf8(bytes));
        QVERIFY(sniffed.ok());
        QCOMPARE(int(*sniffed), format);
    }
};

HELIOS_TEST_MAIN(TestImporters)
#include "tst_importers.moc"

#include "core/planning/goal_text.h"
#include "core/planning/goal_understanding.h"
#include "core/planning/knowledge_base.h"
#include "core/planning/offline_planner.h"
#include "core/planning/planner_catalogue.h"

#include "tests/support/test_main.h"
#include "tests/support/test_paths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace helios;
using namespace helios::planning;

namespace {

QStringList sourceFamilyFiles()
{
    QDir dir(test::sourceDir() + QStringLiteral("/resources/planner"));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        if (name != u"schema.json")
            files << dir.filePath(name);
    }
    return files;
}

// A small valid family file; `kinds` replaces its kinds when given.
QByteArray family(const char *name, const QByteArray &kinds)
{
    return QByteArray("{\"family\": \"") + name +
           "\", \"name\": {\"en\": \"Tests\", \"zh\": \"测试\"}, \"kinds\": [" + kinds + "]}";
}

// One kind; `en` and `zh` are its tasks.
QByteArray kind(const char *id, const QByteArray &en, const QByteArray &zh,
                const QByteArray &extra = {})
{
    return QByteArray("{\"id\": \"") + id +
           "\", \"name\": {\"en\": \"Test\", \"zh\": \"测试\"},"
           " \"sample\": {\"en\": \"learn the zither\", \"zh\": \"学古筝\"},"
           " \"match\": [{\"terms\": [\"zither\", \"古筝\", \"小红书\"], \"weight\": 4}],"
           " \"default_weeks\": 8, \"effort\": {\"hours\": 10, \"min_hours\": 5},"
           " \"subject\": {\"fixed\": {\"en\": \"the zither\", \"zh\": \"古筝\"}}," +
           extra + " \"plan\": {\"en\": [{\"milestone\": \"Start\", \"tasks\": [" + en +
           "]}], \"zh\": [{\"milestone\": \"开始\", \"tasks\": [" + zh + "]}]}}";
}

const QByteArray kEn =
    "{\"key\": \"a\", \"title\": \"Buy a zither\", \"hours\": 1},"
    "{\"key\": \"b\", \"title\": \"Tune it\", \"hours\": 1, \"after\": [\"a\"]},"
    "{\"key\": \"c\", \"title\": \"Play a song\", \"hours\": 2, \"after\": [\"b\"]}";
const QByteArray kZh =
    "{\"key\": \"a\", \"title\": \"买一台古筝\", \"hours\": 1},"
    "{\"key\": \"b\", \"title\": \"调好音\", \"hours\": 1, \"after\": [\"a\"]},"
    "{\"key\": \"c\", \"title\": \"弹一首曲子\", \"hours\": 2, \"after\": [\"b\"]}";

QString write(const QTemporaryDir &dir, const char *name, const QByteArray &content)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(content);
    return path;
}

} // namespace

class KnowledgeBaseTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldLoadEveryShippedFamilyFileWithoutAProblem()
    {
        // GIVEN the family files in the source tree
        const QStringList files = sourceFamilyFiles();
        QVERIFY(files.size() >= 3);

        // WHEN they are loaded strictly
        KbProblems problems;
        const KnowledgeBase kb = KnowledgeBase::load(files, problems);

        // THEN none has a problem (each would name its file and kind), every family loaded
        QVERIFY2(problems.isEmpty(), qPrintable(problems.problems.join(QLatin1Char('\n'))));
        QCOMPARE(kb.families.size(), files.size());
        // ... and the program holds the same files (the resources glob the folder)
        QCOMPARE(KnowledgeBase::builtIn().kinds.size(), kb.kinds.size());
    }

    void shouldRecogniseEveryKindsSampleAsThatKind()
    {
        // GIVEN every kind the program knows
        const KnowledgeBase &kb = KnowledgeBase::builtIn();
        QVERIFY(kb.kinds.size() >= 30);
        for (const KbKind &k : kb.kinds) {
            for (const QString &sample : {k.sample.en, k.sample.zh}) {
                // WHEN its sample goal is analysed and drafted
                const GoalAnalysis analysis = OfflinePlanner::analyse(sample);
                Goal goal;
                goal.text = sample;
                goal.today = QDate(2026, 12, 3);
                goal.hoursPerWeek = 8;
                const Plan plan = OfflinePlanner().draft(goal);

                // THEN it is that kind, in the sample's language, with a plan of 3 or more tasks
                QVERIFY2(analysis.kind == k.id,
                         qPrintable(sample + QStringLiteral(" -> ") + analysis.kind));
                QCOMPARE(plan.language,
                         sample == k.sample.zh ? QStringLiteral("zh") : QStringLiteral("en"));
                QVERIFY(plan.tasks.size() >= 3);
                QCOMPARE(std::count_if(plan.tasks.cbegin(), plan.tasks.cend(),
                                       [](const Task &t) { return t.event; }),
                         k.isEvent() ? 1 : 0);
            }
        }
    }

    void shouldListEveryKindInTheCatalogue()
    {
        // GIVEN the catalogue the template gallery reads
        const QList<PlannerKind> kinds = plannerKinds();

        // THEN it lists every kind with both languages, and drafts each one's sample plan
        QCOMPARE(kinds.size(), KnowledgeBase::builtIn().kinds.size());
        for (const PlannerKind &k : kinds) {
            QVERIFY(!k.id.isEmpty() && k.id.startsWith(k.family + u'/'));
            for (const QString &text :
                 {k.name.en, k.name.zh, k.familyName.en, k.familyName.zh, k.sample.en, k.sample.zh})
                QVERIFY2(!text.isEmpty(), qPrintable(k.id));
            const std::optional<Plan> sample =
                draftSamplePlan(k.id, QStringLiteral("zh"), QDate(2026, 12, 3));
            QVERIFY(sample.has_value());
            QCOMPARE(sample->kind, k.id);
            QCOMPARE(sample->language, QStringLiteral("zh"));
            QVERIFY(sample->tasks.first().dueDate.isValid());
            QCOMPARE(plannerKind(k.id)->name.en, k.name.en);
        }
        QVERIFY(!plannerKind(QStringLiteral("generic")));
        QVERIFY(!draftSamplePlan(QStringLiteral("no/such-kind"), QStringLiteral("en"), {}));
    }

    void shouldReportABadFileByFileKindAndProblem_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("problem");

        QTest::newRow("not JSON") << QByteArray("{\"family\": ") << "is not valid JSON";
        QTest::newRow("family is not the file name")
            << QByteArray("{\"family\": \"other\", \"name\": {\"en\": \"T\", \"zh\": \"测\"}, "
                          "\"kinds\": [") +
                   kind("bad/one", kEn, kZh) + "]}"
            << "it must be the file's name";
        QTest::newRow("after names a later key")
            << family("bad", kind("bad/one",
                                  "{\"key\": \"a\", \"title\": \"A\", \"hours\": 1, \"after\": "
                                  "[\"b\"]}, {\"key\": \"b\", \"title\": \"B\", \"hours\": 1},"
                                  "{\"key\": \"c\", \"title\": \"C\", \"hours\": 1}",
                                  kZh))
            << "bad.json: bad/one: plan en: task a: \"after\" names \"b\"";
        QTest::newRow("a key used twice")
            << family("bad", kind("bad/one",
                                  kEn + ",{\"key\": \"a\", \"title\": \"Again\", "
                                        "\"hours\": 1}",
                                  kZh))
            << "task a: the key is used twice";
        QTest::newRow("an unguarded placeholder")
            << family("bad",
                      kind("bad/one",
                           kEn + ",{\"key\": \"d\", \"title\": \"Play {count} "
                                 "songs\", \"hours\": 1}",
                           kZh, "\"details\": [{\"slot\": \"count\", \"units\": [\"songs\"]}],"))
            << "{count} in the title needs \"when\": \"count\"";
        QTest::newRow("an unknown placeholder")
            << family("bad", kind("bad/one",
                                  kEn + ",{\"key\": \"d\", \"title\": \"Play {tune}\", "
                                        "\"hours\": 1}",
                                  kZh))
            << "unknown placeholder {tune}";
        QTest::newRow("no Chinese")
            << family("bad", kind("bad/one", kEn,
                                  "{\"key\": \"a\", \"title\": \"Buy\", "
                                  "\"hours\": 1},{\"key\": \"b\", \"title\": "
                                  "\"调音\", \"hours\": 1},{\"key\": \"c\", "
                                  "\"title\": \"弹\", \"hours\": 1}"))
            << "plan zh: task a: the title is not in Chinese";
        QTest::newRow("an event kind without its event")
            << family("bad", kind("bad/one", kEn, kZh,
                                  "\"event\": {\"en\": \"Concert\", \"zh\": \"演出\"},"))
            << "needs exactly one \"event\": true task, not 0";
        QTest::newRow("an event task in a kind without event")
            << family("bad", kind("bad/one",
                                  kEn + ",{\"key\": \"e\", \"title\": \"Concert\", "
                                        "\"hours\": 2, \"event\": true}",
                                  kZh))
            << "an event task in a kind without \"event\"";
        QTest::newRow("a task after the event")
            << family("bad",
                      kind("bad/one",
                           kEn + ",{\"key\": \"e\", \"title\": \"Concert\", \"hours\": 2, "
                                 "\"event\": true, \"after\": [\"c\"]},{\"key\": \"f\", \"title\": "
                                 "\"Thank people\", \"hours\": 1, \"after\": [\"e\"]}",
                           kZh + ",{\"key\": \"e\", \"title\": \"演出\", \"hours\": 2, \"event\": "
                                 "true, \"after\": [\"c\"]}",
                           "\"event\": {\"en\": \"Concert\", \"zh\": \"演出\"},"))
            << "task f: comes after the event \"e\"";
        QTest::newRow("a session without its number")
            << family("bad", kind("bad/one",
                                  kEn + ",{\"key\": \"s\", \"title\": \"Practise\", "
                                        "\"hours\": 1, \"repeat\": {\"every_days\": 7, "
                                        "\"min\": 2, \"max\": 4}}",
                                  kZh))
            << "a repeated task's title needs {n}";
        QTest::newRow("sittings in a kind without event")
            << family("bad", kind("bad/one", kEn, kZh,
                                  "\"sittings\": {\"dates\": [{\"month\": 6, \"day\": 7}], "
                                  "\"note\": {\"en\": \"Held in June\", \"zh\": \"六月考\"}},"))
            << "sittings in a kind without \"event\"";
        QTest::newRow("a sitting on the 30th")
            << family("bad", kind("bad/one", kEn, kZh,
                                  "\"sittings\": {\"dates\": [{\"month\": 6, \"day\": 30}], "
                                  "\"note\": {\"en\": \"Held in June\", \"zh\": \"六月考\"}},"))
            << "\"day\" must be a number from 1 to 28";
        QTest::newRow("fill before a task that is no series")
            << family("bad", kind("bad/one",
                                  kEn + ",{\"key\": \"s\", \"title\": \"Practise {n}\", "
                                        "\"hours\": 1, \"repeat\": {\"every_days\": 7, "
                                        "\"min\": 2, \"max\": 4, \"fill_before\": \"c\"}}",
                                  kZh))
            << "\"fill_before\" names \"c\", which is not a repeated task";
        QTest::newRow("a task waiting for a fill series")
            << family("bad", kind("bad/one",
                                  kEn + ",{\"key\": \"s\", \"title\": \"Practise {n}\", "
                                        "\"hours\": 1, \"repeat\": {\"every_days\": 7, "
                                        "\"min\": 2, \"max\": 4}},{\"key\": \"f\", \"title\": "
                                        "\"Warm up {n}\", \"hours\": 1, \"repeat\": "
                                        "{\"every_days\": 7, \"min\": 1, \"max\": 4, "
                                        "\"fill_before\": \"s\"}},{\"key\": \"g\", \"title\": "
                                        "\"Play\", \"hours\": 1, \"after\": [\"f\"]}",
                                  kZh))
            << "comes after \"f\", which fills the time before another series";
        QTest::newRow("min hours above hours")
            << family("bad", QByteArray(kind("bad/one", kEn, kZh))
                                 .replace("\"min_hours\": 5", "\"min_hours\": 50"))
            << "effort min_hours 50 is above hours 10";
        QTest::newRow("a missing language")
            << family("bad",
                      QByteArray(kind("bad/one", kEn, kZh))
                          .replace("{\"en\": \"Test\", \"zh\": \"测试\"}", "{\"en\": \"Test\"}"))
            << "\"name\" needs both \"en\" and \"zh\"";
    }

    void shouldReportABadFileByFileKindAndProblem()
    {
        // GIVEN a good family file and a bad one
        QFETCH(QByteArray, content);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString good = write(dir, "good.json", family("good", kind("good/zither", kEn, kZh)));
        const QString bad = write(dir, "bad.json", content);

        // WHEN both are loaded
        KbProblems problems;
        const KnowledgeBase kb = KnowledgeBase::load({bad, good}, problems);

        // THEN the bad file's problem names the file (and the kind, where there is one) and
        // the good file still loads
        const QString all = problems.problems.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(problem), qPrintable(all));
        QVERIFY2(all.startsWith(QStringLiteral("bad.json: ")), qPrintable(all));
        QCOMPARE(kb.kinds.size(), 1);
        QCOMPARE(kb.kinds.first().id, QStringLiteral("good/zither"));
    }

    void shouldRefuseTheSameIdInTwoFiles()
    {
        QTemporaryDir dir;
        const QString one = write(dir, "one.json", family("one", kind("one/zither", kEn, kZh)));
        const QString two = write(dir, "two.json", family("two", kind("one/zither", kEn, kZh)));
        KbProblems problems;
        const KnowledgeBase kb = KnowledgeBase::load({one, two}, problems);
        const QString all = problems.problems.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("two.json: one/zither:")), qPrintable(all));
        QCOMPARE(kb.kinds.size(), 1);
    }

    void shouldNeverCutASubjectOutOfACompound()
    {
        // GIVEN a knowledge base that knows the word 小红书
        QTemporaryDir dir;
        KbProblems problems;
        const KnowledgeBase kb = KnowledgeBase::load(
            {write(dir, "good.json", family("good", kind("good/zither", kEn, kZh)))}, problems);
        QVERIFY(problems.isEmpty());

        // WHEN subjects are taken out of goals where a measure word runs into a compound
        // THEN the compound stays whole
        QCOMPARE(extractSubject(kb, QStringLiteral("做一个小红书账号"), QStringLiteral("zh")),
                 QStringLiteral("小红书账号"));
        QCOMPARE(extractSubject(kb, QStringLiteral("contribute to an open source project"),
                                QStringLiteral("en")),
                 QStringLiteral("open source project"));
        QCOMPARE(extractSubject(kb, QStringLiteral("asdf qwer"), QStringLiteral("en")), QString());
    }

    void shouldMatchWholeWordsAndHideShorterTerms()
    {
        // GIVEN the built-in terms
        const TermIndex &index = KnowledgeBase::builtIn().index();
        const auto found = [&index](const char *goal) {
            QStringList out;
            for (const TermHit &h : findTerms(index, foldForMatching(QString::fromUtf8(goal))))
                out << index.terms[h.term].folded;
            return out;
        };

        // THEN a Latin term is a whole word (with plurals), hyphens are spaces, and a term inside a
        // longer one found there does not count
        QVERIFY(found("run my first half-marathon").contains(QStringLiteral("half marathon")));
        QVERIFY(!found("run my first half-marathon").contains(QStringLiteral("marathon")));
        QVERIFY(found("do 20 pull-ups").contains(QStringLiteral("pull up")));
        QVERIFY(!found("cookies").contains(QStringLiteral("cook")));
        QVERIFY(!found("跑15公里").contains(QStringLiteral("5公里")));
        QVERIFY(found("跑5公里").contains(QStringLiteral("5公里")));
    }

    void shouldReadNumbersAsPeopleWriteThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("value");
        QTest::newRow("120") << "120" << 120.0;
        QTest::newRow("10,000") << "10,000" << 10000.0;
        QTest::newRow("10k") << "10k" << 10000.0;
        QTest::newRow("1万") << "1万" << 10000.0;
        QTest::newRow("1.5万") << "1.5万" << 15000.0;
        QTest::newRow("一万") << "一万" << 10000.0;
        QTest::newRow("两千") << "两千" << 2000.0;
        QTest::newRow("五十") << "五十" << 50.0;
        QTest::newRow("十二") << "十二" << 12.0;
        QTest::newRow("二十万") << "二十万" << 200000.0;
        QTest::newRow("三千五百") << "三千五百" << 3500.0;
    }

    void shouldReadNumbersAsPeopleWriteThem()
    {
        QFETCH(QString, text);
        QFETCH(double, value);
        const std::optional<double> parsed = parseNumber(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, value);
        QCOMPARE(formatCount(10000, QStringLiteral("zh")), QStringLiteral("1万"));
        QCOMPARE(formatCount(10000, QStringLiteral("en")), QStringLiteral("10,000"));
        QCOMPARE(formatCount(120, QStringLiteral("en")), QStringLiteral("120"));
    }
};

HELIOS_TEST_MAIN(KnowledgeBaseTest)
#include "tst_knowledge_base.moc"

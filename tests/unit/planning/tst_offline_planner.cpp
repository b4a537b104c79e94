#include "core/planning/offline_planner.h"

#include "tests/support/test_main.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace helios;

namespace {

const QDate kToday(2025, 1, 6);

bool containsHan(const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF))
            return true;
    }
    return false;
}

Goal goalOf(const QString &text, QDate deadline = {}, double hoursPerWeek = 10.0)
{
    Goal goal;
    goal.text = text;
    goal.deadline = deadline;
    goal.hoursPerWeek = hoursPerWeek;
    goal.today = kToday;
    return goal;
}

// One goal per kind and language, plus the template variants, for the checks every plan must pass.
const QList<std::pair<const char *, const char *>> &sampleGoals()
{
    static const QList<std::pair<const char *, const char *>> goals = {
        {"learning, en, programming", "learn Python"},
        {"learning, en, language", "learn Spanish in 6 months"},
        {"learning, en, skill", "master the guitar"},
        {"learning, zh, programming", "学习Python编程"},
        {"learning, zh, language", "学日语"},
        {"learning, zh, skill", "学会弹吉他"},
        {"fitness, en, race", "run a half marathon by April"},
        {"fitness, en, weight", "lose 5 kg"},
        {"fitness, en, general", "get fit"},
        {"fitness, zh, race", "跑半程马拉松"},
        {"fitness, zh, weight", "减肥10斤"},
        {"fitness, zh, general", "每周去三次健身房"},
        {"project, en", "build a personal website"},
        {"project, zh", "开发一个微信小程序"},
        {"writing, en", "write my master's thesis"},
        {"writing, zh", "完成毕业论文"},
        {"exam, en", "pass the IELTS with 7.0"},
        {"exam, zh", "准备英语六级考试"},
        {"habit, en", "meditate every day"},
        {"habit, zh", "每天早起"},
        {"generic, en", "asdf qwer"},
        {"generic, zh", "整理房间"},
        {"generic, emoji", "🙂🙂🙂"},
    };
    return goals;
}

void addSampleGoalRows()
{
    QTest::addColumn<QString>("goal");
    for (const auto &[name, text] : sampleGoals())
        QTest::newRow(name) << QString::fromUtf8(text);
}

// Whether task `from` waits, directly or through others, for task `to`.
bool dependsOn(const Plan &plan, int from, int to)
{
    QList<int> stack{from};
    QSet<int> seen;
    while (!stack.isEmpty()) {
        for (const int d : plan.tasks[stack.takeLast()].dependsOn) {
            if (d == to)
                return true;
            if (!seen.contains(d)) {
                seen.insert(d);
                stack.append(d);
            }
        }
    }
    return false;
}

QJsonObject shippedTemplates()
{
    QFile file(QStringLiteral(":/planner/templates.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(u"templates").toObject();
}

} // namespace

class OfflinePlannerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRecogniseGoalKind_data()
    {
        QTest::addColumn<QString>("goal");
        QTest::addColumn<QString>("kind");

        QTest::newRow("learn Python") << "learn Python"
                                      << "learning";
        QTest::newRow("learn Spanish") << "learn Spanish"
                                       << "learning";
        QTest::newRow("master the guitar") << "master the guitar"
                                           << "learning";
        QTest::newRow("get better at chess") << "I'd like to get better at chess"
                                             << "learning";
        QTest::newRow("teach myself to draw") << "teach myself to draw"
                                              << "learning";
        QTest::newRow("improve French") << "Improve my French before my trip to Paris"
                                        << "learning";
        QTest::newRow("cook Thai food") << "learn how to cook Thai food"
                                        << "learning";
        QTest::newRow("learn C++") << "learn C++"
                                   << "learning";
        QTest::newRow("学习Python编程") << "学习Python编程"
                                        << "learning";
        QTest::newRow("学日语") << "学日语"
                                << "learning";
        QTest::newRow("学会弹吉他") << "学会弹吉他"
                                    << "learning";
        QTest::newRow("提高英语口语") << "提高英语口语"
                                      << "learning";
        QTest::newRow("自学摄影") << "想自学摄影"
                                  << "learning";
        QTest::newRow("学习机器学习") << "我想系统地学习机器学习"
                                      << "learning";
        QTest::newRow("学做饭") << "学做饭"
                                << "learning";

        QTest::newRow("half marathon") << "run a half marathon by April"
                                       << "fitness";
        QTest::newRow("lose 5 kg") << "lose 5 kg"
                                   << "fitness";
        QTest::newRow("get fit") << "get fit"
                                 << "fitness";
        QTest::newRow("learn to run: fitness before learning") << "learn to run a marathon"
                                                               << "fitness";
        QTest::newRow("pull-ups") << "do 20 pull-ups in a row"
                                  << "fitness";
        QTest::newRow("swim") << "swim 1 km without stopping"
                              << "fitness";
        QTest::newRow("10k race") << "I want to finish a 10k race this autumn"
                                  << "fitness";
        QTest::newRow("跑半程马拉松") << "跑半程马拉松"
                                      << "fitness";
        QTest::newRow("减肥10斤") << "减肥10斤"
                                  << "fitness";
        QTest::newRow("健身房") << "每周去三次健身房"
                                << "fitness";
        QTest::newRow("体重降到60公斤") << "把体重降到60公斤"
                                        << "fitness";
        QTest::newRow("练出腹肌") << "练出腹肌"
                                  << "fitness";
        QTest::newRow("全马") << "今年跑完人生第一个全马"
                              << "fitness";

        QTest::newRow("personal website") << "build a personal website"
                                          << "project";
        QTest::newRow("iOS app") << "launch my iOS app"
                                 << "project";
        QTest::newRow("Chrome extension") << "ship a Chrome extension that blocks ads"
                                          << "project";
        QTest::newRow("podcast") << "start a podcast about history"
                                 << "project";
        QTest::newRow("online shop") << "open a small online shop"
                                     << "project";
        QTest::newRow("game") << "make a game in Godot"
                              << "project";
        QTest::newRow("微信小程序") << "开发一个微信小程序"
                                    << "project";
        QTest::newRow("个人博客网站") << "做一个个人博客网站"
                                      << "project";
        QTest::newRow("写爬虫: 写 + 程序 is a project") << "用Python写一个爬虫"
                                                        << "project";
        QTest::newRow("写代码") << "写代码做一个记账工具"
                                << "project";
        QTest::newRow("独立站") << "上线我的独立站"
                                << "project";

        QTest::newRow("master's thesis") << "write my master's thesis"
                                         << "writing";
        QTest::newRow("novel draft") << "finish the first draft of my novel"
                                     << "writing";
        QTest::newRow("research paper") << "publish a research paper"
                                        << "writing";
        QTest::newRow("children's book") << "Write a children's book about dragons"
                                         << "writing";
        QTest::newRow("memoir") << "write a memoir"
                                << "writing";
        QTest::newRow("毕业论文") << "完成毕业论文"
                                  << "writing";
        QTest::newRow("小说") << "写一本小说"
                              << "writing";
        QTest::newRow("回忆录") << "在年底前写完我的回忆录"
                                << "writing";
        QTest::newRow("SCI论文") << "发表一篇SCI论文"
                                 << "writing";
        QTest::newRow("写一本关于编程的书") << "写一本关于编程的书"
                                            << "writing";

        QTest::newRow("IELTS") << "pass the IELTS with 7.0"
                               << "exam";
        QTest::newRow("GRE") << "prepare for the GRE"
                             << "exam";
        QTest::newRow("final exams") << "ace my final exams"
                                     << "exam";
        QTest::newRow("driving licence") << "get my driving licence"
                                         << "exam";
        QTest::newRow("CPA exam") << "study for the CPA exam"
                                  << "exam";
        QTest::newRow("考研") << "考研"
                              << "exam";
        QTest::newRow("英语六级") << "准备英语六级考试"
                                  << "exam";
        QTest::newRow("注册会计师") << "通过注册会计师考试"
                                    << "exam";
        QTest::newRow("学习 + 考试 is an exam") << "学习日语，考过N2"
                                                << "exam";
        QTest::newRow("雅思") << "雅思考到7分"
                              << "exam";
        QTest::newRow("教师资格证") << "今年考下教师资格证"
                                    << "exam";

        QTest::newRow("meditate") << "meditate every day"
                                  << "habit";
        QTest::newRow("journaling") << "build a habit of journaling"
                                    << "habit";
        QTest::newRow("phone in bed") << "stop scrolling my phone in bed"
                                      << "habit";
        QTest::newRow("water") << "drink more water"
                               << "habit";
        QTest::newRow("a book a month") << "read a book every month"
                                        << "habit";
        QTest::newRow("wake up") << "wake up at 6am"
                                 << "habit";
        QTest::newRow("每天早起") << "每天早起"
                                  << "habit";
        QTest::newRow("阅读习惯") << "养成阅读习惯"
                                  << "habit";
        QTest::newRow("背单词") << "坚持每天背50个单词"
                                << "habit";
        QTest::newRow("戒烟") << "戒烟"
                              << "habit";
        QTest::newRow("早睡") << "每晚11点前睡觉"
                              << "habit";
        QTest::newRow("熬夜") << "不再熬夜"
                              << "habit";

        QTest::newRow("asdf") << "asdf qwer"
                              << "generic";
        QTest::newRow("emoji") << "🙂🙂🙂"
                               << "generic";
        QTest::newRow("save money") << "save money for a house"
                                    << "generic";
        QTest::newRow("wedding") << "organise my wedding"
                                 << "generic";
        QTest::newRow("plan my wedding") << "plan my wedding"
                                         << "generic";
        QTest::newRow("整理房间") << "整理房间"
                                  << "generic";
        QTest::newRow("买房") << "买一套房子"
                              << "generic";
    }

    void shouldRecogniseGoalKind()
    {
        // GIVEN a goal as a person would type it
        QFETCH(QString, goal);
        QFETCH(QString, kind);

        // WHEN the offline planner analyses it
        const GoalAnalysis analysis = OfflinePlanner::analyse(goal);

        // THEN it recognises what kind of goal it is
        QCOMPARE(analysis.kind, kind);
    }

    void shouldDetectLanguage_data()
    {
        QTest::addColumn<QString>("goal");
        QTest::addColumn<QString>("language");

        QTest::newRow("English") << "learn Python"
                                 << "en";
        QTest::newRow("Chinese") << "跑半程马拉松"
                                 << "zh";
        QTest::newRow("Chinese with an English name") << "学习Python编程"
                                                      << "zh";
        QTest::newRow("single ideograph and a name") << "学Go"
                                                     << "zh";
        QTest::newRow("Chinese with several names") << "学习 React、Vue 和 Angular"
                                                    << "zh";
        QTest::newRow("English with a Chinese word") << "I want to learn 中文"
                                                     << "en";
        QTest::newRow("full-width letters") << "ｌｅａｒｎ Ｐｙｔｈｏｎ"
                                            << "en";
        QTest::newRow("full-width punctuation") << "我想学日语！！"
                                                << "zh";
        QTest::newRow("emoji only") << "🙂🙂🙂"
                                    << "en";
        QTest::newRow("digits only") << "2025"
                                     << "en";
        QTest::newRow("emoji and Chinese") << "🏃 跑步 🏃"
                                           << "zh";
    }

    void shouldDetectLanguage()
    {
        // GIVEN a goal in some script
        QFETCH(QString, goal);
        QFETCH(QString, language);

        // WHEN it is analysed
        const GoalAnalysis analysis = OfflinePlanner::analyse(goal);

        // THEN the language is the one the goal is mostly written in
        QCOMPARE(analysis.language, language);
    }

    void shouldExtractSubject_data()
    {
        QTest::addColumn<QString>("goal");
        QTest::addColumn<QString>("subject");

        QTest::newRow("学习Python编程") << "学习Python编程"
                                        << "Python";
        QTest::newRow("learn Spanish in 6 months") << "learn Spanish in 6 months"
                                                   << "Spanish";
        QTest::newRow("half marathon by April") << "run a half marathon by April"
                                                << "half marathon";
        QTest::newRow("个人博客网站") << "做一个个人博客网站"
                                      << "个人博客网站";
        QTest::newRow("build and ship") << "Build and ship a personal website"
                                        << "personal website";
        QTest::newRow("design, build and launch") << "design and build and launch my portfolio site"
                                                  << "portfolio site";
        QTest::newRow("毕业论文") << "完成毕业论文"
                                  << "毕业论文";
        QTest::newRow("IELTS with a score") << "pass the IELTS with 7.0"
                                            << "IELTS";
        QTest::newRow("每天早起") << "每天早起"
                                  << "早起";
        QTest::newRow("filler and exclamation") << "I want to learn Spanish!"
                                                << "Spanish";
        QTest::newRow("我想 + 在三个月内") << "我想在三个月内学会日语"
                                           << "日语";
        QTest::newRow("article") << "master the guitar"
                                 << "guitar";
        QTest::newRow("play the piano") << "learn to play the piano"
                                        << "piano";
        QTest::newRow("bare verb becomes a skill") << "learn how to code"
                                                   << "programming";
        QTest::newRow("弹吉他") << "学会弹吉他"
                                << "吉他";
        QTest::newRow("C语言 keeps its name") << "学习C语言"
                                              << "C语言";
        QTest::newRow("口语能力") << "提高英语口语能力"
                                  << "英语口语";
        QTest::newRow("跑半程马拉松") << "跑半程马拉松"
                                      << "半程马拉松";
        QTest::newRow("learn to run a marathon") << "learn to run a marathon"
                                                 << "marathon";
        QTest::newRow("weight") << "I want to lose 5 kg by summer"
                                << "lose 5 kg";
        QTest::newRow("减肥10斤") << "明年6月之前减肥10斤"
                                  << "减肥10斤";
        QTest::newRow("微信小程序") << "开发一个微信小程序"
                                    << "微信小程序";
        QTest::newRow("my iOS app") << "launch my iOS app"
                                    << "iOS app";
        QTest::newRow("website for someone") << "build a website for my bakery"
                                             << "website";
        QTest::newRow("爬虫") << "用Python写一个爬虫"
                              << "爬虫";
        QTest::newRow("master's thesis") << "write my master's thesis by June"
                                         << "master's thesis";
        QTest::newRow("draft of a novel") << "finish the first draft of my novel"
                                          << "novel";
        QTest::newRow("小说") << "写一本小说"
                              << "小说";
        QTest::newRow("硕士论文 before year end") << "我要在年底之前完成我的硕士论文。"
                                                  << "硕士论文";
        QTest::newRow("GRE") << "prepare for the GRE"
                             << "GRE";
        QTest::newRow("考研") << "考研"
                              << "考研";
        QTest::newRow("英语六级") << "准备英语六级考试"
                                  << "英语六级";
        QTest::newRow("注册会计师") << "通过注册会计师考试"
                                    << "注册会计师";
        QTest::newRow("final exams") << "ace my final exams"
                                     << "final exams";
        QTest::newRow("meditate every day") << "meditate every day"
                                            << "meditate";
        QTest::newRow("habit of journaling") << "build a habit of journaling"
                                             << "journaling";
        QTest::newRow("阅读习惯") << "养成阅读习惯"
                                  << "阅读";
        QTest::newRow("背单词") << "坚持每天背50个单词"
                                << "背50个单词";
        QTest::newRow("generic keeps the goal") << "organise my wedding"
                                                << "organise my wedding";
        QTest::newRow("surrounding whitespace") << "  \t learn   Rust \n "
                                                << "Rust";
        QTest::newRow("full-width") << "ｌｅａｒｎ　Ｐｙｔｈｏｎ！"
                                    << "Python";
        QTest::newRow("emoji around") << "🐍 学习Python编程 🐍"
                                      << "Python";
        QTest::newRow("full-width punctuation") << "我想学日语，去日本旅游。"
                                                << "日语";
        QTest::newRow("emoji only") << "🙂🙂🙂"
                                    << "🙂🙂🙂";
    }

    void shouldExtractSubject()
    {
        // GIVEN a goal with filler words, deadlines or odd characters around what it is about
        QFETCH(QString, goal);
        QFETCH(QString, subject);

        // WHEN it is analysed
        const GoalAnalysis analysis = OfflinePlanner::analyse(goal);

        // THEN only the subject is kept
        QCOMPARE(analysis.subject, subject);
    }

    void shouldShortenSubjectOfLongGoals_data()
    {
        QTest::addColumn<QString>("goal");

        QTest::newRow("long generic English")
            << QStringLiteral("organise a surprise party for my grandmother's ninetieth birthday "
                              "with all the cousins from abroad");
        QTest::newRow("long generic Chinese")
            << QStringLiteral("把家里所有的旧照片都扫描成电子版，按年份整理好，做成一本家庭相册送给"
                              "爸妈当作结婚纪念日礼物");
        QTest::newRow("2000 characters") << QString(2000, u'x');
        QTest::newRow("over 2000 characters") << QStringLiteral("learn Python ").repeated(300);
        QTest::newRow("2000 ideographs") << QStringLiteral("学习").repeated(1000);
        QTest::newRow("emoji run") << QStringLiteral("🙂").repeated(500);
    }

    void shouldShortenSubjectOfLongGoals()
    {
        // GIVEN a very long goal
        QFETCH(QString, goal);

        // WHEN it is analysed
        const GoalAnalysis analysis = OfflinePlanner::analyse(goal);

        // THEN the subject is a short, trimmed, non-empty text without a broken character
        QVERIFY(!analysis.subject.isEmpty());
        QVERIFY2(analysis.subject.size() <= 40, qPrintable(analysis.subject));
        QCOMPARE(analysis.subject, analysis.subject.trimmed());
        QVERIFY(!analysis.subject.back().isHighSurrogate());
    }

    void shouldHandleOddInput_data()
    {
        QTest::addColumn<QString>("goal");

        QTest::newRow("empty") << QString();
        QTest::newRow("whitespace") << QStringLiteral(" \t\n ");
        QTest::newRow("punctuation") << QStringLiteral("?!。，…");
        QTest::newRow("newlines inside") << QStringLiteral("learn\n\nPython\n");
        QTest::newRow("lone surrogate")
            << (QStringLiteral("learn ") + QChar(0xD83D) + QStringLiteral(" Python"));
        QTest::newRow("zero-width joiner emoji")
            << QStringLiteral("👨‍👩‍👧 family trip");
        QTest::newRow("ideographic space") << QStringLiteral("学习　日语");
        QTest::newRow("Japanese kana") << QStringLiteral("にほんごをべんきょうする");
        QTest::newRow("regex characters") << QStringLiteral("learn (.*)+[a-z]{2,}\\ now");
        QTest::newRow("numbers") << QStringLiteral("10000");
    }

    void shouldHandleOddInput()
    {
        // GIVEN input no template was written for
        QFETCH(QString, goal);

        // WHEN it is analysed and drafted
        const GoalAnalysis analysis = OfflinePlanner::analyse(goal);
        const Plan plan = OfflinePlanner().draft(goalOf(goal, kToday.addDays(30)));

        // THEN the planner still answers with a known kind and a plan within the bounds
        static const QStringList kinds = {QStringLiteral("learning"), QStringLiteral("fitness"),
                                          QStringLiteral("project"),  QStringLiteral("writing"),
                                          QStringLiteral("exam"),     QStringLiteral("habit"),
                                          QStringLiteral("generic")};
        QVERIFY2(kinds.contains(analysis.kind), qPrintable(analysis.kind));
        QVERIFY(analysis.language == u"en" || analysis.language == u"zh");
        QVERIFY(analysis.subject.size() <= 40);
        QVERIFY(plan.tasks.size() >= 8 && plan.tasks.size() <= 30);
    }

    void shouldFallBackToGenericPlanForNonsense_data()
    {
        QTest::addColumn<QString>("goal");
        QTest::addColumn<QString>("language");

        QTest::newRow("keyboard mash") << "asdf qwer"
                                       << "en";
        QTest::newRow("emoji") << "🙂🙂🙂"
                               << "en";
        QTest::newRow("Chinese chore") << "整理房间"
                                       << "zh";
    }

    void shouldFallBackToGenericPlanForNonsense()
    {
        // GIVEN a goal that matches no kind
        QFETCH(QString, goal);
        QFETCH(QString, language);

        // WHEN it is drafted
        const Plan plan = OfflinePlanner().draft(goalOf(goal));

        // THEN it gets the generic plan, which still names the goal
        QCOMPARE(plan.kind, QStringLiteral("generic"));
        QCOMPARE(plan.language, language);
        QVERIFY(!plan.subject.isEmpty());
        QVERIFY(plan.tasks.size() >= 8);
        const bool named =
            std::any_of(plan.tasks.cbegin(), plan.tasks.cend(),
                        [&plan](const Task &t) { return t.title.contains(plan.subject); });
        QVERIFY(named);
    }

    void shouldFillPlanFields()
    {
        // GIVEN a goal with surrounding whitespace, a deadline and hours per week
        const Goal goal = goalOf(QStringLiteral("  跑半程马拉松  "), kToday.addDays(90), 6.0);

        // WHEN it is drafted
        const Plan plan = OfflinePlanner().draft(goal);

        // THEN the plan carries the goal and what was understood of it, and no ids or dates
        QCOMPARE(plan.goal, QStringLiteral("跑半程马拉松"));
        QCOMPARE(plan.language, QStringLiteral("zh"));
        QCOMPARE(plan.kind, QStringLiteral("fitness"));
        QCOMPARE(plan.subject, QStringLiteral("半程马拉松"));
        QCOMPARE(plan.startDate, kToday);
        QCOMPARE(plan.deadline, kToday.addDays(90));
        QCOMPARE(plan.hoursPerWeek, 6.0);
        QCOMPARE(plan.id, qint64(0));
        for (const Task &task : plan.tasks) {
            QCOMPARE(task.id, qint64(0));
            QVERIFY(task.status == TaskStatus::Todo);
            QVERIFY(task.startDate.isNull());
            QVERIFY(task.dueDate.isNull());
            QVERIFY(!task.milestone.isEmpty());
            QVERIFY(!task.notes.isEmpty());
        }
    }

    void shouldDraftBetweenEightAndThirtyTasks_data() { addSampleGoalRows(); }

    void shouldDraftBetweenEightAndThirtyTasks()
    {
        // GIVEN a goal of any kind, with no deadline, a very short one or a very long one
        QFETCH(QString, goal);
        for (const QDate deadline : {QDate(), kToday, kToday.addDays(7), kToday.addYears(3)}) {
            for (const double hours : {0.5, 10.0, 168.0}) {
                // WHEN it is drafted
                const Plan plan = OfflinePlanner().draft(goalOf(goal, deadline, hours));

                // THEN the plan has at least 8 and at most 30 tasks
                QVERIFY2(plan.tasks.size() >= 8 && plan.tasks.size() <= 30,
                         qPrintable(QStringLiteral("%1 tasks").arg(plan.tasks.size())));
            }
        }
    }

    void shouldWriteTasksInTheGoalsLanguage_data() { addSampleGoalRows(); }

    void shouldWriteTasksInTheGoalsLanguage()
    {
        // GIVEN a goal in English or Chinese
        QFETCH(QString, goal);

        // WHEN it is drafted
        const Plan plan = OfflinePlanner().draft(goalOf(goal));

        // THEN every task title, note and milestone is in that language
        const bool chinese = containsHan(goal);
        QCOMPARE(plan.language, chinese ? QStringLiteral("zh") : QStringLiteral("en"));
        for (const Task &task : plan.tasks) {
            for (const QString &text : {task.title, task.notes, task.milestone})
                QVERIFY2(containsHan(text) == chinese, qPrintable(text));
        }
    }

    void shouldWriteConcreteTitles_data() { addSampleGoalRows(); }

    void shouldWriteConcreteTitles()
    {
        // GIVEN a goal
        QFETCH(QString, goal);

        // WHEN it is drafted
        const Plan plan = OfflinePlanner().draft(goalOf(goal));

        // THEN titles are non-empty, at most 200 characters, filled in and all different
        QSet<QString> titles;
        for (const Task &task : plan.tasks) {
            QVERIFY(!task.title.trimmed().isEmpty());
            QVERIFY(task.title.size() <= 200);
            QVERIFY2(!task.title.contains(u'{') && !task.notes.contains(u'{'),
                     qPrintable(task.title));
            QVERIFY2(!task.title.startsWith(u"Step"), qPrintable(task.title));
            titles.insert(task.title);
        }
        QCOMPARE(titles.size(), plan.tasks.size());
    }

    void shouldOrderTasksAndPointDependenciesBackwards_data() { addSampleGoalRows(); }

    void shouldOrderTasksAndPointDependenciesBackwards()
    {
        // GIVEN a goal, with and without a tight deadline (which leaves tasks out)
        QFETCH(QString, goal);
        for (const QDate deadline : {QDate(), kToday.addDays(7)}) {
            // WHEN it is drafted
            const Plan plan = OfflinePlanner().draft(goalOf(goal, deadline));

            // THEN order is the index and every prerequisite is an earlier task, listed once
            int withDependencies = 0;
            for (int i = 0; i < plan.tasks.size(); ++i) {
                const Task &task = plan.tasks[i];
                QCOMPARE(task.order, i);
                QSet<int> seen;
                for (const int d : task.dependsOn) {
                    QVERIFY2(d >= 0 && d < i,
                             qPrintable(QStringLiteral("task %1 depends on %2").arg(i).arg(d)));
                    QVERIFY(!seen.contains(d));
                    seen.insert(d);
                }
                withDependencies += task.dependsOn.isEmpty() ? 0 : 1;
            }
            // A plan is a sequence of steps, not a flat list.
            QVERIFY(withDependencies >= plan.tasks.size() / 2);
        }
    }

    void shouldRoundEstimatesToHalfHours_data() { addSampleGoalRows(); }

    void shouldRoundEstimatesToHalfHours()
    {
        // GIVEN a goal and deadlines that scale estimates by odd factors
        QFETCH(QString, goal);
        for (const int days : {-1, 3, 17, 41, 100, 365}) {
            const QDate deadline = days < 0 ? QDate() : kToday.addDays(days);
            // WHEN it is drafted
            const Plan plan = OfflinePlanner().draft(goalOf(goal, deadline, 7.0));

            // THEN every estimate is at least half an hour and a whole number of half hours
            for (const Task &task : plan.tasks) {
                QVERIFY2(task.estimateHours >= 0.5, qPrintable(task.title));
                QCOMPARE(std::fmod(task.estimateHours * 2.0, 1.0), 0.0);
            }
        }
    }

    void shouldPlanLessWorkForShortDeadlines_data() { addSampleGoalRows(); }

    void shouldPlanLessWorkForShortDeadlines()
    {
        // GIVEN the same goal with two weeks or with a year to go
        QFETCH(QString, goal);
        const OfflinePlanner planner;

        // WHEN both are drafted
        const Plan open = planner.draft(goalOf(goal));
        const Plan shortPlan = planner.draft(goalOf(goal, kToday.addDays(14), 3.0));
        const Plan longPlan = planner.draft(goalOf(goal, kToday.addYears(1), 10.0));

        // THEN the short deadline gives a leaner plan and the long one a deeper plan
        QVERIFY2(
            shortPlan.totalHours() < longPlan.totalHours(),
            qPrintable(
                QStringLiteral("%1 vs %2").arg(shortPlan.totalHours()).arg(longPlan.totalHours())));
        QVERIFY(shortPlan.totalHours() < open.totalHours());
        QVERIFY(shortPlan.tasks.size() <= open.tasks.size());
        QVERIFY(longPlan.totalHours() > open.totalHours());
        // ... within bounds: never more than twice the base plan (plus rounding).
        QVERIFY(longPlan.totalHours() <= 2.0 * open.totalHours() + 0.25 * longPlan.tasks.size());
    }

    void shouldLeaveOutOptionalTasksWhenTimeIsShort_data() { addSampleGoalRows(); }

    void shouldLeaveOutOptionalTasksWhenTimeIsShort()
    {
        // GIVEN the same goal with no deadline and with one week to go
        QFETCH(QString, goal);
        const Plan full = OfflinePlanner().draft(goalOf(goal));

        // WHEN the short one is drafted
        const Plan lean = OfflinePlanner().draft(goalOf(goal, kToday.addDays(6), 5.0));

        // THEN it has fewer tasks, all taken from the full plan in the same order ...
        QVERIFY(lean.tasks.size() < full.tasks.size());
        QList<int> fullIndex;
        for (const Task &task : lean.tasks) {
            const auto it = std::find_if(full.tasks.cbegin(), full.tasks.cend(),
                                         [&task](const Task &t) { return t.title == task.title; });
            QVERIFY2(it != full.tasks.cend(), qPrintable(task.title));
            fullIndex.append(int(it - full.tasks.cbegin()));
        }
        QVERIFY(std::is_sorted(fullIndex.cbegin(), fullIndex.cend()));

        // ... and leaving tasks out neither adds nor loses an ordering between the tasks kept
        for (int i = 0; i < lean.tasks.size(); ++i) {
            for (int j = 0; j < i; ++j) {
                QVERIFY2(
                    dependsOn(lean, i, j) == dependsOn(full, fullIndex[i], fullIndex[j]),
                    qPrintable(lean.tasks[i].title + QStringLiteral(" / ") + lean.tasks[j].title));
            }
        }
    }

    void shouldFitPlanIntoTheTimeAvailable_data()
    {
        QTest::addColumn<QString>("goal");
        QTest::addColumn<int>("weeks");
        QTest::addColumn<double>("hoursPerWeek");

        QTest::newRow("Python, 6 weeks at 10 h") << "learn Python" << 6 << 10.0;
        QTest::newRow("thesis, 10 weeks at 8 h") << "write my master's thesis" << 10 << 8.0;
        QTest::newRow("六级, 8 weeks at 7 h") << "准备英语六级考试" << 8 << 7.0;
        QTest::newRow("网站, 5 weeks at 9 h") << "做一个个人博客网站" << 5 << 9.0;
    }

    void shouldFitPlanIntoTheTimeAvailable()
    {
        // GIVEN a deadline that leaves a sensible amount of time for the goal
        QFETCH(QString, goal);
        QFETCH(int, weeks);
        QFETCH(double, hoursPerWeek);
        const double available = weeks * hoursPerWeek;

        // WHEN it is drafted
        const Plan plan =
            OfflinePlanner().draft(goalOf(goal, kToday.addDays(7 * weeks - 1), hoursPerWeek));

        // THEN the work fits into the hours available, without wasting most of them
        QVERIFY2(plan.totalHours() <= available,
                 qPrintable(QStringLiteral("%1 h planned, %2 h available")
                                .arg(plan.totalHours())
                                .arg(available)));
        QVERIFY(plan.totalHours() >= 0.6 * available);
    }

    void shouldUseBaseEstimatesWithoutDeadline_data()
    {
        QTest::addColumn<QString>("goal");
        QTest::addColumn<QString>("templateName");
        QTest::addColumn<QString>("language");

        QTest::newRow("project") << "build a personal website"
                                 << "project"
                                 << "en";
        QTest::newRow("exam") << "准备英语六级考试"
                              << "exam"
                              << "zh";
        QTest::newRow("habit") << "meditate every day"
                               << "habit"
                               << "en";
        QTest::newRow("generic") << "整理房间"
                                 << "generic"
                                 << "zh";
    }

    void shouldUseBaseEstimatesWithoutDeadline()
    {
        // GIVEN a goal without a deadline, and the template it is drafted from
        QFETCH(QString, goal);
        QFETCH(QString, templateName);
        QFETCH(QString, language);
        const QJsonArray milestones =
            shippedTemplates().value(templateName).toObject().value(language).toArray();
        double base = 0.0;
        int count = 0;
        for (const QJsonValue &milestone : milestones) {
            for (const QJsonValue &task : milestone.toObject().value(u"tasks").toArray()) {
                base += task.toObject().value(u"hours").toDouble();
                ++count;
            }
        }
        QVERIFY(count > 0);

        // WHEN it is drafted
        const Plan plan = OfflinePlanner().draft(goalOf(goal));

        // THEN every task of the template is there with its base estimate
        QCOMPARE(plan.tasks.size(), count);
        QCOMPARE(plan.totalHours(), base);
    }

    void shouldMentionSubjectInLearningTasks_data()
    {
        QTest::addColumn<QString>("goal");

        QTest::newRow("Python") << "learn Python";
        QTest::newRow("Spanish") << "learn Spanish in 6 months";
        QTest::newRow("guitar") << "master the guitar";
        QTest::newRow("chess") << "I'd like to get better at chess";
        QTest::newRow("Python编程") << "学习Python编程";
        QTest::newRow("日语") << "学日语";
        QTest::newRow("吉他") << "学会弹吉他";
        QTest::newRow("摄影") << "想自学摄影";
    }

    void shouldMentionSubjectInLearningTasks()
    {
        // GIVEN a learning goal
        QFETCH(QString, goal);

        // WHEN it is drafted
        const Plan plan = OfflinePlanner().draft(goalOf(goal));

        // THEN tasks name what is being learned
        QCOMPARE(plan.kind, QStringLiteral("learning"));
        QVERIFY(!plan.subject.isEmpty());
        const auto mentions =
            std::count_if(plan.tasks.cbegin(), plan.tasks.cend(),
                          [&plan](const Task &t) { return t.title.contains(plan.subject); });
        QVERIFY2(mentions >= 2, qPrintable(plan.subject));
    }

    void shouldChooseTasksForTheKindOfSkill()
    {
        // GIVEN goals to learn a programming language, a spoken language and an instrument
        const OfflinePlanner planner;
        const auto titles = [&planner](const char *goal) {
            QSet<QString> set;
            for (const Task &t : planner.draft(goalOf(QString::fromUtf8(goal))).tasks)
                set.insert(QString(t.title).replace(
                    OfflinePlanner::analyse(QString::fromUtf8(goal)).subject, QStringLiteral("X")));
            return set;
        };

        // WHEN they are drafted
        const QSet<QString> programming = titles("learn Python");
        const QSet<QString> language = titles("learn Spanish");
        const QSet<QString> instrument = titles("master the guitar");

        // THEN the plans differ beyond the subject's name
        QVERIFY(programming != language);
        QVERIFY(language != instrument);
        QVERIFY(programming != instrument);
    }

    void shouldDraftTheSamePlanTwice()
    {
        // GIVEN the same goal twice
        const Goal goal =
            goalOf(QStringLiteral("pass the IELTS with 7.0"), kToday.addDays(60), 8.0);

        // WHEN it is drafted twice
        const Plan first = OfflinePlanner().draft(goal);
        const Plan second = OfflinePlanner().draft(goal);

        // THEN the plans are identical
        QCOMPARE(first.tasks, second.tasks);
    }

    void shouldShipTemplatesForEveryKindAndLanguage_data()
    {
        QTest::addColumn<QString>("templateName");
        QTest::addColumn<QString>("language");
        for (const char *name :
             {"learning", "learning/programming", "learning/language", "fitness", "fitness/race",
              "fitness/weight", "project", "writing", "exam", "habit", "generic"}) {
            for (const char *language : {"en", "zh"})
                QTest::addRow("%s %s", name, language)
                    << QString::fromUtf8(name) << QString::fromUtf8(language);
        }
    }

    void shouldShipTemplatesForEveryKindAndLanguage()
    {
        // GIVEN the templates compiled into the planner
        QFETCH(QString, templateName);
        QFETCH(QString, language);
        const QJsonArray milestones =
            shippedTemplates().value(templateName).toObject().value(language).toArray();

        // THEN each has 3-5 named milestones of 10-16 tasks in all, with unique keys, positive
        // half-hour estimates, text in its language and prerequisites among earlier tasks
        QVERIFY(milestones.size() >= 3 && milestones.size() <= 5);
        QSet<QString> keys;
        bool mentionsSubject = false;
        for (const QJsonValue &m : milestones) {
            const QJsonObject milestone = m.toObject();
            QVERIFY(!milestone.value(u"milestone").toString().isEmpty());
            QCOMPARE(containsHan(milestone.value(u"milestone").toString()), language == u"zh");
            for (const QJsonValue &t : milestone.value(u"tasks").toArray()) {
                const QJsonObject task = t.toObject();
                const QString key = task.value(u"key").toString();
                const QString title = task.value(u"title").toString();
                QVERIFY(!key.isEmpty() && !keys.contains(key));
                QVERIFY(!title.isEmpty() && !task.value(u"notes").toString().isEmpty());
                QVERIFY2(containsHan(title) == (language == u"zh"), qPrintable(title));
                const double hours = task.value(u"hours").toDouble();
                QVERIFY(hours >= 0.5 && std::fmod(hours * 2.0, 1.0) == 0.0);
                for (const QJsonValue &after : task.value(u"after").toArray())
                    QVERIFY2(keys.contains(after.toString()),
                             qPrintable(key + QStringLiteral(" after ") + after.toString()));
                keys.insert(key);
                mentionsSubject = mentionsSubject || title.contains(u"{subject}");
            }
        }
        QVERIFY(keys.size() >= 10 && keys.size() <= 16);
        if (templateName.startsWith(u"learning"))
            QVERIFY(mentionsSubject);
    }
};

HELIOS_TEST_MAIN(OfflinePlannerTest)
#include "tst_offline_planner.moc"

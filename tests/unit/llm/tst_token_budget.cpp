#include "core/llm/token_budget.h"
#include "tests/support/test_main.h"

#include <QRandomGenerator>

#include <cmath>

using namespace helios;
using namespace helios::llm;

namespace {

ChatMessage msg(const char *role, const QString &content)
{
    return {QString::fromLatin1(role), content};
}

// A message whose estimate is about `tokens` (words of 3 letters cost 1 token each).
ChatMessage sized(const char *role, int tokens, int tag)
{
    QString content = QStringLiteral("t");
    for (int t = tag; t > 0; t /= 26)
        content += QChar(u'a' + t % 26);
    for (int i = 1; i < tokens; ++i)
        content += QStringLiteral(" abc");
    return msg(role, content);
}

} // namespace

class TestTokenBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Reference counts: OpenAI's cl100k_base tokenizer (js-tiktoken 1.0.21), see token_budget.h.
    void shouldEstimateWithinMeasuredError_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("cl100k");
        QTest::newRow("english prose")
            << QStringLiteral("The quick brown fox jumps over the lazy dog. A person types a goal, "
                              "a small team of agents analyses it, researches it and turns it into "
                              "a dated plan of tasks.")
            << 37;
        QTest::newRow("english instructions")
            << QStringLiteral("You are a planning assistant. Break the goal into weekly milestones "
                              "and concrete tasks. Each task needs a title, an estimate in hours "
                              "and a due date. Answer with JSON only.")
            << 36;
        QTest::newRow("tiktoken example") << QStringLiteral("tiktoken is great!") << 6;
        QTest::newRow("jargon") << QStringLiteral(
                                       "Let's circle back when we have more bandwidth to touch "
                                       "base on opportunities for increased leverage.")
                                << 18;
        QTest::newRow("chinese goal") << QStringLiteral("学习Python编程") << 6;
        QTest::newRow("chinese prose")
            << QStringLiteral("我想在三个月内学会Python编程，每周可以投入六个小时。请帮我制定一个详"
                              "细的学习计划，包括基础语法、数据结构、面向对象编程和一个小项目。")
            << 65;
        QTest::newRow("chinese plan")
            << QStringLiteral("第一周：安装开发环境，学习变量、数据类型和基本运算。第二周：条件语句"
                              "与循环，完成十道练习题。第三周：函数与模块，阅读标准库文档。")
            << 69;
        QTest::newRow("mixed")
            << QStringLiteral("目标：run a half marathon by "
                              "April。每周跑步3次，周末长跑10公里，注意 recovery 和 stretching。")
            << 33;
        QTest::newRow("japanese") << QStringLiteral("お誕生日おめでとう") << 9;
        QTest::newRow("cpp") << QStringLiteral(
                                    "for (const Task &task : plan.tasks) {\n    if (task.status == "
                                    "TaskStatus::Done)\n        ++done;\n    hours += "
                                    "task.estimateHours;\n}\nreturn done * 100 / std::max(1, "
                                    "int(plan.tasks.size()));")
                             << 52;
        QTest::newRow("python")
            << QStringLiteral(
                   "def fibonacci(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, "
                   "a + b\n    return a\n\nprint([fibonacci(i) for i in range(10)])")
            << 50;
        QTest::newRow("json") << QStringLiteral(
                                     "{\"tasks\": [{\"title\": \"Install Python 3.12\", \"hours\": "
                                     "1.5, \"due\": \"2026-12-01\"}, {\"title\": "
                                     "\"学习变量与类型\", \"hours\": 3, \"due\": \"2026-12-04\"}]}")
                              << 63;
        QTest::newRow("numbers")
            << QStringLiteral("Deadline 2027-04-12, 42 km, 1234567 steps, version 3.14.159") << 26;
    }

    void shouldEstimateWithinMeasuredError()
    {
        // GIVEN a sample and the tokenizer's count for it
        QFETCH(QString, text);
        QFETCH(int, cl100k);
        // WHEN it is estimated
        const int estimate = estimateTokens(QStringView(text));
        // THEN the estimate is within 30% (or 2 tokens) of the tokenizer
        const double allowed = std::max(2.0, 0.3 * cl100k);
        QVERIFY2(std::abs(estimate - cl100k) <= allowed,
                 qPrintable(QStringLiteral("estimate %1, cl100k %2").arg(estimate).arg(cl100k)));
    }

    void shouldEstimateSimpleCases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("tokens");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("one word") << QStringLiteral("hello") << 1;
        QTest::newRow("two words") << QStringLiteral("hello world") << 2;
        QTest::newRow("ideographs one each") << QStringLiteral("学习编程") << 4;
        QTest::newRow("digits by three") << QStringLiteral("1234567") << 3;
        QTest::newRow("emoji") << QStringLiteral("\U0001F642") << 2;
        QTest::newRow("newline run") << QStringLiteral("a\n\n\nb") << 3;
        QTest::newRow("indent merges with newline") << QStringLiteral("a\n        b") << 3;
    }

    void shouldEstimateSimpleCases()
    {
        QFETCH(QString, text);
        QFETCH(int, tokens);
        QCOMPARE(estimateTokens(QStringView(text)), tokens);
    }

    void shouldCountMessageOverhead()
    {
        // GIVEN two messages WHEN the list is estimated THEN overhead per message and priming count
        const QList<ChatMessage> messages{msg("system", QStringLiteral("hello")),
                                          msg("user", QStringLiteral("world"))};
        QCOMPARE(estimateTokens(messages), kReplyPriming + 2 * (kMessageOverhead + 1));
    }

    void shouldCompactOnlyWhatCannotChangeMeaning_data()
    {
        QTest::addColumn<QString>("prompt");
        QTest::addColumn<QString>("compacted");
        QTest::newRow("runs of spaces and tabs")
            << QStringLiteral("Plan  the\t\tgoal   now.") << QStringLiteral("Plan the goal now.");
        QTest::newRow("trailing whitespace") << QStringLiteral("line one   \nline two\t\n")
                                             << QStringLiteral("line one\nline two\n");
        QTest::newRow("leading indentation kept") << QStringLiteral("- item\n    - sub  item")
                                                  << QStringLiteral("- item\n    - sub item");
        QTest::newRow("three blank lines become one")
            << QStringLiteral("a\n\n\n\nb") << QStringLiteral("a\n\nb");
        QTest::newRow("blank lines of spaces count")
            << QStringLiteral("a\n  \n\t\n \nb") << QStringLiteral("a\n\nb");
        QTest::newRow("two blank lines stay")
            << QStringLiteral("a\n\n\nb") << QStringLiteral("a\n\n\nb");
        QTest::newRow("code fence untouched")
            << QStringLiteral(
                   "Use:  this\n```python\ndef f(x):\n    return  x   \n\n\n\n\n```\nend  .")
            << QStringLiteral(
                   "Use: this\n```python\ndef f(x):\n    return  x   \n\n\n\n\n```\nend .");
        QTest::newRow("tilde fence untouched")
            << QStringLiteral("~~~\na    b\n~~~") << QStringLiteral("~~~\na    b\n~~~");
        QTest::newRow("unclosed fence untouched to the end")
            << QStringLiteral("x  y\n```\na    b  ") << QStringLiteral("x y\n```\na    b  ");
        QTest::newRow("inline code untouched")
            << QStringLiteral("Call `f(a,   b)`  now") << QStringLiteral("Call `f(a,   b)` now");
        QTest::newRow("chinese untouched")
            << QStringLiteral("学习  Python\u3000编程") << QStringLiteral("学习 Python\u3000编程");
    }

    void shouldCompactOnlyWhatCannotChangeMeaning()
    {
        // GIVEN a prompt WHEN it is compacted THEN only meaningless whitespace went
        QFETCH(QString, prompt);
        QFETCH(QString, compacted);
        QCOMPARE(compactSystemPrompt(prompt), compacted);
        // AND compacting again changes nothing
        QCOMPARE(compactSystemPrompt(compacted), compacted);
    }

    void shouldKeepSystemAndNewestMessages()
    {
        // GIVEN a system message, a long history and a new question, with room for two more
        QList<ChatMessage> messages{sized("system", 20, 0)};
        for (int i = 1; i <= 6; ++i)
            messages.append(sized(i % 2 ? "user" : "assistant", 10, i));
        messages.append(sized("user", 10, 7));
        const int perMessage = kMessageOverhead + 10;
        const int room = kReplyPriming + (kMessageOverhead + 20) + 3 * perMessage;
        // WHEN it is fitted with maxTokens 100
        Result<QList<ChatMessage>> fitted = fitToContext(messages, room + 100, 100);
        // THEN the system message and the three newest are kept, in order
        QVERIFY(fitted.ok());
        QCOMPARE(fitted->size(), 4);
        QCOMPARE(fitted->at(0), messages.at(0));
        QCOMPARE(fitted->at(1), messages.at(5));
        QCOMPARE(fitted->at(2), messages.at(6));
        QCOMPARE(fitted->at(3), messages.at(7));
        QVERIFY(estimateTokens(*fitted) <= room);
    }

    void shouldKeepEverythingWhenItFits()
    {
        const QList<ChatMessage> messages{
            msg("system", QStringLiteral("Plan.")), msg("user", QStringLiteral("Hi")),
            msg("assistant", QStringLiteral("Hello")), msg("user", QStringLiteral("Go"))};
        Result<QList<ChatMessage>> fitted = fitToContext(messages, 8192, 2048);
        QVERIFY(fitted.ok());
        QCOMPARE(*fitted, messages);
    }

    void shouldNeverExceedTheBudget()
    {
        // GIVEN random conversations (fixed seed) and random budgets
        QRandomGenerator random(20261127);
        for (int round = 0; round < 500; ++round) {
            QList<ChatMessage> messages;
            if (random.bounded(4) != 0)
                messages.append(sized("system", 1 + random.bounded(200), 0));
            const int count = 1 + random.bounded(30);
            for (int i = 0; i < count; ++i)
                messages.append(
                    sized(i % 2 ? "assistant" : "user", 1 + random.bounded(400), i + 1));
            const int maxTokens = random.bounded(2000);
            const int context = maxTokens + random.bounded(6000);
            // WHEN they are fitted
            Result<QList<ChatMessage>> fitted = fitToContext(messages, context, maxTokens);
            if (!fitted.ok()) {
                // THEN a refusal happens only when the must-keep part is too big
                QVERIFY(fitted.error().kind == Error::Kind::Usage);
                continue;
            }
            // THEN the estimate fits, the newest message is last, and order is kept
            QVERIFY2(estimateTokens(*fitted) <= context - maxTokens,
                     qPrintable(QString::number(round)));
            QCOMPARE(fitted->last(), messages.last());
            qsizetype from = 0;
            for (const ChatMessage &kept : *fitted) {
                const qsizetype at = messages.indexOf(kept, from);
                QVERIFY(at >= 0);
                from = at + 1;
            }
            // AND every system message is kept
            for (const ChatMessage &m : messages)
                QVERIFY(m.role != QLatin1String("system") || fitted->contains(m));
        }
    }

    void shouldRefuseWhenSystemAndNewestDoNotFit()
    {
        // GIVEN a system prompt and a question bigger than the room left for the prompt
        const QList<ChatMessage> messages{sized("system", 300, 0), sized("user", 300, 1)};
        // WHEN it is fitted into 1000 tokens with 512 kept for the answer
        Result<QList<ChatMessage>> fitted = fitToContext(messages, 1000, 512);
        // THEN it is a usage error that says how much is needed and how much there is
        QVERIFY(!fitted.ok());
        QVERIFY(fitted.error().kind == Error::Kind::Usage);
        const int needed = estimateTokens(messages);
        QCOMPARE(fitted.error().message,
                 QStringLiteral(
                     "The prompt needs about %1 tokens but the model's context leaves room for "
                     "488; shorten the goal or raise the context size.")
                     .arg(needed));
    }

    void shouldRefuseWhenTheAnswerTakesTheWholeContext()
    {
        const QList<ChatMessage> messages{msg("user", QStringLiteral("hi"))};
        Result<QList<ChatMessage>> fitted = fitToContext(messages, 2048, 4096);
        QVERIFY(!fitted.ok());
        QVERIFY(fitted.error().message.contains(QStringLiteral("room for 0;")));
    }
};

HELIOS_TEST_MAIN(TestTokenBudget)
#include "tst_token_budget.moc"

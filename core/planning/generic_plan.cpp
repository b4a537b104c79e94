#include "core/planning/generic_plan.h"

#include <utility>

namespace helios::planning {

namespace {

struct Step
{
    const char *withSubject; // {subject} is put in
    const char *without;
    double hours;
};

} // namespace

QList<Task> genericTasks(const QString &language, const QString &subject, const QString &goal)
{
    const bool zh = language == u"zh";
    // A short one-line goal, as typed, names the thing better than the subject cut out of it:
    // "Ask someone who has been through “restore the old motorbike”", not "“old motorbike”";
    // "“学会修自行车”", not "“自行车”".
    QString named = subject;
    const QString typed = goal.simplified();
    const qsizetype longestNamed = zh ? 20 : 48;
    if (!subject.isEmpty() && !typed.isEmpty() && typed.size() <= longestNamed &&
        !typed.contains(u'“') && !typed.contains(u'”') && !typed.contains(u'"')) {
        named = typed;
        while (!named.isEmpty() && QStringLiteral(".!。！").contains(named.back()))
            named.chop(1);
    }
    // Concrete first steps that hold for any goal, a few hours in all: the honest answer when
    // the knowledge base knows nothing about the goal (the hint says how to get a full plan).
    static const Step en[] = {
        {"Write down what “{subject}” looks like when done, by when, and what it may cost",
         "Write down what the finished result looks like, by when, and what it may cost", 0.5},
        // The subject is a noun or a verb phrase as the goal says it ("tattoo", "scuba dive"):
        // quoted, either reads right.
        {"Ask someone who has been through “{subject}” what they wish they had known at the start",
         "Ask someone who has done something similar what they wish they had known at the start",
         1.0},
        {"List the 5–10 steps “{subject}” takes; make the first one small enough for one evening",
         "List the 5–10 steps it takes; make the first one small enough for one evening", 1.0},
        {"Block two sessions a week in your calendar for the next four weeks",
         "Block two sessions a week in your calendar for the next four weeks", 0.5},
        {"Do the first step and note what you learned and where you got stuck",
         "Do the first step and note what you learned and where you got stuck", 2.0},
        {"After two weeks, review progress and plan the rest step by step",
         "After two weeks, review progress and plan the rest step by step", 1.0},
    };
    static const Step cn[] = {
        {"写下“{subject}”做成是什么样子、什么时候完成、大概要花多少钱",
         "写下想要的结果是什么样子、什么时候完成、大概要花多少钱", 0.5},
        {"找一个经历过“{subject}”的人聊聊，问问他们最希望一开始就知道什么",
         "找一个做过类似事情的人聊聊，问问他们最希望一开始就知道什么", 1.0},
        {"列出“{subject}”需要的5到10个步骤，第一步要小到一个晚上就能做完",
         "列出需要的5到10个步骤，第一步要小到一个晚上就能做完", 1.0},
        {"在日历上为接下来四周每周留出两段固定时间", "在日历上为接下来四周每周留出两段固定时间",
         0.5},
        {"完成第一步，记下学到了什么、卡在了哪里", "完成第一步，记下学到了什么、卡在了哪里", 2.0},
        {"两周后复盘进度，把剩下的部分一步步规划好", "两周后复盘进度，把剩下的部分一步步规划好",
         1.0},
    };
    const QString milestone = zh ? QStringLiteral("先迈出第一步") : QStringLiteral("First steps");
    QList<Task> tasks;
    const Step *steps = zh ? cn : en;
    for (int i = 0; i < 6; ++i) {
        Task t;
        QString title =
            QString::fromUtf8(named.isEmpty() ? steps[i].without : steps[i].withSubject);
        t.title = title.replace(QStringLiteral("{subject}"), named);
        t.milestone = milestone;
        t.estimateHours = steps[i].hours;
        t.order = i;
        if (i > 0)
            t.dependsOn = {i - 1};
        tasks.append(t);
    }
    return tasks;
}

} // namespace helios::planning

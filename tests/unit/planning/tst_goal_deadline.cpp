// The deadline a goal's own words give (proposed in New goal, and the one the offline planner
// uses when none is given), in English and Chinese.

#include "core/planning/goal_deadline.h"
#include "core/planning/goal_text.h"
#include "tests/support/test_main.h"

using namespace helios;

class TestGoalDeadline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadTheDeadlineInTheGoal_data()
    {
        QTest::addColumn<QString>("goal");
        QTest::addColumn<QDate>("deadline"); // null: none

        const QDate none;
        QTest::newRow("in 3 months") << "Learn Python in 3 months" << QDate(2027, 6, 1);
        QTest::newRow("within two weeks") << "ship it within two weeks" << QDate(2027, 3, 15);
        QTest::newRow("in the next 6 weeks") << "in the next 6 weeks get fit" << QDate(2027, 4, 12);
        QTest::newRow("by April") << "Run a half marathon by April" << QDate(2027, 4, 30);
        QTest::newRow("by 15 May") << "Finish the thesis by 15 May" << QDate(2027, 5, 15);
        QTest::newRow("by May 20th") << "read 5 books by May 20th" << QDate(2027, 5, 20);
        QTest::newRow("before June") << "move out before June" << QDate(2027, 5, 31);
        QTest::newRow("by January, next year") << "save money by January" << QDate(2028, 1, 31);
        QTest::newRow("by May 2028") << "learn piano by May 2028" << QDate(2028, 5, 31);
        QTest::newRow("end of the year")
            << "Learn Go by the end of the year" << QDate(2027, 12, 31);
        QTest::newRow("by summer") << "get in shape by summer" << QDate(2027, 6, 20);
        QTest::newRow("for summer") << "get in shape for summer" << QDate(2027, 6, 20);
        QTest::newRow("until winter") << "run every week until winter" << QDate(2027, 12, 20);
        QTest::newRow("next summer") << "a trip to Japan next summer" << QDate(2027, 7, 15);
        QTest::newRow("ISO") << "launch by 2027-09-01" << QDate(2027, 9, 1);
        QTest::newRow("三个月内") << "三个月内学会Python编程" << QDate(2027, 6, 1);
        QTest::newRow("用两周") << "用两周准备面试" << QDate(2027, 3, 15);
        QTest::newRow("半年内") << "半年内考过雅思" << QDate(2027, 9, 1);
        QTest::newRow("一年") << "一年之内读完二十本书" << QDate(2028, 3, 1);
        QTest::newRow("明年夏天") << "明年夏天之前减重十公斤" << QDate(2028, 5, 31);
        QTest::newRow("今年年底") << "今年年底前学会游泳" << QDate(2027, 12, 31);
        QTest::newRow("明年年底") << "明年年底买房" << QDate(2028, 12, 31);
        QTest::newRow("五月前") << "五月前搬家" << QDate(2027, 4, 30);
        QTest::newRow("6月底") << "6月底前完成论文" << QDate(2027, 6, 30);
        QTest::newRow("明年三月") << "明年三月参加马拉松" << QDate(2028, 3, 15);
        QTest::newRow("before 1 April") << "quit sugar before 1 April" << QDate(2027, 3, 31);
        QTest::newRow("on the 3rd of June") << "move on the 3rd of June" << QDate(2027, 6, 3);
        QTest::newRow("by March 20, 2028") << "by March 20, 2028 finish" << QDate(2028, 3, 20);
        QTest::newRow("今年秋天前") << "今年秋天前考完驾照" << QDate(2027, 8, 31);
        QTest::newRow("冬天") << "冬天去哈尔滨滑雪" << QDate(2028, 1, 15);
        QTest::newRow("by Christmas") << "knit a scarf by Christmas" << QDate(2027, 12, 25);
        QTest::newRow("春节前") << "春节前存够回家的路费" << QDate(2028, 1, 25);
        QTest::newRow("五一") << "五一去爬四姑娘山" << QDate(2027, 5, 1);
        QTest::newRow("明年五一") << "明年五一去爬四姑娘山二峰" << QDate(2028, 5, 1);
        QTest::newRow("国庆") << "国庆带爸妈出去玩" << QDate(2027, 10, 1);
        QTest::newRow("十一黄金周") << "十一黄金周去云南自驾" << QDate(2027, 10, 1);
        QTest::newRow("十一点 is a time") << "每天十一点前睡觉" << QDate();
        QTest::newRow("春节回家") << "春节回老家办婚礼" << QDate(2028, 1, 25);
        QTest::newRow("圣诞") << "圣诞节去哈尔滨看冰雕" << QDate(2027, 12, 25);
        QTest::newRow("一天1小时") << "一天1小时练字" << none;
        QTest::newRow("一个月两次") << "一个月两次去爬山" << none;
        QTest::newRow("three months, once a week") << "三个月内每周跑三次" << QDate(2027, 6, 1);
        QTest::newRow("every day") << "practise piano for an hour every day" << none;
        QTest::newRow("每天") << "每天练琴一小时" << none;
        QTest::newRow("一周三次") << "一周三次健身" << none;
        // a week or a month near today (Monday 1 March 2027): its last day; not a start
        QTest::newRow("next week") << "Pass my driving test next week" << QDate(2027, 3, 14);
        QTest::newRow("this week") << "finish the report this week" << QDate(2027, 3, 7);
        QTest::newRow("next month")
            << "Prepare for my interview at Google next month" << QDate(2027, 4, 30);
        QTest::newRow("end of next month")
            << "Read 5 books by the end of next month" << QDate(2027, 4, 30);
        QTest::newRow("end of the month")
            << "clear my inbox by the end of the month" << QDate(2027, 3, 31);
        QTest::newRow("starting next week") << "start running next week" << none;
        QTest::newRow("下周") << "下周面试" << QDate(2027, 3, 14);
        QTest::newRow("本周") << "本周把报告写完" << QDate(2027, 3, 7);
        QTest::newRow("下周开始") << "下周开始跑步" << none;
        QTest::newRow("no time") << "learn Go" << none;
        QTest::newRow("a date past") << "launch by 2026-01-01" << none;
        QTest::newRow("empty") << "" << none;
    }

    void shouldReadTheDeadlineInTheGoal()
    {
        QFETCH(QString, goal);
        QFETCH(QDate, deadline);
        // GIVEN today is Monday 1 March 2027 WHEN the goal is read
        const std::optional<QDate> found = deadlineInGoal(goal, QDate(2027, 3, 1));
        // THEN its deadline is found, or none
        if (!deadline.isValid()) {
            QVERIFY2(!found, qPrintable(found ? found->toString(Qt::ISODate) : QString()));
            return;
        }
        QCOMPARE(found.value_or(QDate()), deadline);
    }

    void shouldReadAYearNamedAlone_data()
    {
        QTest::addColumn<QString>("goal");
        QTest::addColumn<int>("year");
        QTest::newRow("明年") << QStringLiteral("明年读完24本书") << 2028;
        QTest::newRow("今年") << QStringLiteral("今年存下一笔钱") << 2027;
        QTest::newRow("后年") << QStringLiteral("后年结婚") << 2029;
        QTest::newRow("2030年") << QStringLiteral("2030年考研") << 2030;
        QTest::newRow("next year") << QStringLiteral("Read 24 books next year") << 2028;
        QTest::newRow("this year") << QStringLiteral("Finally learn to swim this year") << 2027;
        QTest::newRow("in 2029") << QStringLiteral("Run a marathon in 2029") << 2029;
        QTest::newRow("before 2029") << QStringLiteral("Pay off the car before 2029") << 2028;
        QTest::newRow("a past year") << QStringLiteral("Do what I planned in 2019") << 0;
        QTest::newRow("a number, not a year") << QStringLiteral("Walk 2029 steps a day") << 0;
        QTest::newRow("no year") << QStringLiteral("学会游泳") << 0;
    }

    void shouldReadAYearNamedAlone()
    {
        QFETCH(QString, goal);
        QFETCH(int, year);
        // GIVEN today is 1 March 2027 WHEN a goal that names a year and nothing finer is read
        const std::optional<int> found =
            planning::yearInText(planning::normaliseGoal(goal), QDate(2027, 3, 1));
        // THEN that year is found, or none
        QCOMPARE(found.value_or(0), year);
    }

    void shouldReadTheHoursAWeekInTheGoal_data()
    {
        QTest::addColumn<QString>("goal");
        QTest::addColumn<double>("hours"); // 0: none

        QTest::newRow("8 hours a week") << "Learn Go, 8 hours a week" << 8.0;
        QTest::newRow("10 hrs per week") << "write a novel in 10 hrs per week" << 10.0;
        QTest::newRow("an hour a day") << "practise piano an hour a day" << 7.0;
        QTest::newRow("half an hour a day") << "Spanish, half an hour a day" << 3.5;
        QTest::newRow("30 minutes every weekday") << "run 30 minutes every weekday" << 2.5;
        QTest::newRow("8h/week") << "thesis 8h/week" << 8.0;
        QTest::newRow("每周8小时") << "三个月内学会Python，每周8小时" << 8.0;
        QTest::newRow("一周能抽出10个小时") << "一周能抽出10个小时学日语" << 10.0;
        QTest::newRow("每天练琴一小时") << "每天练琴一小时" << 7.0;
        QTest::newRow("每晚学习30分钟") << "每晚学习30分钟英语" << 3.5;
        QTest::newRow("每天半小时") << "每天半小时背单词" << 3.5;
        QTest::newRow("工作日每天两小时") << "工作日每天两小时写论文" << 10.0;
        QTest::newRow("每周三次，每次一个半小时") << "健身，每周三次，每次一个半小时" << 4.5;
        QTest::newRow("a count of times only") << "一周三次健身" << 0.0;
        QTest::newRow("a duration, not a rate") << "run for 2 hours without stopping" << 0.0;
        QTest::newRow("more than a week holds") << "study 20 hours a day" << 0.0;
        QTest::newRow("none") << "learn Go" << 0.0;
    }

    void shouldReadTheHoursAWeekInTheGoal()
    {
        QFETCH(QString, goal);
        QFETCH(double, hours);
        // WHEN the goal is read
        const std::optional<double> found = hoursPerWeekInGoal(goal);
        // THEN the hours a week it gives are found, or none
        if (hours == 0.0) {
            QVERIFY2(!found, qPrintable(QString::number(found.value_or(0))));
            return;
        }
        QVERIFY(found);
        QCOMPARE(*found, hours);
    }
};

HELIOS_TEST_MAIN(TestGoalDeadline)
#include "tst_goal_deadline.moc"

// The offline planner as it was before the knowledge base (commit 141fc29): frozen here as the
// baseline of bench_planning_offline_planner, with its templates under :/bench-baseline/. Not
// product code; do not change it except to keep it compiling.
#include "tests/bench/planning/baseline/baseline_offline_planner.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace helios::baseline {
namespace {

constexpr int kMinTasks = 8;
constexpr int kMaxTasks = 30;
constexpr qsizetype kMaxSubjectLength = 40;
constexpr qsizetype kMaxTitleLength = 200;
constexpr double kMinScale = 0.5;
constexpr double kMaxScale = 2.0;
// Plans fill at most this share of the hours available before a deadline: tasks slip, and the
// re-planner needs room to move them.
constexpr double kUtilisation = 0.85;

// Patterns are case-insensitive; the few that must not be say so with (?-i).
QRegularExpression rx(const QString &pattern)
{
    QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    if (!re.isValid()) // a programming error: say which pattern before the assertion fires
        qWarning("OfflinePlanner: invalid pattern %s: %s", qPrintable(pattern),
                 qPrintable(re.errorString()));
    Q_ASSERT(re.isValid());
    return re;
}

QRegularExpression rx(const char *pattern)
{
    return rx(QString::fromUtf8(pattern));
}

// A pattern whose subject runs to the end of its clause: "learn Python, then build a bot" is about
// Python.
QRegularExpression untilClauseEnd(const char *pattern)
{
    return rx(QString::fromUtf8(pattern) +
              QStringLiteral(R"((?=\s*(?:[,;!?，。；！？]|\.(?:\s|$)|$)))"));
}

// ---------------------------------------------------------------------------------------------
// Text clean-up

qsizetype safeCut(const QString &s, qsizetype n)
{
    if (n <= 0 || n >= s.size())
        return std::clamp<qsizetype>(n, 0, s.size());
    // Never split a surrogate pair (emoji, rare ideographs).
    return s.at(n - 1).isHighSurrogate() ? n - 1 : n;
}

// Pairs up surrogates (a lone one would make every regular expression fail to match), folds
// full-width letters and punctuation to their ASCII forms and collapses whitespace.
QString normalise(const QString &text)
{
    QString s = text.left(safeCut(text, kMaxGoalLength));
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            s[i] = QChar::ReplacementCharacter;
    }
    s = s.normalized(QString::NormalizationForm_KC);
    s.replace(QChar(0x2019), u'\'').replace(QChar(0x2018), u'\'');
    return s.simplified();
}

bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FA1F);
}

bool isLatinLetter(char32_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x24F);
}

// Chinese grammar with English names ("学习Python编程") reads as Chinese, English grammar with a
// Chinese word ("I want to learn 中文") as English: an ideograph weighs as much as a Latin word,
// and a tie goes to the script the text starts with.
QString detectLanguage(const QString &text)
{
    int han = 0;
    int latinWords = 0;
    bool inWord = false;
    bool anyLetter = false;
    bool hanFirst = false;
    for (const char32_t c : text.toUcs4()) {
        const bool latin = isLatinLetter(c);
        if (isHan(c)) {
            ++han;
            hanFirst = hanFirst || !anyLetter;
            anyLetter = true;
        } else if (latin && !inWord) {
            ++latinWords;
            anyLetter = true;
        }
        inWord = latin;
    }
    if (han > latinWords || (han > 0 && han == latinWords && hanFirst))
        return QStringLiteral("zh");
    return QStringLiteral("en");
}

// ---------------------------------------------------------------------------------------------
// Goal kinds: the first rule that matches wins, so the order settles overlaps ("学习" + "考试" is
// an exam, "learn to run a marathon" is fitness, "写" + "程序" is a project, "a gym app" is a
// project). Both languages are tried on every goal, because goals mix scripts.

struct KindRule
{
    QString kind;
    QRegularExpression pattern;
};

const std::vector<KindRule> &kindRules()
{
    static const std::vector<KindRule> rules = {
        {QStringLiteral("exam"),
         rx(R"(\b(?:exams?|examination|finals|midterms?|certification|certified|bar exam|mock tests?)"
            R"(|driving test|driver'?s test|road test|driving licen[cs]e|driver'?s licen[cs]e|ielts|toefl)"
            R"(|toeic|gmat|lsat|mcat|usmle|jlpt|hsk|topik|gcses?|a-levels?)\b)"
            R"(|(?-i:\b(?:GRE|SAT|ACT|CPA|CFA|ACCA|FRM|PMP|CCNA|CCNP|CISSP|DELE|DELF|DALF)\b))"
            R"(|\b(?:pass|ace|sit|retake|prepare for|prep for|study for|revise for|cram for)\b[^.!?]{0,40}?\btests?\b)"
            R"(|考试|考研|考公|考编|考证|考级|备考|备战|雅思|托福|四级|六级|专四|专八|高考|中考|公务员|教资)"
            R"(|教师资格|资格证|资格考试|证书|执照|驾照|科目[一二三四]|注册会计师|司法考试|法考|建造师)"
            R"(|计算机[一二三]级|软考|期末|期中|模考|真题|考到|考过|考取|考上|考进|\b(?-i:N[1-5])\b)")},
        {QStringLiteral("habit"),
         rx(R"(\bhabits?\b|\broutine\b|\bmeditat\w*|\bmindfulness\b|\bjournal(?:l?ing)\b)"
            R"(|\bkeep (?:a )?(?:diary|journal)\b|\bgratitude\b)"
            R"(|\b(?:quit|stop|give up|cut out|kick|cut down on)\s+(?:my\s+)?(?:smoking|cigarettes|drinking)"
            R"(|vaping|alcohol|sugar|caffeine|coffee|procrastinating|procrastination|social media|snacking)"
            R"(|junk food|nail biting|biting my nails|doomscrolling|scrolling|gaming)\b)"
            R"(|\b(?:wake|get)\s+up\s+(?:early|earlier|at\s+\d)|\bearly riser\b)"
            R"(|\b(?:go to bed|sleep|bed)\s+(?:early|earlier|by\s+\d|before\s+\d|at\s+\d))"
            R"(|\bfloss\w*|\bdrink\s+(?:more\s+)?water\b|\bscreen time\b)"
            R"(|\bread\s+(?:more|every|daily|\d+\s+(?:pages|minutes)))"
            R"(|\bread\s+(?:a|one|two|three|\d+|more)\s+(?:\w+\s+)?books?\b)"
            R"(|习惯|养成|戒掉|戒烟|戒酒|戒糖|戒咖啡|早起|早睡|不熬夜|冥想|正念|拖延|喝水|少刷|刷手机)"
            R"(|玩手机|读完|读\s*\d+\s*本|\d+\s*本书)")},
        {QStringLiteral("writing"),
         rx(R"(\b(?:thesis|dissertation|novel|novella|memoir|autobiography|biography|manuscript|essays?)"
            R"(|research papers?|papers?|journal articles?|articles?|short stor(?:y|ies)|screenplay)"
            R"(|screenwriting|poems?|poetry|literature review|grant proposal|white ?paper|cookbook|e-?book)"
            R"(|picture book|fan ?fiction|blog posts?)\b)"
            R"(|\b(?:a|an|my|the|our|first|second|next|new|this|own|children'?s|non-?fiction|fiction)\s+(?:\w+\s+){0,2}?book\b)"
            R"(|\bwrit\w*\s+(?:a\s+|my\s+|\d+\s+|more\s+)?(?:blog|book|chapter|report|proposal|story|stories)\b)"
            R"(|论文|小说|写书|写一本|出书|出版|书稿|剧本|散文|诗集|诗歌|写诗|回忆录|传记|自传|文章|专栏)"
            R"(|综述|开题|投稿|发表|期刊|网文|连载|绘本|童书|稿子|报告|写博客)")},
        // Things that are built: "a fitness app" is a project, not a workout.
        {QStringLiteral("project"),
         rx(R"(\b(?:apps?|web ?apps?|website|web ?site|webpage|web page|landing page|saas|mvp|startup)"
            R"(|start-up|side[- ]project|mini[- ]program|chrome extension|browser extension|chatbot)"
            R"(|open[- ]source (?:project|library|tool))\b)"
            R"(|(?-i:\b(?:iOS|Android)\b)(?!\s+(?:development|dev|programming|developer)))"
            R"(|开发(?!$|技术|技能|入门|基础|知识|[，。,.!！?？])|上线|搭建|建站|网站|网页|小程序)"
            R"(|应用(?!数学|统计|物理|化学|题)|软件(?!工程)|插件|机器人|个人主页|博客|毕业设计|毕设)"
            R"(|开源|独立站|网店|淘宝店|创业|作品集|写(?:个|一个)?(?:代码|程序|脚本|爬虫|插件|小工具))")},
        {QStringLiteral("fitness"),
         rx(R"(\b(?:half[- ]?marathon|marathons?|ultramarathon|triathlon|ironman|duathlon)"
            R"(|(?:run|race|jog)\w*\s+(?:a\s+|an\s+|my\s+first\s+|the\s+)?\d+(?:\.\d+)?\s?(?:k|km|kms|miles?))"
            R"(|\d+(?:\.\d+)?\s?(?:k|km|mile)\s+(?:run|race))"
            R"(|\d+(?:\.\d+)?\s?(?:kg|kgs|kilos?|kilograms?|lbs?|pounds))"
            R"(|(?:lose|drop|shed|losing)\s+(?:some\s+|the\s+|my\s+|extra\s+|belly\s+|body\s+)?(?:weight|fat|pounds|kilos|\d+))"
            R"(|weight\s*loss|(?:get|stay|be|become|keep|getting)\s+(?:fit|fitter|in shape|stronger|leaner|toned))"
            R"(|fitness|fit and healthy|gym|workouts?|work out|working out|exercis(?:e|ing))"
            R"(|push[- ]?ups?|pull[- ]?ups?|chin[- ]?ups?|sit[- ]?ups?|squats?|deadlifts?|bench press)"
            R"(|planks?|six[- ]pack|abs|cardio|stamina|endurance|muscles?|bulk up|tone up|jogging|runner)"
            R"(|swim\w*|cycling|cyclist|bike ride|hik(?:e|ing)|rock climbing|bouldering|yoga|pilates)"
            R"(|stretching|flexibility|the splits)\b)"
            R"(|\brun(?:ning)?\b(?!\s+(?:a\s+|an\s+|my\s+|the\s+|our\s+|your\s+)?(?:own\s+)?(?:business)"
            R"(|company|shop|store|startup|team|blog|podcast|channel|campaign|server|website|site|club)"
            R"(|event|workshop|meeting|errands?|code|script|tests?|experiment|ads|for\s)))"
            R"(|马拉松|半马|全马|超马|越野跑|铁人三项|跑步|跑\s*\d|跑完|夜跑|晨跑|减肥|减重|减脂|瘦身)"
            R"(|变瘦|瘦\s*\d|瘦[一二两三四五六七八九十]+斤|瘦下来|(?:\d+|[一二两三四五六七八九十]+)\s*(?:斤|公斤))"
            R"(|体重|体脂|健身|锻炼|运动|增肌|肌肉|腹肌|马甲线|俯卧撑|引体向上|深蹲|平板支撑|卧推|硬拉)"
            R"(|游泳|骑行|登山|爬山|徒步|瑜伽|普拉提|跳绳|体能|体测|耐力|身材|塑形|\d+\s*公里)")},
        // Making something, when no sport was named ("make a game", "做一个记账工具").
        {QStringLiteral("project"),
         rx(R"(\b(?:build|create|make|develop|launch|ship|release|design|code|program|start|set up|found)"
            R"(|finish|complete|deploy|write|prototype|redesign|rebuild|open|publish)\b[^.!?,]{0,40}?)"
            R"(\b(?:site|blog|game|plugin|plug-in|extension|add-on|bot|api|library|framework|cli|tool)"
            R"(|dashboard|portfolio|online store|e-?commerce|shop|store|platform|service|package|robot)"
            R"(|drone|device|gadget|product|project|podcast|youtube channel|channel|newsletter|business)"
            R"(|company|brand|system|script|compiler|database|server|homelab|keyboard|pc|computer)"
            R"(|prototype|app|application|software|crawler|scraper|café|cafe|restaurant)s?\b)"
            R"(|开店|开一家|做(?:个|一个|一款|款))")},
        {QStringLiteral("learning"),
         rx(R"(\b(?:learn\w*|master|mastering|study|studying|improve|improving|get better at|get good at)"
            R"(|pick up|teach myself|self-teach\w*|fluent|fluency|speak|speaking|practi[cs]e|practi[cs]ing)"
            R"(|brush up|understand|lessons?|tutorials?|skills?|coding|programming|code)\b)"
            R"(|\b(?:english|spanish|french|german|japanese|korean|chinese|mandarin|cantonese|italian)"
            R"(|portuguese|russian|arabic|hindi|dutch|swedish|norwegian|danish|finnish|polish|turkish)"
            R"(|greek|hebrew|thai|vietnamese|indonesian|latin|esperanto|sign language|guitar|piano)"
            R"(|violin|cello|drums|ukulele|saxophone|flute|trumpet|harmonica|singing|python|java)"
            R"(|javascript|typescript|rust|golang|ruby|php|swift|kotlin|sql|html|css|react|django)"
            R"(|flutter|haskell|linux|docker|kubernetes|machine learning|deep learning|data science)"
            R"(|statistics|calculus|algebra|excel|photoshop|blender|figma|drawing|painting|photography)"
            R"(|cooking|baking|chess|dancing|calligraphy|knitting|sewing|woodworking|public speaking)"
            R"(|investing|economics|physics|chemistry|math|maths|mathematics)\b)"
            R"(|(?<![\w+])c(?:\+\+|#))"
            R"(|学|掌握|精通|入门|练习|练好|提高|提升|进阶|课程|教程|英语|日语|韩语|法语|德语|西班牙语)"
            R"(|俄语|意大利语|葡萄牙语|阿拉伯语|粤语|外语|口语|编程|吉他|钢琴|小提琴|尤克里里|架子鼓)"
            R"(|唱歌|画画|绘画|素描|摄影|书法|厨艺|做饭|烹饪|围棋|象棋|舞蹈|跳舞|数学|物理|化学|历史)")},
        // Frequency alone ("every day", "坚持") marks a habit only when nothing more specific did.
        {QStringLiteral("habit"),
         rx(R"(\b(?:every|each)\s+(?:single\s+)?(?:day|morning|evening|night|week|weekday|workday)\b)"
            R"(|\bdaily\b|\bnightly\b|\b(?:\d+|once|twice|three|four|five)\s+(?:times?\s+)?(?:a|per|each)\s+(?:day|week)\b)"
            R"(|\bconsistent(?:ly)?\b|\bregularly\b|\bstreak\b|\bstick (?:to|with)\b|\bkeep up\b)"
            R"(|\bno more\b|\b(?:stop|quit)\s+\w+ing\b|\bless\s+(?:screen|phone|social|sugar|coffee))"
            R"(|\bmore\s+(?:water|sleep|vegetables|fruit|steps)\b|\bsleep\b|\bwake up\b)"
            R"(|每天|每日|每晚|每早|每周|每星期|天天|日常|坚持|打卡|连续\d*天|不再|少(?:吃|喝|玩|刷|看))"
            R"(|多(?:喝|吃|读|看书|运动|睡)|按时|规律|作息|睡前|起床|晚睡|熬夜|日记|手账)")},
    };
    return rules;
}

QString recogniseKind(const QString &text)
{
    for (const KindRule &rule : kindRules()) {
        if (rule.pattern.match(text).hasMatch())
            return rule.kind;
    }
    return QStringLiteral("generic");
}

// The race a running goal trains for: a named distance, or a distance when the goal is to run.
QString raceOf(const QString &text)
{
    static const QRegularExpression named = rx(
        R"(\b(?<s>(?:half[- ]?|ultra[- ]?)?marathon|triathlon|ironman|duathlon|\d+(?:\.\d+)?\s?k)\b)"
        R"(|(?<z>半程马拉松|全程马拉松|马拉松|半马|全马|超马|越野跑|铁人三项))");
    static const QRegularExpression running = rx(R"(\b(?:run|running|race|jog\w*)\b|跑)");
    static const QRegularExpression distance =
        rx(R"((?<s>\d+(?:\.\d+)?\s?(?:km|kms|kilomet(?:er|re)s?|miles?|公里))(?:\b|(?=\P{L})|$))");
    if (const auto m = named.match(text); m.hasMatch())
        return m.captured(u"s").isEmpty() ? m.captured(u"z") : m.captured(u"s");
    if (running.match(text).hasMatch()) {
        if (const auto m = distance.match(text); m.hasMatch())
            return m.captured(u"s");
    }
    return {};
}

// ---------------------------------------------------------------------------------------------
// Template variants: a language course and a programming course share a kind but not their tasks.

QString templateName(const QString &kind, const QString &text)
{
    if (kind == u"learning") {
        static const QRegularExpression programming = rx(
            R"(\b(?:python|java|javascript|typescript|js|rust|golang|ruby|php|swift|kotlin|scala)"
            R"(|haskell|elixir|perl|lua|dart|sql|html|css|react|vue|angular|node(?:\.js)?|django)"
            R"(|flask|spring|flutter|linux|docker|kubernetes|git|programming|coding|code|algorithms?)"
            R"(|data structures|web development|front-?end|back-?end|full-?stack|machine learning)"
            R"(|deep learning|data science|computer science|software development)\b)"
            R"(|(?<![\w+])c(?:\+\+|#)|(?-i:\b(?:C|Go|R)\b)|编程|程序设计|前端|后端|全栈|算法)"
            R"(|数据结构|机器学习|深度学习|人工智能|爬虫|C语言|开发)");
        static const QRegularExpression language = rx(
            R"(\b(?:english|spanish|french|german|japanese|korean|chinese|mandarin|cantonese)"
            R"(|italian|portuguese|russian|arabic|hindi|dutch|swedish|norwegian|danish|finnish)"
            R"(|polish|turkish|greek|hebrew|thai|vietnamese|indonesian|latin|esperanto|sign language)"
            R"(|languages?)\b|英语|英文|日语|日文|韩语|韩文|法语|德语|西班牙语|俄语|意大利语|葡萄牙语)"
            R"(|阿拉伯语|粤语|普通话|中文|汉语|外语|口语|泰语|越南语|希腊语|拉丁语|语言)");
        if (programming.match(text).hasMatch())
            return QStringLiteral("learning/programming");
        if (language.match(text).hasMatch())
            return QStringLiteral("learning/language");
    } else if (kind == u"fitness") {
        static const QRegularExpression weight =
            rx(R"(\b(?:lose|losing|drop|shed|weight|fat|slim|kg|kgs|kilos?|lbs?|pounds)\b)"
               R"(|减肥|减重|减脂|瘦|体重|体脂|斤|公斤)");
        // A running goal without a race ("start running") gets the general fitness plan.
        if (!raceOf(text).isEmpty())
            return QStringLiteral("fitness/race");
        if (weight.match(text).hasMatch())
            return QStringLiteral("fitness/weight");
    }
    return kind;
}

// ---------------------------------------------------------------------------------------------
// Subject extraction

const QRegularExpression &symbols()
{
    static const QRegularExpression re =
        rx(R"([\p{So}\p{Sk}\p{Co}\x{FE0F}\x{200D}\x{20E3}\x{FFFD}])");
    return re;
}

// Deadlines, durations, filler words and emoji say nothing about what the goal is about.
QString withoutTimeAndFiller(QString s)
{
    static const QList<QRegularExpression> removals = {
        rx(R"(\s*\b(?:by|before|until|till|no later than|in time for)\s+(?:the\s+)?(?:end\s+of\s+)?)"
           R"((?:the\s+)?(?:this\s+|next\s+)?(?:(?:january|february|march|april|may|june|july|august)"
           R"(|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec))"
           R"((?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s*\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)"
           R"((?:january|february|march|april|may|june|july|august|september|october|november|december))"
           R"((?:,?\s*\d{4})?|spring|summer|autumn|fall|winter|christmas|easter|new year'?s?)"
           R"(|the holidays|my birthday|graduation|year|month|week|semester|term|quarter)"
           R"(|\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?|\d{1,2}/\d{1,2}(?:/\d{2,4})?|tomorrow|the weekend)\b)"),
        rx(R"(\s*\b(?:in|within|over|during|for)\s+(?:the\s+)?(?:next\s+|coming\s+)?)"
           R"((?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
           R"(|a few|a couple of|several|few)\s+(?:days?|weeks?|months?|years?)\b)"),
        rx(R"(\s*\b(?:this|next)\s+(?:year|month|week|summer|winter|spring|autumn|fall|semester|term)\b)"),
        rx(R"(\s*\b(?:in|during)\s+(?:january|february|march|april|may|june|july|august|september)"
           R"(|october|november|december|spring|summer|autumn|winter|\d{4})\b)"),
        rx(R"(\s*\b(?:starting|from)\s+(?:today|tomorrow|now|next\s+\w+|this\s+\w+)\b)"),
        rx(R"(\s*\b(?:for\s+|at\s+least\s+)?\d+(?:\.\d+)?\s*(?:hours?|hrs?|h|minutes?|mins?))"
           R"(\s*(?:a|per|each|every)\s+(?:day|week|night|morning)\b)"),
        rx(R"(\b(?:asap|as soon as possible|someday|eventually|finally|really|actually|seriously)"
           R"(|properly|successfully|at last)\b)"),
        // Chinese: "在三个月内", "用半年时间", "三个月", "年底前", "明年6月之前", "尽快".
        rx(R"((?:在|于|用|花)?(?:接下来的?|未来的?|今后)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百半几]+))"
           R"(\s*个?(?:多|半)?(?:天|日|周|星期|礼拜|月|季度|年)(?:的?时间)?(?:之内|以内|内|里|左右))"),
        rx(R"((?:在|用|花)(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百半几]+)\s*个?(?:多|半)?)"
           R"((?:天|周|星期|月|年)(?:的?时间)?)"),
        rx(R"((?:\d+|[一二两三四五六七八九十半几]+)\s*个(?:多|半)?(?:月|星期|礼拜))"),
        rx(R"((?:在|于|赶在|到)?(?:今年|明年|后年|年底|年末|年初|年中|年前|年内|月底|月初|月末|下个?月)"
           R"(|这个月|本月|本周|下周|这周|下星期|暑假|寒假|春节|国庆|元旦|下半年|上半年)"
           R"(|(?:\d{4}\s*年\s*)?(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*份?(?:\d{1,2}\s*[日号])?)"
           R"(|\d{4}\s*年)+(?:底|初|末|中旬|下旬|上旬)?(?:之前|以前|前|之内|以内|内|结束前|为止)?)"),
        rx(R"(尽快|早日|争取|务必|终于|好好地?|认真地?|彻底|顺利地?|成功地?)"),
    };
    static const QList<QRegularExpression> leadingFillers = {
        rx(R"(^(?:(?:so|ok|okay|well|hey|hi)[,\s]+)?(?:i|we)\s*(?:really\s+|finally\s+|just\s+|also\s+)?)"
           R"((?:want|wanna|would\s+like|'d\s+like|would\s+love|'d\s+love|need|have|plan|hope|am\s+going)"
           R"(|'m\s+going|'m\s+gonna|am\s+gonna|gonna|will|'ll|intend|aim|wish|am\s+trying|'m\s+trying)"
           R"(|try|decided|have\s+decided|'ve\s+decided|am\s+determined|'m\s+determined|must|should)"
           R"(|can)\s+(?:to\s+)?)"),
        // Without "I", only verbs that never start a goal themselves ("plan my wedding" stays).
        rx(R"(^(?:really\s+|just\s+)?(?:want|wanna|would\s+like|would\s+love|hope|wish|intend|gonna)\s+(?:to\s+)?)"),
        rx(R"(^(?:my\s+|our\s+)?(?:goal|aim|plan|target|resolution|dream|objective|wish)\s*(?:is|:|-)\s*(?:to\s+)?)"),
        rx(R"(^(?:help\s+me(?:\s+to)?|let'?s|please|to|i)\s+)"),
        rx(R"(^(?:请|帮我|帮忙|目标[:：是]|我的目标[:：是]))"),
        rx(R"(^(?:我们|我|咱们|咱|本人)?(?:今年|明年)?(?:真的|很|非常|特别|一直|也|还|就)?)"
           R"((?:想要|想|要|希望能?|期望|渴望|打算|计划|决定|准备要|立志|下决心|一定要|必须|需要|得|梦想))"
           R"((?:能够|能|可以|去|来|好好)?)"),
        rx(R"(^(?:我们|我|咱们|咱|本人)(?:能够|能|可以|去|来|要))"),
    };
    static const QRegularExpression thousands = rx(R"((?<=\d),(?=\d{3}\b))");
    s.remove(symbols());
    s.remove(thousands); // "80,000 words" is one number, not two clauses
    for (const QRegularExpression &re : removals)
        s.remove(re);
    s = s.simplified();
    for (int round = 0; round < 3; ++round) {
        const QString before = s;
        for (const QRegularExpression &re : leadingFillers) {
            s.remove(re);
            s = s.trimmed();
        }
        if (s == before)
            break;
    }
    return s;
}

QString firstCapture(const QList<QRegularExpression> &patterns, const QString &text)
{
    for (const QRegularExpression &re : patterns) {
        const QString s = re.match(text).captured(u"s").trimmed();
        if (!s.isEmpty())
            return s;
    }
    return {};
}

QString learningSubject(const QString &core)
{
    static const QList<QRegularExpression> patterns = {
        untilClauseEnd(
            R"(\b(?:learn(?:ing)?|master(?:ing)?|study(?:ing)?|improve(?:\s+(?:my|on))?)"
            R"(|get\s+(?:better|good)\s+at|pick\s+up|teach\s+(?:myself|me)|self-teach|become\s+fluent\s+in)"
            R"(|be\s+fluent\s+in|practi[cs]e|practi[cs]ing|brush\s+up(?:\s+on)?|understand)\s+)"
            R"((?:how\s+)?(?:to\s+)?(?:(?:speak|play|read|use|draw|paint|sing)\s+)?)"
            R"((?:(?:the|a|an|my|some|basic|the\s+basics\s+of|basics\s+of|conversational|fluent|business|more)\s+)*)"
            R"((?<s>[^,;!?，。；！？]+?)\s*(?:\b(?:so|because|for|with|in\s+order|and\s+then|before|after|every|each)"
            R"(|until|to\s+(?:a|an|the)?\s*\w+\s+level|at\s+(?:a|an)|using|from\s+scratch|from\s+zero)"
            R"(|daily|twice|once|\d+\s+(?:times|hours?|minutes?)|well|properly|fluently|better|language))"
            R"(\b[^,;!?，。；！？]*)?)"),
        rx(R"((?:学习|学会|学好|自学|学|掌握|精通|入门|练习|练好|练|提高|提升|进阶))"
           R"((?:一下|一门|一种|一点|下|好|会)?(?:怎么|如何)?(?<s>[^,;!?，。；！？]+))"),
        rx(R"((?<s>\b(?:english|spanish|french|german|japanese|korean|chinese|mandarin|cantonese)"
           R"(|italian|portuguese|russian|arabic|guitar|piano|violin|drums|ukulele|python|java)"
           R"(|javascript|typescript|rust|golang|swift|kotlin|sql|chess|photography|drawing)\b)"
           R"(|英语|日语|韩语|法语|德语|西班牙语|俄语|吉他|钢琴|小提琴|编程|摄影|书法|围棋))"),
    };
    QString s = firstCapture(patterns, core);
    const auto strip = [&s](const QRegularExpression &re) {
        QString shorter = s;
        shorter.remove(re);
        if (shorter.trimmed().size() >= 2)
            s = shorter.trimmed();
    };
    // "弹吉他" is about the guitar, "Python编程" about Python, "英语口语能力" about spoken English.
    static const QRegularExpression leadingVerb = rx(R"(^(?:弹|拉|打|吹|说|讲|用|画))");
    static const QRegularExpression trailingTopic =
        rx(R"((?:的)?(?:基础知识|基础|知识|技能|技巧|技术|入门|课程|能力|水平|成绩|分数)$)");
    static const QRegularExpression latinThenTopic =
        rx(R"((?<=[A-Za-z+#])\s*(?:编程|语言|开发)+$)");
    // "学Python做数据分析" is about Python; what it is for comes after.
    static const QRegularExpression purpose =
        rx(R"((?:来做|做|用来|用于|然后|并且|以便|为了|好让).*$)");
    static const QRegularExpression level = rx(R"((?:到|达到|至).*(?:水平|级别|程度)$)");
    strip(purpose);
    strip(level);
    strip(trailingTopic);
    strip(latinThenTopic);
    strip(leadingVerb);
    return s;
}

QString fitnessSubject(const QString &variant, const QString &core)
{
    if (variant == u"fitness/race")
        return raceOf(core);
    if (variant == u"fitness/weight") {
        static const QList<QRegularExpression> patterns = {
            rx(R"((?<s>\b(?:lose|drop|shed|losing)\s+(?:about\s+|around\s+)?(?:\d+(?:\.\d+)?\s?)"
               R"((?:kg|kgs|kilos?|kilograms?|lbs?|pounds)|weight|some\s+weight|(?:belly\s+|body\s+)?fat)\b))"),
            rx(R"((?<s>(?:减肥|减重|减脂|瘦身|瘦|甩掉|甩)\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百]+)?)"
               R"(\s*(?:斤|公斤|kg|千克)?(?:肉)?))"),
        };
        if (QString s = firstCapture(patterns, core); !s.isEmpty())
            return s;
    }
    return core;
}

QString projectSubject(const QString &core)
{
    static const QList<QRegularExpression> patterns = {
        untilClauseEnd(
            R"(\b(?:build|create|make|develop|launch|ship|release|design|code|program|start|set\s+up)"
            R"(|found|finish|complete|deploy|write|prototype|redesign|rebuild|open|publish|run)\s+(?:up\s+)?)"
            // "build and ship a website": further verbs joined to the first are not the subject.
            R"((?:(?:and|&|then)\s+(?:build|create|make|develop|launch|ship|release|deploy|publish|test)"
            R"(|design|finish|host|sell|market)\s+)*)"
            R"((?:(?:a|an|the|my|our|his|her|their|your|own|first|new|simple|small|little|real)\s+)*)"
            R"((?<s>[^,;!?，。；！？]+?)\s*(?:\b(?:for|so|because|that|which|to|with|using|in|on|by|from)"
            R"(|and\s+(?:get|make|earn|launch|ship)|where|who)\b[^,;!?，。；！？]*)?)"),
        rx(R"((?:开发出?|搭建|建立|创建|制作|编写|设计|完成|上线|发布|推出|打造|做|写|建|开))"
           R"((?:出|好|完)?(?:一个小|一个|一款|一套|一家|一间|个|款|套|家)?(?:属于)?)"
           R"((?:我自己的|自己的|我的|个人的)?(?<s>[^,;!?，。；！？]+))"),
    };
    return firstCapture(patterns, core);
}

QString writingSubject(const QString &core)
{
    static const QList<QRegularExpression> patterns = {
        untilClauseEnd(
            R"(\b(?:write|writing|finish|finishing|complete|completing|draft|publish|submit)\s+(?:up\s+)?)"
            R"((?:(?:a|an|the|my|our|first|own|new|short)\s+)*(?<s>[^,;!?，。；！？]+?)\s*)"
            R"((?:\b(?:so|because|and\s+(?:get|submit|publish|send)|before|by|(?:of|with)\s+(?:about\s+)?\d+)"
            R"(|(?:a|per|each|every)\s+(?:day|week|month|year))\b[^,;!?，。；！？]*)?)"),
        rx(R"((?:写完|写好|撰写|完成|出版|发表|投稿|创作|写|交)(?:出|完|好)?)"
           R"((?:一本|一篇|一部|一份|本|篇|部|份)?(?:我的|自己的)?(?<s>[^,;!?，。；！？]+))"),
        rx(R"((?<s>(?:\w+(?:'s)?\s+)?(?:thesis|dissertation|novel|memoir|book|paper|essay|screenplay))"
           R"(|[\p{Han}A-Za-z]{0,6}(?:论文|小说|剧本|回忆录|书稿)))"),
    };
    // "the first draft of my novel" is about the novel.
    static const QRegularExpression draftOf =
        rx(R"(^(?:first\s+|second\s+|final\s+)?(?:draft|version)\s+of\s+(?:my\s+|the\s+|a\s+)?)");
    QString s = firstCapture(patterns, core);
    s.remove(draftOf);
    return s;
}

QString examSubject(const QString &core)
{
    static const QList<QRegularExpression> patterns = {
        rx(R"((?-i)\b(?<s>IELTS|TOEFL(?:\s+iBT)?|TOEIC|GRE|GMAT|SAT|ACT|LSAT|MCAT|USMLE(?:\s+Step\s+\d)?)"
           R"(|CPA|CFA(?:\s+Level\s+(?:I{1,3}|\d))?|ACCA|FRM|PMP|CCNA|CCNP|CISSP|JLPT(?:\s+N[1-5])?)"
           R"(|HSK(?:\s*\d)?|DELE(?:\s+[ABC][12])?|DELF(?:\s+[ABC][12])?|DALF|TOPIK|GCSEs?|A-levels?)\b)"),
        rx(R"(\b(?<s>ielts|toefl|gmat|lsat|mcat|jlpt|bar exam|driving test|driver'?s test|road test)"
           R"(|driving licen[cs]e|driver'?s licen[cs]e)\b)"),
        rx(R"((?<s>考研|考公(?!务)|考编(?!程)|公务员|(?:大学)?英语[四六]级|[四六]级|专四|专八|雅思|托福|高考|中考|注册会计师)"
           R"(|司法考试|法考|教师资格证?|[一二]级建造师|计算机[一二三]级|软考|驾照|科目[一二三四])"
           R"(|日语(?:能力考试?)?\s*N[1-5]|\bN[1-5]\b))"),
        untilClauseEnd(
            R"(\b(?:pass|passing|ace|take|sit|retake|prepare\s+for|preparing\s+for|prep\s+for|study\s+for)"
            R"(|studying\s+for|revise\s+for|cram\s+for|clear|crack|get\s+through)\s+)"
            R"((?:(?:the|my|an?|this|next|upcoming)\s+)*(?<s>[^,;!?，。；！？]+?)\s*)"
            R"((?:\b(?:with|at|on|in|by|score|scoring|and|so|because|to\s+get|first\s+time)\b[^,;!?，。；！？]*)?)"),
        rx(R"((?:通过|准备|备考|备战|参加|考过|考取|考上|考到|拿下|考(?!试)|学习|复习)(?:一下|好)?)"
           R"((?<s>[^,;!?，。；！？]+))"),
    };
    QString s = firstCapture(patterns, core);
    static const QRegularExpression score = rx(
        R"(\s*(?:考到|达到|拿到|考过|过)?\s*\d+(?:\.\d+)?\s*分(?:以上)?$|\s*(?:考到|达到|拿到)\s*\d+(?:\.\d+)?$)");
    static const QRegularExpression exam = rx(R"((?:的)?(?:考试|证书|资格证)$)");
    for (const QRegularExpression *re : {&score, &exam}) {
        QString shorter = s;
        shorter.remove(*re);
        if (shorter.trimmed().size() >= 3)
            s = shorter.trimmed();
    }
    return s;
}

QString habitSubject(const QString &core)
{
    static const QList<QRegularExpression> patterns = {
        rx(R"(\b(?:habit|routine)\s+of\s+(?<s>[^,;!?，。；！？]+))"),
        rx(R"(\bmake\s+(?:it\s+)?a\s+habit\s+to\s+(?<s>[^,;!?，。；！？]+))"),
        rx(R"(养成(?:每天|每日|每周|每晚)?(?<s>[^,;!?，。；！？]+?)的?习惯)"),
    };
    if (QString s = firstCapture(patterns, core); !s.isEmpty())
        return s;
    static const QList<QRegularExpression> frequency = {
        rx(R"(\b(?:build|form|develop|create|start|keep|get\s+into|make|establish)\s+(?:a\s+|the\s+)?)"
           R"((?:daily\s+|good\s+|healthy\s+|new\s+|morning\s+|evening\s+)?(?:habit|routine)\b(?:\s+of|\s+to)?)"),
        rx(R"(\b(?:every|each)\s+(?:single\s+)?(?:day|morning|evening|night|week|weekday|workday)\b)"),
        rx(R"(\b(?:daily|nightly|consistently|regularly|again|more\s+often|every\s+other\s+day)\b)"),
        rx(R"(\b(?:\d+|once|twice|three|four|five)\s+(?:times?\s+)?(?:a|per|each)\s+(?:day|week)\b)"),
        rx(R"(^(?:start|begin|keep)\s+(?=\w+ing\b))"),
        rx(R"(每天|每日|每晚|每早|每周(?:\d+|[一二三四五六七])?次?|天天|坚持|打卡|养成|的?习惯|继续|按时|保持)"),
    };
    QString s = core;
    for (const QRegularExpression &re : frequency)
        s.remove(re);
    return s.simplified();
}

// Trims what is left around a subject: articles, particles, quotes, emoji and punctuation.
QString tidySubject(QString s)
{
    static const QRegularExpression brackets = rx(R"([「」『』“”"《》〈〉【】\[\]()（）])");
    static const QRegularExpression edges =
        rx(R"(^[\s.,;:!?，。；：！？、…~～\-—']+|[\s.,;:!?，。；：！？、…~～\-—']+$)");
    static const QRegularExpression leadingWords =
        rx(R"(^(?:(?:a|an|the|my|our|your|his|her|their|some|to|of|on|in|for|own|very)\s+)+)");
    static const QRegularExpression leadingZh =
        rx(R"(^(?:一个|一款|一本|一篇|一门|一种|一场|一次|一套|我的|自己的|属于自己的|的|了|把))");
    static const QRegularExpression trailingZh = rx(R"((?:的|了|吧|啊|呀|呢|哦|嘛|呗)$)");
    s.remove(symbols());
    s.remove(brackets);
    for (int round = 0; round < 3; ++round) {
        const QString before = s;
        s.remove(edges);
        s.remove(leadingWords);
        if (s.size() > 2)
            s.remove(leadingZh);
        if (s.size() > 2)
            s.remove(trailingZh);
        s = s.simplified();
        if (s == before)
            break;
    }
    return s;
}

// Titles read "Learn the fundamentals of {subject}": a bare verb ("learn to cook") needs its noun.
QString nounForSkill(const QString &subject, const QString &language)
{
    static const QHash<QString, QString> nouns = {
        {QStringLiteral("code"), QStringLiteral("programming")},
        {QStringLiteral("program"), QStringLiteral("programming")},
        {QStringLiteral("coding"), QStringLiteral("programming")},
        {QStringLiteral("cook"), QStringLiteral("cooking")},
        {QStringLiteral("bake"), QStringLiteral("baking")},
        {QStringLiteral("draw"), QStringLiteral("drawing")},
        {QStringLiteral("paint"), QStringLiteral("painting")},
        {QStringLiteral("sing"), QStringLiteral("singing")},
        {QStringLiteral("dance"), QStringLiteral("dancing")},
        {QStringLiteral("swim"), QStringLiteral("swimming")},
        {QStringLiteral("knit"), QStringLiteral("knitting")},
        {QStringLiteral("sew"), QStringLiteral("sewing")},
        {QStringLiteral("ski"), QStringLiteral("skiing")},
        {QStringLiteral("surf"), QStringLiteral("surfing")},
        {QStringLiteral("skate"), QStringLiteral("skating")},
        {QStringLiteral("type"), QStringLiteral("typing")},
        {QStringLiteral("write"), QStringLiteral("writing")},
        {QStringLiteral("read"), QStringLiteral("reading")},
        {QStringLiteral("juggle"), QStringLiteral("juggling")},
    };
    const QString noun = nouns.value(subject.toLower());
    if (noun.isEmpty())
        return subject;
    if (noun == u"programming" && language == u"zh")
        return QStringLiteral("编程");
    return noun;
}

QString shortened(const QString &text)
{
    if (text.size() <= kMaxSubjectLength)
        return text;
    qsizetype cut = safeCut(text, kMaxSubjectLength - 1);
    // Prefer a word boundary when the text has words.
    const qsizetype space = text.lastIndexOf(u' ', cut);
    if (space > kMaxSubjectLength / 2)
        cut = space;
    return text.left(cut).trimmed() + QChar(0x2026);
}

struct Understanding
{
    BaselineAnalysis analysis;
    QString templateName;
};

Understanding understand(const QString &goalText)
{
    const QString text = normalise(goalText);
    Understanding u;
    u.analysis.language = detectLanguage(text);
    u.analysis.kind = recogniseKind(text);
    u.templateName = templateName(u.analysis.kind, text);

    const QString core = withoutTimeAndFiller(text);
    QString subject;
    const QString &kind = u.analysis.kind;
    if (kind == u"learning")
        subject = nounForSkill(tidySubject(learningSubject(core)), u.analysis.language);
    else if (kind == u"fitness")
        subject = fitnessSubject(u.templateName, core);
    else if (kind == u"project")
        subject = projectSubject(core);
    else if (kind == u"writing")
        subject = writingSubject(core);
    else if (kind == u"exam")
        subject = examSubject(core);
    else if (kind == u"habit")
        subject = habitSubject(core);
    subject = tidySubject(subject);
    if (subject.isEmpty())
        subject = tidySubject(core);
    if (subject.isEmpty())
        subject = text; // nothing but symbols ("🙂🙂🙂"): still say what was asked
    u.analysis.subject = shortened(subject);
    return u;
}

// ---------------------------------------------------------------------------------------------
// Templates

struct TemplateTask
{
    QString title;
    QString notes;
    QString milestone;
    double hours = 1.0;
    QList<int> after; // indices of earlier tasks of the same template
    bool optional = false;
};

using Template = QList<TemplateTask>;

Template parseTemplate(const QJsonArray &milestones)
{
    Template tasks;
    QHash<QString, int> indexOfKey;
    for (const QJsonValue &milestoneValue : milestones) {
        const QJsonObject milestone = milestoneValue.toObject();
        const QString name = milestone.value(u"milestone").toString();
        for (const QJsonValue &taskValue : milestone.value(u"tasks").toArray()) {
            const QJsonObject task = taskValue.toObject();
            TemplateTask t;
            t.title = task.value(u"title").toString();
            t.notes = task.value(u"notes").toString();
            t.milestone = name;
            t.hours = task.value(u"hours").toDouble(1.0);
            t.optional = task.value(u"optional").toBool(false);
            for (const QJsonValue &key : task.value(u"after").toArray()) {
                const int index = indexOfKey.value(key.toString(), -1);
                Q_ASSERT_X(index >= 0, "OfflinePlanner",
                           qPrintable(QStringLiteral("templates.json: unknown or later task ") +
                                      key.toString()));
                if (index >= 0)
                    t.after.append(index);
            }
            Q_ASSERT_X(!t.title.isEmpty() && t.hours > 0, "OfflinePlanner",
                       "templates.json: bad task");
            indexOfKey.insert(task.value(u"key").toString(), int(tasks.size()));
            tasks.append(t);
        }
    }
    return tasks;
}

// The last resort when the resource is broken: a plain generic plan, chained step by step.
Template builtInTemplate(const QString &language)
{
    const bool zh = language == u"zh";
    const QList<std::pair<const char *, const char *>> steps = {
        {"Describe what “{subject}” looks like when it is done",
         "用一两句话描述“{subject}”完成时是什么样子"},
        {"Define 2–3 measurable signs of success", "定下2到3个可衡量的成功标准"},
        {"Find out how others reached similar goals", "了解别人是怎样实现类似目标的"},
        {"Break the goal into 5–10 concrete steps", "把目标拆成5到10个具体步骤"},
        {"Complete the first step today, however small", "今天就完成第一步，哪怕很小"},
        {"Work through the main steps, one focused session at a time",
         "每次专注一段时间，逐步完成主要步骤"},
        {"Finish the remaining steps and tie up loose ends", "完成剩下的步骤，把收尾工作做好"},
        {"Check the result against your signs of success", "对照成功标准检查成果"},
    };
    const double hours[] = {0.5, 0.5, 3, 1, 1, 15, 6, 0.5};
    Template tasks;
    for (int i = 0; i < int(steps.size()); ++i) {
        TemplateTask t;
        t.title = QString::fromUtf8(zh ? steps[i].second : steps[i].first);
        t.milestone = zh ? QStringLiteral("计划与执行") : QStringLiteral("Plan and do");
        t.hours = hours[i];
        if (i > 0)
            t.after = {i - 1};
        tasks.append(t);
    }
    return tasks;
}

QHash<QString, Template> loadTemplates()
{
    QHash<QString, Template> templates;
    QFile file(QStringLiteral(":/bench-baseline/templates.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        Q_ASSERT_X(false, "OfflinePlanner", "templates.json is missing from the resources");
        return templates;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    Q_ASSERT_X(error.error == QJsonParseError::NoError, "OfflinePlanner",
               qPrintable(QStringLiteral("templates.json: ") + error.errorString()));
    const QJsonObject all = doc.object().value(u"templates").toObject();
    for (auto it = all.begin(); it != all.end(); ++it) {
        const QJsonObject byLanguage = it.value().toObject();
        for (auto lang = byLanguage.begin(); lang != byLanguage.end(); ++lang)
            templates.insert(it.key() + u':' + lang.key(), parseTemplate(lang.value().toArray()));
    }
    Q_ASSERT_X(templates.contains(QStringLiteral("generic:en")) &&
                   templates.contains(QStringLiteral("generic:zh")),
               "OfflinePlanner", "templates.json has no generic template");
    return templates;
}

Template findTemplate(const QString &name, const QString &kind, const QString &language)
{
    static const QHash<QString, Template> templates = loadTemplates();
    for (const QString &candidate : {name, kind, QStringLiteral("generic")}) {
        const Template t = templates.value(candidate + u':' + language);
        if (t.size() >= kMinTasks)
            return t;
    }
    return builtInTemplate(language);
}

double roundToHalfHour(double hours)
{
    return std::max(0.5, std::round(hours * 2.0) / 2.0);
}

QString fillIn(QString text, const QString &subject)
{
    return text.replace(QStringLiteral("{subject}"), subject);
}

} // namespace

BaselineAnalysis BaselineOfflinePlanner::analyse(const QString &goalText)
{
    return understand(goalText).analysis;
}

Plan BaselineOfflinePlanner::draft(const Goal &goal) const
{
    const Understanding u = understand(goal.text);
    Plan plan;
    plan.goal = goal.text.trimmed();
    plan.language = u.analysis.language;
    plan.kind = u.analysis.kind;
    plan.subject = u.analysis.subject;
    plan.startDate = goal.today;
    plan.deadline = goal.deadline;
    plan.hoursPerWeek = goal.hoursPerWeek;

    const Template tmpl = findTemplate(u.templateName, u.analysis.kind, u.analysis.language);
    const int n = int(std::min<qsizetype>(tmpl.size(), kMaxTasks));

    // Time available before the deadline, if there is one; without one the base estimates stand.
    double available = -1.0;
    if (goal.deadline.isValid() && goal.today.isValid() && goal.deadline >= goal.today) {
        const double weeks = double(goal.today.daysTo(goal.deadline) + 1) / 7.0;
        available = std::max(0.0, goal.hoursPerWeek) * weeks * kUtilisation;
    }

    // A short deadline gets a leaner plan: optional tasks go first, as long as 8 remain.
    double fullHours = 0.0;
    for (int i = 0; i < n; ++i)
        fullHours += tmpl[i].hours;
    QList<bool> keep(n, true);
    const bool lean = available >= 0.0 && available < fullHours;
    if (lean) {
        int removable = n - kMinTasks;
        for (int i = 0; i < n && removable > 0; ++i) {
            if (tmpl[i].optional) {
                keep[i] = false;
                --removable;
            }
        }
    }
    double keptHours = 0.0;
    for (int i = 0; i < n; ++i)
        keptHours += keep[i] ? tmpl[i].hours : 0.0;
    // A lean plan is never stretched back up: the time saved is the point of leaving tasks out.
    const double scale = available < 0.0
                             ? 1.0
                             : std::clamp(available / keptHours, kMinScale, lean ? 1.0 : kMaxScale);

    // A dropped task hands its prerequisites on to the tasks that waited for it.
    QList<QList<int>> prerequisites(n); // template indices of kept tasks
    QList<int> position(n, -1);
    for (int i = 0; i < n; ++i) {
        QList<int> deps;
        for (const int d : tmpl[i].after) {
            if (d >= i)
                continue; // only earlier tasks, so the plan can never hold a cycle
            if (keep[d])
                deps.append(d);
            else
                deps.append(prerequisites[d]);
        }
        std::sort(deps.begin(), deps.end());
        deps.erase(std::unique(deps.begin(), deps.end()), deps.end());
        prerequisites[i] = deps;
        if (!keep[i])
            continue;

        Task task;
        const QString title = fillIn(tmpl[i].title, plan.subject);
        task.title = title.left(safeCut(title, kMaxTitleLength));
        task.notes = fillIn(tmpl[i].notes, plan.subject);
        task.milestone = fillIn(tmpl[i].milestone, plan.subject);
        task.estimateHours = roundToHalfHour(tmpl[i].hours * scale);
        task.status = TaskStatus::Todo;
        task.order = int(plan.tasks.size());
        for (const int d : deps)
            task.dependsOn.append(position[d]);
        position[i] = task.order;
        plan.tasks.append(task);
    }
    return plan;
}

} // namespace helios::baseline

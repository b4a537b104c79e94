#include "core/planning/goal_understanding.h"

#include "core/planning/goal_text.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <optional>

namespace helios::planning {

namespace {

bool isWordChar(QChar c)
{
    // Latin letters and digits make words; an ideograph next to a Latin term is a boundary
    // ("学Python").
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
           (u >= 0xC0 && u <= 0x24F);
}

bool hasLatin(const QString &term)
{
    return std::any_of(term.cbegin(), term.cend(),
                       [](QChar c) { return isLatinLetter(c.unicode()) || c.isDigit(); });
}

// The engine's own level words; a kind may add its own (which count double).
const QStringList &builtInBeginnerTerms()
{
    static const QStringList terms = {
        QStringLiteral("from scratch"),
        QStringLiteral("from zero"),
        QStringLiteral("complete beginner"),
        QStringLiteral("total beginner"),
        QStringLiteral("absolute beginner"),
        QStringLiteral("beginner"),
        QStringLiteral("never"),
        QStringLiteral("no experience"),
        QStringLiteral("first time"),
        QStringLiteral("first ever"),
        QStringLiteral("my first"),
        QStringLiteral("newbie"),
        QStringLiteral("novice"),
        QStringLiteral("couch to"),
        QStringLiteral("starting out"),
        QStringLiteral("know nothing"),
        QStringLiteral("only know"),
        QStringLiteral("零基础"),
        QStringLiteral("从零"),
        QStringLiteral("从头开始"),
        QStringLiteral("小白"),
        QStringLiteral("新手"),
        QStringLiteral("没学过"),
        QStringLiteral("没有基础"),
        QStringLiteral("只会"),
        QStringLiteral("刚开始"),
        QStringLiteral("刚入门"),
        QStringLiteral("初学"),
        QStringLiteral("第一次"),
        QStringLiteral("完全不会"),
        QStringLiteral("一点都不会"),
        QStringLiteral("没碰过"),
        QStringLiteral("人生第一"),
        QStringLiteral("首次"),
    };
    return terms;
}

const QStringList &builtInAdvancedTerms()
{
    static const QStringList terms = {
        QStringLiteral("already"),    QStringLiteral("advanced"),   QStringLiteral("intermediate"),
        QStringLiteral("improve"),    QStringLiteral("improving"),  QStringLiteral("get better"),
        QStringLiteral("brush up"),   QStringLiteral("next level"), QStringLiteral("personal best"),
        QStringLiteral("faster"),     QStringLiteral("已经"),       QStringLiteral("进阶"),
        QStringLiteral("提高"),       QStringLiteral("提升"),       QStringLiteral("有基础"),
        QStringLiteral("有一定基础"), QStringLiteral("精进"),       QStringLiteral("更快"),
        QStringLiteral("突破"),
    };
    return terms;
}

// ---------------------------------------------------------------------------------------------
// Places: a small gazetteer, so that a place reads right in either language ("trip to Mexico"
// in a Chinese plan is 墨西哥), then capitalised names after "to" / "in" and Chinese travel verbs.

struct Place
{
    const char *en;
    const char *zh;
    const char *aliases; // more terms, separated by |
};

const QList<Place> &gazetteer()
{
    static const QList<Place> places = {
        {"Mexico", "墨西哥", ""},
        {"Japan", "日本", ""},
        {"China", "中国", ""},
        {"Spain", "西班牙", ""},
        {"France", "法国", ""},
        {"Italy", "意大利", ""},
        {"Germany", "德国", ""},
        {"the UK", "英国", "uk|britain|england|united kingdom"},
        {"Ireland", "爱尔兰", ""},
        {"the US", "美国", "usa|america|united states|the states"},
        {"Canada", "加拿大", ""},
        {"Australia", "澳大利亚", "澳洲"},
        {"New Zealand", "新西兰", ""},
        {"Korea", "韩国", "south korea"},
        {"Thailand", "泰国", ""},
        {"Vietnam", "越南", ""},
        {"Singapore", "新加坡", ""},
        {"Malaysia", "马来西亚", ""},
        {"Indonesia", "印度尼西亚", "印尼"},
        {"Bali", "巴厘岛", ""},
        {"the Philippines", "菲律宾", "philippines"},
        {"India", "印度", ""},
        {"Brazil", "巴西", ""},
        {"Argentina", "阿根廷", ""},
        {"Peru", "秘鲁", ""},
        {"Chile", "智利", ""},
        {"Colombia", "哥伦比亚", ""},
        {"Cuba", "古巴", ""},
        {"Portugal", "葡萄牙", ""},
        {"Greece", "希腊", ""},
        {"Turkey", "土耳其", ""},
        {"Egypt", "埃及", ""},
        {"Morocco", "摩洛哥", ""},
        {"Russia", "俄罗斯", ""},
        {"the Netherlands", "荷兰", "netherlands|holland"},
        {"Switzerland", "瑞士", ""},
        {"Austria", "奥地利", ""},
        {"Sweden", "瑞典", ""},
        {"Norway", "挪威", ""},
        {"Denmark", "丹麦", ""},
        {"Finland", "芬兰", ""},
        {"Iceland", "冰岛", ""},
        {"Poland", "波兰", ""},
        {"Croatia", "克罗地亚", ""},
        {"Europe", "欧洲", ""},
        {"Southeast Asia", "东南亚", ""},
        {"Taiwan", "台湾", ""},
        {"Hong Kong", "香港", ""},
        {"Macau", "澳门", "macao"},
        {"Dubai", "迪拜", ""},
        {"Paris", "巴黎", ""},
        {"London", "伦敦", ""},
        {"Tokyo", "东京", ""},
        {"Osaka", "大阪", ""},
        {"Kyoto", "京都", ""},
        {"Hokkaido", "北海道", ""},
        {"Okinawa", "冲绳", ""},
        {"Seoul", "首尔", ""},
        {"New York", "纽约", "nyc"},
        {"San Francisco", "旧金山", ""},
        {"Los Angeles", "洛杉矶", ""},
        {"Boston", "波士顿", ""},
        {"Berlin", "柏林", ""},
        {"Munich", "慕尼黑", ""},
        {"Rome", "罗马", ""},
        {"Barcelona", "巴塞罗那", ""},
        {"Madrid", "马德里", ""},
        {"Lisbon", "里斯本", ""},
        {"Amsterdam", "阿姆斯特丹", ""},
        {"Vienna", "维也纳", ""},
        {"Prague", "布拉格", ""},
        {"Sydney", "悉尼", ""},
        {"Melbourne", "墨尔本", ""},
        {"Vancouver", "温哥华", ""},
        {"Toronto", "多伦多", ""},
        {"Bangkok", "曼谷", ""},
        {"Chiang Mai", "清迈", ""},
        {"Beijing", "北京", ""},
        {"Shanghai", "上海", ""},
        {"Chengdu", "成都", ""},
        {"Chongqing", "重庆", ""},
        {"Hangzhou", "杭州", ""},
        {"Shenzhen", "深圳", ""},
        {"Guangzhou", "广州", ""},
        {"Xi'an", "西安", "xian"},
        {"Xiamen", "厦门", ""},
        {"Qingdao", "青岛", ""},
        {"Harbin", "哈尔滨", ""},
        {"Yunnan", "云南", ""},
        {"Dali", "大理", ""},
        {"Lijiang", "丽江", ""},
        {"Tibet", "西藏", ""},
        {"Lhasa", "拉萨", ""},
        {"Xinjiang", "新疆", ""},
        {"Hainan", "海南", ""},
        {"Sanya", "三亚", ""},
        {"Guilin", "桂林", ""},
        {"Nanjing", "南京", ""},
        {"Suzhou", "苏州", ""},
        {"Wuhan", "武汉", ""},
        {"Changsha", "长沙", ""},
    };
    return places;
}

struct PlaceIndex
{
    TermIndex terms;
    QList<int> placeOfTerm; // by term id
};

const PlaceIndex &placeIndex()
{
    static const PlaceIndex index = [] {
        PlaceIndex p;
        const QList<Place> &places = gazetteer();
        for (int i = 0; i < places.size(); ++i) {
            QStringList names = {QString::fromUtf8(places[i].en), QString::fromUtf8(places[i].zh)};
            names[0].remove(QRegularExpression(QStringLiteral("^the ")));
            const QString aliases = QString::fromUtf8(places[i].aliases);
            if (!aliases.isEmpty())
                names << aliases.split(u'|');
            for (const QString &name : std::as_const(names)) {
                const int id = p.terms.add(name);
                if (p.placeOfTerm.size() <= id)
                    p.placeOfTerm.resize(id + 1, -1);
                p.placeOfTerm[id] = i;
            }
        }
        return p;
    }();
    return index;
}

// Whether a hit lies inside a longer hit of the other list (a place inside "西班牙语").
bool insideAny(const TermHit &hit, const QList<TermHit> &others, const TermIndex *index = nullptr)
{
    return std::any_of(others.cbegin(), others.cend(), [&](const TermHit &o) {
        return o.length > hit.length && o.start <= hit.start && o.end() >= hit.end() &&
               (!index || index->terms[o.term].classifies);
    });
}

QString findPlace(const GoalUnderstanding &u, const QString &folded, const QList<TermHit> &kbHits)
{
    const PlaceIndex &index = placeIndex();
    // The place a goal goes to, not the one it leaves: "从上海搬到成都" is about 成都, "move
    // from London to Berlin" about Berlin. A place named after "from" is taken only when no other
    // is.
    const auto leaving = [&folded](const TermHit &hit) {
        const QStringView before = QStringView(folded).left(hit.start).trimmed();
        return before.endsWith(u"从") || before.endsWith(u"离开") || before.endsWith(u"from") ||
               before.endsWith(u"leaving") || before.endsWith(u"leave");
    };
    std::optional<TermHit> found;
    for (const TermHit &hit : findTerms(index.terms, folded)) {
        if (insideAny(hit, kbHits))
            continue;
        if (!found || (leaving(*found) && !leaving(hit)))
            found = hit;
        if (!leaving(*found))
            break;
    }
    if (found) {
        const Place &place = gazetteer()[index.placeOfTerm[found->term]];
        return QString::fromUtf8(u.language == u"zh" ? place.zh : place.en);
    }
    // A capitalised name after a preposition of travel, months and weekdays excepted.
    static const QRegularExpression english(QStringLiteral(
        R"(\b(?:to|in|around|across|visit|visiting|through|explore|exploring)\s+)"
        R"(((?!(?:January|February|March|April|May|June|July|August|September|October|November)"
        R"(|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|English|I)\b))"
        R"([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+){0,2}))"));
    if (const auto m = english.match(u.normalised); m.hasMatch())
        return m.captured(1);
    static const QRegularExpression chinese(QStringLiteral(
        R"((?:去|到|赴|游)(\p{Han}{2,4}?)(?:旅游|旅行|玩|度假|自驾|徒步|出差|留学|看看|过年))"));
    if (const auto m = chinese.match(u.normalised); m.hasMatch())
        return m.captured(1);
    return {};
}

// ---------------------------------------------------------------------------------------------
// Targets: a score, band, time or level the person aims for, and where they start.

QString digitsOf(const QString &chineseOrArabic)
{
    if (const std::optional<double> n = parseNumber(chineseOrArabic))
        return formatCount(*n, QStringLiteral("en")).remove(u',');
    return chineseOrArabic;
}

void findTarget(GoalDetails &details, const QString &text)
{
    struct Rule
    {
        QRegularExpression re;
        std::function<void(const QRegularExpressionMatch &, GoalDetails &)> take;
    };
    static const QList<Rule> rules = {
        {caseInsensitive(
             R"(从\s*(\d+(?:\.\d+)?)\s*(分)?\s*(?:提高|提升|进步|提|考|涨)?\s*到\s*(\d+(?:\.\d+)?)\s*(分)?)"),
         [](const QRegularExpressionMatch &m, GoalDetails &d) {
             const QString unit = m.captured(2).isEmpty() && m.captured(4).isEmpty()
                                      ? QString()
                                      : QStringLiteral("分");
             d.from = m.captured(1) + unit;
             d.target = m.captured(3) + unit;
         }},
        {caseInsensitive(
             R"(\bfrom\s+(?:a\s+|an\s+)?(band\s+)?(\d+(?:\.\d+)?)\s+(?:to|up\s+to)\s+(?:a\s+|an\s+)?(band\s+)?(\d+(?:\.\d+)?)\b)"),
         [](const QRegularExpressionMatch &m, GoalDetails &d) {
             const bool band = !m.captured(1).isEmpty() || !m.captured(3).isEmpty();
             d.from = (band ? QStringLiteral("band ") : QString()) + m.captured(2);
             d.target = (band ? QStringLiteral("band ") : QString()) + m.captured(4);
         }},
        {caseInsensitive(R"(\bband\s*(?:score\s*)?(?:of\s*)?(\d(?:\.[05])?)\b)"),
         [](const QRegularExpressionMatch &m, GoalDetails &d) {
             d.target = QStringLiteral("band ") + m.captured(1);
         }},
        {caseInsensitive(R"(\b(\d(?:\.[05])?)\s+(?:band|overall)\b)"),
         [](const QRegularExpressionMatch &m, GoalDetails &d) {
             d.target = QStringLiteral("band ") + m.captured(1);
         }},
        {caseInsensitive(R"(\bsub[\s-]?(\d{1,2}(?::\d{2})?)(?:\s*(?:hours?|hrs?|h)\b)?)"),
         [](const QRegularExpressionMatch &m, GoalDetails &d) {
             d.target = QStringLiteral("sub-") + m.captured(1);
         }},
        {caseInsensitive(
             R"(\b(?:under|below|in\s+less\s+than)\s+(\d{1,3}(?::\d{2})?)\s*(hours?|hrs?|h|minutes?|mins?)\b)"),
         [](const QRegularExpressionMatch &m, GoalDetails &d) {
             const bool minutes = m.captured(2).startsWith(u'm', Qt::CaseInsensitive);
             d.target = QStringLiteral("under ") + m.captured(1) +
                        (minutes ? QStringLiteral(" minutes") : QStringLiteral(" hours"));
         }},
        {caseInsensitive(
             R"((?:跑进|进|用时)?\s*(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*(小时|分钟)\s*(?:以内|之内|内))"),
         [](const QRegularExpressionMatch &m, GoalDetails &d) {
             d.target = digitsOf(m.captured(1)) + m.captured(2) + QStringLiteral("以内");
         }},
        {caseInsensitive(R"(破\s*(\d|[二三四五六])(?![\d万千百]))"),
         [](const QRegularExpressionMatch &m, GoalDetails &d) {
             d.target = QStringLiteral("破") + digitsOf(m.captured(1));
         }},
        {QRegularExpression(QStringLiteral(R"((?<![A-Za-z0-9])N([1-5])(?![A-Za-z0-9]))")),
         [](const QRegularExpressionMatch &m, GoalDetails &d) {
             d.target = QStringLiteral("N") + m.captured(1);
         }},
        {caseInsensitive(R"(\bhsk\s*([1-9])|hsk\s*([一二三四五六七八九])\s*级)"),
         [](const QRegularExpressionMatch &m, GoalDetails &d) {
             d.target = QStringLiteral("HSK ") +
                        digitsOf(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
         }},
        {QRegularExpression(QStringLiteral(R"((?<![A-Za-z0-9])([ABC][12])(?![A-Za-z0-9]))")),
         [](const QRegularExpressionMatch &m, GoalDetails &d) { d.target = m.captured(1); }},
        {caseInsensitive(R"(\blevel\s+(I{1,3}|[1-9])\b)"),
         [](const QRegularExpressionMatch &m, GoalDetails &d) {
             d.target = QStringLiteral("Level ") + m.captured(1).toUpper();
         }},
        {caseInsensitive(R"(\bgrade\s+(\d{1,2})\b)"),
         [](const QRegularExpressionMatch &m, GoalDetails &d) {
             d.target = QStringLiteral("grade ") + m.captured(1);
         }},
        {caseInsensitive(R"((?:cfa|frm)\s*([一二三])级)"),
         [](const QRegularExpressionMatch &m, GoalDetails &d) {
             d.target = digitsOf(m.captured(1)) + QStringLiteral("级");
         }},
        {caseInsensitive(
             R"((?:钢琴|小提琴|古筝|吉他|琵琶|二胡|笛子|长笛|声乐|美术|舞蹈|架子鼓)\s*(?:考)?\s*(?:到)?\s*(\d{1,2}|十|[一二三四五六七八九])\s*级)"),
         [](const QRegularExpressionMatch &m, GoalDetails &d) {
             d.target = digitsOf(m.captured(1)) + QStringLiteral("级");
         }},
        {caseInsensitive(
             R"(\b(?:score|scoring|get|reach|hit|achieve|aim\s+for)\s+(?:a\s+|an\s+|at\s+least\s+|over\s+|above\s+)?(\d{1,4}(?:\.\d)?\+?))"),
         [](const QRegularExpressionMatch &m, GoalDetails &d) { d.target = m.captured(1); }},
        {caseInsensitive(
             R"(\bwith\s+(?:a\s+|an\s+)?(?:score\s+of\s+)?(\d{1,4}(?:\.\d)?\+?)(?!\s*(?:people|guests|friends|kids|k\b|km|miles|%)))"),
         [](const QRegularExpressionMatch &m, GoalDetails &d) { d.target = m.captured(1); }},
        {caseInsensitive(R"(\b(\d{2,4})\s*(?:\+|or\s+(?:above|higher|more)\b|points\b|marks\b))"),
         [](const QRegularExpressionMatch &m, GoalDetails &d) {
             d.target = m.captured(0).trimmed();
         }},
        {caseInsensitive(
             R"((?:考到|达到|拿到|考|上|过|冲|冲刺|目标)\s*(\d+(?:\.\d+)?)\s*分(?!钟))"),
         [](const QRegularExpressionMatch &m, GoalDetails &d) {
             d.target = m.captured(1) + QStringLiteral("分");
         }},
        {caseInsensitive(R"((\d+(?:\.\d+)?)\s*分(?!钟)(?:以上)?)"),
         [](const QRegularExpressionMatch &m, GoalDetails &d) {
             d.target = m.captured(1) + QStringLiteral("分");
         }},
    };
    for (const Rule &rule : rules) {
        const QRegularExpressionMatch m = rule.re.match(text);
        if (m.hasMatch()) {
            rule.take(m, details);
            return;
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Counts: a number followed by one of the kind's units ("120 guests", "一万粉丝", "五首歌").

// Whether one of `units` is written `text` (the money kinds' "dollars", "元").
bool hasUnit(const TermIndex &index, const QList<int> &units, QStringView text)
{
    return std::any_of(units.cbegin(), units.cend(),
                       [&](int t) { return index.terms[t].folded == text; });
}

// The unit a currency sign before a number stands for ("$10,000", "£ 500", "¥5000"), empty when
// there is no sign at `start` or the kind counts something else.
QString currencyBefore(const QString &normalised, qsizetype start, const TermIndex &index,
                       const QList<int> &units)
{
    qsizetype at = start - 1;
    while (at >= 0 && normalised.at(at) == u' ')
        --at;
    if (at < 0)
        return {};
    const QChar sign = normalised.at(at);
    const QString unit = sign == u'$'                    ? QStringLiteral("dollars")
                         : sign == u'£'                  ? QStringLiteral("pounds")
                         : sign == QChar(0x20AC)         ? QStringLiteral("euros")
                         : sign == u'¥' || sign == u'￥' ? QStringLiteral("元")
                                                         : QString();
    return !unit.isEmpty() && hasUnit(index, units, unit) ? unit : QString();
}

void findCount(GoalDetails &details, const QString &normalised, const QString &folded,
               const TermIndex &index, const QList<TermHit> &hits, const QList<int> &units)
{
    if (units.isEmpty())
        return;
    // A sum in Chinese with no unit after it ("存5万买车", "攒两千"): 元, when the kind counts
    // money.
    std::optional<std::pair<double, QString>> bareYuan;
    static const QRegularExpression number(QStringLiteral(
        R"((?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*([kKwW万千](?![A-Za-z]))?)"
        R"(|([零一二两三四五六七八九十百千万亿]+))"));
    static const QString classifiers = QStringLiteral("个本首位名篇场次张幅件门部集期条份家只");
    QSet<int> unitSet(units.cbegin(), units.cend());
    for (auto it = number.globalMatch(normalised); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString numberText =
            m.captured(3).isEmpty() ? m.captured(1) + m.captured(2) : m.captured(3);
        const std::optional<double> value = parseNumber(numberText);
        if (!value || *value < 2)
            continue;
        if (const QString unit = currencyBefore(normalised, m.capturedStart(0), index, units);
            !unit.isEmpty()) {
            details.count = value;
            details.countUnit = unit;
            return;
        }
        const bool chineseMagnitude =
            !m.captured(3).isEmpty() || m.captured(2) == u"万" || m.captured(2) == u"千";
        if (chineseMagnitude && *value >= 100 && !bareYuan && hasUnit(index, units, u"元"))
            bareYuan = std::pair{*value, QStringLiteral("元")};
        // Where a unit may begin: right after the number, after a classifier, or (English)
        // after up to two words ("5 original songs").
        QList<qsizetype> starts;
        qsizetype p = m.capturedEnd(0);
        while (p < folded.size() && folded.at(p) == u' ')
            ++p;
        starts << p;
        if (p < folded.size() && classifiers.contains(folded.at(p)))
            starts << p + 1;
        qsizetype q = p;
        for (int words = 0; words < 2; ++words) {
            while (q < folded.size() && isWordChar(folded.at(q)))
                ++q;
            while (q < folded.size() && folded.at(q) == u' ')
                ++q;
            if (q > p)
                starts << q;
        }
        for (const TermHit &hit : hits) {
            if (unitSet.contains(hit.term) && starts.contains(hit.start)) {
                details.count = value;
                details.countUnit = normalised.mid(hit.start, hit.length);
                // A plural as written ("guests" for the unit "guest").
                qsizetype end = hit.end();
                while (end < normalised.size() && isWordChar(normalised.at(end)) &&
                       index.terms[hit.term].latin)
                    ++end;
                details.countUnit = normalised.mid(hit.start, end - hit.start);
                return;
            }
        }
    }
    if (bareYuan) {
        details.count = bareYuan->first;
        details.countUnit = bareYuan->second;
    }
}

Level findLevel(const QSet<int> &found, const TermIndex &index, const TermIndex::KindTerms *kind)
{
    const auto score = [&found](const QList<int> &terms, int weight) {
        int s = 0;
        for (const int t : terms)
            s += found.contains(t) ? weight : 0;
        return s;
    };
    const int beginner = score(index.beginner, 1) + (kind ? score(kind->beginner, 2) : 0);
    const int advanced = score(index.advanced, 1) + (kind ? score(kind->advanced, 2) : 0);
    if (beginner > advanced)
        return Level::Beginner;
    if (advanced > beginner)
        return Level::Advanced;
    return Level::Normal;
}

// ---------------------------------------------------------------------------------------------
// Subjects taken from the goal's words.

// Moves [start, end) outwards so that it neither starts nor ends inside a known term.
void growToTerms(const QList<TermHit> &hits, qsizetype &start, qsizetype &end)
{
    for (const TermHit &h : hits) {
        if (h.start < start && h.end() > start)
            start = h.start;
        if (h.start < end && h.end() > end)
            end = h.end();
    }
}

QString extractEnglish(const QString &core)
{
    static const QRegularExpression verbs = caseInsensitive(
        R"(^(?:(?:start|begin|try|finally|actually)\s+(?:to\s+)?)?)"
        R"((?:(?:learn|study|master|practi[cs]e|improve|build|create|make|write|finish|complete)"
        R"(|start|launch|open|run|plan|organi[sz]e|host|throw|get|become|pass|prepare\s+for)"
        R"(|train\s+for|set\s+up|found|grow|publish|release|record|produce|design|develop|code)"
        R"(|read|save|buy|sell|move|renovate|redo|fix|restore|clean|declutter|adopt|find|land)"
        R"(|apply\s+for|join|contribute\s+to|teach\s+myself|get\s+better\s+at|get\s+good\s+at)"
        R"(|pick\s+up|take\s+up|do|have|go|visit|travel\s+to|see|try|lose|gain|quit|stop|reduce)"
        R"(|cut\s+down\s+on|pay\s+off|earn|raise|ship|sit|take|ace|clear|crack|translate)"
        R"(|memori[sz]e|compose|paint|draw|sing|play|perform|climb|hike|swim|cycle|ride|walk)"
        R"(|attend|make\s+it\s+to|complete|finish|organise|set|hit|reach|achieve|prepare|put)"
        R"(|turn|transform|upgrade|shoot|film|edit|cook|bake|brew|knit|sew|repair|build\s+up)"
        R"(|sort\s+out|figure\s+out|work\s+on|focus\s+on|deal\s+with|take\s+care\s+of)"
        R"(|make\s+time\s+for|spend|celebrate|throw)(?:\s+(?:how\s+)?to)?\s+)+)");
    static const QRegularExpression determiners = caseInsensitive(
        R"(^(?:(?:a|an|the|my|our|your|his|her|their|some|own|first|new|this|that|one|more)\s+)+)");
    static const QRegularExpression stop = caseInsensitive(
        R"(\s+(?:for|to|by|before|after|so|because|then|with|in\s+order|until|which|that|while)"
        R"(|within|from|at|in|on|using|without|when|where|every|each|per|as|and\s+(?:then|get|make|start|become))\b.*$)"
        R"(|\s*[,;:!?.。，；：！？].*$)");
    QString s = core;
    const QRegularExpressionMatch verb = verbs.match(s);
    if (!verb.hasMatch())
        return {};
    s = s.mid(verb.capturedLength());
    s.remove(determiners);
    s.remove(stop);
    s = tidySubject(s);
    const qsizetype words = s.split(u' ', Qt::SkipEmptyParts).size();
    if (words == 0 || words > 5 || s.size() > 40)
        return {};
    return s;
}

QString extractChinese(const QString &core, const TermIndex &index)
{
    static const QRegularExpression verbs = caseInsensitive(
        R"(^(?:学会|学习|学好|自学|学|练习|练好|练|掌握|精通|入门|开一家|开个|开|做一个|做个|做)"
        R"(|写一本|写一部|写完|写|办一场|办个|办|准备|考过|考上|考取|考|完成|打造|运营|经营|搭建|建立)"
        R"(|创建|成为|养成|读完|读|攒|存|买|装修|搬到|搬家到|搬|去|参加|组织|策划|举办|筹备|拍|录)"
        R"(|发布|上线|出版|创办|开设|开通|申请|找到|找|拿到|拿下|通过|修好|修|整理|种|养)+)");
    static const QRegularExpression measure = caseInsensitive(
        R"(^(?:一个|一家|一本|一款|一门|一套|一场|一次|一部|一篇|一首|一间|一只|一条|这个|那个))");
    static const QRegularExpression stop =
        caseInsensitive(R"((?:用来|为了|以便|然后|并且|争取|目标是|从而|[,;:!?.。，；：！？]).*$)");
    QString s = core;
    const QRegularExpressionMatch verb = verbs.match(s);
    if (!verb.hasMatch())
        return {};
    qsizetype start = verb.capturedLength();
    if (const auto m = measure.match(QStringView(s).mid(start)); m.hasMatch())
        start += m.capturedLength();
    QString rest = s.mid(start);
    rest.remove(stop);
    qsizetype end = start + rest.size();
    // Never a fragment of a compound: "小红书" stays whole when "一个小" would cut it.
    const QList<TermHit> hits = findTerms(index, foldForMatching(s));
    growToTerms(hits, start, end);
    QString out = tidySubject(s.mid(start, end - start));
    if (out.size() < 2 || out.size() > 14)
        return {};
    return out;
}

} // namespace

// ---------------------------------------------------------------------------------------------

int TermIndex::add(const QString &term, bool classifies)
{
    const QString folded = foldForMatching(normaliseGoal(term)).simplified();
    if (folded.isEmpty())
        return -1;
    const auto it = idOf.constFind(folded);
    if (it != idOf.cend()) {
        terms[*it].classifies = terms[*it].classifies || classifies;
        return *it;
    }
    const int id = int(terms.size());
    terms.append({folded, hasLatin(folded), classifies});
    idOf.insert(folded, id);
    byFirstChar[folded.front()].append(id);
    return id;
}

TermIndex TermIndex::build(const QList<KbKind> &kinds)
{
    TermIndex index;
    const auto addAll = [&index](const QStringList &terms, bool classifies = true) {
        QList<int> ids;
        for (const QString &t : terms) {
            const int id = index.add(t, classifies);
            if (id >= 0 && !ids.contains(id))
                ids.append(id);
        }
        return ids;
    };
    index.beginner = addAll(builtInBeginnerTerms(), false);
    index.advanced = addAll(builtInAdvancedTerms(), false);
    for (const KbKind &kind : kinds) {
        KindTerms k;
        for (const KbMatchGroup &g : kind.match) {
            // A term that counts against a kind hides nothing: "学吉他" against a music release
            // must not hide "吉他" from the instrument kind.
            for (const int id : addAll(g.terms, g.weight > 0))
                k.weighted.append({id, g.weight});
        }
        k.required = addAll(kind.requiredTerms);
        for (const KbSubjectTerm &entry : kind.subject.terms)
            k.subjectEntries.append(addAll(entry.terms));
        k.units = addAll(kind.countUnits, false);
        k.beginner = addAll(kind.beginnerTerms, false);
        k.advanced = addAll(kind.advancedTerms, false);
        for (const QList<KbTask> *plan : {&kind.planEn, &kind.planZh}) {
            for (const KbTask &t : *plan) {
                for (const KbCondition &c : t.when) {
                    if (c.slot == u"goal")
                        k.conditions.append(addAll(c.term.split(u'|'), false));
                }
            }
        }
        index.kinds.append(k);
    }
    return index;
}

QList<TermHit> findTerms(const TermIndex &index, const QString &folded, QList<TermHit> *all)
{
    QList<TermHit> hits;
    const qsizetype n = folded.size();
    for (qsizetype i = 0; i < n; ++i) {
        const auto bucket = index.byFirstChar.constFind(folded.at(i));
        if (bucket == index.byFirstChar.cend())
            continue;
        for (const int id : *bucket) {
            const TermIndex::Term &term = index.terms[id];
            if (QStringView(folded).mid(i, term.folded.size()) != term.folded)
                continue;
            qsizetype end = i + term.folded.size();
            if (term.latin) {
                if (i > 0 && isWordChar(folded.at(i - 1)) && isWordChar(term.folded.front()))
                    continue;
                // A plural: "guests", "classes".
                if (end < n && isWordChar(folded.at(end)) && isWordChar(term.folded.back())) {
                    if (folded.at(end) == u's' && (end + 1 == n || !isWordChar(folded.at(end + 1))))
                        end += 1;
                    else if (QStringView(folded).mid(end, 2) == u"es" &&
                             (end + 2 == n || !isWordChar(folded.at(end + 2))))
                        end += 2;
                    else
                        continue;
                }
            }
            hits.append({id, i, end - i});
        }
    }
    if (all)
        *all = hits;
    // A hit inside a longer hit does not count.
    QList<TermHit> kept;
    kept.reserve(hits.size());
    for (const TermHit &h : std::as_const(hits)) {
        if (!insideAny(h, hits, &index))
            kept.append(h);
    }
    return kept;
}

GoalUnderstanding understandGoal(const KnowledgeBase &kb, const QString &goalText, int forcedKind)
{
    GoalUnderstanding u;
    u.normalised = normaliseGoal(goalText);
    u.language = detectLanguage(u.normalised);
    const QString folded = foldForMatching(u.normalised);
    const TermIndex &index = kb.index();
    QList<TermHit> allHits;
    const QList<TermHit> hits = findTerms(index, folded, &allHits);
    QSet<int> present; // every term in the goal, hidden ones included
    for (const TermHit &h : std::as_const(allHits))
        present.insert(h.term);
    QSet<int> found;
    QHash<int, qsizetype> firstHit; // term -> its first hit
    for (qsizetype i = 0; i < hits.size(); ++i) {
        found.insert(hits[i].term);
        if (!firstHit.contains(hits[i].term))
            firstHit.insert(hits[i].term, i);
    }

    // The kind: the highest score of at least 2; ties go to more terms found, then to the first.
    int best = -1;
    double bestScore = 0.0;
    int bestTerms = 0;
    for (int k = 0; k < index.kinds.size(); ++k) {
        const TermIndex::KindTerms &terms = index.kinds[k];
        if (!terms.required.isEmpty() &&
            std::none_of(terms.required.cbegin(), terms.required.cend(),
                         [&present](int t) { return present.contains(t); }))
            continue;
        // Each term once, at its highest weight in the kind; two of the kind's terms on the very
        // same words ("math" with its plural and "maths") are one word, at the higher weight.
        QHash<int, double> weightOf;
        for (const auto &[term, weight] : terms.weighted) {
            if (!found.contains(term))
                continue;
            const auto it = weightOf.constFind(term);
            if (it == weightOf.cend() || weight > *it)
                weightOf.insert(term, weight);
        }
        // A positive term counts its words at the kind's best weight for them: "start a
        // podcast" (3) holds "podcast" (6) and counts 6. A negative longer term still hides
        // what it holds ("sales promotion" is not a promotion).
        if (allHits.size() > hits.size()) {
            for (auto it = weightOf.begin(); it != weightOf.end(); ++it) {
                if (it.value() <= 0)
                    continue;
                for (const TermHit &h : std::as_const(hits)) {
                    if (h.term != it.key())
                        continue;
                    for (const TermHit &inner : std::as_const(allHits)) {
                        if (inner.term == h.term || inner.start < h.start || inner.end() > h.end())
                            continue;
                        for (const auto &[term, weight] : terms.weighted) {
                            if (term == inner.term && weight > it.value())
                                it.value() = weight;
                        }
                    }
                }
            }
        }
        QList<std::pair<double, int>> byWeight;
        for (auto it = weightOf.cbegin(); it != weightOf.cend(); ++it)
            byWeight.append({-it.value(), it.key()});
        std::sort(byWeight.begin(), byWeight.end());
        double score = 0.0;
        int positive = 0;
        QSet<qint64> counted; // the words (start, length) already counted
        for (const auto &[negated, term] : byWeight) {
            bool fresh = false;
            for (const TermHit &h : std::as_const(hits)) {
                const qint64 words = qint64(h.start) * 65536 + h.length;
                if (h.term == term && !counted.contains(words)) {
                    counted.insert(words);
                    fresh = true;
                }
            }
            if (!fresh)
                continue;
            score -= negated;
            positive += negated < 0 ? 1 : 0;
        }
        if (score >= 2.0 && (score > bestScore || (score == bestScore && positive > bestTerms))) {
            best = k;
            bestScore = score;
            bestTerms = positive;
        }
    }
    if (forcedKind >= 0 && forcedKind < index.kinds.size() && forcedKind != best) {
        best = forcedKind;
        bestScore = 0.0;
        for (const auto &[term, weight] : index.kinds[best].weighted)
            bestScore += found.contains(term) ? weight : 0.0;
    }
    u.kind = best;
    u.score = bestScore;
    const TermIndex::KindTerms *kindTerms = best >= 0 ? &index.kinds[best] : nullptr;
    if (kindTerms) {
        QList<std::pair<qsizetype, QString>> words; // in the order they appear in the goal
        QSet<int> seen;
        for (const auto &[term, weight] : kindTerms->weighted) {
            if (weight <= 0 || !found.contains(term) || seen.contains(term))
                continue;
            seen.insert(term);
            const TermHit &h = hits[firstHit.value(term)];
            if (std::none_of(words.cbegin(), words.cend(),
                             [&h](const auto &w) { return w.first == h.start; }))
                words.append({h.start, u.normalised.mid(h.start, h.length)});
        }
        std::sort(words.begin(), words.end());
        for (const auto &[position, word] : words)
            u.reason << word;
    }

    // Details.
    u.details.level = findLevel(found, index, kindTerms);
    if (kindTerms) {
        for (const int t : kindTerms->conditions) {
            if (found.contains(t))
                u.saidTerms.insert(index.terms[t].folded);
        }
    }
    if (best >= 0) {
        const KbKind &kind = kb.kinds[best];
        findCount(u.details, u.normalised, folded, index, hits, kindTerms->units);
        if (kind.wantsTarget)
            findTarget(u.details, u.normalised);
        if (kind.wantsPlace)
            u.details.place = findPlace(u, folded, hits);

        // The subject.
        const KbSubject &subject = kind.subject;
        if (subject.fixed) {
            u.subject = subject.fixed->in(u.language);
        } else {
            for (int e = 0; e < kindTerms->subjectEntries.size() && u.subject.isEmpty(); ++e) {
                const QList<int> &entry = kindTerms->subjectEntries[e];
                // Inside a longer term too: "puppy" in "get a puppy".
                if (std::any_of(entry.cbegin(), entry.cend(),
                                [&present](int t) { return present.contains(t); })) {
                    u.subject = subject.terms[e].name.in(u.language);
                    u.subjectFromGoal = true;
                }
            }
            if (u.subject.isEmpty() && subject.extract) {
                u.subject = extractSubject(kb, u.normalised, u.language);
                u.subjectFromGoal = !u.subject.isEmpty();
            }
            if (u.subject.isEmpty())
                u.subject = subject.fallback.in(u.language);
        }
    } else {
        u.subject = extractSubject(kb, u.normalised, u.language);
        u.subjectFromGoal = !u.subject.isEmpty();
    }
    return u;
}

QString extractSubject(const KnowledgeBase &kb, const QString &normalised, const QString &language)
{
    const QString core = withoutTimeAndFiller(normalised);
    QString s = language == u"zh" ? extractChinese(core, kb.index()) : extractEnglish(core);
    if (s.isEmpty() && language == u"zh")
        s = extractEnglish(core); // a Chinese plan for an English goal still has its object
    // Never the whole goal quoted back.
    if (s.isEmpty() || (s == normalised && s.split(u' ').size() > 3))
        return {};
    return s;
}

} // namespace helios::planning

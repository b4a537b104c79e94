#include "core/planning/goal_text.h"

#include "core/domain/goal.h"

#include <QList>
#include <QLocale>
#include <QtGlobal>

#include <algorithm>
#include <cmath>

namespace helios::planning {

// Patterns are case-insensitive; the few that must not be say so with (?-i).
QRegularExpression caseInsensitive(const QString &pattern)
{
    QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
    if (!re.isValid()) // a programming error: say which pattern before the assertion fires
        qWarning("Planner: invalid pattern %s: %s", qPrintable(pattern),
                 qPrintable(re.errorString()));
    Q_ASSERT(re.isValid());
    return re;
}

QRegularExpression caseInsensitive(const char *pattern)
{
    return caseInsensitive(QString::fromUtf8(pattern));
}

qsizetype safeCut(const QString &s, qsizetype n)
{
    if (n <= 0 || n >= s.size())
        return std::clamp<qsizetype>(n, 0, s.size());
    // Never split a surrogate pair (emoji, rare ideographs).
    return s.at(n - 1).isHighSurrogate() ? n - 1 : n;
}

// Pairs up surrogates (a lone one would make every regular expression fail to match), folds
// full-width letters and punctuation to their ASCII forms and collapses whitespace.
QString normaliseGoal(const QString &text)
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
QString detectLanguage(const QString &normalised)
{
    int han = 0;
    int latinWords = 0;
    bool inWord = false;
    bool anyLetter = false;
    bool hanFirst = false;
    for (const char32_t c : normalised.toUcs4()) {
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

bool containsHan(const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        if (isHan(c))
            return true;
    }
    return false;
}

QString foldForMatching(const QString &normalised)
{
    QString folded = normalised;
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const QChar c = folded.at(i);
        if (c == u'-' || c == u'_' || c == QChar(0x2010) || c == QChar(0x2013))
            folded[i] = u' ';
        else if (!c.isSurrogate())
            folded[i] = c.toLower();
    }
    return folded;
}

const QRegularExpression &symbolsPattern()
{
    static const QRegularExpression re =
        caseInsensitive(R"([\p{So}\p{Sk}\p{Co}\x{FE0F}\x{200D}\x{20E3}\x{FFFD}])");
    return re;
}

// Deadlines, durations, filler words and emoji say nothing about what the goal is about.
QString withoutTimeAndFiller(QString s)
{
    static const QList<QRegularExpression> removals = {
        caseInsensitive(
            R"(\s*\b(?:by|before|until|till|no later than|in time for)\s+(?:the\s+)?(?:end\s+of\s+)?)"
            R"((?:the\s+)?(?:this\s+|next\s+)?(?:(?:january|february|march|april|may|june|july|august)"
            R"(|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec))"
            R"((?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s*\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)"
            R"((?:january|february|march|april|may|june|july|august|september|october|november|december))"
            R"((?:,?\s*\d{4})?|spring|summer|autumn|fall|winter|christmas|easter|new year'?s?)"
            R"(|the holidays|my birthday|graduation|year|month|week|semester|term|quarter)"
            R"(|\d{4}(?:-\d{1,2}(?:-\d{1,2})?)?|\d{1,2}/\d{1,2}(?:/\d{2,4})?|tomorrow|the weekend)\b)"),
        caseInsensitive(
            R"(\s*\b(?:in|within|over|during|for)\s+(?:the\s+)?(?:next\s+|coming\s+)?)"
            R"((?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
            R"(|a few|a couple of|several|few)\s+(?:days?|weeks?|months?|years?)\b)"),
        caseInsensitive(
            R"(\s*\b(?:this|next)\s+(?:year|month|week|summer|winter|spring|autumn|fall|semester|term)\b)"),
        caseInsensitive(
            R"(\s*\b(?:in|during)\s+(?:january|february|march|april|may|june|july|august|september)"
            R"(|october|november|december|spring|summer|autumn|winter|\d{4})\b)"),
        caseInsensitive(
            R"(\s*\b(?:starting|from)\s+(?:today|tomorrow|now|next\s+\w+|this\s+\w+)\b)"),
        caseInsensitive(
            R"(\s*\b(?:in\s+|by\s+|for\s+)?(?:19|20)\d{2}\b(?!\s*(?:年|km|k\b|m\b|metres|meters|words|steps)))"),
        caseInsensitive(
            R"(\s*\b(?:for\s+|at\s+least\s+)?\d+(?:\.\d+)?\s*(?:hours?|hrs?|h|minutes?|mins?))"
            R"(\s*(?:a|per|each|every)\s+(?:day|week|night|morning)\b)"),
        caseInsensitive(
            R"(\b(?:asap|as soon as possible|someday|eventually|finally|really|actually|seriously)"
            R"(|properly|successfully|at last)\b)"),
        // Chinese: "在三个月内", "用半年时间", "三个月", "年底前", "明年6月之前", "尽快".
        caseInsensitive(
            R"((?:在|于|用|花)?(?:接下来的?|未来的?|今后)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百半几]+))"
            R"(\s*个?(?:多|半)?(?:天|日|周|星期|礼拜|月|季度|年)(?:的?时间)?(?:之内|以内|内|里|左右))"),
        caseInsensitive(
            R"((?:在|用|花)(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百半几]+)\s*个?(?:多|半)?)"
            R"((?:天|周|星期|月|年)(?:的?时间)?)"),
        caseInsensitive(R"((?:\d+|[一二两三四五六七八九十半几]+)\s*个(?:多|半)?(?:月|星期|礼拜))"),
        caseInsensitive(
            R"((?:在|于|赶在|到)?(?:今年|明年|后年|年底|年末|年初|年中|年前|年内|月底|月初|月末|下个?月)"
            R"(|这个月|本月|本周|下周|这周|下星期|暑假|寒假|春节|国庆|元旦|下半年|上半年)"
            R"(|(?:\d{4}\s*年\s*)?(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*份?(?:\d{1,2}\s*[日号])?)"
            R"(|\d{4}\s*年)+(?:底|初|末|中旬|下旬|上旬)?(?:之前|以前|前|之内|以内|内|结束前|为止)?)"),
        caseInsensitive(R"(尽快|早日|争取|务必|终于|好好地?|认真地?|彻底|顺利地?|成功地?)"),
    };
    static const QList<QRegularExpression> leadingFillers = {
        caseInsensitive(
            R"(^(?:(?:so|ok|okay|well|hey|hi)[,\s]+)?(?:i|we)\s*(?:really\s+|finally\s+|just\s+|also\s+)?)"
            R"((?:want|wanna|would\s+like|'d\s+like|would\s+love|'d\s+love|need|have|plan|hope|am\s+going)"
            R"(|'m\s+going|'m\s+gonna|am\s+gonna|gonna|will|'ll|intend|aim|wish|am\s+trying|'m\s+trying)"
            R"(|try|decided|have\s+decided|'ve\s+decided|am\s+determined|'m\s+determined|must|should)"
            R"(|can)\s+(?:to\s+)?)"),
        // Without "I", only verbs that never start a goal themselves ("plan my wedding" stays).
        caseInsensitive(
            R"(^(?:really\s+|just\s+)?(?:want|wanna|would\s+like|would\s+love|hope|wish|intend|gonna)\s+(?:to\s+)?)"),
        caseInsensitive(
            R"(^(?:my\s+|our\s+)?(?:goal|aim|plan|target|resolution|dream|objective|wish)\s*(?:is|:|-)\s*(?:to\s+)?)"),
        caseInsensitive(R"(^(?:help\s+me(?:\s+to)?|let'?s|please|to|i)\s+)"),
        caseInsensitive(R"(^(?:请|帮我|帮忙|目标[:：是]|我的目标[:：是]))"),
        caseInsensitive(
            R"(^(?:我们|我|咱们|咱|本人)?(?:今年|明年)?(?:真的|很|非常|特别|一直|也|还|就)?)"
            R"((?:想要|想|要|希望能?|期望|渴望|打算|计划|决定|准备要|立志|下决心|一定要|必须|需要|得|梦想))"
            R"((?:能够|能|可以|去|来|好好)?)"),
        caseInsensitive(R"(^(?:我们|我|咱们|咱|本人)(?:能够|能|可以|去|来|要))"),
    };
    static const QRegularExpression thousands = caseInsensitive(R"((?<=\d),(?=\d{3}\b))");
    s.remove(symbolsPattern());
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

// Trims what is left around a subject: articles, particles, quotes, emoji and punctuation.
QString tidySubject(QString s)
{
    static const QRegularExpression brackets =
        caseInsensitive(R"([「」『』“”"《》〈〉【】\[\]()（）])");
    static const QRegularExpression edges =
        caseInsensitive(R"(^[\s.,;:!?，。；：！？、…~～\-—']+|[\s.,;:!?，。；：！？、…~～\-—']+$)");
    static const QRegularExpression leadingWords = caseInsensitive(
        R"(^(?:(?:a|an|the|my|our|your|his|her|their|some|to|of|on|in|for|own|very)\s+)+)");
    static const QRegularExpression leadingZh = caseInsensitive(
        R"(^(?:一个|一款|一本|一篇|一门|一种|一场|一次|一套|我的|自己的|属于自己的|的|了|把))");
    static const QRegularExpression trailingZh =
        caseInsensitive(R"((?:的|了|吧|啊|呀|呢|哦|嘛|呗)$)");
    s.remove(symbolsPattern());
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

namespace {

int chineseDigit(QChar c)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    if (c == u'两' || c == u'俩')
        return 2;
    if (c == u'〇')
        return 0;
    return int(digits.indexOf(c));
}

// 一万, 两千五百, 十二, 二十万, 三亿: sections of up to four digits times 万 or 亿.
std::optional<double> parseChinese(QStringView text)
{
    double total = 0;   // finished sections (times 万 or 亿)
    double section = 0; // the current section below 万
    double digit = -1;  // the last digit not yet multiplied
    bool any = false;
    for (const QChar c : text) {
        const int d = chineseDigit(c);
        if (d >= 0) {
            digit = d;
            any = true;
            continue;
        }
        double unit = 0;
        if (c == u'十')
            unit = 10;
        else if (c == u'百')
            unit = 100;
        else if (c == u'千')
            unit = 1000;
        if (unit > 0) {
            section += (digit < 0 ? 1 : digit) * unit; // 十二: a leading 十 is 一十
            digit = -1;
            any = true;
            continue;
        }
        if (c == u'万' || c == u'亿') {
            if (digit >= 0)
                section += digit;
            if (!any)
                return std::nullopt;
            const double big = c == u'万' ? 1e4 : 1e8;
            total = (total + section) * big;
            section = 0;
            digit = -1;
            continue;
        }
        return std::nullopt;
    }
    if (!any)
        return std::nullopt;
    if (digit >= 0)
        section += digit;
    return total + section;
}

} // namespace

std::optional<double> parseNumber(QStringView text)
{
    QString s = text.trimmed().toString();
    s.remove(u',');
    if (s.isEmpty())
        return std::nullopt;
    double multiplier = 1;
    const QChar last = s.back();
    if (last == u'k' || last == u'K') {
        multiplier = 1e3;
        s.chop(1);
    } else if (last == u'w' || last == u'W' || last == u'万') {
        multiplier = 1e4;
        s.chop(1);
    } else if (last == u'千') {
        multiplier = 1e3;
        s.chop(1);
    } else if (last == u'亿') {
        multiplier = 1e8;
        s.chop(1);
    }
    bool ok = false;
    const double value = s.toDouble(&ok);
    if (ok && std::isfinite(value) && value >= 0)
        return value * multiplier;
    if (multiplier != 1)
        s += last; // 一万, 两千: the unit belongs to the Chinese numeral
    return parseChinese(s);
}

namespace {

int englishNumber(const QString &word)
{
    static const QStringList words = {
        QStringLiteral("zero"),   QStringLiteral("one"),   QStringLiteral("two"),
        QStringLiteral("three"),  QStringLiteral("four"),  QStringLiteral("five"),
        QStringLiteral("six"),    QStringLiteral("seven"), QStringLiteral("eight"),
        QStringLiteral("nine"),   QStringLiteral("ten"),   QStringLiteral("eleven"),
        QStringLiteral("twelve"),
    };
    const QString w = word.toLower();
    if (w == u"a" || w == u"an")
        return 1;
    if (w == u"a few" || w == u"a couple of")
        return w == u"a few" ? 3 : 2;
    if (const int i = int(words.indexOf(w)); i >= 0)
        return i;
    bool ok = false;
    const int n = w.toInt(&ok);
    return ok ? n : -1;
}

int monthOf(const QString &name)
{
    static const QStringList months = {
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec"),
    };
    return int(months.indexOf(name.left(3).toLower())) + 1;
}

// The next day `day` of `month` on or after today (this year or the next), or in `year` when
// given. Day 0: the month's last day.
QDate nextDate(QDate today, int month, int day, int year = 0)
{
    const auto make = [&](int y) {
        const QDate first(y, month, 1);
        return day <= 0 ? first.addMonths(1).addDays(-1)
                        : QDate(y, month, std::min(day, first.daysInMonth()));
    };
    if (year > 0)
        return make(year);
    const QDate thisYear = make(today.year());
    return thisYear >= today ? thisYear : make(today.year() + 1);
}

QDate plusDuration(QDate today, int n, QChar unit)
{
    switch (unit.unicode()) {
    case u'd':
    case u'天':
    case u'日':
        return today.addDays(n);
    case u'w':
    case u'周':
    case u'星':
    case u'礼':
        return today.addDays(7 * qint64(n));
    case u'm':
    case u'月':
        return today.addMonths(n);
    case u'y':
    case u'年':
        return today.addYears(n);
    default:
        return {};
    }
}

} // namespace

std::optional<QDate> deadlineInText(const QString &normalised, QDate today)
{
    if (!today.isValid())
        return std::nullopt;
    const QString &s = normalised;
    QDate found;
    const auto take = [&found](QDate d) {
        if (d.isValid() && !found.isValid())
            found = d;
    };
    static const QRegularExpression isoDate(QStringLiteral(R"(\b(20\d{2})-(\d{1,2})-(\d{1,2})\b)"));
    if (const auto m = isoDate.match(s); m.hasMatch())
        take(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
    // "in 3 months", "within six weeks", "in a year", "over the next two months".
    static const QRegularExpression within = caseInsensitive(
        R"(\b(?:in|within|over\s+the\s+next|in\s+the\s+next)\s+(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|a\s+couple\s+of)\s+(day|week|month|year)s?\b)");
    if (const auto m = within.match(s); m.hasMatch()) {
        const int n = englishNumber(m.captured(1).simplified());
        if (n > 0)
            take(plusDuration(today, n, m.captured(2).at(0).toLower()));
    }
    // "by the end of the year", "before the end of next year".
    static const QRegularExpression yearEnd = caseInsensitive(
        R"(\b(?:by|before|until|till)\s+(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(next\s+)?year\b)");
    if (const auto m = yearEnd.match(s); m.hasMatch())
        take(QDate(today.year() + (m.captured(1).isEmpty() ? 0 : 1), 12, 31));
    // "by June", "before May 2027", "in November", "next September", "this March".
    static const QRegularExpression month = caseInsensitive(
        R"(\b(by|before|until|till|in|next|this|end\s+of)\s+(?:the\s+end\s+of\s+)?)"
        R"((january|february|march|april|may|june|july|august|september|october|november|december)"
        R"(|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b(?:\s+(\d{4}))?)");
    if (const auto m = month.match(s); m.hasMatch()) {
        const QString how = m.captured(1).toLower();
        const int mo = monthOf(m.captured(2));
        const int year = m.captured(3).toInt();
        if (how == u"before")
            take(nextDate(today, mo, 1, year).addDays(-1));
        else if (how == u"in" || how == u"this" || how == u"next")
            take(how == u"next" && year == 0 ? nextDate(today.addMonths(1), mo, 15)
                                             : nextDate(today, mo, 15, year));
        else
            take(nextDate(today, mo, 0, year));
    }
    // "by summer", "this autumn".
    static const QRegularExpression season = caseInsensitive(
        R"(\b(by|before|this|in|next)\s+(?:the\s+)?(spring|summer|autumn|fall|winter)\b)");
    if (const auto m = season.match(s); m.hasMatch()) {
        const QString which = m.captured(2).toLower();
        const bool by = m.captured(1).toLower() == u"by" || m.captured(1).toLower() == u"before";
        const int mo = which == u"spring"   ? (by ? 3 : 4)
                       : which == u"summer" ? (by ? 6 : 7)
                       : which == u"winter" ? (by ? 12 : 1)
                                            : (by ? 9 : 10);
        take(nextDate(today, mo, by ? 20 : 15));
    }
    // Chinese: "三个月内", "用半年", "两周", "一年内".
    static const QRegularExpression zhWithin = caseInsensitive(
        R"((?:(\d+|[一二两三四五六七八九十]+)\s*个?(多|半)?\s*(天|周|星期|礼拜|月|年)|(半)\s*(年))(?:的?时间)?(之内|以内|内|里|后)?)");
    for (auto it = zhWithin.globalMatch(s); it.hasNext() && !found.isValid();) {
        const QRegularExpressionMatch m = it.next();
        const bool half = !m.captured(4).isEmpty();
        const QString unit = half ? m.captured(5) : m.captured(3);
        const QString whole = m.captured(0);
        // A duration, not a date or a frequency: "三个月", "两周内"; not "每周", "5月".
        const qsizetype at = m.capturedStart(0);
        if (at > 0 && (s.at(at - 1) == u'每' || s.at(at - 1) == u'第'))
            continue;
        if (!half && unit == u"月" && !whole.contains(u'个'))
            continue; // "5月" is a month
        if (!half && unit == u"年" && m.captured(6).isEmpty() && !whole.contains(u'个'))
            continue; // "2027年" is a year
        if (half) {
            take(today.addMonths(6));
            continue;
        }
        const std::optional<double> n = parseNumber(m.captured(1));
        if (!n || *n <= 0 || *n > 60)
            continue;
        QDate d = plusDuration(today, int(*n), unit.at(0));
        if (!m.captured(2).isEmpty() && unit == u"月")
            d = d.addDays(15); // 两个半月
        take(d);
    }
    // Chinese months: "明年四月", "五月前", "6月底", "今年十月份".
    static const QRegularExpression zhMonth = caseInsensitive(
        R"((今年|明年|后年|(\d{4})\s*年)?\s*(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*份?\s*(底|末|初|中旬|上旬|下旬|(\d{1,2})\s*[日号])?\s*(之前|以前|前)?)");
    if (const auto m = zhMonth.match(s); m.hasMatch() && !found.isValid()) {
        const std::optional<double> mo = parseNumber(m.captured(3));
        if (mo && *mo >= 1 && *mo <= 12) {
            int year = 0;
            if (m.captured(1) == u"今年")
                year = today.year();
            else if (m.captured(1) == u"明年")
                year = today.year() + 1;
            else if (m.captured(1) == u"后年")
                year = today.year() + 2;
            else if (!m.captured(2).isEmpty())
                year = m.captured(2).toInt();
            const QString part = m.captured(4);
            int day = 15;
            if (part == u"底" || part == u"末" || part == u"下旬")
                day = 0;
            else if (part == u"初" || part == u"上旬")
                day = 5;
            else if (!m.captured(5).isEmpty())
                day = m.captured(5).toInt();
            QDate d = nextDate(today, int(*mo), day, year);
            if (!m.captured(6).isEmpty() && part.isEmpty())
                d = nextDate(today, int(*mo), 1, year).addDays(-1); // 五月前: by the end of April
            take(d);
        }
    }
    static const QRegularExpression zhYearEnd =
        caseInsensitive(R"((明年)?(?:年底|年末|年内|年前))");
    if (const auto m = zhYearEnd.match(s); m.hasMatch())
        take(QDate(today.year() + (m.captured(1).isEmpty() ? 0 : 1), 12, 31));
    static const QRegularExpression zhHoliday =
        caseInsensitive(R"((暑假|寒假|下个月|这个月|本月))");
    if (const auto m = zhHoliday.match(s); m.hasMatch()) {
        const QString w = m.captured(1);
        if (w == u"暑假")
            take(nextDate(today, 8, 25));
        else if (w == u"寒假")
            take(nextDate(today, 2, 15));
        else if (w == u"下个月")
            take(nextDate(today.addMonths(1), today.addMonths(1).month(), 0));
        else
            take(nextDate(today, today.month(), 0));
    }
    if (!found.isValid() || found < today)
        return std::nullopt;
    return found;
}

QString formatCount(double value, const QString &language)
{
    const auto plain = [](double v) {
        if (std::abs(v - std::round(v)) < 1e-9)
            return QString::number(qint64(std::llround(v)));
        return QString::number(v, 'g', 6);
    };
    if (language == u"zh") {
        if (value >= 1e8 && std::fmod(value, 1e7) == 0)
            return plain(value / 1e8) + u'亿';
        if (value >= 1e4 && std::fmod(value, 1e3) == 0)
            return plain(value / 1e4) + u'万';
        return plain(value);
    }
    if (std::abs(value - std::round(value)) < 1e-9 && value >= 1000) {
        QString digits = QString::number(qint64(std::llround(value)));
        for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
            digits.insert(at, u','); // 10,000 (the C locale groups nothing)
        return digits;
    }
    return plain(value);
}

} // namespace helios::planning

#include "core/planning/goal_text.h"

#include "core/domain/goal.h"

#include <QList>
#include <QLocale>
#include <QtGlobal>

#include <algorithm>
#include <array>
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

// The eve of the Spring Festival (春节, 除夕) on or after today, 2026–2035 (lunar dates: a table,
// not a calendar computation); invalid past the table.
QDate springFestivalEve(QDate today)
{
    static const std::array<QDate, 10> newYears{
        QDate(2026, 2, 17), QDate(2027, 2, 6),  QDate(2028, 1, 26), QDate(2029, 2, 13),
        QDate(2030, 2, 3),  QDate(2031, 1, 23), QDate(2032, 2, 11), QDate(2033, 1, 31),
        QDate(2034, 2, 19), QDate(2035, 2, 8)};
    for (const QDate &day : newYears) {
        if (day.addDays(-1) >= today)
            return day.addDays(-1);
    }
    return {};
}

// Easter Sunday of `year` (the Gregorian computus).
QDate easterSunday(int year)
{
    const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

} // namespace

namespace {

// Each reader below finds one way of writing a time in a goal, or gives an invalid date.

QDate isoDateIn(const QString &s, QDate)
{
    static const QRegularExpression isoDate(QStringLiteral(R"(\b(20\d{2})-(\d{1,2})-(\d{1,2})\b)"));
    if (const auto m = isoDate.match(s); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return {};
}

// "in 3 months", "within six weeks", "in a year", "over the next two months".
QDate englishWithin(const QString &s, QDate today)
{
    static const QRegularExpression within = caseInsensitive(
        R"(\b(?:in|within|over\s+the\s+next|in\s+the\s+next)\s+(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|a\s+couple\s+of)\s+(day|week|month|year)s?\b)");
    if (const auto m = within.match(s); m.hasMatch()) {
        const int n = englishNumber(m.captured(1).simplified());
        if (n > 0)
            return plusDuration(today, n, m.captured(2).at(0).toLower());
    }
    return {};
}

// The end of a week or month near today: "next week" (its Sunday), "this week", "next month" and
// "(by the) end of next month" (its last day), "this month", "by the end of the month". A goal
// that *starts* then ("start running next week") has no deadline from it.
QDate englishNearTerm(const QString &s, QDate today)
{
    static const QRegularExpression near = caseInsensitive(
        R"(\b(?:(?:by|before|until|till)\s+)?(?:the\s+)?(?:end\s+of\s+)?(?:the\s+)?(this|next)\s+(week|month)\b)"
        R"(|\b(?:by|before|until|till)\s+the\s+end\s+of\s+the\s+(month)\b)");
    const auto m = near.match(s);
    if (!m.hasMatch())
        return {};
    static const QRegularExpression starts =
        caseInsensitive(R"(\b(?:start|starting|begin|beginning|from)\b[^.;,]*$)");
    if (starts.match(s.left(m.capturedStart())).hasMatch())
        return {};
    const bool next = m.captured(1).compare(u"next", Qt::CaseInsensitive) == 0;
    if (m.captured(2).compare(u"week", Qt::CaseInsensitive) == 0) {
        const QDate sunday = today.addDays(7 - today.dayOfWeek());
        return next ? sunday.addDays(7) : sunday;
    }
    const QDate month = next ? today.addMonths(1) : today;
    return QDate(month.year(), month.month(), month.daysInMonth());
}

// "by the end of the year", "before the end of next year".
QDate englishYearEnd(const QString &s, QDate today)
{
    static const QRegularExpression yearEnd = caseInsensitive(
        R"(\b(?:by|before|until|till)\s+(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(next\s+)?year\b)");
    if (const auto m = yearEnd.match(s); m.hasMatch())
        return QDate(today.year() + (m.captured(1).isEmpty() ? 0 : 1), 12, 31);
    return {};
}

#define HELIOS_MONTH_NAMES                                                                         \
    R"((january|february|march|april|may|june|july|august|september|october|november|december)"    \
    R"(|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec))"

// A day of a month: "by 15 May", "by May 20th", "on the 3rd of June", "before March 1, 2028".
QDate englishDayOfMonth(const QString &s, QDate today)
{
    static const QRegularExpression dayFirst = caseInsensitive(
        R"(\b(by|before|until|till|on)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)" HELIOS_MONTH_NAMES
        R"(\b(?:,?\s+(\d{4}))?)");
    static const QRegularExpression monthFirst =
        caseInsensitive(R"(\b(by|before|until|till|on)\s+)" HELIOS_MONTH_NAMES
                        R"(\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)(?:,?\s+(\d{4}))?)");
    int day = 0, month = 0, year = 0;
    QString how;
    if (const auto m = dayFirst.match(s); m.hasMatch()) {
        how = m.captured(1).toLower();
        day = m.captured(2).toInt();
        month = monthOf(m.captured(3));
        year = m.captured(4).toInt();
    } else if (const auto n = monthFirst.match(s); n.hasMatch()) {
        how = n.captured(1).toLower();
        month = monthOf(n.captured(2));
        day = n.captured(3).toInt();
        year = n.captured(4).toInt();
    }
    if (month < 1 || day < 1 || day > 31)
        return {};
    const QDate d = nextDate(today, month, day, year);
    return how == u"before" ? d.addDays(-1) : d;
}

// "by June", "before May 2027", "in November", "next September", "this March".
QDate englishMonth(const QString &s, QDate today)
{
    static const QRegularExpression month = caseInsensitive(
        R"(\b(by|before|until|till|in|next|this|end\s+of)\s+(?:the\s+end\s+of\s+)?)" HELIOS_MONTH_NAMES
        R"(\b(?:\s+(\d{4}))?)");
    const auto m = month.match(s);
    if (!m.hasMatch())
        return {};
    const QString how = m.captured(1).toLower();
    const int mo = monthOf(m.captured(2));
    const int year = m.captured(3).toInt();
    if (how == u"before")
        return nextDate(today, mo, 1, year).addDays(-1);
    if (how == u"in" || how == u"this" || how == u"next")
        return how == u"next" && year == 0 ? nextDate(today.addMonths(1), mo, 15)
                                           : nextDate(today, mo, 15, year);
    return nextDate(today, mo, 0, year);
}

#undef HELIOS_MONTH_NAMES

// "by summer" (its first days), "this autumn", "next summer" (the middle of it).
QDate englishSeason(const QString &s, QDate today)
{
    static const QRegularExpression season = caseInsensitive(
        R"(\b(by|before|for|until|till|this|in|next)\s+(?:the\s+)?(spring|summer|autumn|fall|winter)\b)");
    const auto m = season.match(s);
    if (!m.hasMatch())
        return {};
    const QString which = m.captured(2).toLower();
    const QString how = m.captured(1).toLower();
    const bool by = how != u"this" && how != u"in" && how != u"next"; // "in shape for summer"
    const int mo = which == u"spring"   ? (by ? 3 : 4)
                   : which == u"summer" ? (by ? 6 : 7)
                   : which == u"winter" ? (by ? 12 : 1)
                                        : (by ? 9 : 10);
    return nextDate(today, mo, by ? 20 : 15);
}

// True when a Chinese duration is a frequency's period instead: "一周三次", "一天1小时",
// "一个月两回" (what follows it is a count of times or of hours).
bool isFrequency(const QString &s, qsizetype after)
{
    static const QRegularExpression count = caseInsensitive(
        R"(^\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十半]+)\s*个?\s*(?:次|回|趟|遍|小时|钟头|分钟))");
    return count.match(QStringView(s).mid(after)).hasMatch();
}

// Chinese: "三个月内", "用半年", "两周", "一年内".
QDate chineseWithin(const QString &s, QDate today)
{
    static const QRegularExpression zhWithin = caseInsensitive(
        R"((?:(\d+|[一二两三四五六七八九十]+)\s*个?(多|半)?\s*(天|周|星期|礼拜|月|年)|(半)\s*(年))(?:的?时间)?(之内|以内|内|里|后)?)");
    for (auto it = zhWithin.globalMatch(s); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const bool half = !m.captured(4).isEmpty();
        const QString unit = half ? m.captured(5) : m.captured(3);
        const QString whole = m.captured(0);
        // A duration, not a date or a frequency: "三个月", "两周内"; not "每周", "5月", "一周三次".
        const qsizetype at = m.capturedStart(0);
        if (at > 0 && (s.at(at - 1) == u'每' || s.at(at - 1) == u'第'))
            continue;
        if (m.captured(6).isEmpty() && isFrequency(s, m.capturedEnd(0)))
            continue;
        if (!half && unit == u"月" && !whole.contains(u'个'))
            continue; // "5月" is a month
        if (!half && unit == u"年" && m.captured(6).isEmpty() && !whole.contains(u'个'))
            continue; // "2027年" is a year
        if (half)
            return today.addMonths(6);
        const std::optional<double> n = parseNumber(m.captured(1));
        if (!n || *n <= 0 || *n > 60)
            continue;
        QDate d = plusDuration(today, int(*n), unit.at(0));
        if (!m.captured(2).isEmpty() && unit == u"月")
            d = d.addDays(15); // 两个半月
        return d;
    }
    return {};
}

int chineseYear(const QString &word, QDate today)
{
    if (word == u"今年")
        return today.year();
    if (word == u"明年")
        return today.year() + 1;
    if (word == u"后年")
        return today.year() + 2;
    return 0;
}

// Chinese months: "明年四月", "五月前", "6月底", "今年十月份".
QDate chineseMonth(const QString &s, QDate today)
{
    static const QRegularExpression zhMonth = caseInsensitive(
        R"((今年|明年|后年|(\d{4})\s*年)?\s*(\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*份?\s*(底|末|初|中旬|上旬|下旬|(\d{1,2})\s*[日号])?\s*(之前|以前|前)?)");
    const auto m = zhMonth.match(s);
    if (!m.hasMatch())
        return {};
    const std::optional<double> mo = parseNumber(m.captured(3));
    if (!mo || *mo < 1 || *mo > 12)
        return {};
    int year = chineseYear(m.captured(1), today);
    if (!m.captured(2).isEmpty())
        year = m.captured(2).toInt();
    const QString part = m.captured(4);
    int day = 15;
    if (part == u"底" || part == u"末" || part == u"下旬")
        day = 0;
    else if (part == u"初" || part == u"上旬")
        day = 5;
    else if (!m.captured(5).isEmpty())
        day = m.captured(5).toInt();
    if (!m.captured(6).isEmpty() && part.isEmpty())
        return nextDate(today, int(*mo), 1, year).addDays(-1); // 五月前: by the end of April
    return nextDate(today, int(*mo), day, year);
}

// Chinese seasons, as the seasons are counted in China (spring March–May, summer June–August,
// autumn September–November, winter December–February): "夏天前" is the last day of May,
// "明年夏天" the middle of next summer, "今年秋天之前" the last day of August.
QDate chineseSeason(const QString &s, QDate today)
{
    static const QRegularExpression zhSeason = caseInsensitive(
        R"((今年|明年|后年)?\s*(春天|春季|夏天|夏季|秋天|秋季|冬天|冬季)\s*(之前|以前|前|为止)?)");
    const auto m = zhSeason.match(s);
    if (!m.hasMatch())
        return {};
    const QChar which = m.captured(2).at(0);
    const int first = which == u'春' ? 3 : which == u'夏' ? 6 : which == u'秋' ? 9 : 12;
    const int year = chineseYear(m.captured(1), today);
    const QDate middle =
        nextDate(today, first == 12 ? 1 : first + 1, 15, year > 0 && first == 12 ? year + 1 : year);
    if (m.captured(3).isEmpty())
        return middle;
    return QDate(middle.year() - (first == 12 ? 1 : 0), first, 1).addDays(-1);
}

// Holidays: "by Christmas", "for Christmas", "before Easter", "by New Year's". A holiday is a
// deadline only with a word that makes it one (by, before, for, until): "a Christmas market" is
// not.
QDate englishHoliday(const QString &s, QDate today)
{
    static const QRegularExpression holiday = caseInsensitive(
        R"(\b(?:by|before|for|until|till|in\s+time\s+for)\s+(?:the\s+)?(christmas|xmas|easter)"
        R"(|new\s+year(?:'?s)?(?:\s+eve)?)\b)");
    const auto m = holiday.match(s);
    if (!m.hasMatch())
        return {};
    const QString which = m.captured(1).toLower();
    if (which.startsWith(u"new"))
        return nextDate(today, 12, 31);
    if (which == u"easter") {
        const QDate easter = easterSunday(today.year());
        return easter >= today ? easter : easterSunday(today.year() + 1);
    }
    return nextDate(today, 12, 25);
}

// "春节前", "过年前", "国庆前", "元旦前", "圣诞节前" (with 前, 之前, 为止 only).
QDate chineseFestival(const QString &s, QDate today)
{
    static const QRegularExpression zhFestival =
        caseInsensitive(R"((春节|过年|过春节|国庆节?|元旦|圣诞节?)(?:之前|以前|前|为止))");
    const auto m = zhFestival.match(s);
    if (!m.hasMatch())
        return {};
    const QString which = m.captured(1);
    if (which.contains(u"春") || which == u"过年")
        return springFestivalEve(today);
    if (which.startsWith(u"国庆"))
        return nextDate(today, 9, 30);
    if (which == u"元旦")
        return nextDate(today, 12, 31);
    return nextDate(today, 12, 24);
}

// A holiday named alone is its day: "明年五一去爬山" (1 May), "国庆带爸妈出去玩" (1 October),
// "春节回家" (the eve), "元旦", "圣诞节"; "十一" only as "十一假期", "十一长假", "十一黄金周".
// (With 前 the day before counts: chineseFestival, read first.)
QDate chineseHoliday(const QString &s, QDate today)
{
    static const QRegularExpression zhHoliday = caseInsensitive(
        R"((今年|明年|后年)?\s*(五一|劳动节|国庆节?|十一(?=假期|长假|黄金周)|元旦|春节|过年|圣诞节?))");
    const auto m = zhHoliday.match(s);
    if (!m.hasMatch())
        return {};
    const int year = chineseYear(m.captured(1), today);
    const QString which = m.captured(2);
    if (which == u"五一" || which == u"劳动节")
        return nextDate(today, 5, 1, year);
    if (which.startsWith(u"国庆") || which == u"十一")
        return nextDate(today, 10, 1, year);
    if (which == u"元旦") // 明年元旦: the 1 January that starts next year
        return year > 0 ? QDate(year, 1, 1) : nextDate(today, 1, 1);
    if (which.startsWith(u"圣诞"))
        return nextDate(today, 12, 25, year);
    const QDate eve = springFestivalEve(year > today.year() ? QDate(year, 1, 1) : today);
    return eve;
}

// "年底前", "今年年底", "明年底" (明年 + 底: not 年底 of this year), "明年年末", "后年内".
QDate chineseYearEnd(const QString &s, QDate today)
{
    static const QRegularExpression zhYearEnd =
        caseInsensitive(R"((今年|明年|后年)年?(?:底|末|内)|年底|年末|年内|年前)");
    if (const auto m = zhYearEnd.match(s); m.hasMatch())
        return QDate(today.year() + std::max(0, chineseYear(m.captured(1), today) - today.year()),
                     12, 31);
    return {};
}

// "暑假", "寒假", "下个月", "这个月", "本月", "下周" (its Sunday), "这周", "本周"; not when the
// goal starts then ("下周开始跑步").
QDate chineseTerm(const QString &s, QDate today)
{
    static const QRegularExpression zhHoliday = caseInsensitive(
        R"((暑假|寒假|下个月|这个月|本月|下周|下星期|下个星期|下礼拜|这周|本周|这个星期)(?!\s*(?:开始|起)))");
    const auto m = zhHoliday.match(s);
    if (!m.hasMatch())
        return {};
    const QString w = m.captured(1);
    if (w.startsWith(u"下") && w != u"下个月")
        return today.addDays(14 - today.dayOfWeek());
    if (w == u"这周" || w == u"本周" || w == u"这个星期")
        return today.addDays(7 - today.dayOfWeek());
    if (w == u"暑假")
        return nextDate(today, 8, 25);
    if (w == u"寒假")
        return nextDate(today, 2, 15);
    if (w == u"下个月")
        return nextDate(today.addMonths(1), today.addMonths(1).month(), 0);
    return nextDate(today, today.month(), 0);
}

} // namespace

std::optional<QDate> deadlineInText(const QString &normalised, QDate today)
{
    if (!today.isValid())
        return std::nullopt;
    // The first reader that finds a time gives the deadline; the order settles overlaps ("by
    // 15 May" before "by May", "三个月内" before "五月").
    using Reader = QDate (*)(const QString &, QDate);
    static constexpr std::array<Reader, 15> readers{
        isoDateIn,       englishWithin,   englishYearEnd, englishDayOfMonth, englishMonth,
        englishSeason,   englishNearTerm, chineseWithin,  chineseMonth,      englishHoliday,
        chineseFestival, chineseHoliday,  chineseYearEnd, chineseSeason,     chineseTerm};
    for (Reader read : readers) {
        const QDate found = read(normalised, today);
        if (found.isValid())
            return found >= today ? std::optional<QDate>(found) : std::nullopt;
    }
    return std::nullopt;
}

std::optional<int> yearInText(const QString &normalised, QDate today)
{
    if (!today.isValid())
        return std::nullopt;
    static const QRegularExpression zh =
        caseInsensitive(R"((今年|明年|后年)|((?:19|20)\d{2})\s*年)");
    static const QRegularExpression en = caseInsensitive(
        R"(\b(this|next)\s+year\b|\b(in|by|before|during|until)\s+((?:19|20)\d{2})\b)");
    int year = 0;
    if (const auto m = zh.match(normalised); m.hasMatch()) {
        year = m.captured(2).isEmpty() ? chineseYear(m.captured(1), today) : m.captured(2).toInt();
    } else if (const auto e = en.match(normalised); e.hasMatch()) {
        if (!e.captured(1).isEmpty())
            year = today.year() + (e.captured(1).compare(u"next", Qt::CaseInsensitive) == 0);
        else
            year = e.captured(3).toInt() -
                   (e.captured(2).compare(u"before", Qt::CaseInsensitive) == 0);
    }
    if (year < today.year())
        return std::nullopt;
    return year;
}

namespace {

// A count of hours or minutes as written: "8", "1.5", "an", "half an", "一个半", "半", "两", "30";
// `unit` the word after it ("hour", "minutes", "小时", "分钟"). Null when it is not a number.
std::optional<double> hoursOf(const QString &count, bool half, const QString &unit)
{
    const QString c = count.simplified().toLower();
    std::optional<double> n;
    if (c.isEmpty() || c == u"half an" || c == u"half a" || c == u"半")
        n = c.isEmpty() ? 0.0 : 0.5;
    else if (const int word = englishNumber(c); word > 0)
        n = word;
    else
        n = parseNumber(c);
    if (!n)
        return std::nullopt;
    double value = *n + (half ? 0.5 : 0.0);
    if (unit.startsWith(u'm') || unit.startsWith(u'M') || unit == u"分钟")
        value /= 60.0;
    return value > 0 ? std::optional<double>(value) : std::nullopt;
}

#define HELIOS_EN_COUNT                                                                            \
    R"((\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|half\s+an?))"
#define HELIOS_ZH_COUNT R"((\d+(?:\.\d+)?|[一二两三四五六七八九十]+|半)?\s*个?\s*(半)?\s*)"

// "8 hours a week", "10 hrs per week", "an hour a day", "30 minutes every day", "2 hours each
// weekday", "8h/week".
std::optional<double> englishHours(const QString &s)
{
    static const QRegularExpression rate = caseInsensitive(
        R"(\b)" HELIOS_EN_COUNT R"(\s*(hours?|hrs?|h|minutes?|mins?)\s*(?:a|per|each|every|/)\s*)"
        R"((day|night|evening|morning|weekday|week)\b)");
    const auto m = rate.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    const std::optional<double> hours = hoursOf(m.captured(1), false, m.captured(2));
    if (!hours)
        return std::nullopt;
    const QString per = m.captured(3).toLower();
    return *hours * (per == u"week" ? 1 : per == u"weekday" ? 5 : 7);
}

// "每周8小时", "一周能抽出10个小时", "每天练琴一小时", "每晚学习30分钟", "工作日每天两小时",
// "每周三次，每次一个半小时".
std::optional<double> chineseHours(const QString &s)
{
    static const QRegularExpression rate = caseInsensitive(
        R"((工作日)?\s*(每周|每星期|每个星期|每礼拜|一周|一星期|每天|每日|一天|每晚|每个晚上))"
        R"([^，。,.;；\d一二两三四五六七八九十半]{0,5})" HELIOS_ZH_COUNT R"((小时|钟头|分钟))");
    if (const auto m = rate.match(s); m.hasMatch()) {
        const std::optional<double> hours =
            hoursOf(m.captured(3), !m.captured(4).isEmpty(), m.captured(5));
        if (!hours)
            return std::nullopt;
        const QString per = m.captured(2);
        const bool weekly = per.contains(u'周') || per.contains(u"星期") || per.contains(u"礼拜");
        return *hours * (weekly ? 1 : !m.captured(1).isEmpty() ? 5 : 7);
    }
    static const QRegularExpression times =
        caseInsensitive(R"((?:每周|每星期|一周|一星期)\s*(\d+|[一二两三四五六七])\s*次)");
    static const QRegularExpression each =
        caseInsensitive(R"(每次\s*)" HELIOS_ZH_COUNT R"((小时|钟头|分钟))");
    const auto t = times.match(s);
    const auto e = each.match(s);
    if (!t.hasMatch() || !e.hasMatch())
        return std::nullopt;
    const std::optional<double> count = parseNumber(t.captured(1));
    const std::optional<double> hours =
        hoursOf(e.captured(1), !e.captured(2).isEmpty(), e.captured(3));
    if (!count || !hours)
        return std::nullopt;
    return *count * *hours;
}

#undef HELIOS_EN_COUNT
#undef HELIOS_ZH_COUNT

} // namespace

std::optional<double> hoursPerWeekInText(const QString &normalised)
{
    std::optional<double> hours = englishHours(normalised);
    if (!hours)
        hours = chineseHours(normalised);
    if (!hours || !std::isfinite(*hours) || *hours <= 0 || *hours > kMaxHoursPerWeekInText)
        return std::nullopt;
    return std::round(*hours * 10.0) / 10.0;
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

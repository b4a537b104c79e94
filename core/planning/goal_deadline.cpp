#include "core/planning/goal_deadline.h"

#include <QRegularExpression>

#include <optional>

namespace helios {

namespace {

QRegularExpression rx(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::UseUnicodePropertiesOption);
}

// "3", "three", "a", "三", "两", "十二", "半" (0.5).
std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (ok)
        return value;
    static const QStringList english{
        QStringLiteral("zero"),  QStringLiteral("one"),   QStringLiteral("two"),
        QStringLiteral("three"), QStringLiteral("four"),  QStringLiteral("five"),
        QStringLiteral("six"),   QStringLiteral("seven"), QStringLiteral("eight"),
        QStringLiteral("nine"),  QStringLiteral("ten"),   QStringLiteral("eleven"),
        QStringLiteral("twelve")};
    const QString lower = text.toLower();
    if (lower == QLatin1String("a") || lower == QLatin1String("an"))
        return 1.0;
    if (const qsizetype i = english.indexOf(lower); i >= 0)
        return double(i);
    if (text == QStringLiteral("半"))
        return 0.5;
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    int result = 0;
    int current = 0;
    for (const QChar c : text) {
        if (c == QChar(u'两')) {
            current = 2;
        } else if (const qsizetype d = digits.indexOf(c); d >= 0) {
            current = int(d);
        } else if (c == QChar(u'十')) {
            result += (current == 0 ? 1 : current) * 10;
            current = 0;
        } else {
            return std::nullopt;
        }
    }
    result += current;
    return result > 0 ? std::optional<double>(result) : std::nullopt;
}

QDate endOfMonth(int year, int month)
{
    const QDate first(year, month, 1);
    return first.addDays(first.daysInMonth() - 1);
}

// The month's last day (or `day` of it), this year or, when that is past, next year.
QDate nextMonthEnd(int month, QDate today, int day = 0, int year = 0)
{
    if (month < 1 || month > 12)
        return {};
    const int y = year > 0 ? year : today.year();
    QDate date = day > 0 ? QDate(y, month, day) : endOfMonth(y, month);
    if (year == 0 && date.isValid() && date < today)
        date = day > 0 ? QDate(y + 1, month, day) : endOfMonth(y + 1, month);
    return date;
}

// The last day of the season: spring May, summer August, autumn November, winter February.
QDate seasonEnd(int season, int year, QDate today, bool exactYear)
{
    static const int lastMonth[] = {5, 8, 11, 2};
    int y = year;
    if (season == 3)
        ++y; // winter ends in the next calendar year
    QDate date = endOfMonth(y, lastMonth[season]);
    if (!exactYear && date < today)
        date = endOfMonth(y + 1, lastMonth[season]);
    return date;
}

int seasonOf(const QString &word)
{
    const QString w = word.toLower();
    if (w == QLatin1String("spring") || w == QStringLiteral("春天") || w == QStringLiteral("春季"))
        return 0;
    if (w == QLatin1String("summer") || w == QStringLiteral("夏天") ||
        w == QStringLiteral("夏季") || w == QStringLiteral("暑假"))
        return 1;
    if (w == QLatin1String("autumn") || w == QLatin1String("fall") || w == QStringLiteral("秋天") ||
        w == QStringLiteral("秋季"))
        return 2;
    return 3;
}

QDate after(QDate today, double amount, const QString &unit)
{
    const QString u = unit.toLower();
    if (u.startsWith(QLatin1String("day")) || u == QStringLiteral("天") ||
        u == QStringLiteral("日"))
        return today.addDays(qint64(amount));
    if (u.startsWith(QLatin1String("week")) || u == QStringLiteral("周") ||
        u == QStringLiteral("星期") || u == QStringLiteral("礼拜"))
        return today.addDays(qint64(amount * 7));
    if (u.startsWith(QLatin1String("month")) || u == QStringLiteral("月"))
        return amount == 0.5 ? today.addDays(15) : today.addMonths(int(amount));
    if (u.startsWith(QLatin1String("year")) || u == QStringLiteral("年"))
        return amount == 0.5 ? today.addMonths(6) : today.addYears(int(amount));
    return {};
}

int monthNamed(const QString &name)
{
    static const QStringList months{
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return int(months.indexOf(name.left(3).toLower())) + 1;
}

const QString kEnglishNumber = QStringLiteral(
    "(\\d+(?:\\.\\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)");
const QString kChineseNumber = QStringLiteral("(\\d+|[一二两三四五六七八九十半]+)");
const QString kMonthName = QStringLiteral(
    "(january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)");

std::optional<QDate> english(const QString &s, QDate today)
{
    // "in 3 months", "within two weeks", "in the next 6 weeks", "over a year"
    static const QRegularExpression duration =
        rx(QStringLiteral("\\b(?:in|within|over|for)\\s+(?:the\\s+)?(?:next\\s+|coming\\s+)?") +
           kEnglishNumber + QStringLiteral("\\s+(days?|weeks?|months?|years?)\\b"));
    if (const auto m = duration.match(s); m.hasMatch()) {
        if (const auto n = number(m.captured(1)))
            return after(today, *n, m.captured(2));
    }
    // "by 2027-05-01"
    static const QRegularExpression iso =
        rx(QStringLiteral("\\b(?:by|before|until|on)\\s+(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b"));
    if (const auto m = iso.match(s); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    // "by the end of the year", "this year", "by year end"
    static const QRegularExpression yearEnd = rx(QStringLiteral(
        "\\b(?:by\\s+the\\s+end\\s+of\\s+(?:the|this)\\s+year|by\\s+(?:the\\s+)?year[-\\s]end|"
        "(?:by\\s+the\\s+end\\s+of\\s+|this\\s+)year)\\b"));
    if (yearEnd.match(s).hasMatch())
        return endOfMonth(today.year(), 12);
    // "by 15 May", "by May 15", "by May 2028", "by April", "before June"
    static const QRegularExpression byMonth = rx(
        QStringLiteral("\\b(by|before|until|till|in)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?(?:(\\d{1,2})"
                       "(?:st|nd|rd|th)?\\s+(?:of\\s+)?") +
        kMonthName + QStringLiteral("|") + kMonthName +
        QStringLiteral("(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?)?)(?:,?\\s*(\\d{4}))?\\b"));
    if (const auto m = byMonth.match(s); m.hasMatch()) {
        const QString word = m.captured(1).toLower();
        const bool dayFirst = !m.captured(3).isEmpty();
        const int month = monthNamed(dayFirst ? m.captured(3) : m.captured(4));
        const int day = (dayFirst ? m.captured(2) : m.captured(5)).toInt();
        const int year = m.captured(6).toInt();
        if (word == QLatin1String("before") && day == 0) {
            // Before June: by the end of May.
            const int y = year > 0 ? (month == 1 ? year - 1 : year) : 0;
            return nextMonthEnd(month == 1 ? 12 : month - 1, today, 0, y);
        }
        return nextMonthEnd(month, today, day, year);
    }
    // "by summer", "this summer", "next summer"
    static const QRegularExpression season = rx(QStringLiteral(
        "\\b(by|before|this|in|next)\\s+(?:the\\s+)?(spring|summer|autumn|fall|winter)\\b"));
    if (const auto m = season.match(s); m.hasMatch()) {
        const bool next = m.captured(1).compare(QLatin1String("next"), Qt::CaseInsensitive) == 0;
        return seasonEnd(seasonOf(m.captured(2)), today.year() + (next ? 1 : 0), today, next);
    }
    return std::nullopt;
}

std::optional<QDate> chinese(const QString &s, QDate today)
{
    // "三个月内", "用两周", "半年", "一年之内"; not "每天", "每周", "一周三次"
    static const QRegularExpression duration = rx(
        QStringLiteral("(?<!每)") + kChineseNumber +
        QStringLiteral(
            "\\s*个?(?:多)?(天|日|周|星期|礼拜|月|年)(?!\\s*[\\d一二两三四五六七八九十]+\\s*次)"));
    for (auto it = duration.globalMatch(s); it.hasNext();) {
        const auto m = it.next();
        const QString unit = m.captured(2);
        // "三月" is March, "十年前" the past; a month needs 个 unless it is half a year.
        if (unit == QStringLiteral("月") && !m.captured(0).contains(QChar(u'个')))
            continue;
        if (s.mid(m.capturedEnd(0), 1) == QStringLiteral("前"))
            continue;
        if (const auto n = number(m.captured(1)))
            return after(today, *n, unit);
    }
    static const QRegularExpression halfYear = rx(QStringLiteral("半年"));
    if (halfYear.match(s).hasMatch())
        return today.addMonths(6);
    // "明年年底", "年底前", "今年年底"
    static const QRegularExpression yearEnd =
        rx(QStringLiteral("(今年|明年|后年)?\\s*(?:年底|年末)"));
    if (const auto m = yearEnd.match(s); m.hasMatch()) {
        const QString which = m.captured(1);
        const int add = which == QStringLiteral("明年")   ? 1
                        : which == QStringLiteral("后年") ? 2
                                                          : 0;
        return endOfMonth(today.year() + add, 12);
    }
    // "明年夏天", "今年暑假", "夏天前"
    static const QRegularExpression season =
        rx(QStringLiteral("(今年|明年)?\\s*(春天|春季|夏天|夏季|暑假|秋天|秋季|冬天|冬季|寒假)"));
    if (const auto m = season.match(s); m.hasMatch()) {
        if (m.captured(2) == QStringLiteral("寒假"))
            return nextMonthEnd(2, today, 0,
                                m.captured(1) == QStringLiteral("明年") ? today.year() + 1 : 0);
        const bool next = m.captured(1) == QStringLiteral("明年");
        const bool thisYear = m.captured(1) == QStringLiteral("今年");
        return seasonEnd(seasonOf(m.captured(2)), today.year() + (next ? 1 : 0), today,
                         next || thisYear);
    }
    // "五月前", "6月底", "明年三月", "2028年5月"
    static const QRegularExpression month = rx(QStringLiteral(
        "(?:(今年|明年|\\d{4}\\s*年)\\s*)?(\\d{1,2}|十[一二]?|[一二三四五六七八九])\\s*月"
        "\\s*份?\\s*(?:(\\d{1,2})\\s*[日号])?\\s*(之前|以前|前|底|末)?"));
    if (const auto m = month.match(s); m.hasMatch()) {
        const auto n = number(m.captured(2));
        if (!n)
            return std::nullopt;
        int year = 0;
        const QString which = m.captured(1);
        if (which == QStringLiteral("明年"))
            year = today.year() + 1;
        else if (which == QStringLiteral("今年"))
            year = today.year();
        else if (!which.isEmpty())
            year = which.left(4).toInt();
        const int monthNumber = int(*n);
        const int day = m.captured(3).toInt();
        const QString when = m.captured(4);
        if (day == 0 && (when == QStringLiteral("前") || when == QStringLiteral("之前") ||
                         when == QStringLiteral("以前"))) {
            const int y = year > 0 && monthNumber == 1 ? year - 1 : year;
            return nextMonthEnd(monthNumber == 1 ? 12 : monthNumber - 1, today, 0, y);
        }
        return nextMonthEnd(monthNumber, today, day, year);
    }
    return std::nullopt;
}

} // namespace

std::optional<QDate> deadlineInGoal(const QString &goal, QDate today)
{
    if (!today.isValid())
        return std::nullopt;
    const QString text = goal.normalized(QString::NormalizationForm_KC).simplified();
    std::optional<QDate> found = english(text, today);
    if (!found)
        found = chinese(text, today);
    if (!found || !found->isValid() || *found < today)
        return std::nullopt;
    return found;
}

} // namespace helios

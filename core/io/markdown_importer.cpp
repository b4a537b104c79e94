#include "core/io/markdown_importer.h"

#include "core/domain/plan_limits.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace helios {

namespace {

const QRegularExpression &itemPattern()
{
    // indent, marker (-, *, +, •, 1. 1) 1、), optional checkbox, text
    static const QRegularExpression pattern(QStringLiteral(
        "^([ \\t]*)(?:[-*+\\x{2022}]|\\d{1,4}[.)\\x{3001}])[ \\t]+(?:\\[([ xX])\\][ \\t]*)?(.*)$"));
    return pattern;
}

const QRegularExpression &headingPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^(#{1,6})[ \\t]+(.*?)[ \\t#]*$"));
    return pattern;
}

int indentWidth(QStringView indent)
{
    int width = 0;
    for (const QChar c : indent)
        width += c == QLatin1Char('\t') ? 4 : 1;
    return width;
}

// Inline Markdown to plain text: links to their text, emphasis and code marks dropped,
// backslash escapes resolved.
QString plainText(QString text)
{
    static const QRegularExpression link(QStringLiteral("!?\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(.+?)\\1"));
    static const QRegularExpression emphasis(
        QStringLiteral("(?<![\\w\\\\])([*_])(?!\\s)(.+?)(?<![\\s\\\\])\\1(?!\\w)"));
    static const QRegularExpression code(QStringLiteral("`([^`]*)`"));
    static const QRegularExpression strike(QStringLiteral("~~(.+?)~~"));
    text.replace(link, QStringLiteral("\\1"));
    text.replace(strong, QStringLiteral("\\2"));
    text.replace(emphasis, QStringLiteral("\\2"));
    text.replace(code, QStringLiteral("\\1"));
    text.replace(strike, QStringLiteral("\\1"));
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size() && text.at(i + 1).isPunct())
            ++i;
        out += text.at(i);
    }
    return out.simplified();
}

// "(3h)", "2 hours", "~1.5 hrs", "30 min", "3小时", "（45分钟）", "2-3 hours": the hours, taken
// out of the text. A range counts as its upper end.
std::optional<double> takeEstimate(QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("[(（\\[]?\\s*(?:~|约|about\\s+)?(\\d+(?:\\.\\d+)?)(?:\\s*[-–~到至]\\s*(\\d+"
                       "(?:\\.\\d+)?))?"
                       "\\s*(hours?|hrs?|h|minutes?|mins?|m|个?小时|分钟)(?![\\w])\\s*[)）\\]]?"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QRegularExpressionMatchIterator it = pattern.globalMatch(text);
    QRegularExpressionMatch last;
    while (it.hasNext())
        last = it.next();
    if (!last.hasMatch())
        return std::nullopt;
    double value =
        last.captured(2).isEmpty() ? last.captured(1).toDouble() : last.captured(2).toDouble();
    const QString unit = last.captured(3).toLower();
    if (unit.startsWith(QLatin1Char('m')) || unit == QStringLiteral("分钟"))
        value /= 60.0;
    text.remove(last.capturedStart(0), last.capturedLength(0));
    if (!(value > 0) || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// "due 2026-11-28", "(due: 2026-11-28)", "截止 2026-11-28": the date, taken out of the text.
QDate takeDue(QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("[(（]?\\s*(?:due|by|deadline|截止(?:日期)?|到期)[:：]?\\s*(\\d{4}-\\d{2}-"
                       "\\d{2})\\s*[)）]?"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const QDate date = QDate::fromString(match.captured(1), Qt::ISODate);
    if (date.isValid())
        text.remove(match.capturedStart(0), match.capturedLength(0));
    return date;
}

// Separators left dangling once an estimate or a date is taken out: "Read — " -> "Read".
QString trimSeparators(const QString &text)
{
    static const QRegularExpression dangling(
        QStringLiteral("^[\\s\\-–—:：,，]+|[\\s\\-–—:：,，]+$"));
    QString result = text;
    result.remove(dangling);
    return result.simplified();
}

struct Item
{
    int indent = 0;
    int line = 0;
    Task task;
    bool checkbox = false; // "- [ ]" or "- [x]": a task whatever it holds
    bool children = false;
};

// The title and notes of one item: "**Install Python** — download it from python.org" is the
// title "Install Python" with the rest as notes; otherwise the whole text is the title.
void fillTask(Task &task, const QString &raw)
{
    QString text = raw;
    // Helios's own Markdown export, in English or Chinese words.
    for (const QString &skipped : {QStringLiteral("(skipped)"), QStringLiteral("（已跳过）")}) {
        if (text.contains(skipped) && text.contains(QLatin1String("~~"))) {
            task.status = TaskStatus::Skipped;
            text.remove(skipped);
        }
    }
    for (const QString &started : {QStringLiteral("— in progress"), QStringLiteral("— 进行中")}) {
        if (text.contains(started)) {
            if (task.status == TaskStatus::Todo)
                task.status = TaskStatus::InProgress;
            text.remove(started);
        }
    }
    // What Helios writes after the due date: "— event", "— not before 2027-01-05",
    // "— at the latest 2027-02-01".
    static const QRegularExpression event(QStringLiteral("\\s[—-]\\s*(?:event\\b|活动)"));
    if (const QRegularExpressionMatch m = event.match(text); m.hasMatch()) {
        task.event = true;
        text.remove(m.capturedStart(0), m.capturedLength(0));
    }
    static const QRegularExpression notBefore(
        QStringLiteral("\\s[—-]\\s*(?:not before|不早于)\\s*(\\d{4}-\\d{2}-\\d{2})"));
    if (const QRegularExpressionMatch m = notBefore.match(text); m.hasMatch()) {
        task.notBefore = QDate::fromString(m.captured(1), Qt::ISODate);
        text.remove(m.capturedStart(0), m.capturedLength(0));
    }
    static const QRegularExpression latest(
        QStringLiteral("\\s[—-]\\s*(?:at the latest|最晚)\\s*(\\d{4}-\\d{2}-\\d{2})"));
    if (const QRegularExpressionMatch m = latest.match(text); m.hasMatch()) {
        task.dueBy = QDate::fromString(m.captured(1), Qt::ISODate);
        text.remove(m.capturedStart(0), m.capturedLength(0));
    }
    task.dueDate = takeDue(text);
    if (const std::optional<double> hours = takeEstimate(text))
        task.estimateHours = *hours;
    static const QRegularExpression leadingBold(
        QStringLiteral("^\\s*(\\*\\*|__)(.+?)\\1\\s*(?:[:：]|\\s[-–—]\\s|$)\\s*(.*)$"));
    const QRegularExpressionMatch bold = leadingBold.match(text);
    if (bold.hasMatch() && !plainText(bold.captured(3)).isEmpty()) {
        task.title = trimSeparators(plainText(bold.captured(2)));
        task.notes = trimSeparators(plainText(bold.captured(3)));
    } else {
        task.title = trimSeparators(plainText(text));
    }
}

bool isFence(QStringView line)
{
    const QStringView t = line.trimmed();
    return t.startsWith(QLatin1String("```")) || t.startsWith(QLatin1String("~~~"));
}

// A line that only names a section: "**Week 1: Basics**" or "Phase 1:".
std::optional<QString> sectionLine(const QString &line)
{
    static const QRegularExpression boldOnly(
        QStringLiteral("^\\s*(\\*\\*|__)(.+?)\\1\\s*[:：]?\\s*$"));
    const QRegularExpressionMatch match = boldOnly.match(line);
    if (match.hasMatch())
        return trimSeparators(plainText(match.captured(2)));
    const QString trimmed = line.trimmed();
    if (trimmed.size() <= 60 &&
        (trimmed.endsWith(QLatin1Char(':')) || trimmed.endsWith(QChar(u'：'))))
        return trimSeparators(plainText(trimmed));
    return std::nullopt;
}

} // namespace

bool looksLikeMarkdown(const QString &text)
{
    bool inFence = false;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (isFence(line))
            inFence = !inFence;
        if (!inFence &&
            (itemPattern().match(line).hasMatch() || headingPattern().match(line).hasMatch()))
            return true;
    }
    return false;
}

Result<Plan> importMarkdown(const QString &text, const QString &title, QStringList *skipped)
{
    struct Heading
    {
        int level;
        QString text;
        int itemsBefore; // list items seen before it
    };
    QList<Heading> headings;
    QList<Item> items;
    struct Section
    {
        int position; // the index of the item it precedes
        QString name;
        int line;
    };
    QList<Section> sections;
    QList<std::pair<int, QString>> prose; // lines of text outside the lists, by line number
    bool inFence = false;
    int lineNumber = 0;
    Item *lastItem = nullptr;
    QList<int> levels; // the indents of the items a new item may be nested in
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        ++lineNumber;
        if (isFence(line)) {
            inFence = !inFence;
            continue;
        }
        if (inFence || line.trimmed().isEmpty())
            continue;
        if (const QRegularExpressionMatch h = headingPattern().match(line); h.hasMatch()) {
            headings.append({static_cast<int>(h.captured(1).size()), plainText(h.captured(2)),
                             static_cast<int>(items.size())});
            sections.append({static_cast<int>(items.size()), plainText(h.captured(2)), lineNumber});
            lastItem = nullptr;
            continue;
        }
        if (const QRegularExpressionMatch m = itemPattern().match(line); m.hasMatch()) {
            Item item;
            item.indent = indentWidth(m.captured(1));
            item.line = lineNumber;
            item.checkbox = !m.captured(2).isEmpty();
            if (m.captured(2).compare(QLatin1String("x"), Qt::CaseInsensitive) == 0)
                item.task.status = TaskStatus::Done;
            while (!levels.isEmpty() && levels.last() >= item.indent)
                levels.removeLast();
            levels.append(item.indent);
            if (levels.size() > limits::kMaxNesting)
                return Error::usage(QCoreApplication::translate(
                                        "helios", "The Markdown list on line %1 is nested more "
                                                  "than %2 levels deep; Helios takes at most %2.")
                                        .arg(lineNumber)
                                        .arg(limits::kMaxNesting));
            fillTask(item.task, m.captured(3));
            if (item.task.title.isEmpty())
                continue;
            // Items that head others become milestones, so a file may hold a few more items than
            // tasks; far past the limit, nothing more is read.
            if (items.size() >= qsizetype(2) * limits::kMaxTasksPerPlan)
                return Error::usage(QCoreApplication::translate(
                                        "helios", "The Markdown text has more than %1 list "
                                                  "items; Helios takes at most %2 tasks in one "
                                                  "plan.")
                                        .arg(2 * limits::kMaxTasksPerPlan)
                                        .arg(limits::kMaxTasksPerPlan));
            items.append(std::move(item));
            lastItem = &items.last();
            continue;
        }
        const bool indented = line.at(0) == QLatin1Char(' ') || line.at(0) == QLatin1Char('\t');
        if (lastItem && indented) {
            // Text under an item belongs to it.
            const QString note = plainText(line);
            lastItem->task.notes +=
                (lastItem->task.notes.isEmpty() ? QString() : QStringLiteral("\n")) + note;
            continue;
        }
        if (const std::optional<QString> section = sectionLine(line);
            section && !section->isEmpty()) {
            sections.append({static_cast<int>(items.size()), *section, lineNumber});
            lastItem = nullptr;
            continue;
        }
        lastItem = nullptr; // prose between lists
        prose.append({lineNumber, plainText(line).trimmed()});
    }
    if (items.isEmpty())
        return Error::usage(QCoreApplication::translate(
            "helios", "The Markdown text has no list items, so there are no "
                      "tasks to import."));

    Plan plan;
    plan.goal = title;
    // A single top heading before the first item names the plan, not a milestone.
    if (!headings.isEmpty() && headings.constFirst().itemsBefore == 0) {
        int minLevel = 7;
        for (const Heading &h : std::as_const(headings))
            minLevel = std::min(minLevel, h.level);
        const auto atMin =
            std::count_if(headings.cbegin(), headings.cend(),
                          [minLevel](const Heading &h) { return h.level == minLevel; });
        if (headings.constFirst().level == minLevel && atMin == 1 &&
            !headings.constFirst().text.isEmpty()) {
            plan.goal = headings.constFirst().text;
            sections.removeFirst();
        }
    }
    for (const auto &[position, name, line] : std::as_const(sections)) {
        if (position < items.size())
            items[position].task.milestone = QStringLiteral("\x01") + name; // marks a section start
    }

    int topIndent = items.constFirst().indent;
    for (const Item &item : std::as_const(items))
        topIndent = std::min(topIndent, item.indent);
    for (int i = 0; i + 1 < items.size(); ++i)
        items[i].children = items[i + 1].indent > items[i].indent;

    // Top-level items with children (and no checkbox) become milestones of their children; the
    // rest are tasks.
    QString milestone;
    for (const Item &item : std::as_const(items)) {
        Task task = item.task;
        if (task.milestone.startsWith(QLatin1Char('\x01'))) {
            milestone = task.milestone.mid(1);
            task.milestone.clear();
        }
        if (item.indent == topIndent && item.children && !item.checkbox) {
            milestone = task.title;
            continue;
        }
        task.milestone = milestone;
        task.order = static_cast<int>(plan.tasks.size());
        plan.tasks.append(std::move(task));
    }
    if (plan.tasks.isEmpty())
        return Error::usage(QCoreApplication::translate(
            "helios", "The Markdown text has no list items, so there are no "
                      "tasks to import."));
    // A section line that no task ended up under (a list item heading its own tasks came right
    // after it, as after a chatbot's "Here is your plan:") was left out too.
    for (const auto &[position, name, line] : std::as_const(sections)) {
        // A plain reference for the lambda: clang 14 (the fuzz build) cannot capture a structured
        // binding.
        const QString &sectionName = name;
        const bool used =
            std::any_of(plan.tasks.cbegin(), plan.tasks.cend(),
                        [&sectionName](const Task &task) { return task.milestone == sectionName; });
        if (!used)
            prose.append({line, name});
    }
    std::sort(prose.begin(), prose.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[line, lineText] : std::as_const(prose)) {
        if (skipped)
            skipped->append(lineText);
    }
    return plan;
}

} // namespace helios

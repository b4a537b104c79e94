#include "core/llm/token_budget.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace helios::llm {

namespace {

enum class CharClass { Space, Newline, Latin, OtherLetter, Digit, Ideograph, Astral, Punct };

bool isIdeographic(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
           (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x3FFFF) || // CJK extensions B and on
           (c >= 0x3040 && c <= 0x30FF) ||   // hiragana, katakana
           (c >= 0xAC00 && c <= 0xD7AF);     // hangul syllables
}

CharClass classify(char32_t c)
{
    if (c == U'\n' || c == U'\r')
        return CharClass::Newline;
    if (c == U' ' || c == U'\t')
        return CharClass::Space;
    if (isIdeographic(c))
        return CharClass::Ideograph;
    if (c < 0x80) {
        if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'))
            return CharClass::Latin;
        if (c >= U'0' && c <= U'9')
            return CharClass::Digit;
        return CharClass::Punct;
    }
    if (c > 0xFFFF)
        return CharClass::Astral;
    if (QChar::isSpace(c))
        return CharClass::Space;
    if (QChar::isLetter(c))
        return c <= 0x24F ? CharClass::Latin : CharClass::OtherLetter; // accented Latin with Latin
    if (QChar::isDigit(c))
        return CharClass::Digit;
    return CharClass::Punct; // includes CJK punctuation, which is one token per mark or more
}

int ceilDiv(qsizetype n, int d)
{
    return static_cast<int>((n + d - 1) / d);
}

int runCost(CharClass kind, qsizetype length)
{
    switch (kind) {
    case CharClass::Space:
        return length >= 2 ? 1 : 0;
    case CharClass::Newline:
        return 1;
    case CharClass::Latin:
        return ceilDiv(length, 7);
    case CharClass::OtherLetter:
        return ceilDiv(length, 2);
    case CharClass::Digit:
        return ceilDiv(length, 3);
    case CharClass::Ideograph:
        return static_cast<int>(length);
    case CharClass::Astral:
        return static_cast<int>(2 * length);
    case CharClass::Punct:
        return length == 1 ? 1 : ceilDiv(length, 2);
    }
    return static_cast<int>(length);
}

} // namespace

int estimateTokens(QStringView text)
{
    int tokens = 0;
    CharClass run = CharClass::Space;
    qsizetype runLength = 0;
    bool afterNewline = false; // indentation after a newline is part of the newline's token
    const QList<uint> codePoints = text.toUcs4();
    for (uint cp : codePoints) {
        const CharClass kind = classify(char32_t(cp));
        if (kind == run && runLength > 0) {
            ++runLength;
            continue;
        }
        if (runLength > 0 && !(run == CharClass::Space && afterNewline))
            tokens += runCost(run, runLength);
        afterNewline = run == CharClass::Newline;
        run = kind;
        runLength = 1;
    }
    if (runLength > 0 && !(run == CharClass::Space && afterNewline))
        tokens += runCost(run, runLength);
    return tokens;
}

int estimateTokens(const ChatMessage &message)
{
    return kMessageOverhead + estimateTokens(QStringView(message.content));
}

int estimateTokens(const QList<ChatMessage> &messages)
{
    int tokens = kReplyPriming;
    for (const ChatMessage &message : messages)
        tokens += estimateTokens(message);
    return tokens;
}

namespace {

bool isFence(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    return trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"));
}

// Collapses runs of spaces and tabs after the leading indentation, outside `inline code`, and
// drops trailing whitespace.
QString compactLine(QStringView line)
{
    qsizetype end = line.size();
    while (end > 0 && (line[end - 1] == QLatin1Char(' ') || line[end - 1] == QLatin1Char('\t') ||
                       line[end - 1] == QLatin1Char('\r')))
        --end;
    line = line.left(end);

    qsizetype indent = 0;
    while (indent < line.size() &&
           (line[indent] == QLatin1Char(' ') || line[indent] == QLatin1Char('\t')))
        ++indent;

    QString out;
    out.reserve(line.size());
    out.append(line.left(indent));
    bool inCode = false;
    bool lastWasBlank = false;
    for (qsizetype i = indent; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == QLatin1Char('`'))
            inCode = !inCode;
        const bool blank = c == QLatin1Char(' ') || c == QLatin1Char('\t');
        if (blank && !inCode) {
            if (!lastWasBlank)
                out.append(QLatin1Char(' '));
            lastWasBlank = true;
            continue;
        }
        lastWasBlank = false;
        out.append(c);
    }
    return out;
}

} // namespace

QString compactSystemPrompt(const QString &prompt)
{
    const QStringList lines = prompt.split(QLatin1Char('\n'));
    QStringList out;
    out.reserve(lines.size());
    bool inFence = false;
    int blankRun = 0; // blank lines seen in a row outside fences, not yet written
    auto flushBlanks = [&] {
        // Three or more blank lines become one; one or two stay as they were.
        const int keep = blankRun >= 3 ? 1 : blankRun;
        for (int i = 0; i < keep; ++i)
            out.append(QString());
        blankRun = 0;
    };
    for (const QString &line : lines) {
        if (inFence) {
            out.append(line);
            if (isFence(line))
                inFence = false;
            continue;
        }
        if (isFence(line)) {
            flushBlanks();
            out.append(line);
            inFence = true;
            continue;
        }
        const QString compact = compactLine(line);
        if (compact.isEmpty()) {
            ++blankRun;
            continue;
        }
        flushBlanks();
        out.append(compact);
    }
    flushBlanks();
    return out.join(QLatin1Char('\n'));
}

Result<QList<ChatMessage>> fitToContext(const QList<ChatMessage> &messages, int contextTokens,
                                        int maxTokens)
{
    const int room = std::max(0, contextTokens - maxTokens);
    const qsizetype count = messages.size();
    QList<bool> keep(count, false);

    // The part that must be sent: every system message and the newest message.
    int used = kReplyPriming;
    qsizetype newest = -1;
    for (qsizetype i = count - 1; i >= 0; --i) {
        if (messages.at(i).role != QLatin1String("system")) {
            newest = i;
            break;
        }
    }
    for (qsizetype i = 0; i < count; ++i) {
        if (messages.at(i).role == QLatin1String("system") || i == newest) {
            keep[i] = true;
            used += estimateTokens(messages.at(i));
        }
    }
    if (used > room)
        return Error::usage(
            QCoreApplication::translate("helios",
                                        "The prompt needs about %1 tokens but the model's context "
                                        "leaves room for %2; shorten the goal or raise the "
                                        "context size.")
                .arg(used)
                .arg(room));

    // Then the history, newest first, without gaps.
    for (qsizetype i = newest - 1; i >= 0; --i) {
        if (keep.at(i))
            continue;
        const int cost = estimateTokens(messages.at(i));
        if (used + cost > room)
            break;
        used += cost;
        keep[i] = true;
    }

    QList<ChatMessage> fitted;
    for (qsizetype i = 0; i < count; ++i) {
        if (keep.at(i))
            fitted.append(messages.at(i));
    }
    return fitted;
}

} // namespace helios::llm

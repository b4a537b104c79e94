#include "core/domain/plain_text.h"

#include <QList>

namespace helios {

namespace {

bool isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c < 0xA0);
}

// Most text has none of them: then it is returned as it is, without a copy.
bool needsCleaning(QStringView text, bool keepLineBreaks)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (keepLineBreaks && (u == u'\n' || u == u'\t'))
            continue;
        if (isControl(u) || isBidiControl(u))
            return true;
    }
    return false;
}

} // namespace

bool isBidiControl(char32_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E ||
           c == 0x200F || c == 0x061C;
}

QString plainText(const QString &text, bool multiline)
{
    QString out;
    if (!needsCleaning(text, multiline)) {
        out = text;
    } else {
        out.reserve(text.size());
        for (const char32_t c : text.toUcs4()) {
            if (multiline && (c == u'\n' || c == u'\t')) {
                out += QChar(c);
                continue;
            }
            if (c == u'\n' || c == u'\t' || c == u'\r') {
                out += u' ';
                continue;
            }
            if (isControl(c) || isBidiControl(c))
                continue;
            out += QString::fromUcs4(&c, 1);
        }
    }
    if (!multiline)
        return out.simplified();
    return out.trimmed();
}

QString terminalSafe(const QString &text)
{
    if (!needsCleaning(text, true))
        return text;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\t')
            out += c;
        else if (u < 0x20)
            out += QChar(char16_t(0x2400 + u));
        else if (u == 0x7F)
            out += QChar(char16_t(0x2421));
        else if (u >= 0x80 && u < 0xA0)
            out += QChar(char16_t(0xFFFD));
        else if (!isBidiControl(u))
            out += c;
    }
    return out;
}

} // namespace helios

#include "core/agents/partial_answer.h"

namespace helios::agents {

namespace {

// Keys longer than this are not kept whole (a key of the schema is short).
constexpr qsizetype kMaxKeyLength = 64;

} // namespace

void PartialAnswerCounter::reset()
{
    *this = PartialAnswerCounter();
}

// A value just ended inside the innermost container: an entry of a list counts.
void PartialAnswerCounter::closeValue()
{
    if (!m_stack.empty() && m_stack.back().container == Container::Array)
        ++m_counts[m_stack.back().key];
}

void PartialAnswerCounter::feed(QStringView piece)
{
    for (const QChar c : piece) {
        if (!m_started) {
            // Prose or a ``` fence before the answer.
            if (c == QLatin1Char('{')) {
                m_started = true;
                m_stack.push_back({Container::Object, QString()});
            }
            continue;
        }
        if (m_stack.empty())
            return; // the answer is complete; what follows is not counted
        if (m_inString) {
            if (m_escape) {
                m_escape = false;
            } else if (c == QLatin1Char('\\')) {
                m_escape = true;
            } else if (c == QLatin1Char('"')) {
                m_inString = false;
                if (m_stringIsKey)
                    m_lastKey = m_string;
                else
                    closeValue();
            } else if (m_stringIsKey && m_string.size() < kMaxKeyLength) {
                m_string += c;
            }
            continue;
        }
        Level &top = m_stack.back();
        switch (c.unicode()) {
        case '"':
            m_inString = true;
            m_escape = false;
            m_string.clear();
            // In an object a string before ':' is a key.
            m_stringIsKey = top.container == Container::Object && top.key.isNull();
            if (m_stringIsKey)
                m_lastKey.clear();
            break;
        case ':':
            if (top.container == Container::Object)
                top.key = m_lastKey;
            break;
        case ',':
            if (top.container == Container::Object)
                top.key = QString(); // the next key follows
            break;
        case '{':
            m_stack.push_back({Container::Object, QString()});
            break;
        case '[': {
            const QString key = top.key; // the list's name, or the outer list's for a nested one
            m_stack.push_back({Container::Array, key});
            break;
        }
        case '}':
        case ']':
            m_stack.pop_back();
            closeValue();
            break;
        default:
            break; // numbers, true, false, null, whitespace: an entry counts when it is a string
                   // or an object, which every list of the answers holds
        }
    }
}

} // namespace helios::agents

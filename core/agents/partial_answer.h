#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

#include <vector>

namespace helios::agents {

// What an agent has found so far, read from its answer while it streams: how many entries each
// list of the answer has ("risks": 3, "tasks": 6), counting an entry once it is complete (a
// string closed, an object closed). Fed piece by piece, in any split, in constant memory; JSON in
// ``` fences or after a sentence of prose is found as json_answer does. Text that is not JSON
// counts nothing. For the New goal window's "3 risks, 6 tasks so far".
class PartialAnswerCounter
{
public:
    void feed(QStringView piece);
    void reset();
    // Entries of the list under `key` anywhere in the answer ("tasks", "risks",
    // "knowledge_areas", ...); 0 when none yet.
    int count(const QString &key) const { return m_counts.value(key); }
    const QHash<QString, int> &counts() const { return m_counts; }

private:
    enum class Container { Object, Array };
    struct Level
    {
        Container container;
        QString key; // Array: the key it is the value of; Object: the key being read
    };
    void closeValue();

    std::vector<Level> m_stack;
    QHash<QString, int> m_counts;
    bool m_started = false; // the first '{' was seen
    bool m_inString = false;
    bool m_escape = false;
    bool m_stringIsKey = false;
    QString m_string; // the key being read (values are not kept)
    QString m_lastKey;
};

} // namespace helios::agents

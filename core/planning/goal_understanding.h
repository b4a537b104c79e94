#pragma once

#include "core/planning/knowledge_base.h"

#include <QChar>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

// What the offline planner understands of a goal's text: its kind (scored over the knowledge
// base's terms), the details its tasks can use, and its subject. Internal to core/planning.
namespace helios::planning {

// Every term of the knowledge base, compiled once for matching (docs/PLANNER_KNOWLEDGE.md:
// Latin terms match whole words with a plural s/es, Chinese terms anywhere, case-insensitively,
// a hyphen as a space).
struct TermIndex
{
    struct Term
    {
        QString folded;
        bool latin = false;      // matched as whole words
        bool classifies = false; // a match, requires or subject term: hides shorter terms in it
    };
    struct KindTerms
    {
        QList<std::pair<int, double>> weighted; // (term, weight), one entry per group and term
        QList<int> required;
        QList<QList<int>> subjectEntries; // by KbSubject::terms entry
        QList<int> units;
        QList<int> beginner;
        QList<int> advanced;
        QList<int> conditions; // every "goal:<term>" of the kind's tasks (hide nothing)
    };

    QList<Term> terms;
    QHash<QString, int> idOf;
    QHash<QChar, QList<int>> byFirstChar;
    QList<KindTerms> kinds;
    QList<int> beginner; // the engine's own level words
    QList<int> advanced;

    int add(const QString &term, bool classifies = true);
    static TermIndex build(const QList<KbKind> &kinds);
};

struct TermHit
{
    int term = -1;
    qsizetype start = 0;
    qsizetype length = 0;
    qsizetype end() const { return start + length; }
};

// Every occurrence of every term in `folded` (foldForMatching), except those inside a longer
// occurrence of a classifying term: "marathon" in "half marathon" does not count. Level words and
// units hide nothing ("first marathon" as a beginner word leaves "marathon" found).
// `all`, when given, also gets the hidden ones (a required term inside a longer term still says
// the goal is about it: "married" in "getting married").
QList<TermHit> findTerms(const TermIndex &index, const QString &folded,
                         QList<TermHit> *all = nullptr);

enum class Level { Normal, Beginner, Advanced };

struct GoalDetails
{
    std::optional<double> count;
    QString countUnit; // as the goal wrote it
    QString target;    // "band 7", "120分", "sub-4", "N2"
    QString from;      // where the person starts, when said ("90分")
    QString place;     // in the plan's language when known ("Mexico" / "墨西哥")
    Level level = Level::Normal;
};

struct GoalUnderstanding
{
    QString normalised; // normaliseGoal of the text
    QString language;   // "en" or "zh"
    int kind = -1;      // index into KnowledgeBase::kinds; -1: no kind (generic)
    double score = 0.0;
    QStringList reason; // the goal's words that counted for the kind, as written
    GoalDetails details;
    QString subject;
    bool subjectFromGoal = false; // a term or an extraction, not a fallback
    QSet<QString> saidTerms;      // the "goal:<term>" conditions whose term the goal holds
};

// `forcedKind` (an index into kb.kinds) skips the scoring: the gallery plans a kind's sample as
// that kind whatever it scores.
GoalUnderstanding understandGoal(const KnowledgeBase &kb, const QString &goalText,
                                 int forcedKind = -1);

// The subject a generic goal is about: the object of its main verb, whole words, or empty.
// `kb` guards Chinese compounds (a subject never starts or ends inside a known term).
QString extractSubject(const KnowledgeBase &kb, const QString &normalised, const QString &language);

} // namespace helios::planning

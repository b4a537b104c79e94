#pragma once

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// The offline planner's knowledge base: goal kinds as data, read from resources/planner/*.json
// (format: docs/PLANNER_KNOWLEDGE.md). Internal to core/planning; the catalogue
// (planner_catalogue.h) is the public view of it.
namespace helios::planning {

// A text in both languages.
struct KbText
{
    QString en;
    QString zh;
    const QString &in(QStringView language) const { return language == u"zh" ? zh : en; }
};

struct KbMatchGroup
{
    QStringList terms;
    double weight = 0.0;
};

struct KbSubjectTerm
{
    QStringList terms;
    KbText name;
};

struct KbSubject
{
    std::optional<KbText> fixed;
    QList<KbSubjectTerm> terms;
    bool extract = false;
    KbText fallback;
};

struct KbRepeatVar
{
    QString name;
    double from = 0.0;
    double to = 0.0;
    double step = 1.0;
};

struct KbRepeat
{
    int everyDays = 7;
    int min = 1;
    int max = 1;
    int endBeforeEventDays = 0;
    // The sessions run to the deadline (monthly savings), not only over the first ~85% of the
    // time that practice sessions take, leaving the rest for what follows them.
    bool untilEnd = false;
    // "fill_before": the series runs from as soon as it can until a week before the first session
    // of an earlier series of the plan (a base-building phase before a training programme), as
    // many sessions as that time holds, none when there is none; its hours are on top of the
    // kind's effort. The index of that series in the plan; -1: an ordinary series.
    int fillBefore = -1;
    QString fillBeforeKey;
    QList<KbRepeatVar> vars;
};

// A condition of `when`: a slot found (count, target, from, place, subject) or a level, possibly
// negated.
struct KbCondition
{
    QString slot; // "count", "target", "from", "place", "subject", "level:beginner", "goal", ...
    bool negated = false;
    QString term; // for "goal:<term>": the goal says this term (matched like a match term)
};

struct KbTask
{
    QString key;
    QString title;
    QString notes;
    QString milestone;
    double hours = 1.0;
    QList<int> after; // indices of earlier tasks of the same language's plan
    bool optional = false;
    QList<KbCondition> when; // all must hold
    bool event = false;
    int dueBeforeEventDays = -1; // -1: none
    int notBeforeEventDays = -1; // -1: none
    std::optional<KbRepeat> repeat;
};

// A day an exam is held every year (docs/PLANNER_KNOWLEDGE.md, sittings): `day` of `month`, or
// with a weekday (1 Monday … 7 Sunday) the first such weekday on or after it ("the first Sunday
// of July": month 7, day 1, weekday 7).
struct KbSitting
{
    int month = 1;
    int day = 1;
    int weekday = 0; // 0: the day itself
};

struct KbKind
{
    QString id; // "<family>/<name>"
    QString family;
    KbText name;
    KbText sample;
    QList<KbMatchGroup> match;
    QStringList requiredTerms; // "requires": one must be found, or the kind scores 0
    std::optional<KbText> event;
    int defaultWeeks = 12;
    double hours = 20.0;
    double minHours = 10.0;
    double beginnerFactor = 1.0;
    double advancedFactor = 1.0;
    bool effortPerCount = false; // hours and min_hours are for one of the goal's count
    KbSubject subject;
    QStringList countUnits; // empty: the kind has no count
    bool wantsTarget = false;
    bool wantsPlace = false;
    QStringList beginnerTerms;
    QStringList advancedTerms;
    QList<KbTask> planEn;
    QList<KbTask> planZh;
    QList<KbSitting> sittings; // event kinds held on known days; empty: any day
    KbText sittingNote;        // added to the event's notes when the planner chose the day

    // The first sitting on or after `from` (within four years), or an invalid date.
    QDate sittingOnOrAfter(QDate from) const;

    const QList<KbTask> &plan(QStringView language) const
    {
        return language == u"zh" ? planZh : planEn;
    }
    bool isEvent() const { return event.has_value(); }
};

struct KbFamily
{
    QString id; // the file name without .json
    KbText name;
    QList<int> kinds; // indices into KnowledgeBase::kinds
};

// What is wrong with a file, one sentence per problem: "<file>: <kind>: <what>".
struct KbProblems
{
    QStringList problems;
    bool isEmpty() const { return problems.isEmpty(); }
};

struct TermIndex; // the compiled matcher (goal_understanding.cpp)

class KnowledgeBase
{
public:
    KnowledgeBase();
    ~KnowledgeBase();
    KnowledgeBase(KnowledgeBase &&) noexcept;
    KnowledgeBase &operator=(KnowledgeBase &&) noexcept;

    // Reads the family files, in the order given (callers sort them by name). Strict: every
    // problem of every file is reported in `problems`, with the file and the kind it is in; a
    // file with problems adds nothing, the others are still loaded. Ids unique over all files.
    static KnowledgeBase load(const QStringList &paths, KbProblems &problems);

    // The family files compiled into the program (:/planner/*.json, schema.json excepted), read
    // once per process. A broken file is left out with a warning in the log: planning goes on
    // with the others, and a goal nobody can plan gets the generic plan.
    static const KnowledgeBase &builtIn();
    static QStringList builtInFiles();

    QList<KbFamily> families;
    QList<KbKind> kinds;

    const KbKind *kind(const QString &id) const;
    const KbFamily *family(const QString &id) const;
    const TermIndex &index() const { return *m_index; }

private:
    QHash<QString, int> m_kindById;
    std::unique_ptr<TermIndex> m_index;

    void finish(); // builds the lookup tables and the term index
};

} // namespace helios::planning

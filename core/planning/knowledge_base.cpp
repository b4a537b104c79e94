#include "core/planning/knowledge_base.h"

#include "core/planning/goal_text.h"
#include "core/planning/goal_understanding.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace helios::planning {

namespace {

const QStringList &conditionSlots()
{
    static const QStringList names = {
        QStringLiteral("count"),          QStringLiteral("target"),
        QStringLiteral("from"),           QStringLiteral("place"),
        QStringLiteral("subject"),        QStringLiteral("level:beginner"),
        QStringLiteral("level:advanced"),
    };
    return names;
}

// Which condition a placeholder needs; empty for {subject}, which always has a value.
QString guardOf(const QString &placeholder)
{
    if (placeholder == u"count" || placeholder == u"count_unit")
        return QStringLiteral("count");
    if (placeholder == u"target" || placeholder == u"from" || placeholder == u"place")
        return placeholder;
    return {};
}

// Collects problems with the place they are in: "sports.json: fitness/marathon: plan zh: task
// long_run: ...".
class Checker
{
public:
    explicit Checker(QString file) : m_file(std::move(file)) {}

    void setKind(const QString &kind) { m_kind = kind; }
    void setWhere(const QString &where) { m_where = where; }

    void problem(const QString &what)
    {
        QString line = m_file + QStringLiteral(": ");
        if (!m_kind.isEmpty())
            line += m_kind + QStringLiteral(": ");
        if (!m_where.isEmpty())
            line += m_where + QStringLiteral(": ");
        m_problems.append(line + what);
    }

    const QStringList &problems() const { return m_problems; }

    QString string(const QJsonObject &o, const char *key, bool required, int maxLength = 200)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                problem(QStringLiteral("\"%1\" is missing").arg(QLatin1String(key)));
            return {};
        }
        if (!v.isString() || (required && v.toString().trimmed().isEmpty())) {
            problem(QStringLiteral("\"%1\" must be a non-empty text").arg(QLatin1String(key)));
            return {};
        }
        if (v.toString().size() > maxLength)
            problem(QStringLiteral("\"%1\" is longer than %2 characters")
                        .arg(QLatin1String(key))
                        .arg(maxLength));
        return v.toString();
    }

    KbText text(const QJsonObject &o, const char *key, bool required = true)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined() && !required)
            return {};
        if (!v.isObject()) {
            problem(QStringLiteral("\"%1\" must be an object with \"en\" and \"zh\"")
                        .arg(QLatin1String(key)));
            return {};
        }
        const QJsonObject t = v.toObject();
        KbText out;
        out.en = t.value(u"en").toString();
        out.zh = t.value(u"zh").toString();
        if (out.en.trimmed().isEmpty() || out.zh.trimmed().isEmpty())
            problem(QStringLiteral("\"%1\" needs both \"en\" and \"zh\"").arg(QLatin1String(key)));
        if (containsHan(out.en))
            problem(QStringLiteral("\"%1\".en holds Chinese: %2").arg(QLatin1String(key), out.en));
        for (auto it = t.begin(); it != t.end(); ++it) {
            if (it.key() != u"en" && it.key() != u"zh")
                problem(QStringLiteral("\"%1\" has an unknown language \"%2\"")
                            .arg(QLatin1String(key), it.key()));
        }
        return out;
    }

    QStringList terms(const QJsonValue &v, const QString &what)
    {
        QStringList out;
        if (!v.isArray() || v.toArray().isEmpty()) {
            problem(QStringLiteral("%1 must be a non-empty list of terms").arg(what));
            return out;
        }
        for (const QJsonValue &t : v.toArray()) {
            const QString term = t.toString().trimmed();
            if (!t.isString() || term.isEmpty() || term.size() > 60)
                problem(QStringLiteral("%1 holds an empty, too long or non-text term").arg(what));
            else
                out.append(term);
        }
        return out;
    }

    double number(const QJsonObject &o, const char *key, double min, double max, double fallback,
                  bool required)
    {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                problem(QStringLiteral("\"%1\" is missing").arg(QLatin1String(key)));
            return fallback;
        }
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || !std::isfinite(d) || d < min || d > max) {
            problem(QStringLiteral("\"%1\" must be a number from %2 to %3")
                        .arg(QLatin1String(key))
                        .arg(min)
                        .arg(max));
            return fallback;
        }
        return d;
    }

    int integer(const QJsonObject &o, const char *key, int min, int max, int fallback,
                bool required)
    {
        const double d = number(o, key, min, max, fallback, required);
        if (d != std::floor(d)) {
            problem(QStringLiteral("\"%1\" must be a whole number").arg(QLatin1String(key)));
            return fallback;
        }
        return int(d);
    }

    void unknownKeys(const QJsonObject &o, std::initializer_list<const char *> known,
                     const QString &what)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool ok = false;
            for (const char *k : known)
                ok = ok || it.key() == QLatin1String(k);
            if (!ok)
                problem(QStringLiteral("%1 has an unknown key \"%2\"").arg(what, it.key()));
        }
    }

private:
    QString m_file;
    QString m_kind;
    QString m_where;
    QStringList m_problems;
};

KbSubject readSubject(Checker &c, const QJsonObject &o)
{
    KbSubject s;
    c.unknownKeys(o, {"fixed", "terms", "extract", "fallback"}, QStringLiteral("subject"));
    if (o.contains(u"fixed")) {
        s.fixed = c.text(o, "fixed");
        if (o.contains(u"terms") || o.contains(u"extract") || o.contains(u"fallback"))
            c.problem(QStringLiteral("a fixed subject takes no terms, extract or fallback"));
        return s;
    }
    if (o.contains(u"terms")) {
        const QJsonValue v = o.value(u"terms");
        if (!v.isArray() || v.toArray().isEmpty())
            c.problem(QStringLiteral("subject terms must be a non-empty list"));
        for (const QJsonValue &entry : v.toArray()) {
            const QJsonObject e = entry.toObject();
            KbSubjectTerm t;
            t.terms = c.terms(e.value(u"terms"), QStringLiteral("a subject entry's terms"));
            t.name.en = c.string(e, "en", true, 60);
            t.name.zh = c.string(e, "zh", true, 60);
            if (containsHan(t.name.en))
                c.problem(QStringLiteral("subject entry \"%1\": en holds Chinese").arg(t.name.en));
            s.terms.append(t);
        }
    }
    if (o.contains(u"extract")) {
        if (!o.value(u"extract").isBool())
            c.problem(QStringLiteral("subject extract must be true or false"));
        s.extract = o.value(u"extract").toBool();
    }
    if (s.terms.isEmpty() && !s.extract)
        c.problem(QStringLiteral("the subject needs \"fixed\", \"terms\" or \"extract\": true"));
    s.fallback = c.text(o, "fallback");
    return s;
}

std::optional<KbRepeat> readRepeat(Checker &c, const QJsonObject &o)
{
    c.unknownKeys(
        o,
        {"every_days", "min", "max", "end_before_event_days", "until_end", "fill_before", "vars"},
        QStringLiteral("repeat"));
    KbRepeat r;
    r.everyDays = c.integer(o, "every_days", 1, 60, 7, true);
    r.min = c.integer(o, "min", 1, 52, 1, true);
    r.max = c.integer(o, "max", 1, 52, 1, true);
    r.endBeforeEventDays = c.integer(o, "end_before_event_days", 0, 365, 0, false);
    r.untilEnd = o.value(u"until_end").toBool(false);
    r.fillBeforeKey = o.value(u"fill_before").toString();
    if (r.min > r.max)
        c.problem(QStringLiteral("repeat min %1 is above max %2").arg(r.min).arg(r.max));
    const QJsonObject vars = o.value(u"vars").toObject();
    static const QRegularExpression varName(QStringLiteral("^[a-z][a-z0-9_]*$"));
    for (auto it = vars.begin(); it != vars.end(); ++it) {
        const QJsonObject v = it.value().toObject();
        KbRepeatVar var;
        var.name = it.key();
        if (!varName.match(var.name).hasMatch() || var.name == u"n")
            c.problem(QStringLiteral("repeat var \"%1\" is not a valid name").arg(var.name));
        var.from = c.number(v, "from", -1e6, 1e6, 0, true);
        var.to = c.number(v, "to", -1e6, 1e6, 0, true);
        var.step = c.number(v, "step", 1e-6, 1e6, 1.0, false);
        if (var.name == u"hours" && (var.from <= 0 || var.to <= 0 || var.to > 200))
            c.problem(QStringLiteral("repeat var \"hours\" must stay between 0 and 200"));
        r.vars.append(var);
    }
    return r;
}

QList<KbCondition> readWhen(Checker &c, const QJsonValue &v)
{
    QList<KbCondition> out;
    QStringList items;
    if (v.isUndefined())
        return out;
    if (v.isString()) {
        items << v.toString();
    } else if (v.isArray() && !v.toArray().isEmpty()) {
        for (const QJsonValue &item : v.toArray())
            items << item.toString();
    } else {
        c.problem(QStringLiteral("\"when\" must be a condition or a list of conditions"));
        return out;
    }
    for (const QString &item : std::as_const(items)) {
        KbCondition cond;
        cond.negated = item.startsWith(u'!');
        cond.slot = cond.negated ? item.mid(1) : item;
        if (cond.slot.startsWith(QStringLiteral("goal:"))) {
            cond.term = cond.slot.mid(5).trimmed();
            cond.slot = QStringLiteral("goal");
            const QStringList alternatives = cond.term.split(u'|');
            if (cond.term.size() > 300 ||
                std::any_of(alternatives.cbegin(), alternatives.cend(), [](const QString &t) {
                    return t.trimmed().isEmpty() || t.size() > 60;
                }))
                c.problem(QStringLiteral("\"%1\" in \"when\" needs a term after goal:").arg(item));
            else
                out.append(cond);
        } else if (!conditionSlots().contains(cond.slot)) {
            c.problem(QStringLiteral("unknown condition \"%1\" in \"when\"").arg(item));
        } else {
            out.append(cond);
        }
    }
    return out;
}

// The placeholders of a text: "{count} guests" -> {"count"}.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(\{([^{}]*)\})"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(1);
    return out;
}

void checkPlaceholders(Checker &c, const KbTask &task, const QString &text, const char *field)
{
    static const QSet<QString> known = {
        QStringLiteral("subject"), QStringLiteral("count"), QStringLiteral("count_unit"),
        QStringLiteral("target"),  QStringLiteral("from"),  QStringLiteral("place"),
    };
    if (text.count(u'{') != text.count(u'}'))
        c.problem(QStringLiteral("the %1 has unbalanced braces").arg(QLatin1String(field)));
    for (const QString &p : placeholders(text)) {
        bool isVar = false;
        if (task.repeat) {
            for (const KbRepeatVar &v : task.repeat->vars)
                isVar = isVar || v.name == p;
        }
        if (p == u"n" || isVar) {
            if (!task.repeat)
                c.problem(QStringLiteral("{%1} in the %2 of a task that does not repeat")
                              .arg(p, QLatin1String(field)));
            continue;
        }
        if (!known.contains(p)) {
            c.problem(
                QStringLiteral("unknown placeholder {%1} in the %2").arg(p, QLatin1String(field)));
            continue;
        }
        const QString guard = guardOf(p);
        if (guard.isEmpty())
            continue;
        const bool guarded =
            std::any_of(task.when.cbegin(), task.when.cend(),
                        [&](const KbCondition &w) { return !w.negated && w.slot == guard; });
        if (!guarded)
            c.problem(QStringLiteral("{%1} in the %2 needs \"when\": \"%3\"")
                          .arg(p, QLatin1String(field), guard));
    }
}

QList<KbTask> readPlan(Checker &c, const KbKind &kind, const QJsonValue &value,
                       const QString &language)
{
    QList<KbTask> tasks;
    c.setWhere(QStringLiteral("plan %1").arg(language));
    if (!value.isArray() || value.toArray().isEmpty()) {
        c.problem(QStringLiteral("must be a non-empty list of milestones"));
        return tasks;
    }
    const bool zh = language == u"zh";
    QHash<QString, int> indexOfKey;
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    int events = 0;
    for (const QJsonValue &mv : value.toArray()) {
        const QJsonObject m = mv.toObject();
        c.setWhere(QStringLiteral("plan %1").arg(language));
        c.unknownKeys(m, {"milestone", "tasks"}, QStringLiteral("a milestone"));
        const QString milestone = c.string(m, "milestone", true, 100);
        if (!milestone.isEmpty() && containsHan(milestone) != zh)
            c.problem(
                QStringLiteral("milestone \"%1\" is not in %2")
                    .arg(milestone, zh ? QStringLiteral("Chinese") : QStringLiteral("English")));
        for (const QString &p : placeholders(milestone)) {
            if (p != u"subject")
                c.problem(QStringLiteral("milestone \"%1\" may only use {subject}").arg(milestone));
        }
        const QJsonArray list = m.value(u"tasks").toArray();
        if (list.isEmpty())
            c.problem(QStringLiteral("milestone \"%1\" has no tasks").arg(milestone));
        for (const QJsonValue &tv : list) {
            const QJsonObject t = tv.toObject();
            KbTask task;
            task.key = t.value(u"key").toString();
            c.setWhere(QStringLiteral("plan %1: task %2").arg(language, task.key));
            c.unknownKeys(t,
                          {"key", "title", "notes", "hours", "after", "optional", "when", "event",
                           "due_before_event_days", "not_before_event_days", "repeat"},
                          QStringLiteral("the task"));
            if (!keyPattern.match(task.key).hasMatch())
                c.problem(QStringLiteral("the key must be lower case letters, digits and _"));
            if (indexOfKey.contains(task.key))
                c.problem(QStringLiteral("the key is used twice"));
            task.title = c.string(t, "title", true, 200);
            task.notes = c.string(t, "notes", false, 2000);
            task.milestone = milestone;
            task.hours = c.number(t, "hours", 0.05, 200, 1.0, true);
            task.optional = t.value(u"optional").toBool(false);
            task.when = readWhen(c, t.value(u"when"));
            task.event = t.value(u"event").toBool(false);
            if (t.contains(u"event") && !t.value(u"event").isBool())
                c.problem(QStringLiteral("\"event\" must be true"));
            task.dueBeforeEventDays = c.integer(t, "due_before_event_days", 0, 1000, -1, false);
            task.notBeforeEventDays = c.integer(t, "not_before_event_days", 0, 1000, -1, false);
            if (t.contains(u"repeat"))
                task.repeat = readRepeat(c, t.value(u"repeat").toObject());
            if (task.repeat && !task.repeat->fillBeforeKey.isEmpty())
                task.repeat->fillBefore = -2; // named; resolved once every key is known
            for (const QJsonValue &a : t.value(u"after").toArray()) {
                const int index = indexOfKey.value(a.toString(), -1);
                if (index < 0)
                    c.problem(QStringLiteral("\"after\" names \"%1\", which is not an earlier key")
                                  .arg(a.toString()));
                else if (tasks[index].repeat && tasks[index].repeat->fillBefore != -1)
                    c.problem(QStringLiteral("comes after \"%1\", which fills the time before "
                                             "another series; nothing may wait for it")
                                  .arg(a.toString()));
                else if (tasks[index].event)
                    c.problem(QStringLiteral("comes after the event \"%1\"; nothing may")
                                  .arg(a.toString()));
                else if (tasks[index].repeat && t.value(u"due_before_event_days").toInt(-1) >
                                                    tasks[index].repeat->endBeforeEventDays)
                    c.problem(
                        QStringLiteral("is due %1 days before the event but comes after \"%2\", "
                                       "whose sessions run until %3 days before it")
                            .arg(t.value(u"due_before_event_days").toInt())
                            .arg(a.toString())
                            .arg(tasks[index].repeat->endBeforeEventDays));
                else if (!task.after.contains(index))
                    task.after.append(index);
            }
            if (!task.title.isEmpty() && containsHan(task.title) != zh)
                c.problem(QStringLiteral("the title is not in %2: %1")
                              .arg(task.title,
                                   zh ? QStringLiteral("Chinese") : QStringLiteral("English")));
            if (!zh && containsHan(task.notes))
                c.problem(QStringLiteral("the notes hold Chinese"));
            checkPlaceholders(c, task, task.title, "title");
            checkPlaceholders(c, task, task.notes, "notes");
            if (task.repeat && !task.title.contains(QStringLiteral("{n}")))
                c.problem(QStringLiteral("a repeated task's title needs {n}"));
            if (task.event) {
                ++events;
                if (!kind.isEvent())
                    c.problem(QStringLiteral("an event task in a kind without \"event\""));
                if (task.repeat)
                    c.problem(QStringLiteral("the event cannot repeat"));
                if (!task.when.isEmpty())
                    c.problem(QStringLiteral("the event cannot depend on \"when\""));
                if (task.optional)
                    c.problem(QStringLiteral("the event cannot be optional"));
            }
            if (!kind.isEvent() && (task.dueBeforeEventDays >= 0 || task.notBeforeEventDays >= 0 ||
                                    (task.repeat && task.repeat->endBeforeEventDays > 0)))
                c.problem(QStringLiteral("days before the event in a kind without \"event\""));
            if (task.dueBeforeEventDays >= 0 && task.notBeforeEventDays >= 0 &&
                task.notBeforeEventDays <= task.dueBeforeEventDays)
                c.problem(QStringLiteral("not_before_event_days must be more than "
                                         "due_before_event_days"));
            indexOfKey.insert(task.key, int(tasks.size()));
            tasks.append(task);
        }
    }
    for (KbTask &task : tasks) {
        if (!task.repeat || task.repeat->fillBeforeKey.isEmpty())
            continue;
        c.setWhere(QStringLiteral("plan %1: task %2").arg(language, task.key));
        const int index = indexOfKey.value(task.repeat->fillBeforeKey, -1);
        if (index < 0 || !tasks[index].repeat || !tasks[index].repeat->fillBeforeKey.isEmpty()) {
            c.problem(QStringLiteral("\"fill_before\" names \"%1\", which is not a repeated task "
                                     "of the plan")
                          .arg(task.repeat->fillBeforeKey));
            task.repeat->fillBefore = -1;
        } else {
            task.repeat->fillBefore = index;
        }
    }
    c.setWhere(QStringLiteral("plan %1").arg(language));
    if (kind.isEvent() && events != 1)
        c.problem(QStringLiteral("an event kind needs exactly one \"event\": true task, not %1")
                      .arg(events));
    if (tasks.size() < 3 || tasks.size() > 40)
        c.problem(QStringLiteral("has %1 tasks; a plan has 3 to 40").arg(tasks.size()));
    return tasks;
}

// "sittings": {"dates": [{"month": 12, "day": 19, "weekday": 6}, ...], "note": {"en", "zh"}}
void readSittings(Checker &c, const QJsonValue &v, KbKind &k)
{
    c.setWhere(QStringLiteral("sittings"));
    const QJsonObject o = v.toObject();
    c.unknownKeys(o, {"dates", "note"}, QStringLiteral("sittings"));
    if (!k.isEvent())
        c.problem(QStringLiteral("sittings in a kind without \"event\""));
    const QJsonArray dates = o.value(u"dates").toArray();
    if (dates.isEmpty() || dates.size() > 12)
        c.problem(QStringLiteral("\"dates\" must list 1 to 12 days"));
    for (const QJsonValue &dv : dates) {
        const QJsonObject d = dv.toObject();
        c.unknownKeys(d, {"month", "day", "weekday"}, QStringLiteral("a sitting"));
        KbSitting s;
        s.month = c.integer(d, "month", 1, 12, 1, true);
        s.day = c.integer(d, "day", 1, 28, 1, true); // 28: every month has it
        s.weekday = c.integer(d, "weekday", 1, 7, 0, false);
        k.sittings.append(s);
    }
    k.sittingNote = c.text(o, "note");
    c.setWhere({});
}

KbKind readKind(Checker &c, const QJsonObject &o, const QString &family)
{
    KbKind k;
    k.family = family;
    k.id = o.value(u"id").toString();
    c.setKind(k.id.isEmpty() ? QStringLiteral("(a kind without id)") : k.id);
    c.setWhere({});
    c.unknownKeys(o,
                  {"id", "name", "sample", "match", "requires", "event", "default_weeks", "effort",
                   "subject", "details", "plan", "sittings"},
                  QStringLiteral("the kind"));
    static const QRegularExpression idPattern(
        QStringLiteral("^[a-z][a-z0-9_-]*/[a-z0-9][a-z0-9_-]*$"));
    if (!idPattern.match(k.id).hasMatch() || !k.id.startsWith(family + u'/'))
        c.problem(QStringLiteral("the id must be \"%1/<name>\" in lower case").arg(family));
    k.name = c.text(o, "name");
    k.sample = c.text(o, "sample");
    const QJsonValue match = o.value(u"match");
    if (!match.isArray() || match.toArray().isEmpty())
        c.problem(QStringLiteral("\"match\" must be a non-empty list of groups"));
    bool positive = false;
    for (const QJsonValue &g : match.toArray()) {
        const QJsonObject group = g.toObject();
        c.unknownKeys(group, {"terms", "weight"}, QStringLiteral("a match group"));
        KbMatchGroup mg;
        mg.terms = c.terms(group.value(u"terms"), QStringLiteral("a match group"));
        mg.weight = c.number(group, "weight", -20, 20, 0, true);
        if (mg.weight == 0)
            c.problem(QStringLiteral("a match group's weight cannot be 0"));
        positive = positive || mg.weight >= 2;
        k.match.append(mg);
    }
    if (!positive)
        c.problem(QStringLiteral("no match group weighs 2 or more, so no goal can win this kind"));
    if (o.contains(u"requires"))
        k.requiredTerms = c.terms(o.value(u"requires"), QStringLiteral("\"requires\""));
    if (o.contains(u"event"))
        k.event = c.text(o, "event");
    k.defaultWeeks = c.integer(o, "default_weeks", 1, 260, 12, true);
    const QJsonObject effort = o.value(u"effort").toObject();
    if (!o.value(u"effort").isObject())
        c.problem(QStringLiteral("\"effort\" is missing"));
    c.unknownKeys(effort, {"hours", "min_hours", "beginner", "advanced", "per_count"},
                  QStringLiteral("effort"));
    k.hours = c.number(effort, "hours", 0.5, 5000, 20, true);
    k.minHours = c.number(effort, "min_hours", 0.5, 5000, k.hours / 2, true);
    if (k.minHours > k.hours)
        c.problem(
            QStringLiteral("effort min_hours %1 is above hours %2").arg(k.minHours).arg(k.hours));
    k.beginnerFactor = c.number(effort, "beginner", 0.2, 5, 1.0, false);
    k.advancedFactor = c.number(effort, "advanced", 0.2, 5, 1.0, false);
    if (effort.contains(u"per_count") && !effort.value(u"per_count").isBool())
        c.problem(QStringLiteral("effort per_count must be true or false"));
    k.effortPerCount = effort.value(u"per_count").toBool(false);
    if (!o.value(u"subject").isObject())
        c.problem(QStringLiteral("\"subject\" is missing"));
    else
        k.subject = readSubject(c, o.value(u"subject").toObject());
    for (const QJsonValue &dv : o.value(u"details").toArray()) {
        const QJsonObject d = dv.toObject();
        c.unknownKeys(d, {"slot", "units", "beginner", "advanced"}, QStringLiteral("a detail"));
        const QString slot = d.value(u"slot").toString();
        if (slot == u"count") {
            k.countUnits = c.terms(d.value(u"units"), QStringLiteral("count units"));
        } else if (slot == u"target") {
            k.wantsTarget = true;
        } else if (slot == u"place") {
            k.wantsPlace = true;
        } else if (slot == u"level") {
            if (d.contains(u"beginner"))
                k.beginnerTerms = c.terms(d.value(u"beginner"), QStringLiteral("beginner terms"));
            if (d.contains(u"advanced"))
                k.advancedTerms = c.terms(d.value(u"advanced"), QStringLiteral("advanced terms"));
        } else {
            c.problem(QStringLiteral("unknown detail slot \"%1\"").arg(slot));
        }
        if (slot != u"count" && d.contains(u"units"))
            c.problem(QStringLiteral("only a count has units"));
    }
    const QJsonObject plan = o.value(u"plan").toObject();
    if (!plan.contains(u"en") || !plan.contains(u"zh"))
        c.problem(QStringLiteral("\"plan\" needs both \"en\" and \"zh\""));
    k.planEn = readPlan(c, k, plan.value(u"en"), QStringLiteral("en"));
    k.planZh = readPlan(c, k, plan.value(u"zh"), QStringLiteral("zh"));
    c.setWhere({});
    const auto usesCondition = [&k](const QString &slot) {
        for (const QList<KbTask> *tasks : {&k.planEn, &k.planZh}) {
            for (const KbTask &t : *tasks) {
                for (const KbCondition &w : t.when) {
                    if (w.slot == slot)
                        return true;
                }
            }
        }
        return false;
    };
    if (k.effortPerCount && k.countUnits.isEmpty())
        c.problem(QStringLiteral("effort per_count needs a count detail"));
    if (usesCondition(QStringLiteral("count")) && k.countUnits.isEmpty())
        c.problem(QStringLiteral("tasks depend on a count but the kind has no count detail"));
    if ((usesCondition(QStringLiteral("target")) || usesCondition(QStringLiteral("from"))) &&
        !k.wantsTarget)
        c.problem(QStringLiteral("tasks depend on a target but the kind has no target detail"));
    if (usesCondition(QStringLiteral("place")) && !k.wantsPlace)
        c.problem(QStringLiteral("tasks depend on a place but the kind has no place detail"));
    if (o.contains(u"sittings"))
        readSittings(c, o.value(u"sittings"), k);
    return k;
}

} // namespace

QDate KbKind::sittingOnOrAfter(QDate from) const
{
    QDate best;
    for (int year = from.year(); year <= from.year() + 4 && !best.isValid(); ++year) {
        for (const KbSitting &s : sittings) {
            QDate day(year, s.month, s.day);
            if (s.weekday > 0)
                day = day.addDays((s.weekday - day.dayOfWeek() + 7) % 7);
            if (day >= from && (!best.isValid() || day < best))
                best = day;
        }
    }
    return best;
}

KnowledgeBase::KnowledgeBase() : m_index(std::make_unique<TermIndex>()) {}
KnowledgeBase::~KnowledgeBase() = default;
KnowledgeBase::KnowledgeBase(KnowledgeBase &&) noexcept = default;
KnowledgeBase &KnowledgeBase::operator=(KnowledgeBase &&) noexcept = default;

KnowledgeBase KnowledgeBase::load(const QStringList &paths, KbProblems &problems)
{
    KnowledgeBase kb;
    QSet<QString> ids;
    for (const QString &path : paths) {
        const QString fileName = QFileInfo(path).fileName();
        Checker c(fileName);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            c.problem(QStringLiteral("cannot be read: %1").arg(file.errorString()));
            problems.problems << c.problems();
            continue;
        }
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            c.problem(error.error != QJsonParseError::NoError
                          ? QStringLiteral("is not valid JSON at offset %1: %2")
                                .arg(error.offset)
                                .arg(error.errorString())
                          : QStringLiteral("is not a JSON object"));
            problems.problems << c.problems();
            continue;
        }
        const QJsonObject root = doc.object();
        c.unknownKeys(root, {"family", "name", "kinds"}, QStringLiteral("the file"));
        KbFamily family;
        family.id = root.value(u"family").toString();
        const QString expected = QFileInfo(path).completeBaseName();
        if (family.id != expected)
            c.problem(QStringLiteral("\"family\" is \"%1\"; it must be the file's name, \"%2\"")
                          .arg(family.id, expected));
        family.name = c.text(root, "name");
        QList<KbKind> kinds;
        const QJsonArray list = root.value(u"kinds").toArray();
        if (list.isEmpty())
            c.problem(QStringLiteral("\"kinds\" must be a non-empty list"));
        QSet<QString> idsHere;
        for (const QJsonValue &kv : list) {
            KbKind kind = readKind(c, kv.toObject(), expected);
            if (ids.contains(kind.id) || idsHere.contains(kind.id)) {
                c.setKind(kind.id);
                c.setWhere({});
                c.problem(QStringLiteral("the id is used by another kind"));
            }
            idsHere.insert(kind.id);
            kinds.append(std::move(kind));
        }
        if (!c.problems().isEmpty()) {
            problems.problems << c.problems();
            continue;
        }
        ids.unite(idsHere);
        for (KbKind &kind : kinds) {
            family.kinds.append(int(kb.kinds.size()));
            kb.kinds.append(std::move(kind));
        }
        kb.families.append(family);
    }
    kb.finish();
    return kb;
}

QStringList KnowledgeBase::builtInFiles()
{
    QDir dir(QStringLiteral(":/planner"));
    QStringList files;
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        if (name != u"schema.json")
            files << dir.filePath(name);
    }
    return files;
}

const KnowledgeBase &KnowledgeBase::builtIn()
{
    static const KnowledgeBase kb = [] {
        KbProblems problems;
        KnowledgeBase loaded = load(builtInFiles(), problems);
        for (const QString &p : std::as_const(problems.problems))
            qWarning("Offline planner: a built-in knowledge file was left out: %s", qPrintable(p));
        return loaded;
    }();
    return kb;
}

const KbKind *KnowledgeBase::kind(const QString &id) const
{
    const auto it = m_kindById.constFind(id);
    return it == m_kindById.cend() ? nullptr : &kinds[*it];
}

const KbFamily *KnowledgeBase::family(const QString &id) const
{
    for (const KbFamily &f : families) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

void KnowledgeBase::finish()
{
    m_kindById.clear();
    for (int i = 0; i < kinds.size(); ++i)
        m_kindById.insert(kinds[i].id, i);
    m_index = std::make_unique<TermIndex>(TermIndex::build(kinds));
}

} // namespace helios::planning

#include "core/agents/answer_validation.h"

#include "core/planning/dependency_graph.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

#include <cmath>

namespace helios::agents {

namespace {

// Enough for the model to fix its answer; a 10,000-task answer must not make 10,000 sentences.
constexpr int kMaxErrors = 40;

QString kindOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QCoreApplication::translate("helios", "true or false");
    case QJsonValue::Double:
        return QCoreApplication::translate("helios", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("helios", "text");
    case QJsonValue::Array:
        return QCoreApplication::translate("helios", "a list");
    case QJsonValue::Object:
        return QCoreApplication::translate("helios", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("helios", "missing");
}

// "2, 5 and 7"
QString numberList(const QList<int> &numbers)
{
    QStringList parts;
    for (const int n : numbers)
        parts << QString::number(n);
    if (parts.size() <= 1)
        return parts.join(QString());
    const QString last = parts.takeLast();
    return QCoreApplication::translate("helios", "%1 and %2", "the last two of a list of numbers")
        .arg(parts.join(QCoreApplication::translate("helios", ", ")), last);
}

class Collector
{
public:
    QStringList errors;
    void add(const QString &e)
    {
        if (errors.size() < kMaxErrors)
            errors << e;
    }
};

// A required text field: present, text, not empty after cleaning, at most maxLength characters.
QString requiredText(const QJsonObject &o, const QString &key, const QString &where, int maxLength,
                     bool multiline, Collector &c)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        c.add(QCoreApplication::translate("helios", "%1 has no \"%2\".").arg(where, key));
        return {};
    }
    if (!v.isString()) {
        c.add(QCoreApplication::translate("helios", "%1: \"%2\" should be text, not %3.")
                  .arg(where, key, kindOf(v)));
        return {};
    }
    const QString text = plainText(v.toString(), multiline);
    if (text.isEmpty())
        c.add(QCoreApplication::translate("helios", "%1: \"%2\" is empty.").arg(where, key));
    else if (text.size() > maxLength)
        c.add(QCoreApplication::translate(
                  "helios", "%1: \"%2\" is %3 characters long; at most %4 are allowed.")
                  .arg(where, key)
                  .arg(text.size())
                  .arg(maxLength));
    return text;
}

// An optional text field: absent or null is empty.
QString optionalText(const QJsonObject &o, const QString &key, const QString &where, int maxLength,
                     bool multiline, Collector &c)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString()) {
        c.add(QCoreApplication::translate("helios", "%1: \"%2\" should be text, not %3.")
                  .arg(where, key, kindOf(v)));
        return {};
    }
    const QString text = plainText(v.toString(), multiline);
    if (text.size() > maxLength)
        c.add(QCoreApplication::translate(
                  "helios", "%1: \"%2\" is %3 characters long; at most %4 are allowed.")
                  .arg(where, key)
                  .arg(text.size())
                  .arg(maxLength));
    return text;
}

// A required list of short texts; empty items are dropped.
QStringList textList(const QJsonObject &o, const QString &key, Collector &c)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        c.add(QCoreApplication::translate("helios", "The answer has no \"%1\" list.").arg(key));
        return {};
    }
    if (!v.isArray()) {
        c.add(QCoreApplication::translate("helios", "\"%1\" should be a list of texts, not %2.")
                  .arg(key, kindOf(v)));
        return {};
    }
    const QJsonArray items = v.toArray();
    if (items.size() > kMaxListItems) {
        c.add(QCoreApplication::translate("helios", "\"%1\" has %2 items; at most %3 are allowed.")
                  .arg(key)
                  .arg(items.size())
                  .arg(kMaxListItems));
        return {};
    }
    QStringList out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items[i].isString()) {
            c.add(QCoreApplication::translate("helios", "\"%1\" item %2 should be text, not %3.")
                      .arg(key)
                      .arg(i + 1)
                      .arg(kindOf(items[i])));
            continue;
        }
        const QString text = plainText(items[i].toString(), false);
        if (text.size() > kMaxItemLength)
            c.add(QCoreApplication::translate(
                      "helios", "\"%1\" item %2 is %3 characters long; at most %4 are allowed.")
                      .arg(key)
                      .arg(i + 1)
                      .arg(text.size())
                      .arg(kMaxItemLength));
        else if (!text.isEmpty())
            out << text;
    }
    return out;
}

// Dependencies as written, resolved once every task's id is known.
struct RawTask
{
    DraftTask task;
    QJsonArray dependsOn;
};

void resolveDependencies(QList<RawTask> &raw, const QSet<QString> &finishedIds, Collector &c)
{
    QHash<QString, int> byId;
    for (int i = 0; i < raw.size(); ++i)
        if (!raw[i].task.id.isEmpty())
            byId.insert(raw[i].task.id, i);
    for (int i = 0; i < raw.size(); ++i) {
        const QString where = QCoreApplication::translate("helios", "Task %1").arg(i + 1);
        DraftTask &t = raw[i].task;
        for (const QJsonValue &d : std::as_const(raw[i].dependsOn)) {
            int position = -1;
            QString shown;
            if (d.isString()) {
                const QString id = plainText(d.toString(), false);
                shown = QStringLiteral("\"%1\"").arg(id.left(kMaxIdLength));
                if (byId.contains(id)) {
                    position = byId.value(id);
                } else if (finishedIds.contains(id)) {
                    if (!t.dependsOnFinished.contains(id))
                        t.dependsOnFinished << id;
                    continue;
                } else {
                    bool number = false;
                    const int n = id.toInt(&number);
                    if (number && n >= 1 && n <= raw.size())
                        position = n - 1;
                }
            } else if (d.isDouble() && std::floor(d.toDouble()) == d.toDouble()) {
                const double n = d.toDouble();
                shown = QCoreApplication::translate("helios", "task %1").arg(n, 0, 'f', 0);
                if (n >= 1 && n <= raw.size())
                    position = int(n) - 1;
            } else {
                c.add(QCoreApplication::translate(
                          "helios", "%1: \"depends_on\" should hold task ids, not %2.")
                          .arg(where, kindOf(d)));
                continue;
            }
            if (position < 0)
                c.add(
                    QCoreApplication::translate("helios", "%1 depends on %2, which names no task.")
                        .arg(where, shown));
            else if (position == i)
                c.add(QCoreApplication::translate("helios", "%1 depends on itself.").arg(where));
            else if (!t.dependsOn.contains(position))
                t.dependsOn << position;
        }
        std::sort(t.dependsOn.begin(), t.dependsOn.end());
    }
}

void checkCycles(const QList<RawTask> &raw, Collector &c)
{
    QList<Task> tasks(raw.size());
    for (int i = 0; i < raw.size(); ++i)
        tasks[i].dependsOn = raw[i].task.dependsOn;
    const DependencyGraph graph = DependencyGraph::build(tasks);
    int count = 0;
    const std::vector<int> component = stronglyConnectedComponents(graph, count);
    QList<QList<int>> members(count);
    for (int i = 0; i < int(component.size()); ++i)
        members[component[i]] << i + 1;
    QList<QList<int>> cycles;
    for (QList<int> &m : members)
        if (m.size() > 1)
            cycles << m;
    std::sort(cycles.begin(), cycles.end(),
              [](const QList<int> &a, const QList<int> &b) { return a.first() < b.first(); });
    for (const QList<int> &cycle : std::as_const(cycles))
        c.add(QCoreApplication::translate("helios", "Tasks %1 depend on each other in a cycle.")
                  .arg(numberList(cycle)));
}

} // namespace

Checked<Analysis> checkAnalysis(const QJsonObject &answer)
{
    Collector c;
    Checked<Analysis> out;
    const QString where = QCoreApplication::translate("helios", "The analysis");
    out.value.subject =
        optionalText(answer, QStringLiteral("subject"), where, kMaxItemLength, false, c);
    out.value.scope =
        requiredText(answer, QStringLiteral("scope"), where, kMaxScopeLength, true, c);
    out.value.constraints = textList(answer, QStringLiteral("constraints"), c);
    out.value.successCriteria = textList(answer, QStringLiteral("success_criteria"), c);
    out.value.risks = textList(answer, QStringLiteral("risks"), c);
    out.errors = c.errors;
    return out;
}

Checked<Research> checkResearch(const QJsonObject &answer)
{
    Collector c;
    Checked<Research> out;
    out.value.knowledgeAreas = textList(answer, QStringLiteral("knowledge_areas"), c);
    out.value.resources = textList(answer, QStringLiteral("resources"), c);
    out.value.milestones = textList(answer, QStringLiteral("milestones"), c);
    out.errors = c.errors;
    return out;
}

Checked<QList<DraftTask>> checkTasks(const QJsonObject &answer, const QSet<QString> &finishedIds)
{
    Collector c;
    Checked<QList<DraftTask>> out;
    const QJsonValue list = answer.value(QStringLiteral("tasks"));
    if (list.isUndefined()) {
        out.errors << QCoreApplication::translate("helios", "The answer has no \"tasks\" list.");
        return out;
    }
    if (!list.isArray()) {
        out.errors << QCoreApplication::translate("helios", "\"tasks\" should be a list, not %1.")
                          .arg(kindOf(list));
        return out;
    }
    const QJsonArray items = list.toArray();
    if (items.size() < kMinTasks) {
        out.errors << QCoreApplication::translate("helios",
                                                  "The plan has no tasks; at least %1 is needed.")
                          .arg(kMinTasks);
        return out;
    }
    if (items.size() > kMaxTasks) {
        out.errors << QCoreApplication::translate("helios",
                                                  "The plan has %1 tasks; at most %2 are allowed.")
                          .arg(items.size())
                          .arg(kMaxTasks);
        return out;
    }

    QList<RawTask> raw;
    QHash<QString, int> firstUse; // id -> task number
    int events = 0;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = QCoreApplication::translate("helios", "Task %1").arg(i + 1);
        if (!items[i].isObject()) {
            c.add(QCoreApplication::translate("helios", "%1 should be an object, not %2.")
                      .arg(where, kindOf(items[i])));
            raw.append(RawTask{});
            continue;
        }
        const QJsonObject o = items[i].toObject();
        RawTask r;
        DraftTask &t = r.task;
        t.id = optionalText(o, QStringLiteral("id"), where, kMaxIdLength, false, c);
        if (!t.id.isEmpty()) {
            if (finishedIds.contains(t.id))
                c.add(QCoreApplication::translate(
                          "helios", "%1 uses the id \"%2\" of a finished task; finished tasks "
                                    "are kept as they are and must not be listed.")
                          .arg(where, t.id));
            else if (firstUse.contains(t.id))
                c.add(QCoreApplication::translate(
                          "helios", "%1 has the id \"%2\", which task %3 already uses.")
                          .arg(where, t.id)
                          .arg(firstUse.value(t.id)));
            else
                firstUse.insert(t.id, int(i) + 1);
        }
        t.title = requiredText(o, QStringLiteral("title"), where, kMaxTitleLength, false, c);
        t.description =
            optionalText(o, QStringLiteral("description"), where, kMaxDescriptionLength, true, c);
        t.milestone =
            optionalText(o, QStringLiteral("milestone"), where, kMaxMilestoneLength, false, c);
        const QJsonValue estimate = o.value(QStringLiteral("estimate_hours"));
        if (estimate.isUndefined()) {
            c.add(
                QCoreApplication::translate("helios", "%1 has no \"estimate_hours\".").arg(where));
        } else if (!estimate.isDouble()) {
            c.add(QCoreApplication::translate("helios",
                                              "%1: \"estimate_hours\" should be a number, not %2.")
                      .arg(where, kindOf(estimate)));
        } else {
            t.estimateHours = estimate.toDouble();
            if (!(t.estimateHours >= kMinEstimateHours && t.estimateHours <= kMaxEstimateHours))
                c.add(QCoreApplication::translate(
                          "helios", "%1: \"estimate_hours\" is %2; it must be from %3 to %4.")
                          .arg(where)
                          .arg(t.estimateHours)
                          .arg(kMinEstimateHours)
                          .arg(kMaxEstimateHours));
        }
        const QJsonValue event = o.value(QStringLiteral("event"));
        if (event.isBool()) {
            t.event = event.toBool();
            if (t.event && ++events == 2)
                c.add(QCoreApplication::translate(
                          "helios", "%1 is a second event; only one task can be the goal's event.")
                          .arg(where));
        } else if (!event.isUndefined() && !event.isNull()) {
            c.add(QCoreApplication::translate("helios",
                                              "%1: \"event\" should be true or false, not %2.")
                      .arg(where, kindOf(event)));
        }
        const QJsonValue deps = o.value(QStringLiteral("depends_on"));
        if (deps.isArray())
            r.dependsOn = deps.toArray();
        else if (!deps.isUndefined() && !deps.isNull())
            c.add(QCoreApplication::translate(
                      "helios", "%1: \"depends_on\" should be a list of task ids, not %2.")
                      .arg(where, kindOf(deps)));
        raw.append(std::move(r));
    }
    resolveDependencies(raw, finishedIds, c);
    checkCycles(raw, c);

    out.errors = c.errors;
    if (out.ok())
        for (RawTask &r : raw)
            out.value.append(std::move(r.task));
    return out;
}

} // namespace helios::agents

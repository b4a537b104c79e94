#include "core/io/ics_importer.h"

#include "core/domain/plan_limits.h"
#include "core/io/ics_text.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace helios {

namespace {

struct ContentLine
{
    QString name;                   // upper case
    QHash<QString, QString> params; // names upper case, values unquoted
    QString value;                  // still escaped
};

// RFC 5545 3.1: a line that starts with a space or tab continues the previous one.
QStringList unfold(const QString &text)
{
    QStringList lines;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        if (!lines.isEmpty() && !raw.isEmpty() &&
            (raw.at(0) == QLatin1Char(' ') || raw.at(0) == QLatin1Char('\t')))
            lines.last() += QStringView(raw).mid(1);
        else
            lines.append(raw);
    }
    return lines;
}

// name *(";" param) ":" value, where parameter values may be quoted (and hold ':' and ';').
std::optional<ContentLine> parseLine(const QString &line)
{
    ContentLine result;
    qsizetype i = 0;
    while (i < line.size() && line.at(i) != QLatin1Char(';') && line.at(i) != QLatin1Char(':'))
        ++i;
    if (i == line.size() || i == 0)
        return std::nullopt;
    result.name = line.left(i).trimmed().toUpper();
    while (i < line.size() && line.at(i) == QLatin1Char(';')) {
        const qsizetype nameStart = ++i;
        while (i < line.size() && line.at(i) != QLatin1Char('='))
            ++i;
        if (i == line.size())
            return std::nullopt;
        const QString paramName = line.mid(nameStart, i - nameStart).trimmed().toUpper();
        ++i;
        QString value;
        bool quoted = false;
        while (i < line.size()) {
            const QChar c = line.at(i);
            if (c == QLatin1Char('"')) {
                quoted = !quoted;
            } else if (!quoted && (c == QLatin1Char(';') || c == QLatin1Char(':'))) {
                break;
            } else {
                value += c;
            }
            ++i;
        }
        if (quoted)
            return std::nullopt;
        result.params.insert(paramName, value);
    }
    if (i == line.size() || line.at(i) != QLatin1Char(':'))
        return std::nullopt;
    result.value = line.mid(i + 1);
    return result;
}

// DATE (20261201) or DATE-TIME (20261201T170000, with Z or a TZID): the day as written. Times
// are not converted between zones: a task due in the evening is due on that day where it was set.
QDate parseDate(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{8})(T\\d{6}Z?)?$"));
    const QRegularExpressionMatch match = pattern.match(value.trimmed());
    if (!match.hasMatch())
        return {};
    return QDate::fromString(match.captured(1), QStringLiteral("yyyyMMdd"));
}

// ISO 8601 durations as RFC 5545 3.3.6 has them (P1W, P2D, PT1H30M): hours, a day counted as
// a working day of 8 hours. Negative or unreadable: nullopt.
std::optional<double> parseDurationHours(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^\\+?P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$"));
    const QRegularExpressionMatch m = pattern.match(value.trimmed().toUpper());
    if (!m.hasMatch() || value.trimmed().size() < 3)
        return std::nullopt;
    return m.captured(1).toDouble() * 40 + m.captured(2).toDouble() * 8 + m.captured(3).toDouble() +
           m.captured(4).toDouble() / 60.0 + m.captured(5).toDouble() / 3600.0;
}

std::optional<TaskStatus> statusFrom(const QString &value)
{
    const QString v = value.trimmed().toUpper();
    if (v == QLatin1String("NEEDS-ACTION"))
        return TaskStatus::Todo;
    if (v == QLatin1String("IN-PROCESS"))
        return TaskStatus::InProgress;
    if (v == QLatin1String("COMPLETED"))
        return TaskStatus::Done;
    if (v == QLatin1String("CANCELLED"))
        return TaskStatus::Skipped;
    return std::nullopt;
}

struct Relation
{
    QString type; // DEPENDS-ON, PARENT, CHILD, SIBLING...
    QString uid;
};

struct TodoEntry
{
    Task task;
    QString uid;
    QList<Relation> relations;
    bool hasStatus = false;
    bool hasCategory = false;
};

Error refuse(const QString &sentence)
{
    return Error::usage(sentence);
}

void readProperty(TodoEntry &todo, const ContentLine &line)
{
    Task &task = todo.task;
    const QString &name = line.name;
    if (name == QLatin1String("UID")) {
        todo.uid = line.value.trimmed();
    } else if (name == QLatin1String("SUMMARY")) {
        task.title = ics::unescapeText(line.value).simplified();
    } else if (name == QLatin1String("DESCRIPTION")) {
        task.notes = ics::unescapeText(line.value).trimmed();
    } else if (name == QLatin1String("DTSTART")) {
        task.startDate = parseDate(line.value);
    } else if (name == QLatin1String("DUE")) {
        task.dueDate = parseDate(line.value);
    } else if (name == QLatin1String("STATUS")) {
        if (const std::optional<TaskStatus> status = statusFrom(line.value)) {
            task.status = *status;
            todo.hasStatus = true;
        }
    } else if (name == QLatin1String("COMPLETED")) {
        if (!todo.hasStatus)
            task.status = TaskStatus::Done;
    } else if (name == QLatin1String("PERCENT-COMPLETE")) {
        const int percent = line.value.trimmed().toInt();
        if (!todo.hasStatus && percent >= 100)
            task.status = TaskStatus::Done;
        else if (!todo.hasStatus && percent > 0 && task.status == TaskStatus::Todo)
            task.status = TaskStatus::InProgress;
    } else if (name == QLatin1String("CATEGORIES")) {
        const QStringList categories = ics::splitTextList(line.value);
        if (!todo.hasCategory && !categories.isEmpty()) {
            task.milestone = categories.constFirst().trimmed();
            todo.hasCategory = true;
        }
    } else if (name == QLatin1String("ESTIMATED-DURATION") || name == QLatin1String("DURATION")) {
        if (const std::optional<double> hours = parseDurationHours(line.value); hours && *hours > 0)
            task.estimateHours = *hours;
    } else if (name == QLatin1String("RELATED-TO")) {
        const QString type = line.params.value(QStringLiteral("RELTYPE"), QStringLiteral("PARENT"));
        todo.relations.append({type.trimmed().toUpper(), line.value.trimmed()});
    } else if (name == QLatin1String("X-HELIOS-EVENT")) {
        task.event = line.value.trimmed().compare(QLatin1String("TRUE"), Qt::CaseInsensitive) == 0;
    } else if (name == QLatin1String("X-HELIOS-NOT-BEFORE")) {
        task.notBefore = parseDate(line.value);
    } else if (name == QLatin1String("X-HELIOS-DUE-BY")) {
        task.dueBy = parseDate(line.value);
    }
    // Everything else (other X- properties, alarms' fields, PRIORITY, ...) is ignored.
}

// Turns relations between UIDs into positions: DEPENDS-ON is a dependency; a PARENT (the
// default RELTYPE) groups children: a child without a category gets the parent's summary as
// its milestone, and the parent, being the sum of its children, depends on them.
void resolveRelations(QList<TodoEntry> &todos)
{
    QHash<QString, int> positionOfUid;
    for (int i = 0; i < todos.size(); ++i) {
        if (!todos[i].uid.isEmpty())
            positionOfUid.insert(todos[i].uid, i);
    }
    const auto link = [&todos](int dependent, int prerequisite) {
        if (dependent != prerequisite && !todos[dependent].task.dependsOn.contains(prerequisite))
            todos[dependent].task.dependsOn.append(prerequisite);
    };
    for (int i = 0; i < todos.size(); ++i) {
        for (const Relation &relation : std::as_const(todos[i].relations)) {
            const auto it = positionOfUid.constFind(relation.uid);
            if (it == positionOfUid.constEnd())
                continue; // a task outside this file
            const int other = *it;
            if (relation.type == QLatin1String("DEPENDS-ON")) {
                link(i, other);
            } else if (relation.type == QLatin1String("PARENT")) {
                link(other, i);
                if (!todos[i].hasCategory)
                    todos[i].task.milestone = todos[other].task.title;
            } else if (relation.type == QLatin1String("CHILD")) {
                link(i, other);
                if (!todos[other].hasCategory)
                    todos[other].task.milestone = todos[i].task.title;
            }
        }
    }
    for (TodoEntry &todo : todos)
        std::sort(todo.task.dependsOn.begin(), todo.task.dependsOn.end());
}

} // namespace

bool looksLikeICalendar(const QString &text)
{
    return QStringView(text).trimmed().startsWith(QLatin1String("BEGIN:VCALENDAR"),
                                                  Qt::CaseInsensitive);
}

Result<Plan> importICalendar(const QString &text, const QString &title)
{
    if (!looksLikeICalendar(text))
        return refuse(QCoreApplication::translate(
            "helios", "The file is not an iCalendar file: it does not start with "
                      "BEGIN:VCALENDAR."));
    Plan plan;
    plan.goal = title;
    QList<TodoEntry> todos;
    QStringList open; // the components being read, innermost last
    std::optional<TodoEntry> todo;
    bool ended = false;
    int lineNumber = 0;
    for (const QString &raw : unfold(text)) {
        ++lineNumber;
        if (raw.trimmed().isEmpty())
            continue;
        if (ended)
            break; // RFC 5545 allows several calendars in one stream; Helios reads the first
        const std::optional<ContentLine> line = parseLine(raw);
        if (!line)
            return refuse(QCoreApplication::translate(
                              "helios", "The iCalendar file is broken: line %1 is not a "
                                        "property (NAME:value).")
                              .arg(lineNumber));
        if (line->name == QLatin1String("BEGIN")) {
            const QString component = line->value.trimmed().toUpper();
            open.append(component);
            if (open.size() > limits::kMaxNesting)
                return refuse(QCoreApplication::translate(
                                  "helios", "The iCalendar file nests components more than %1 "
                                            "deep (line %2); Helios takes at most %1.")
                                  .arg(limits::kMaxNesting)
                                  .arg(lineNumber));
            if (component == QLatin1String("VTODO") && open.size() == 2)
                todo = TodoEntry{};
            continue;
        }
        if (line->name == QLatin1String("END")) {
            const QString component = line->value.trimmed().toUpper();
            if (open.isEmpty() || open.last() != component)
                return refuse(QCoreApplication::translate(
                                  "helios", "The iCalendar file is broken: END:%1 on line %2 "
                                            "closes nothing that was opened.")
                                  .arg(component)
                                  .arg(lineNumber));
            open.removeLast();
            if (component == QLatin1String("VTODO") && todo && open.size() == 1) {
                if (todo->task.title.isEmpty())
                    todo->task.title = QStringLiteral("Untitled task");
                if (todos.size() >= limits::kMaxTasksPerPlan)
                    return refuse(QCoreApplication::translate(
                                      "helios", "The iCalendar file holds more than %1 tasks "
                                                "(VTODO); Helios takes at most %1 in one plan.")
                                      .arg(limits::kMaxTasksPerPlan));
                todos.append(std::move(*todo));
                todo.reset();
            }
            ended = open.isEmpty();
            continue;
        }
        if (todo && open.size() == 2)
            readProperty(*todo, *line);
        else if (open.size() == 1 && line->name == QLatin1String("X-WR-CALNAME") &&
                 !ics::unescapeText(line->value).trimmed().isEmpty())
            plan.goal = ics::unescapeText(line->value).simplified();
    }
    if (!ended)
        return refuse(QCoreApplication::translate(
                          "helios", "The iCalendar file is cut short: END:%1 is missing.")
                          .arg(open.isEmpty() ? QStringLiteral("VCALENDAR") : open.last()));
    if (todos.isEmpty())
        return refuse(QCoreApplication::translate(
            "helios", "The iCalendar file holds no tasks (VTODO); events are not "
                      "imported."));
    resolveRelations(todos);
    for (int i = 0; i < todos.size(); ++i) {
        todos[i].task.order = i;
        plan.tasks.append(std::move(todos[i].task));
    }
    return plan;
}

} // namespace helios

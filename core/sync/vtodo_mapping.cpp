#include "core/sync/vtodo_mapping.h"

#include "core/domain/plain_text.h"
#include "core/io/ics_text.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QTimeZone>

#include <bit>

namespace helios::sync {

namespace {

const QString kSummary = QStringLiteral("SUMMARY");
const QString kDescription = QStringLiteral("DESCRIPTION");
const QString kStatus = QStringLiteral("STATUS");
const QString kCompleted = QStringLiteral("COMPLETED");
const QString kPercent = QStringLiteral("PERCENT-COMPLETE");
const QString kStart = QStringLiteral("DTSTART");
const QString kDue = QStringLiteral("DUE");
const QString kCategories = QStringLiteral("CATEGORIES");
const QString kRelatedTo = QStringLiteral("RELATED-TO");
const QString kRelType = QStringLiteral("RELTYPE");
const QString kDependsOn = QStringLiteral("DEPENDS-ON");
const QString kEstimate = QStringLiteral("X-HELIOS-ESTIMATE-HOURS");
const QString kActual = QStringLiteral("X-HELIOS-ACTUAL-HOURS");
const QString kStamp = QStringLiteral("DTSTAMP");
const QString kLastModified = QStringLiteral("LAST-MODIFIED");
const QString kUid = QStringLiteral("UID");
const QString kParent = QStringLiteral("PARENT");
const QString kGroup = QStringLiteral("X-HELIOS-GROUP");

QString utcStamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

// A VCALENDAR around one VTODO.
QByteArray calendarOf(ics::Component todo)
{
    ics::Component calendar;
    calendar.name = QStringLiteral("VCALENDAR");
    calendar.addProperty(QStringLiteral("VERSION"), QStringLiteral("2.0"));
    calendar.addProperty(QStringLiteral("PRODID"), QStringLiteral("-//Helios//Helios planner//EN"));
    calendar.nodes.emplace_back(std::move(todo));
    return ics::serialize(calendar);
}

std::optional<QDateTime> stampFrom(const QString &value)
{
    QDateTime t = QDateTime::fromString(value.trimmed(), QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    if (!t.isValid())
        return std::nullopt;
    t.setTimeZone(QTimeZone::utc());
    return t;
}

// DATE (20261201) or DATE-TIME (20261201T170000, with Z or a TZID): the day as written, as the
// importer reads it (docs/FORMATS.md).
QDate dateOf(const ics::Property *p)
{
    if (!p)
        return {};
    const QString value = p->value.trimmed();
    if (value.size() < 8)
        return {};
    return QDate::fromString(value.left(8), QStringLiteral("yyyyMMdd"));
}

QString dateDigits(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

bool isDependency(const ics::Property &p)
{
    return p.name == kRelatedTo &&
           p.parameter(kRelType).compare(kDependsOn, Qt::CaseInsensitive) == 0;
}

// RFC 5545: RELTYPE defaults to PARENT.
bool isParent(const ics::Property &p)
{
    if (p.name != kRelatedTo)
        return false;
    const QString type = p.parameter(kRelType);
    return type.isEmpty() || type.compare(kParent, Qt::CaseInsensitive) == 0;
}

QString hoursText(double hours)
{
    return QLocale::c().toString(hours, 'g', 12);
}

std::optional<double> hoursFrom(const ics::Property *p)
{
    if (!p)
        return std::nullopt;
    bool ok = false;
    const double hours = QLocale::c().toDouble(p->value.trimmed(), &ok);
    if (!ok || hours < 0)
        return std::nullopt;
    return hours;
}

TaskStatus statusOf(const ics::Component &todo)
{
    if (const ics::Property *status = todo.property(kStatus)) {
        const QString value = status->value.trimmed().toUpper();
        if (value == QLatin1String("COMPLETED"))
            return TaskStatus::Done;
        if (value == QLatin1String("IN-PROCESS"))
            return TaskStatus::InProgress;
        if (value == QLatin1String("CANCELLED"))
            return TaskStatus::Skipped;
        if (value == QLatin1String("NEEDS-ACTION"))
            return TaskStatus::Todo;
    }
    if (todo.property(kCompleted))
        return TaskStatus::Done;
    if (const ics::Property *percent = todo.property(kPercent)) {
        const int value = percent->value.trimmed().toInt();
        if (value >= 100)
            return TaskStatus::Done;
        if (value > 0)
            return TaskStatus::InProgress;
    }
    return TaskStatus::Todo;
}

QString statusCode(TaskStatus status)
{
    switch (status) {
    case TaskStatus::Todo:
        return QStringLiteral("NEEDS-ACTION");
    case TaskStatus::InProgress:
        return QStringLiteral("IN-PROCESS");
    case TaskStatus::Done:
        return QStringLiteral("COMPLETED");
    case TaskStatus::Skipped:
        return QStringLiteral("CANCELLED");
    }
    return {};
}

void writeStatus(ics::Component &todo, TaskStatus status, const QDateTime &now)
{
    todo.setProperty(kStatus, statusCode(status));
    ics::Property *percent = todo.property(kPercent);
    const int percentValue = percent ? percent->value.trimmed().toInt() : -1;
    if (status == TaskStatus::Done) {
        if (!todo.property(kCompleted))
            todo.setProperty(kCompleted, utcStamp(now));
        if (percentValue != 100)
            todo.setProperty(kPercent, QStringLiteral("100"));
        return;
    }
    todo.removeProperties(kCompleted);
    if (status == TaskStatus::InProgress) {
        if (percentValue >= 100 || percentValue == 0)
            todo.setProperty(kPercent, QStringLiteral("50"));
    } else if (percentValue > 0) {
        todo.setProperty(kPercent, QStringLiteral("0"));
    }
}

// Sets a date property to `date`, keeping the time, zone and parameters it has (or, for a new
// one, those of `model`, so that DTSTART and DUE keep one value type); plain VALUE=DATE else.
void writeDate(ics::Component &todo, const QString &name, const QDate &date,
               const ics::Property *model)
{
    const ics::Property *existing = todo.property(name);
    const ics::Property *form = existing ? existing : model;
    if (form && form->value.trimmed().size() > 8 && dateOf(form).isValid()) {
        const QString value = dateDigits(date) + form->value.trimmed().mid(8);
        const QList<ics::Parameter> parameters = form->parameters;
        todo.setProperty(name, value, parameters);
        return;
    }
    todo.setProperty(name, dateDigits(date), {{QStringLiteral("VALUE"), {QStringLiteral("DATE")}}});
}

void writeDates(ics::Component &todo, const TaskFields &fields)
{
    if (!fields.due.isValid()) {
        todo.removeProperties(kDue);
    } else if (dateOf(todo.property(kDue)) != fields.due) {
        const ics::Property *start = todo.property(kStart);
        const ics::Property model = start ? *start : ics::Property();
        writeDate(todo, kDue, fields.due, start ? &model : nullptr);
    }
    // A one-day task keeps only its DUE (RFC 5545 wants DUE after DTSTART), as exports do.
    const bool wantStart = fields.start.isValid() && fields.start != fields.due;
    if (!wantStart) {
        todo.removeProperties(kStart);
    } else if (dateOf(todo.property(kStart)) != fields.start) {
        const ics::Property *due = todo.property(kDue);
        const ics::Property model = due ? *due : ics::Property();
        writeDate(todo, kStart, fields.start, due ? &model : nullptr);
    }
}

void writeMilestone(ics::Component &todo, const QString &milestone)
{
    ics::Property *categories = todo.property(kCategories);
    QStringList values = categories ? ics::splitTextList(categories->value) : QStringList();
    if (!values.isEmpty())
        values.removeFirst();
    if (!milestone.isEmpty())
        values.prepend(milestone);
    if (values.isEmpty()) {
        // Only the first CATEGORIES line is ours; later ones stay.
        bool first = true;
        todo.removeProperties(kCategories, [&first](const ics::Property &) {
            const bool keep = !first;
            first = false;
            return keep;
        });
        return;
    }
    QStringList escaped;
    for (const QString &value : std::as_const(values))
        escaped.append(ics::escapeText(value));
    const QList<ics::Parameter> parameters =
        categories ? categories->parameters : QList<ics::Parameter>();
    todo.setProperty(kCategories, escaped.join(QLatin1Char(',')), parameters);
}

void writeDependencies(ics::Component &todo, const QStringList &wanted,
                       const QSet<QString> &knownUids)
{
    QSet<QString> present;
    todo.removeProperties(kRelatedTo, [&](const ics::Property &p) {
        if (!isDependency(p))
            return true;
        const QString uid = p.value.trimmed();
        if (!knownUids.contains(uid) && !wanted.contains(uid))
            return true; // a relation Helios cannot see stays as it is
        if (!wanted.contains(uid) || present.contains(uid))
            return false;
        present.insert(uid);
        return true;
    });
    for (const QString &uid : wanted) {
        if (!present.contains(uid))
            todo.addProperty(kRelatedTo, uid, {{kRelType, {kDependsOn}}});
    }
}

void setText(ics::Component &todo, const QString &name, const QString &value)
{
    if (value.isEmpty() && name == kDescription)
        todo.removeProperties(name);
    else
        todo.setProperty(name, ics::escapeText(value));
}

} // namespace

const ics::Component *masterTodo(const ics::Component &calendar)
{
    for (const ics::Component *todo : calendar.components(QStringLiteral("VTODO"))) {
        if (!todo->property(QStringLiteral("RECURRENCE-ID")))
            return todo;
    }
    return nullptr;
}

ics::Component *masterTodo(ics::Component &calendar)
{
    return const_cast<ics::Component *>(masterTodo(std::as_const(calendar)));
}

namespace {

// Another client's text as plain text, by the rules an import's goes through (plainText, as
// core/io's makePlainText applies them): a text holding a control character (ESC, BEL, NUL, a
// line break in a one-line field) or a bidirectional override is cleaned whole. Clean text is kept
// as it is, spaces included, so that what Helios wrote reads back equal to the task (a title
// with two spaces in a row would otherwise differ from itself and be sent again every sync).
QString incomingText(const QString &text, bool multiline)
{
    for (const char32_t c : text.toUcs4()) {
        const bool allowed = c == u'\t' || (multiline && c == u'\n');
        if ((!allowed && (c < 0x20 || (c >= 0x7F && c < 0xA0))) || isBidiControl(c))
            return plainText(text, multiline);
    }
    return text;
}

} // namespace

namespace {

// The first CATEGORIES value: the milestone.
QString milestoneOf(const ics::Component &todo)
{
    const ics::Property *categories = todo.property(kCategories);
    const QStringList values = categories ? ics::splitTextList(categories->value) : QStringList();
    return values.isEmpty() ? QStringLiteral("") : incomingText(values.constFirst(), false);
}

} // namespace

TaskFields readFields(const ics::Component &todo)
{
    TaskFields f;
    // Another client's text is plain text here, as an import's is (core/io's makePlainText): no
    // terminal escapes, bells or bidirectional overrides reach the plan.
    const ics::Property *summary = todo.property(kSummary);
    f.title = summary ? incomingText(ics::unescapeText(summary->value), false) : QStringLiteral("");
    const ics::Property *description = todo.property(kDescription);
    f.notes = description ? incomingText(ics::unescapeText(description->value), true)
                          : QStringLiteral("");
    f.status = statusOf(todo);
    f.due = dateOf(todo.property(kDue));
    f.start = dateOf(todo.property(kStart));
    if (!f.start.isValid())
        f.start = f.due; // a one-day task
    f.milestone = milestoneOf(todo);
    f.estimateHours = hoursFrom(todo.property(kEstimate)).value_or(1.0);
    f.actualHours = hoursFrom(todo.property(kActual)).value_or(-1.0);
    for (const ics::Property *related : todo.properties(kRelatedTo)) {
        if (isDependency(*related) && !related->value.trimmed().isEmpty())
            f.dependsOn.append(related->value.trimmed());
    }
    f.dependsOn.sort();
    f.dependsOn.removeDuplicates();
    return f;
}

Result<RemoteTask> readRemoteTask(const QByteArray &resource)
{
    Result<ics::Component> calendar = ics::parse(resource);
    if (!calendar)
        return calendar.error();
    const ics::Component *todo = masterTodo(*calendar);
    if (!todo)
        return Error::usage(
            QCoreApplication::translate("helios", "The resource holds no task (no VTODO)."));
    const ics::Property *uid = todo->property(kUid);
    if (!uid || uid->value.trimmed().isEmpty())
        return Error::usage(QCoreApplication::translate("helios", "The task has no UID."));
    RemoteTask task;
    task.uid = uid->value.trimmed();
    task.fields = readFields(*todo);
    if (const ics::Property *modified = todo->property(kLastModified))
        task.lastModified = stampFrom(modified->value);
    if (!task.lastModified) {
        if (const ics::Property *stamp = todo->property(kStamp))
            task.lastModified = stampFrom(stamp->value);
    }
    task.parentUid = parentUidOf(*todo);
    if (const ics::Property *group = todo->property(kGroup))
        task.group = group->value.trimmed().toUpper();
    if (const ics::Property *mark = todo->property(kTaskMarkProperty))
        task.mark = mark->value.trimmed();
    if (const ics::Property *print = todo->property(kFieldsMarkProperty))
        task.fieldsMark = print->value.trimmed();
    return task;
}

QString parentUidOf(const ics::Component &todo)
{
    for (const ics::Property *related : todo.properties(kRelatedTo)) {
        if (isParent(*related) && !related->value.trimmed().isEmpty())
            return related->value.trimmed();
    }
    return {};
}

bool writeParent(ics::Component &todo, const QString &uid)
{
    int parents = 0;
    for (const ics::Property *related : todo.properties(kRelatedTo)) {
        if (isParent(*related))
            ++parents;
    }
    if (uid.isEmpty() ? parents == 0 : parents == 1 && parentUidOf(todo) == uid)
        return false;
    todo.removeProperties(kRelatedTo, [](const ics::Property &p) { return !isParent(p); });
    if (!uid.isEmpty())
        todo.addProperty(kRelatedTo, uid, {{kRelType, {kParent}}});
    return true;
}

bool writeFields(ics::Component &todo, const TaskFields &fields, const QSet<QString> &knownUids,
                 const QDateTime &now)
{
    const TaskFields current = readFields(todo);
    bool changed = false;
    if (current.title != fields.title) {
        setText(todo, kSummary, fields.title);
        changed = true;
    }
    if (current.notes != fields.notes) {
        setText(todo, kDescription, fields.notes);
        changed = true;
    }
    if (current.status != fields.status) {
        writeStatus(todo, fields.status, now);
        changed = true;
    }
    if (current.start != fields.start || current.due != fields.due) {
        writeDates(todo, fields);
        changed = true;
    }
    if (current.milestone != fields.milestone) {
        writeMilestone(todo, fields.milestone);
        changed = true;
    }
    TaskFields hours = current;
    hours.estimateHours = fields.estimateHours;
    if (!(hours == current)) {
        todo.setProperty(kEstimate, hoursText(fields.estimateHours));
        changed = true;
    }
    hours = current;
    hours.actualHours = fields.actualHours;
    if (!(hours == current)) {
        if (fields.actualHours < 0)
            todo.removeProperties(kActual);
        else
            todo.setProperty(kActual, hoursText(fields.actualHours));
        changed = true;
    }
    QStringList currentKnown;
    for (const QString &uid : current.dependsOn) {
        if (knownUids.contains(uid) || fields.dependsOn.contains(uid))
            currentKnown.append(uid);
    }
    if (currentKnown != fields.dependsOn) {
        writeDependencies(todo, fields.dependsOn, knownUids);
        changed = true;
    }
    if (changed) {
        todo.setProperty(kStamp, utcStamp(now));
        todo.setProperty(kLastModified, utcStamp(now));
    }
    return changed;
}

std::optional<QByteArray> patchResource(const QByteArray &resource, const TaskFields &fields,
                                        const QSet<QString> &knownUids, const QDateTime &now,
                                        const std::optional<QString> &parent)
{
    if (!parent)
        return patchResource(resource, fields, knownUids, now,
                             std::function<QString(const QString &, const QString &)>());
    return patchResource(resource, fields, knownUids, now,
                         [&parent](const QString &, const QString &) { return *parent; });
}

std::optional<QByteArray> patchResource(const QByteArray &resource, const TaskFields &fields,
                                        const QSet<QString> &knownUids, const QDateTime &now,
                                        const ParentChoice &parentFor)
{
    Result<ics::Component> calendar = ics::parse(resource);
    if (!calendar)
        return std::nullopt;
    ics::Component *todo = masterTodo(*calendar);
    const ics::Property *uid = todo ? todo->property(kUid) : nullptr;
    if (!uid || uid->value.trimmed().isEmpty())
        return std::nullopt;
    const QString milestoneBefore = parentFor ? milestoneOf(*todo) : QString();
    bool changed = writeFields(*todo, fields, knownUids, now);
    if (parentFor && writeParent(*todo, parentFor(parentUidOf(*todo), milestoneBefore))) {
        changed = true;
        todo->setProperty(kStamp, utcStamp(now));
        todo->setProperty(kLastModified, utcStamp(now));
    }
    if (!changed)
        return resource; // nothing to change: the very bytes
    return ics::serialize(*calendar);
}

QByteArray newResource(const QString &uid, const TaskFields &fields, const QDateTime &now,
                       const QString &parent)
{
    ics::Component todo;
    todo.name = QStringLiteral("VTODO");
    todo.addProperty(kUid, uid);
    todo.addProperty(kStamp, utcStamp(now));
    todo.addProperty(QStringLiteral("CREATED"), utcStamp(now));
    todo.addProperty(kLastModified, utcStamp(now));
    todo.addProperty(kSummary, ics::escapeText(fields.title));
    if (!fields.notes.isEmpty())
        todo.addProperty(kDescription, ics::escapeText(fields.notes));
    const ics::Parameter dateOnly{QStringLiteral("VALUE"), {QStringLiteral("DATE")}};
    if (fields.start.isValid() && fields.start != fields.due)
        todo.addProperty(kStart, dateDigits(fields.start), {dateOnly});
    if (fields.due.isValid())
        todo.addProperty(kDue, dateDigits(fields.due), {dateOnly});
    todo.addProperty(kStatus, statusCode(fields.status));
    if (fields.status == TaskStatus::Done)
        todo.addProperty(kCompleted, utcStamp(now));
    todo.addProperty(kPercent, fields.status == TaskStatus::Done         ? QStringLiteral("100")
                               : fields.status == TaskStatus::InProgress ? QStringLiteral("50")
                                                                         : QStringLiteral("0"));
    if (!fields.milestone.isEmpty())
        todo.addProperty(kCategories, ics::escapeText(fields.milestone));
    todo.addProperty(kEstimate, hoursText(fields.estimateHours));
    if (fields.actualHours >= 0)
        todo.addProperty(kActual, hoursText(fields.actualHours));
    for (const QString &dependency : fields.dependsOn)
        todo.addProperty(kRelatedTo, dependency, {{kRelType, {kDependsOn}}});
    if (!parent.isEmpty())
        todo.addProperty(kRelatedTo, parent, {{kRelType, {kParent}}});
    return calendarOf(std::move(todo));
}

namespace {

// The group's own properties: SUMMARY, STATUS (and COMPLETED, PERCENT-COMPLETE), the mark and
// the PARENT relation. Whether anything changed.
bool writeGroup(ics::Component &todo, const GroupFields &group, const QDateTime &now)
{
    bool changed = false;
    const ics::Property *summary = todo.property(kSummary);
    if (!summary || ics::unescapeText(summary->value) != group.name) {
        todo.setProperty(kSummary, ics::escapeText(group.name));
        changed = true;
    }
    const TaskStatus status = group.completed ? TaskStatus::Done : TaskStatus::Todo;
    if (statusOf(todo) != status || !todo.property(kStatus)) {
        writeStatus(todo, status, now);
        changed = true;
    }
    const ics::Property *mark = todo.property(kGroup);
    if (!mark || mark->value.trimmed().toUpper() != group.kind) {
        todo.setProperty(kGroup, group.kind);
        changed = true;
    }
    if (writeParent(todo, group.parentUid))
        changed = true;
    if (changed) {
        todo.setProperty(kStamp, utcStamp(now));
        todo.setProperty(kLastModified, utcStamp(now));
    }
    return changed;
}

} // namespace

QByteArray newGroupResource(const QString &uid, const GroupFields &group, const QDateTime &now)
{
    ics::Component todo;
    todo.name = QStringLiteral("VTODO");
    todo.addProperty(kUid, uid);
    todo.addProperty(kStamp, utcStamp(now));
    todo.addProperty(QStringLiteral("CREATED"), utcStamp(now));
    todo.addProperty(kLastModified, utcStamp(now));
    writeGroup(todo, group, now);
    return calendarOf(std::move(todo));
}

std::optional<QByteArray> patchGroupResource(const QByteArray &resource, const GroupFields &group,
                                             const QDateTime &now)
{
    Result<ics::Component> calendar = ics::parse(resource);
    if (!calendar)
        return std::nullopt;
    ics::Component *todo = masterTodo(*calendar);
    if (!todo || !todo->property(kUid))
        return std::nullopt;
    if (!writeGroup(*todo, group, now))
        return resource;
    return ics::serialize(*calendar);
}

namespace {

QString markProperty(const QByteArray &resource, const QString &name)
{
    Result<ics::Component> calendar = ics::parse(resource);
    const ics::Component *todo = calendar ? masterTodo(*calendar) : nullptr;
    const ics::Property *mark = todo ? todo->property(name) : nullptr;
    return mark ? mark->value.trimmed() : QString();
}

} // namespace

QString taskMarkOf(const QByteArray &resource)
{
    return markProperty(resource, kTaskMarkProperty);
}

QString fieldsMarkOf(const QByteArray &resource)
{
    return markProperty(resource, kFieldsMarkProperty);
}

namespace {

QString fieldPrint(const TaskFields &fields, const QString &name)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(fieldText(fields, name).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(8));
}

} // namespace

QString fieldsPrint(const TaskFields &fields)
{
    QStringList prints;
    for (const QString &name : fieldNames())
        prints.append(fieldPrint(fields, name));
    return prints.join(QLatin1Char('-'));
}

namespace {

// FNV-1a, 64 bits (the published offset basis and prime): fixed, unlike qHash, as a stored value.
class Fnv64
{
public:
    void add(quint64 value)
    {
        for (int i = 0; i < 8; ++i) {
            m_hash ^= (value >> (8 * i)) & 0xff;
            m_hash *= 0x100000001b3ULL;
        }
    }
    void add(QStringView text)
    {
        add(quint64(text.size())); // a length first: "ab" + "c" is not "a" + "bc"
        for (const QChar c : text) {
            m_hash ^= c.unicode() & 0xff;
            m_hash *= 0x100000001b3ULL;
            m_hash ^= c.unicode() >> 8;
            m_hash *= 0x100000001b3ULL;
        }
    }
    void add(const QDate &date) { add(date.isValid() ? quint64(date.toJulianDay()) : ~0ULL); }
    void add(double hours) { add(std::bit_cast<quint64>(hours)); }
    quint64 value() const { return m_hash == 0 ? 1 : m_hash; }

private:
    quint64 m_hash = 0xcbf29ce484222325ULL;
};

} // namespace

quint64 textCheck(QStringView text)
{
    Fnv64 h;
    h.add(text);
    return h.value();
}

quint64 fieldsCheck(const TaskFields &fields)
{
    Fnv64 h;
    h.add(fields.title);
    h.add(fields.notes);
    h.add(quint64(fields.status));
    h.add(fields.start);
    h.add(fields.due);
    h.add(fields.milestone);
    h.add(fields.estimateHours);
    h.add(fields.actualHours < 0 ? -1.0 : fields.actualHours); // every unknown prints alike
    h.add(quint64(fields.dependsOn.size()));
    for (const QString &uid : fields.dependsOn)
        h.add(uid);
    return h.value();
}

Merge mergeWithPrint(const QString &print, const TaskFields &here, const TaskFields &server,
                     Side newer)
{
    QStringList base = print.split(QLatin1Char('-'));
    if (base.size() != fieldNames().size())
        base = QStringList(fieldNames().size(), QString()); // no base: every difference is both
    Merge out{here, {}};
    for (qsizetype i = 0; i < fieldNames().size(); ++i) {
        const QString &name = fieldNames().at(i);
        const QString hereText = fieldText(here, name);
        const QString serverText = fieldText(server, name);
        if (hereText == serverText)
            continue;
        const bool serverChanged = fieldPrint(server, name) != base.at(i);
        const bool hereChanged = fieldPrint(here, name) != base.at(i);
        if (serverChanged && (!hereChanged || newer == Side::Server))
            copyField(out.merged, server, name);
        if (serverChanged && hereChanged)
            out.conflicts.append({name, newer == Side::Server ? serverText : hereText,
                                  newer == Side::Server ? hereText : serverText,
                                  newer == Side::Server ? Side::Here : Side::Server});
    }
    return out;
}

QByteArray withTaskMark(const QByteArray &resource, const QString &mark)
{
    Result<ics::Component> calendar = ics::parse(resource);
    ics::Component *todo = calendar ? masterTodo(*calendar) : nullptr;
    if (!todo || mark.isEmpty())
        return resource;
    const QString print = fieldsPrint(readFields(*todo));
    const ics::Property *kept = todo->property(kTaskMarkProperty);
    const ics::Property *printed = todo->property(kFieldsMarkProperty);
    if (kept && kept->value.trimmed() == mark && printed && printed->value.trimmed() == print)
        return resource;
    todo->setProperty(kTaskMarkProperty, mark);
    todo->setProperty(kFieldsMarkProperty, print);
    return ics::serialize(*calendar);
}

} // namespace helios::sync

#include "core/jobs/plan_snapshot.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace helios {

namespace {

constexpr int kSnapshotFormat = 1;

QDate dateFrom(const QJsonValue &v)
{
    return v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
}

} // namespace

namespace {

// The snapshot is written as text, not built as a QJsonDocument first: a sync that receives one
// change in a plan of thousands of tasks snapshots the whole plan, and the document tree cost
// several times the text (docs/BENCHMARKS.md, Sync). The text is what QJsonDocument's compact
// form gives for the same values: keys in order, numbers and escapes as it writes them
// (unit/jobs/plan_snapshot checks it against QJsonDocument).
class SnapshotWriter
{
public:
    explicit SnapshotWriter(qsizetype reserve) { m_out.reserve(reserve); }

    SnapshotWriter &open(char bracket)
    {
        separate();
        m_out.append(bracket);
        m_first = true;
        return *this;
    }
    SnapshotWriter &close(char bracket)
    {
        m_out.append(bracket);
        m_first = false;
        return *this;
    }
    SnapshotWriter &key(const char *name)
    {
        separate();
        m_out.append('"').append(name).append("\":");
        m_first = true; // the value follows without a comma
        return *this;
    }
    void string(const QString &text)
    {
        separate();
        m_out.append('"');
        const char16_t *src = reinterpret_cast<const char16_t *>(text.utf16());
        const char16_t *const end = src + text.size();
        while (src != end) {
            const char16_t u = *src++;
            if (u < 0x80) {
                if (u >= 0x20 && u != '"' && u != '\\') {
                    m_out.append(char(u));
                    continue;
                }
                m_out.append('\\');
                switch (u) {
                case '"':
                    m_out.append('"');
                    break;
                case '\\':
                    m_out.append('\\');
                    break;
                case 0x8:
                    m_out.append('b');
                    break;
                case 0xc:
                    m_out.append('f');
                    break;
                case 0xa:
                    m_out.append('n');
                    break;
                case 0xd:
                    m_out.append('r');
                    break;
                case 0x9:
                    m_out.append('t');
                    break;
                default:
                    escape(u);
                }
                continue;
            }
            // UTF-8 written here: a QString per character (toUtf8) was most of the time a plan
            // of Chinese titles took.
            if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
                const char32_t c = QChar::surrogateToUcs4(u, *src++);
                m_out.append(char(0xf0 | (c >> 18)));
                m_out.append(char(0x80 | ((c >> 12) & 0x3f)));
                m_out.append(char(0x80 | ((c >> 6) & 0x3f)));
                m_out.append(char(0x80 | (c & 0x3f)));
            } else if (QChar::isSurrogate(u)) {
                m_out.append('\\');
                escape(u); // a lone surrogate: no UTF-8 for it
            } else if (u < 0x800) {
                m_out.append(char(0xc0 | (u >> 6)));
                m_out.append(char(0x80 | (u & 0x3f)));
            } else {
                m_out.append(char(0xe0 | (u >> 12)));
                m_out.append(char(0x80 | ((u >> 6) & 0x3f)));
                m_out.append(char(0x80 | (u & 0x3f)));
            }
        }
        m_out.append('"');
    }
    void integer(qint64 value)
    {
        separate();
        m_out.append(QByteArray::number(value));
    }
    void number(double value)
    {
        separate();
        // A whole number of hours as an integer, as the shortest form writes it (below a million,
        // where it would switch to an exponent; not -0, which it writes "-0").
        if (value > -1e6 && value < 1e6 && value == double(qint64(value)) &&
            !(value == 0 && std::signbit(value))) {
            m_out.append(QByteArray::number(qint64(value)));
            return;
        }
        m_out.append(qIsFinite(value)
                         ? QByteArray::number(value, 'g', QLocale::FloatingPointShortest)
                         : QByteArray("null"));
    }
    void boolean(bool value)
    {
        separate();
        m_out.append(value ? "true" : "false");
    }
    void date(const QDate &d)
    {
        if (d.isValid() && d.year() >= 1000 && d.year() <= 9999) {
            separate(); // "YYYY-MM-DD" written here, as Qt::ISODate gives it for these years
            char text[12] = {'"', 0, 0, 0, 0, '-', 0, 0, '-', 0, 0, '"'};
            const auto put = [&text](int at, int value, int width) {
                for (int i = width - 1; i >= 0; --i, value /= 10)
                    text[at + i] = char('0' + value % 10);
            };
            put(1, d.year(), 4);
            put(6, d.month(), 2);
            put(9, d.day(), 2);
            m_out.append(text, sizeof text);
        } else if (d.isValid()) {
            string(d.toString(Qt::ISODate));
        } else {
            separate();
            m_out.append("null");
        }
    }
    QString text() const { return QString::fromUtf8(m_out); }

private:
    void separate()
    {
        if (!m_first)
            m_out.append(',');
        m_first = false;
    }
    void escape(char16_t u)
    {
        static const char digits[] = "0123456789abcdef";
        m_out.append('u');
        for (int shift = 12; shift >= 0; shift -= 4)
            m_out.append(digits[(u >> shift) & 0xf]);
    }

    QByteArray m_out;
    bool m_first = true;
};

} // namespace

QString planSnapshot(const Plan &plan)
{
    // Keys in QJsonObject's order (sorted), as the snapshots written before were.
    SnapshotWriter w(512 + plan.tasks.size() * 256);
    w.open('{');
    w.key("atRisk").boolean(plan.atRisk);
    w.key("created").string(plan.createdAt.toUTC().toString(Qt::ISODateWithMs));
    w.key("deadline").date(plan.deadline);
    w.key("goal").string(plan.goal);
    w.key("hoursPerWeek").number(plan.hoursPerWeek);
    w.key("hoursShort").number(plan.hoursShort);
    w.key("id").integer(plan.id);
    w.key("kind").string(plan.kind);
    w.key("kindReason").open('[');
    for (const QString &word : plan.kindReason)
        w.string(word);
    w.close(']');
    w.key("kindScore").number(plan.kindScore);
    w.key("language").string(plan.language);
    w.key("snapshot").integer(kSnapshotFormat);
    w.key("start").date(plan.startDate);
    w.key("subject").string(plan.subject);
    w.key("tasks").open('[');
    for (const Task &t : plan.tasks) {
        w.open('{');
        w.key("actual").number(t.actualHours);
        w.key("deps").open('[');
        for (int position : t.dependsOn)
            w.integer(position);
        w.close(']');
        w.key("due").date(t.dueDate);
        if (t.dueBy.isValid()) // only when said: snapshots of plans without them stay as they were
            w.key("dueBy").date(t.dueBy);
        w.key("estimate").number(t.estimateHours);
        if (t.event)
            w.key("event").boolean(true);
        w.key("id").integer(t.id);
        w.key("milestone").string(t.milestone);
        if (t.notBefore.isValid())
            w.key("notBefore").date(t.notBefore);
        w.key("notes").string(t.notes);
        w.key("start").date(t.startDate);
        w.key("status").string(toString(t.status));
        w.key("title").string(t.title);
        w.close('}');
    }
    w.close(']');
    w.key("template").boolean(plan.isTemplate);
    w.key("user").integer(plan.userId);
    w.close('}');
    return w.text();
}

Result<Plan> planFromSnapshot(const QString &snapshot)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(snapshot.toUtf8(), &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError || !doc.isObject() ||
        root.value(QLatin1String("snapshot")).toInt() != kSnapshotFormat)
        return Error::storage(
            QCoreApplication::translate("helios", "A saved version of the plan is damaged."));
    Plan plan;
    plan.id = root.value(QLatin1String("id")).toInteger();
    plan.userId = root.value(QLatin1String("user")).toInteger();
    plan.goal = root.value(QLatin1String("goal")).toString();
    plan.language = root.value(QLatin1String("language")).toString();
    plan.kind = root.value(QLatin1String("kind")).toString();
    plan.subject = root.value(QLatin1String("subject")).toString();
    plan.createdAt =
        QDateTime::fromString(root.value(QLatin1String("created")).toString(), Qt::ISODateWithMs);
    plan.startDate = dateFrom(root.value(QLatin1String("start")));
    plan.deadline = dateFrom(root.value(QLatin1String("deadline")));
    plan.hoursPerWeek = root.value(QLatin1String("hoursPerWeek")).toDouble();
    plan.atRisk = root.value(QLatin1String("atRisk")).toBool();
    plan.hoursShort = root.value(QLatin1String("hoursShort")).toDouble();
    plan.isTemplate = root.value(QLatin1String("template")).toBool();
    plan.kindScore = root.value(QLatin1String("kindScore")).toDouble();
    for (const QJsonValue word : root.value(QLatin1String("kindReason")).toArray())
        plan.kindReason << word.toString();
    const QJsonArray tasks = root.value(QLatin1String("tasks")).toArray();
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const QJsonObject o = tasks.at(i).toObject();
        Task t;
        t.id = o.value(QLatin1String("id")).toInteger();
        t.planId = plan.id;
        t.userId = plan.userId;
        t.title = o.value(QLatin1String("title")).toString();
        t.notes = o.value(QLatin1String("notes")).toString();
        t.status = taskStatusFromString(o.value(QLatin1String("status")).toString())
                       .value_or(TaskStatus::Todo);
        t.estimateHours = o.value(QLatin1String("estimate")).toDouble();
        t.startDate = dateFrom(o.value(QLatin1String("start")));
        t.dueDate = dateFrom(o.value(QLatin1String("due")));
        t.actualHours = o.value(QLatin1String("actual")).toDouble(-1.0);
        for (const QJsonValue d : o.value(QLatin1String("deps")).toArray())
            t.dependsOn.append(d.toInt());
        t.order = static_cast<int>(i);
        t.milestone = o.value(QLatin1String("milestone")).toString();
        t.event = o.value(QLatin1String("event")).toBool();
        t.notBefore = dateFrom(o.value(QLatin1String("notBefore")));
        t.dueBy = dateFrom(o.value(QLatin1String("dueBy")));
        plan.tasks.append(t);
    }
    return plan;
}

} // namespace helios

#include "core/io/ics_document.h"

#include "core/io/ics_text.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace helios::ics {

namespace {

Error refused(int line, const QString &why)
{
    return Error::usage(
        QCoreApplication::translate("helios", "The iCalendar data is not valid at line %1: %2")
            .arg(line)
            .arg(why));
}

bool isNameChar(QChar c)
{
    return (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-');
}

// name *(";" param-name "=" param-value *("," param-value)) ":" value, where a parameter value
// may be quoted (and then hold ';', ':' and ','). False when the line is not of that shape.
bool parseContentLine(const QString &line, Property &out)
{
    qsizetype i = 0;
    while (i < line.size() && isNameChar(line.at(i)))
        ++i;
    if (i == 0 || i == line.size())
        return false;
    out.name = line.left(i).toUpper();
    while (i < line.size() && line.at(i) == QLatin1Char(';')) {
        const qsizetype nameStart = ++i;
        while (i < line.size() && isNameChar(line.at(i)))
            ++i;
        if (i == nameStart || i == line.size() || line.at(i) != QLatin1Char('='))
            return false;
        Parameter parameter;
        parameter.name = line.mid(nameStart, i - nameStart).toUpper();
        ++i; // '='
        for (;;) {
            QString value;
            if (i < line.size() && line.at(i) == QLatin1Char('"')) {
                const qsizetype close = line.indexOf(QLatin1Char('"'), i + 1);
                if (close < 0)
                    return false;
                value = line.mid(i + 1, close - i - 1);
                i = close + 1;
            } else {
                const qsizetype start = i;
                while (i < line.size() && line.at(i) != QLatin1Char(';') &&
                       line.at(i) != QLatin1Char(':') && line.at(i) != QLatin1Char(',') &&
                       line.at(i) != QLatin1Char('"'))
                    ++i;
                value = line.mid(start, i - start);
            }
            parameter.values.append(value);
            if (i < line.size() && line.at(i) == QLatin1Char(',')) {
                ++i;
                continue;
            }
            break;
        }
        out.parameters.append(std::move(parameter));
    }
    if (i == line.size() || line.at(i) != QLatin1Char(':'))
        return false;
    out.value = line.mid(i + 1);
    return true;
}

// A parameter value needs quotes when it holds ':', ';' or ','.
QString parameterValueText(const QString &value)
{
    if (value.contains(QLatin1Char(':')) || value.contains(QLatin1Char(';')) ||
        value.contains(QLatin1Char(',')))
        return QLatin1Char('"') + value + QLatin1Char('"');
    return value;
}

void serializeInto(const Component &component, QByteArray &out)
{
    out += component.beginRaw.isEmpty() ? foldLine(QStringLiteral("BEGIN:") + component.name)
                                        : component.beginRaw;
    for (const Node &node : component.nodes) {
        if (const auto *property = std::get_if<Property>(&node))
            out += property->raw.isEmpty() ? foldLine(property->text()) : property->raw;
        else
            serializeInto(std::get<Component>(node), out);
    }
    out += component.endRaw.isEmpty() ? foldLine(QStringLiteral("END:") + component.name)
                                      : component.endRaw;
}

// Where a fresh property goes: after the last property, before the first sub-component.
std::vector<Node>::iterator insertionPoint(std::vector<Node> &nodes)
{
    auto it = nodes.begin();
    auto after = nodes.begin();
    for (; it != nodes.end(); ++it) {
        if (std::holds_alternative<Property>(*it))
            after = it + 1;
        else
            break;
    }
    return after;
}

struct Line
{
    QByteArray raw; // physical lines, folding and line ends included
    QByteArray unfolded;
    int number = 0; // of its first physical line, 1-based
};

} // namespace

QString Property::parameter(QStringView wanted) const
{
    for (const Parameter &p : parameters) {
        if (p.name == wanted)
            return p.values.isEmpty() ? QString() : p.values.constFirst();
    }
    return {};
}

bool Property::hasParameter(QStringView wanted) const
{
    for (const Parameter &p : parameters) {
        if (p.name == wanted)
            return true;
    }
    return false;
}

QString Property::text() const
{
    QString line = name;
    for (const Parameter &p : parameters) {
        line += QLatin1Char(';') + p.name + QLatin1Char('=');
        for (qsizetype i = 0; i < p.values.size(); ++i) {
            if (i > 0)
                line += QLatin1Char(',');
            line += parameterValueText(p.values.at(i));
        }
    }
    return line + QLatin1Char(':') + value;
}

const Property *Component::property(QStringView wanted) const
{
    for (const Node &node : nodes) {
        if (const auto *p = std::get_if<Property>(&node); p && p->name == wanted)
            return p;
    }
    return nullptr;
}

Property *Component::property(QStringView wanted)
{
    for (Node &node : nodes) {
        if (auto *p = std::get_if<Property>(&node); p && p->name == wanted)
            return p;
    }
    return nullptr;
}

QList<const Property *> Component::properties(QStringView wanted) const
{
    QList<const Property *> found;
    for (const Node &node : nodes) {
        if (const auto *p = std::get_if<Property>(&node); p && p->name == wanted)
            found.append(p);
    }
    return found;
}

const Component *Component::component(QStringView wanted) const
{
    for (const Node &node : nodes) {
        if (const auto *c = std::get_if<Component>(&node); c && c->name == wanted)
            return c;
    }
    return nullptr;
}

Component *Component::component(QStringView wanted)
{
    for (Node &node : nodes) {
        if (auto *c = std::get_if<Component>(&node); c && c->name == wanted)
            return c;
    }
    return nullptr;
}

QList<const Component *> Component::components(QStringView wanted) const
{
    QList<const Component *> found;
    for (const Node &node : nodes) {
        if (const auto *c = std::get_if<Component>(&node); c && c->name == wanted)
            found.append(c);
    }
    return found;
}

Property &Component::setProperty(const QString &propertyName, const QString &value,
                                 const QList<Parameter> &parameters)
{
    if (Property *existing = property(propertyName)) {
        *existing = makeProperty(propertyName, value, parameters);
        return *existing;
    }
    return addProperty(propertyName, value, parameters);
}

Property &Component::addProperty(const QString &propertyName, const QString &value,
                                 const QList<Parameter> &parameters)
{
    auto it =
        nodes.insert(insertionPoint(nodes), Node(makeProperty(propertyName, value, parameters)));
    return std::get<Property>(*it);
}

int Component::removeProperties(QStringView propertyName,
                                const std::function<bool(const Property &)> &keep)
{
    int removed = 0;
    for (auto it = nodes.begin(); it != nodes.end();) {
        const auto *p = std::get_if<Property>(&*it);
        if (p && p->name == propertyName && (!keep || !keep(*p))) {
            it = nodes.erase(it);
            ++removed;
        } else {
            ++it;
        }
    }
    return removed;
}

Property makeProperty(const QString &name, const QString &value, const QList<Parameter> &parameters)
{
    Property p;
    p.name = name.toUpper();
    p.value = value;
    p.parameters = parameters;
    return p;
}

Result<Component> parse(const QByteArray &bytes)
{
    // Logical lines: a physical line that starts with a space or a tab continues the one before
    // (unfolded byte-wise, so that a fold inside a UTF-8 sequence joins it again).
    QList<Line> lines;
    qsizetype pos = 0;
    int number = 0;
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        end = end < 0 ? bytes.size() : end + 1;
        const QByteArray physical = bytes.mid(pos, end - pos);
        pos = end;
        ++number;
        QByteArray content = physical;
        while (content.endsWith('\n') || content.endsWith('\r'))
            content.chop(1);
        if (content.isEmpty()) { // a blank line: none in RFC 5545, kept with the one before
            if (!lines.isEmpty())
                lines.last().raw += physical;
            continue;
        }
        if ((content.at(0) == ' ' || content.at(0) == '\t') && !lines.isEmpty()) {
            lines.last().raw += physical;
            lines.last().unfolded += content.mid(1);
            continue;
        }
        lines.append({physical, content, number});
    }

    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    std::vector<Component> stack;
    std::optional<Component> top;
    for (const Line &line : std::as_const(lines)) {
        const QString text = decode(line.unfolded);
        if (decode.hasError())
            return refused(line.number,
                           QCoreApplication::translate("helios", "the text is not UTF-8."));
        if (top)
            return refused(line.number,
                           QCoreApplication::translate(
                               "helios", "there is text after the end of the calendar."));
        Property property;
        if (!parseContentLine(text, property))
            return refused(line.number,
                           QCoreApplication::translate(
                               "helios", "'%1' is not a property of the form NAME:value.")
                               .arg(text.left(60)));
        property.raw = line.raw;
        if (property.name == QLatin1String("BEGIN")) {
            Component component;
            component.name = property.value.trimmed().toUpper();
            component.beginRaw = line.raw;
            if (component.name.isEmpty())
                return refused(line.number,
                               QCoreApplication::translate("helios", "BEGIN names no component."));
            stack.push_back(std::move(component));
            continue;
        }
        if (stack.empty())
            return refused(line.number, QCoreApplication::translate(
                                            "helios", "it does not start with BEGIN:VCALENDAR."));
        if (property.name == QLatin1String("END")) {
            const QString name = property.value.trimmed().toUpper();
            if (name != stack.back().name)
                return refused(line.number,
                               QCoreApplication::translate("helios", "END:%1 closes %2.")
                                   .arg(name, stack.back().name));
            Component done = std::move(stack.back());
            stack.pop_back();
            done.endRaw = line.raw;
            if (stack.empty())
                top = std::move(done);
            else
                stack.back().nodes.emplace_back(std::move(done));
            continue;
        }
        stack.back().nodes.emplace_back(std::move(property));
    }
    if (!stack.empty())
        return refused(
            number,
            QCoreApplication::translate("helios", "it ends before END:%1.").arg(stack.back().name));
    if (!top)
        return refused(1, QCoreApplication::translate("helios", "it is empty."));
    return std::move(*top);
}

QByteArray serialize(const Component &component)
{
    QByteArray out;
    serializeInto(component, out);
    return out;
}

} // namespace helios::ics

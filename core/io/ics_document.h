#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <variant>
#include <vector>

// A lossless model of an iCalendar stream (RFC 5545) for sync: what another client wrote is
// kept byte for byte. Every property keeps the bytes it was read from (its folding, its
// parameter order and quoting, its escapes, its line end); serialize() writes those bytes back
// unchanged, and writes fresh text (folded at 75 octets, CRLF) only for the properties that were
// set or added. Components keep their order and nesting (VTIMEZONE, VALARM, unknown ones).
namespace helios::ics {

struct Parameter
{
    QString name;       // upper case
    QStringList values; // without their quotes
};

struct Property
{
    QByteArray raw; // the bytes read (folded, with the line end); empty once changed or made here
    QString name;   // upper case
    QList<Parameter> parameters;
    QString value; // as written: still escaped (TEXT) or structured (RRULE)

    // The first value of a parameter (upper-case name), empty when it is absent.
    QString parameter(QStringView wanted) const;
    bool hasParameter(QStringView wanted) const;
    // The content line without folding or line end, as it would be written fresh.
    QString text() const;
};

struct Component;
using Node = std::variant<Property, Component>;

struct Component
{
    QString name;            // upper case: VCALENDAR, VTODO, VALARM, ...
    QByteArray beginRaw;     // the BEGIN line as read (empty when made here)
    QByteArray endRaw;       // the END line as read
    std::vector<Node> nodes; // properties and sub-components, in the order read

    // The first property of that name, nullptr when there is none.
    const Property *property(QStringView wanted) const;
    Property *property(QStringView wanted);
    QList<const Property *> properties(QStringView wanted) const;
    // The first sub-component of that name, nullptr when there is none.
    const Component *component(QStringView wanted) const;
    Component *component(QStringView wanted);
    QList<const Component *> components(QStringView wanted) const;

    // Sets the first property of that name to a fresh line (parameters and value as given, the
    // value already escaped), in its place; appends one before the first sub-component when
    // there is none. Other properties of that name stay.
    Property &setProperty(const QString &propertyName, const QString &value,
                          const QList<Parameter> &parameters = {});
    // Appends a fresh property after the last property (before the first sub-component).
    Property &addProperty(const QString &propertyName, const QString &value,
                          const QList<Parameter> &parameters = {});
    // Removes every property of that name for which keep returns false (all when keep is null).
    int removeProperties(QStringView propertyName,
                         const std::function<bool(const Property &)> &keep = {});
};

// Parses a whole iCalendar object: one VCALENDAR (or any one top-level component), lines ending
// in CRLF or LF, folded with a space or tab. Refused, with a sentence saying where: no BEGIN at
// the start, a line that is not NAME[;PARAM=VALUE]:VALUE, an END that closes nothing or another
// component, a stream cut short, text after the last END, bytes that are not UTF-8.
Result<Component> parse(const QByteArray &bytes);

// The stream again: the bytes read for everything unchanged, fresh folded lines for the rest.
QByteArray serialize(const Component &component);

// A property made here from its parts (raw empty).
Property makeProperty(const QString &name, const QString &value,
                      const QList<Parameter> &parameters = {});

} // namespace helios::ics

#include "core/sync/dav_xml.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>

namespace helios::sync::dav {

namespace {

const QString kDav = QStringLiteral("DAV:");
const QString kCalDav = QStringLiteral("urn:ietf:params:xml:ns:caldav");
const QString kCalendarServer = QStringLiteral("http://calendarserver.org/ns/");

bool is(const QXmlStreamReader &xml, const QString &ns, QLatin1StringView name)
{
    return xml.namespaceUri() == ns && xml.name() == name;
}

int statusCode(const QString &line)
{
    // "HTTP/1.1 200 OK"
    const QStringList parts = line.simplified().split(QLatin1Char(' '));
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

// The text of the first DAV:href inside the current element; leaves the element.
QString hrefInside(QXmlStreamReader &xml)
{
    QString href;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (href.isEmpty() && is(xml, kDav, QLatin1StringView("href"))) {
                href = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
                continue; // readElementText consumed the end tag
            }
            ++depth;
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return href;
}

// Reads one property element (the reader is on its start) into props.
void readProperty(QXmlStreamReader &xml, Props &props)
{
    if (is(xml, kDav, QLatin1StringView("getetag"))) {
        props.etag = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    } else if (is(xml, kCalDav, QLatin1StringView("calendar-data"))) {
        props.calendarData = xml.readElementText(QXmlStreamReader::IncludeChildElements);
    } else if (is(xml, kDav, QLatin1StringView("displayname"))) {
        props.displayName = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    } else if (is(xml, kCalendarServer, QLatin1StringView("getctag"))) {
        props.ctag = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    } else if (is(xml, kDav, QLatin1StringView("sync-token"))) {
        props.syncToken = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    } else if (is(xml, kDav, QLatin1StringView("current-user-principal"))) {
        props.principalHref = hrefInside(xml);
    } else if (is(xml, kCalDav, QLatin1StringView("calendar-home-set"))) {
        props.homeHref = hrefInside(xml);
    } else if (is(xml, kDav, QLatin1StringView("resourcetype"))) {
        while (xml.readNextStartElement()) {
            if (is(xml, kDav, QLatin1StringView("collection")))
                props.isCollection = true;
            else if (is(xml, kCalDav, QLatin1StringView("calendar")))
                props.isCalendar = true;
            xml.skipCurrentElement();
        }
    } else if (is(xml, kCalDav, QLatin1StringView("supported-calendar-component-set"))) {
        props.componentsKnown = true;
        while (xml.readNextStartElement()) {
            if (is(xml, kCalDav, QLatin1StringView("comp")))
                props.components.append(
                    xml.attributes().value(QLatin1StringView("name")).toString().toUpper());
            xml.skipCurrentElement();
        }
    } else if (is(xml, kDav, QLatin1StringView("supported-report-set"))) {
        // <supported-report><report><sync-collection/></report></supported-report> (RFC 3253);
        // some servers leave out <report>: any sync-collection inside counts.
        props.reportsKnown = true;
        int depth = 1;
        while (depth > 0 && !xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                ++depth;
                if (is(xml, kDav, QLatin1StringView("sync-collection")))
                    props.reportsSyncCollection = true;
            } else if (token == QXmlStreamReader::EndElement) {
                --depth;
            }
        }
    } else {
        xml.skipCurrentElement();
    }
}

void readPropstat(QXmlStreamReader &xml, Entry &entry)
{
    Props props;
    int status = 200;
    while (xml.readNextStartElement()) {
        if (is(xml, kDav, QLatin1StringView("prop"))) {
            while (xml.readNextStartElement())
                readProperty(xml, props);
        } else if (is(xml, kDav, QLatin1StringView("status"))) {
            status = statusCode(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        } else {
            xml.skipCurrentElement();
        }
    }
    if (status < 200 || status >= 300)
        return;
    Props &to = entry.props;
    auto take = [](QString &into, const QString &from) {
        if (!from.isEmpty())
            into = from;
    };
    take(to.etag, props.etag);
    take(to.calendarData, props.calendarData);
    take(to.displayName, props.displayName);
    take(to.ctag, props.ctag);
    take(to.syncToken, props.syncToken);
    take(to.principalHref, props.principalHref);
    take(to.homeHref, props.homeHref);
    to.isCollection = to.isCollection || props.isCollection;
    to.isCalendar = to.isCalendar || props.isCalendar;
    if (props.componentsKnown) {
        to.componentsKnown = true;
        to.components = props.components;
    }
    if (props.reportsKnown) {
        to.reportsKnown = true;
        to.reportsSyncCollection = props.reportsSyncCollection;
    }
}

Entry readResponse(QXmlStreamReader &xml)
{
    Entry entry;
    while (xml.readNextStartElement()) {
        if (is(xml, kDav, QLatin1StringView("href")))
            entry.href = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        else if (is(xml, kDav, QLatin1StringView("status")))
            entry.status = statusCode(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        else if (is(xml, kDav, QLatin1StringView("propstat")))
            readPropstat(xml, entry);
        else
            xml.skipCurrentElement();
    }
    return entry;
}

class Body
{
public:
    explicit Body(const char *root, const QString &rootNs = kDav) : m_xml(&m_bytes)
    {
        m_xml.writeStartDocument();
        m_xml.writeNamespace(kDav, QStringLiteral("d"));
        m_xml.writeNamespace(kCalDav, QStringLiteral("c"));
        m_xml.writeNamespace(kCalendarServer, QStringLiteral("cs"));
        m_xml.writeStartElement(rootNs, QString::fromLatin1(root));
    }
    QXmlStreamWriter &xml() { return m_xml; }
    void props(std::initializer_list<std::pair<QString, const char *>> names)
    {
        m_xml.writeStartElement(kDav, QStringLiteral("prop"));
        for (const auto &[ns, name] : names)
            m_xml.writeEmptyElement(ns, QString::fromLatin1(name));
        m_xml.writeEndElement();
    }
    QByteArray finish()
    {
        m_xml.writeEndDocument();
        return m_bytes;
    }

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_xml;
};

} // namespace

namespace {

// XML 1.0 has no place for C0 control characters but tab, line feed and carriage return, yet
// servers put another client's iCalendar into calendar-data as it came (an ESC, a BEL in a
// SUMMARY): the whole answer would be refused, and every task of the sync with it. They are
// dropped (bytes below 0x20 are always themselves in UTF-8); the text is made plain text on the
// way in anyway (vtodo_mapping).
QByteArray withoutControlBytes(const QByteArray &bytes)
{
    const auto isControl = [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u < 0x20 && c != '\t' && c != '\n' && c != '\r';
    };
    if (std::none_of(bytes.cbegin(), bytes.cend(), isControl))
        return bytes;
    QByteArray out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        if (!isControl(c))
            out.append(c);
    }
    return out;
}

} // namespace

Result<QString> readMultistatus(const QByteArray &bytes, const std::function<void(Entry &&)> &each)
{
    // Read through a device, a few kilobytes at a time: given the bytes themselves, the reader
    // decodes the whole answer to UTF-16 at once, twice its size again (a listing of 5,000
    // resources is megabytes), while this way it holds a chunk of it.
    QByteArray clean = withoutControlBytes(bytes); // shared with `bytes` when it has none
    QBuffer device(&clean);
    device.open(QIODevice::ReadOnly);
    QXmlStreamReader xml(&device);
    QString syncToken;
    if (!xml.readNextStartElement() || !is(xml, kDav, QLatin1StringView("multistatus")))
        return Error::usage(QCoreApplication::translate(
            "helios", "The server's answer is not a WebDAV multistatus."));
    while (xml.readNextStartElement()) {
        if (is(xml, kDav, QLatin1StringView("response")))
            each(readResponse(xml));
        else if (is(xml, kDav, QLatin1StringView("sync-token")))
            syncToken = xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
        else
            xml.skipCurrentElement();
    }
    if (xml.hasError())
        return Error::usage(
            QCoreApplication::translate("helios", "The server's answer is not valid XML: %1.")
                .arg(xml.errorString()));
    return syncToken;
}

Result<Multistatus> parseMultistatus(const QByteArray &bytes)
{
    Multistatus result;
    Result<QString> token = readMultistatus(
        bytes, [&result](Entry &&entry) { result.entries.append(std::move(entry)); });
    if (!token)
        return token.error();
    result.syncToken = std::move(*token);
    return result;
}

QString errorCondition(const QByteArray &bytes)
{
    QXmlStreamReader xml(bytes);
    if (!xml.readNextStartElement() || !is(xml, kDav, QLatin1StringView("error")))
        return {};
    if (xml.readNextStartElement())
        return xml.name().toString();
    return {};
}

QByteArray propfindDiscovery()
{
    Body body("propfind");
    body.props({{kDav, "current-user-principal"},
                {kCalDav, "calendar-home-set"},
                {kDav, "resourcetype"},
                {kDav, "displayname"}});
    return body.finish();
}

QByteArray propfindCollections()
{
    Body body("propfind");
    body.props({{kDav, "resourcetype"},
                {kDav, "displayname"},
                {kCalDav, "supported-calendar-component-set"},
                {kDav, "supported-report-set"},
                {kCalendarServer, "getctag"},
                {kDav, "sync-token"}});
    return body.finish();
}

QByteArray propfindCtag()
{
    Body body("propfind");
    body.props({{kCalendarServer, "getctag"}, {kDav, "sync-token"}});
    return body.finish();
}

QByteArray syncCollection(const QString &token)
{
    Body body("sync-collection");
    body.xml().writeTextElement(kDav, QStringLiteral("sync-token"), token);
    body.xml().writeTextElement(kDav, QStringLiteral("sync-level"), QStringLiteral("1"));
    body.props({{kDav, "getetag"}});
    return body.finish();
}

QByteArray todoEtags()
{
    Body body("calendar-query", kCalDav);
    body.props({{kDav, "getetag"}});
    QXmlStreamWriter &xml = body.xml();
    xml.writeStartElement(kCalDav, QStringLiteral("filter"));
    xml.writeStartElement(kCalDav, QStringLiteral("comp-filter"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("VCALENDAR"));
    xml.writeStartElement(kCalDav, QStringLiteral("comp-filter"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("VTODO"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    return body.finish();
}

QByteArray calendarMultiget(const QStringList &hrefs)
{
    Body body("calendar-multiget", kCalDav);
    body.props({{kDav, "getetag"}, {kCalDav, "calendar-data"}});
    for (const QString &href : hrefs)
        body.xml().writeTextElement(kDav, QStringLiteral("href"), href);
    return body.finish();
}

QByteArray mkcalendar(const QString &displayName)
{
    Body body("mkcalendar", kCalDav);
    QXmlStreamWriter &xml = body.xml();
    xml.writeStartElement(kDav, QStringLiteral("set"));
    xml.writeStartElement(kDav, QStringLiteral("prop"));
    xml.writeTextElement(kDav, QStringLiteral("displayname"), displayName);
    xml.writeStartElement(kCalDav, QStringLiteral("supported-calendar-component-set"));
    xml.writeEmptyElement(kCalDav, QStringLiteral("comp"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("VTODO"));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    return body.finish();
}

} // namespace helios::sync::dav

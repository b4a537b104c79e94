#include "core/agents/prompt_template.h"

#include <QFile>
#include <QRegularExpression>

namespace helios::agents {

namespace {

Error templateError(const QString &name, const QString &what)
{
    return {Error::Kind::Usage, QStringLiteral("The prompt template '%1' %2.").arg(name, what)};
}

// One pass over text: "{{key}}" becomes values[key]; inserted values are not scanned again.
Result<QString> fill(const QString &name, const QString &text,
                     const QHash<QString, QString> &values)
{
    QString out;
    out.reserve(text.size() * 2);
    qsizetype pos = 0;
    for (;;) {
        const qsizetype open = text.indexOf(QLatin1String("{{"), pos);
        if (open < 0) {
            out += QStringView(text).mid(pos);
            return out;
        }
        const qsizetype close = text.indexOf(QLatin1String("}}"), open + 2);
        if (close < 0)
            return templateError(name, QStringLiteral("has a '{{' that is never closed"));
        const QString key = text.mid(open + 2, close - open - 2).trimmed();
        const auto it = values.constFind(key);
        if (it == values.cend())
            return templateError(name, QStringLiteral("needs a value for {{%1}}").arg(key));
        out += QStringView(text).mid(pos, open - pos);
        out += *it;
        pos = close + 2;
    }
}

} // namespace

Result<PromptTemplate> PromptTemplate::load(const QString &name)
{
    QFile file(QStringLiteral(":/prompts/%1.md").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return templateError(name, QStringLiteral("is not built in"));
    return parse(name, QString::fromUtf8(file.readAll()));
}

Result<PromptTemplate> PromptTemplate::parse(const QString &name, const QString &text)
{
    static const QRegularExpression header(QStringLiteral("^version:\\s*(\\S+)\\s*$"));
    const QStringList lines = text.split(u'\n');
    const QRegularExpressionMatch m = header.match(lines.value(0).trimmed());
    if (!m.hasMatch())
        return templateError(name, QStringLiteral("does not start with 'version: NAME-N'"));
    PromptTemplate t;
    t.m_name = name;
    t.m_version = m.captured(1);
    QString *section = nullptr;
    QStringList system;
    QStringList user;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = lines[i];
        if (line.trimmed() == QLatin1String("[system]")) {
            section = &t.m_system;
            continue;
        }
        if (line.trimmed() == QLatin1String("[user]")) {
            section = &t.m_user;
            continue;
        }
        if (!section) {
            if (!line.trimmed().isEmpty())
                return templateError(name, QStringLiteral("has text before its [system] part"));
            continue;
        }
        (section == &t.m_system ? system : user) << line;
    }
    t.m_system = system.join(u'\n').trimmed();
    t.m_user = user.join(u'\n').trimmed();
    if (t.m_system.isEmpty() || t.m_user.isEmpty())
        return templateError(name, QStringLiteral("needs a [system] and a [user] part"));
    return t;
}

Result<RenderedPrompt> PromptTemplate::render(const QHash<QString, QString> &values) const
{
    Result<QString> system = fill(m_name, m_system, values);
    if (!system)
        return system.error();
    Result<QString> user = fill(m_name, m_user, values);
    if (!user)
        return user.error();
    return RenderedPrompt{m_version, std::move(system).value(), std::move(user).value()};
}

} // namespace helios::agents

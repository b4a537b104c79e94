#include "core/log/secret_scrubber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace helios::log {

namespace {

const QString kRedacted = QStringLiteral("[redacted]");

// The shortest run of a secret of `length` characters that is removed on its own: all of a short
// secret, about half of one under 16 characters, 8 of a longer one.
qsizetype runFor(qsizetype length)
{
    if (length <= 8)
        return length;
    return std::min<qsizetype>(8, std::max<qsizetype>(5, (length + 1) / 2));
}

// The secret as JSON writes it inside a string ("\"" and "\\" escaped, "/" maybe as "\/").
QString jsonForm(const QString &secret)
{
    const QByteArray json = QJsonDocument(QJsonArray{secret}).toJson(QJsonDocument::Compact);
    // ["..."] -> ...
    return QString::fromUtf8(json.mid(2, json.size() - 4));
}

} // namespace

SecretScrubber::SecretScrubber(const QString &secret)
{
    if (secret.isEmpty())
        return;
    QStringList forms{secret, jsonForm(secret),
                      QString(secret).replace(QLatin1Char('/'), QLatin1String("\\/")),
                      QString::fromLatin1(QUrl::toPercentEncoding(secret))};
    forms.removeDuplicates();
    forms.removeAll(QString());
    m_forms = forms;
    for (const QString &form : std::as_const(m_forms)) {
        m_runs.append(runFor(form.size()));
        m_longest = std::max(m_longest, form.size());
    }
}

QList<std::pair<qsizetype, qsizetype>> SecretScrubber::find(QStringView text) const
{
    QList<std::pair<qsizetype, qsizetype>> ranges;
    for (qsizetype f = 0; f < m_forms.size(); ++f) {
        const QString &form = m_forms.at(f);
        const qsizetype run = m_runs.at(f);
        if (run > text.size())
            continue;
        // Every window of `run` characters of the text that is also one of the form's.
        QSet<QStringView> windows;
        for (qsizetype i = 0; i + run <= form.size(); ++i)
            windows.insert(QStringView(form).mid(i, run));
        for (qsizetype i = 0; i + run <= text.size(); ++i) {
            if (windows.contains(text.mid(i, run)))
                ranges.append({i, i + run});
        }
    }
    if (ranges.isEmpty())
        return ranges;
    std::sort(ranges.begin(), ranges.end());
    QList<std::pair<qsizetype, qsizetype>> merged{ranges.constFirst()};
    for (qsizetype i = 1; i < ranges.size(); ++i) {
        if (ranges.at(i).first <= merged.last().second)
            merged.last().second = std::max(merged.last().second, ranges.at(i).second);
        else
            merged.append(ranges.at(i));
    }
    return merged;
}

QString SecretScrubber::scrub(const QString &text) const
{
    if (m_forms.isEmpty() || text.isEmpty())
        return text;
    const QList<std::pair<qsizetype, qsizetype>> ranges = find(text);
    if (ranges.isEmpty())
        return text;
    QString out;
    qsizetype last = 0;
    for (const auto &[start, end] : ranges) {
        out += QStringView(text).mid(last, start - last);
        out += kRedacted;
        last = end;
    }
    out += QStringView(text).mid(last);
    return out;
}

QByteArray SecretScrubber::scrub(const QByteArray &utf8) const
{
    if (m_forms.isEmpty() || utf8.isEmpty())
        return utf8;
    return scrub(QString::fromUtf8(utf8)).toUtf8();
}

void ScrubbingStream::piece(const QString &text)
{
    if (m_scrubber.isEmpty()) {
        m_sink(text);
        return;
    }
    m_held += text;
    // Everything but the last (longest form - 1) characters can be passed on, unless a secret
    // found there runs on into them: then it waits too.
    qsizetype cut = std::max<qsizetype>(0, m_held.size() - (m_scrubber.longestForm() - 1));
    const QList<std::pair<qsizetype, qsizetype>> ranges = m_scrubber.find(m_held);
    for (const auto &[start, end] : ranges) {
        if (start < cut && end >= cut)
            cut = start;
    }
    if (cut <= 0)
        return;
    const QString out = m_scrubber.scrub(m_held.left(cut));
    m_held.remove(0, cut);
    if (!out.isEmpty())
        m_sink(out);
}

void ScrubbingStream::finish()
{
    if (m_held.isEmpty())
        return;
    const QString out = m_scrubber.scrub(m_held);
    m_held.clear();
    m_sink(out);
}

namespace {

struct Remembered
{
    QMutex mutex;
    QStringList secrets;
    QList<SecretScrubber> scrubbers;
};

Remembered &remembered()
{
    static Remembered r;
    return r;
}

} // namespace

void rememberSecret(const QString &secret)
{
    if (secret.isEmpty())
        return;
    Remembered &r = remembered();
    const QMutexLocker lock(&r.mutex);
    if (r.secrets.contains(secret))
        return;
    r.secrets.append(secret);
    r.scrubbers.append(SecretScrubber(secret));
}

bool hasRememberedSecrets()
{
    Remembered &r = remembered();
    const QMutexLocker lock(&r.mutex);
    return !r.secrets.isEmpty();
}

QString scrubRememberedSecrets(const QString &text)
{
    Remembered &r = remembered();
    QList<SecretScrubber> scrubbers;
    {
        const QMutexLocker lock(&r.mutex);
        scrubbers = r.scrubbers;
    }
    QString out = text;
    for (const SecretScrubber &scrubber : std::as_const(scrubbers))
        out = scrubber.scrub(out);
    return out;
}

} // namespace helios::log

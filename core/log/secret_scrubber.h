#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace helios::log {

// Removes one known secret (the API key in use) from text, whatever it looks like: every
// occurrence of it, of the forms it takes inside JSON and URLs, and every run of its characters
// long enough to give much of it away (8, or about half of a key shorter than 16). A server
// that repeats the key ("Incorrect API key provided: ...") cannot make it reach an error
// sentence, a log, the database or the screen. An empty scrubber changes nothing.
class SecretScrubber
{
public:
    SecretScrubber() = default;
    explicit SecretScrubber(const QString &secret);

    bool isEmpty() const { return m_forms.isEmpty(); }
    QString scrub(const QString &text) const;
    QByteArray scrub(const QByteArray &utf8) const;

    // Where the secret (or a long run of it) is in text: start and end of each, merged, in order.
    QList<std::pair<qsizetype, qsizetype>> find(QStringView text) const;
    // The longest form of the secret: text streamed in pieces holds back one character less.
    qsizetype longestForm() const { return m_longest; }

private:
    QStringList m_forms;
    QList<qsizetype> m_runs; // the shortest run of each form that is removed
    qsizetype m_longest = 0;
};

// Streamed text through a scrubber: pieces are passed on once no secret can still be completed
// by what follows; finish() passes on the rest.
class ScrubbingStream
{
public:
    ScrubbingStream(SecretScrubber scrubber, std::function<void(const QString &)> sink)
        : m_scrubber(std::move(scrubber)), m_sink(std::move(sink))
    {}
    void piece(const QString &text);
    void finish();

private:
    SecretScrubber m_scrubber;
    std::function<void(const QString &)> m_sink;
    QString m_held;
};

// Secrets this process has used (the keys read for model servers): removed from every log line
// (redact()). Kept for the life of the process, as the key itself is by whoever reads it.
void rememberSecret(const QString &secret);
QString scrubRememberedSecrets(const QString &text);
bool hasRememberedSecrets();

} // namespace helios::log

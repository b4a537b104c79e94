#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace helios::llm {

// Token counts as the server reported them.
struct TokenUsage
{
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 totalTokens = 0;

    friend bool operator==(const TokenUsage &, const TokenUsage &) = default;
};

// A complete (non-streamed) answer, or the sum of a stream.
struct ChatAnswer
{
    QString content;
    QString finishReason;
    TokenUsage usage;
    bool hasUsage = false;
};

// One thing a streamed answer said, in the order the server said it.
struct StreamEvent
{
    enum class Kind {
        Content,  // text: the next piece of the answer
        Finished, // text: the finish reason ("stop", "length", ...)
        Usage,    // usage: token counts
        Done,     // the stream ended as the protocol says it should
        Error,    // text: the server's message, or why the stream could not be read
    };

    Kind kind = Kind::Content;
    QString text;
    TokenUsage usage;

    static StreamEvent content(QString piece) { return {Kind::Content, std::move(piece), {}}; }
    static StreamEvent finished(QString reason) { return {Kind::Finished, std::move(reason), {}}; }
    static StreamEvent usageReport(TokenUsage u) { return {Kind::Usage, {}, u}; }
    static StreamEvent done() { return {Kind::Done, {}, {}}; }
    static StreamEvent error(QString message) { return {Kind::Error, std::move(message), {}}; }

    friend bool operator==(const StreamEvent &, const StreamEvent &) = default;
};

// Turns the bytes of one streamed response into StreamEvents. Feed chunks as they arrive, split
// anywhere; call finish() when the body ends. After Done or Error nothing more is reported.
class StreamDecoder
{
public:
    virtual ~StreamDecoder() = default;

    virtual QList<StreamEvent> feed(QByteArrayView chunk) = 0;
    virtual QList<StreamEvent> finish() = 0;

    bool isDone() const { return m_done; }
    bool hasError() const { return m_failed; }
    // Stopped for good: done or failed.
    bool isFinished() const { return m_done || m_failed; }

protected:
    void markDone(QList<StreamEvent> &out)
    {
        m_done = true;
        out.append(StreamEvent::done());
    }
    void fail(QList<StreamEvent> &out, QString message)
    {
        m_failed = true;
        out.append(StreamEvent::error(std::move(message)));
    }

private:
    bool m_done = false;
    bool m_failed = false;
};

} // namespace helios::llm

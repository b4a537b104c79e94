#pragma once

// The part every streamed format shares (internal to core/llm): a framing parser (NDJSON lines,
// SSE events) cuts the body into frames, the format's decoder reads each frame.

#include "core/llm/json_fields.h"
#include "core/llm/stream_decoder.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLatin1String>

#include <optional>

namespace helios::llm::detail {

// Parser: feed(chunk) and finish() give the complete frames so far; hasError()/errorString() say
// why the framing broke. Frame is what one frame is (the element type of Parser's lists).
template <typename Parser, typename Frame> class FramedStreamDecoder : public StreamDecoder
{
public:
    QList<StreamEvent> feed(QByteArrayView chunk) override
    {
        QList<StreamEvent> out;
        if (isFinished())
            return out;
        const QList<Frame> frames = m_parser.feed(chunk);
        for (const Frame &frame : frames)
            if (!isFinished())
                handle(frame, out);
        if (m_parser.hasError() && !isFinished())
            fail(out, m_parser.errorString());
        return out;
    }

    QList<StreamEvent> finish() override
    {
        QList<StreamEvent> out;
        if (isFinished())
            return out;
        const QList<Frame> frames = m_parser.finish();
        for (const Frame &frame : frames)
            if (!isFinished())
                handle(frame, out);
        if (isFinished())
            return out;
        if (m_parser.hasError())
            fail(out, m_parser.errorString());
        else
            endedEarly(out);
        return out;
    }

protected:
    explicit FramedStreamDecoder(qsizetype maxFrameBytes) : m_parser(maxFrameBytes) {}

    // Reads one frame; called only while the stream is not finished.
    virtual void handle(const Frame &frame, QList<StreamEvent> &out) = 0;

    // The body ended, intact, before the format's own end.
    virtual void endedEarly(QList<StreamEvent> &out)
    {
        fail(out, QCoreApplication::translate("helios",
                                              "The stream ended before the answer was complete."));
    }

    // The frame's JSON object; nullopt after failing the stream when it is not valid JSON or
    // carries the server's error. frameName says what a frame is called in the format.
    std::optional<QJsonObject> objectIn(QByteArrayView json, QLatin1String frameName,
                                        QList<StreamEvent> &out)
    {
        const ParsedObject parsed = parseObject(json);
        if (!parsed.error.isEmpty()) {
            fail(out, QCoreApplication::translate(
                          "helios", "The server sent a stream %1 that is not valid JSON: %2.")
                          .arg(frameName, parsed.error));
            return std::nullopt;
        }
        if (const auto error = errorIn(parsed.object)) {
            fail(out, *error);
            return std::nullopt;
        }
        return parsed.object;
    }

private:
    Parser m_parser;
};

} // namespace helios::llm::detail

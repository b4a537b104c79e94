#pragma once

#include "core/llm/provider.h"

#include <QObject>

namespace helios::cli {

// Ctrl+C (SIGINT) and SIGTERM cancel the running command instead of killing it: the handler
// only writes a byte to a pipe; the event loop reads it and cancels the token, so the command
// ends cleanly (exit 130) with nothing half-written. A second signal kills as usual.
class InterruptGuard : public QObject
{
    Q_OBJECT

public:
    explicit InterruptGuard(llm::CancelToken token, QObject *parent = nullptr);
    ~InterruptGuard() override;

private:
    llm::CancelToken m_token;
};

} // namespace helios::cli

#pragma once

// Internal to the test LLM server: turns a request and its scripted reply into the bytes of an
// OpenAI-compatible or Ollama response.

#include "tests/support/http_connection.h"
#include "tests/support/scripted_reply.h"

namespace helios::test {

// The paths that take scripted replies without a path of their own.
bool isChatPath(QByteArrayView path);

// serial numbers the answer ids (chatcmpl-test-<serial>).
HttpResponse respond(const RecordedRequest &request, const ScriptedReply &reply,
                     const QStringList &models, int serial);

} // namespace helios::test

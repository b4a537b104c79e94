#pragma once

namespace helios::api {

// What one server accepts before it answers with an error status instead of reading on. Each
// limit has its status: 431 (head), 413 (body), 503 (connections), 408 (a request that does not
// arrive in time).
struct HttpLimits
{
    int maxHeaderBytes = 16 * 1024;     // request line and headers; more: 431
    int maxBodyBytes = 1024 * 1024;     // Content-Length; more: 413 without reading it
    int maxConnections = 2048;          // open HTTP connections; one more gets 503 and is closed
    int maxWebSockets = 4096;           // event subscribers (counted apart from HTTP)
    int requestTimeoutMs = 10'000;      // from a request's first byte (or from connecting) to its
                                        // last; longer (a slow or silent client): 408 and close
    int keepAliveTimeoutMs = 60'000;    // an idle kept-alive connection is closed after this
    int maxPipelinedBytes = 256 * 1024; // unread requests queued behind one under way
};

} // namespace helios::api

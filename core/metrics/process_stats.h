#pragma once

#include <QtGlobal>

namespace helios::metrics {

class Gauge;

// Figures about the running process, read from the operating system on each call.
struct ProcessStats
{
    // Resident set size in bytes (Linux /proc/self/statm, Windows working set, macOS
    // task_info); 0 where it cannot be read.
    static quint64 residentSetBytes();

    // Sets the gauge (process_resident_memory_bytes) to residentSetBytes(); leaves it alone when
    // the size cannot be read, so a chart does not drop to zero.
    static void updateResidentMemory(Gauge &gauge);
};

} // namespace helios::metrics

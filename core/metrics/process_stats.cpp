#include "core/metrics/process_stats.h"

#include "core/metrics/metric.h"

#if defined(__linux__)
#include <cstdio>
#include <unistd.h>
#elif defined(_WIN32)
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <windows.h>
// windows.h first: psapi.h depends on it.
#include <psapi.h>
#elif defined(__APPLE__)
#include <mach/mach.h>
#endif

namespace helios::metrics {

quint64 ProcessStats::residentSetBytes()
{
#if defined(__linux__)
    // statm: "size resident shared text lib data dt", in pages.
    std::FILE *file = std::fopen("/proc/self/statm", "r");
    if (!file)
        return 0;
    unsigned long long size = 0;
    unsigned long long resident = 0;
    const int read = std::fscanf(file, "%llu %llu", &size, &resident);
    std::fclose(file);
    const long pageSize = sysconf(_SC_PAGESIZE);
    if (read != 2 || pageSize <= 0)
        return 0;
    return quint64(resident) * quint64(pageSize);
#elif defined(_WIN32)
    PROCESS_MEMORY_COUNTERS counters{};
    if (!GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof counters))
        return 0;
    return quint64(counters.WorkingSetSize);
#elif defined(__APPLE__)
    mach_task_basic_info_data_t info{};
    mach_msg_type_number_t count = MACH_TASK_BASIC_INFO_COUNT;
    if (task_info(mach_task_self(), MACH_TASK_BASIC_INFO, reinterpret_cast<task_info_t>(&info),
                  &count) != KERN_SUCCESS)
        return 0;
    return quint64(info.resident_size);
#else
    return 0;
#endif
}

void ProcessStats::updateResidentMemory(Gauge &gauge)
{
    if (const quint64 bytes = residentSetBytes(); bytes > 0)
        gauge.set(double(bytes));
}

} // namespace helios::metrics

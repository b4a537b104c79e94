// libFuzzer target: importing a Json file (core/io, through importPlanFile). Any input gives
// plans or one usage sentence; nothing crashes, hangs or grows past the limits.

#include "tests/fuzz/fuzz_import.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return helios::fuzz::importAs(helios::PlanFormat::Json, data, size);
}

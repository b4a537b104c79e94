#include "core/domain/llm_call.h"

#include <algorithm>
#include <cmath>

namespace helios {

double percentile(std::vector<double> &values, double p)
{
    if (values.empty())
        return 0;
    const auto n = static_cast<double>(values.size());
    const auto rank = static_cast<size_t>(std::max(1.0, std::ceil(p / 100.0 * n)));
    const auto nth =
        values.begin() + static_cast<std::ptrdiff_t>(std::min(rank, values.size()) - 1);
    std::nth_element(values.begin(), nth, values.end());
    return *nth;
}

} // namespace helios

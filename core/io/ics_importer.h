#pragma once

#include "core/domain/plan.h"
#include "core/domain/result.h"

namespace helios {

// Reads the VTODOs of an iCalendar file (RFC 5545) as written by Helios, Thunderbird, Nextcloud
// Tasks and others into one plan (docs/FORMATS.md). `title` names the plan when the calendar
// has no X-WR-CALNAME. Anything broken refuses the whole file (usage error).
Result<Plan> importICalendar(const QString &text, const QString &title);

// True when `text` starts like an iCalendar stream (for format sniffing).
bool looksLikeICalendar(const QString &text);

} // namespace helios

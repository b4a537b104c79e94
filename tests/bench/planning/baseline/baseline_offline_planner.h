#pragma once

// The offline planner of commit 141fc29 (ordered regex rules and templates.json), kept only as the
// baseline of the planning benchmark.

#include "core/domain/goal.h"
#include "core/domain/plan.h"

namespace helios::baseline {

struct BaselineAnalysis
{
    QString kind;
    QString language;
    QString subject;
};

class BaselineOfflinePlanner
{
public:
    static BaselineAnalysis analyse(const QString &goalText);
    Plan draft(const Goal &goal) const;
};

} // namespace helios::baseline

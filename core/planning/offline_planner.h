#pragma once

#include "core/domain/goal.h"
#include "core/domain/plan.h"

namespace helios {

// What the offline planner understood of a goal's text.
struct GoalAnalysis
{
    QString kind;     // learning | fitness | project | writing | exam | habit | generic
    QString language; // "zh" when the goal is written in Chinese, else "en"
    QString
        subject; // e.g. "Python" for "学习Python编程", "half marathon" for "run a half marathon"
};

// A rule-based planner that needs no model: recognises the kind of goal from English or Chinese
// text, extracts its subject and fills a template of 8–30 concrete tasks in the goal's language,
// with estimates scaled to the time available, milestones and dependencies. Dates are left to
// the Scheduler.
class OfflinePlanner
{
public:
    static GoalAnalysis analyse(const QString &goalText);

    // A plan with goal, language, kind, subject, hoursPerWeek, deadline, startDate and tasks
    // (title, notes, estimateHours, milestone, dependsOn, order) filled in; no ids, no dates.
    Plan draft(const Goal &goal) const;
};

} // namespace helios

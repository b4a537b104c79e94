#pragma once

#include "core/domain/goal.h"
#include "core/domain/plan.h"

#include <QStringList>

namespace helios {

namespace planning {
class KnowledgeBase;
}

// What the offline planner understood of a goal's text.
struct GoalAnalysis
{
    QString kind;       // a knowledge-base kind id ("exams/ielts"), or "generic"
    QString language;   // "zh" when the goal is written in Chinese, else "en"
    QString subject;    // e.g. "Python" for "学习Python编程"; empty when none is clean
    double score = 0.0; // the kind's score (0 for generic)
    QStringList reason; // the goal's words that decided the kind, as written
};

// The planner that needs no model. What it knows about goals is data: the knowledge base in
// resources/planner/*.json (docs/PLANNER_KNOWLEDGE.md). It scores every kind against the goal's
// words (English and Chinese, mixed), pulls out the details its tasks use (counts, targets,
// places, level) and the subject, and fills the kind's plan in the goal's language: tasks with
// estimates sized by the kind's effort and the time available, dependencies, milestones, dated
// sessions (Task::notBefore), latest dates (Task::dueBy) and, for an event kind, the event
// (Task::event) that the Scheduler pins to the deadline. A goal that matches no kind gets a few
// concrete first steps and the kind "generic" (see genericPlanHint).
class OfflinePlanner
{
public:
    OfflinePlanner(); // the built-in knowledge base
    explicit OfflinePlanner(const planning::KnowledgeBase &knowledge);

    static GoalAnalysis analyse(const QString &goalText);
    GoalAnalysis analyseGoal(const QString &goalText) const;

    // A plan with goal, language, kind (with score and reason), subject, hoursPerWeek, deadline,
    // startDate and tasks (title, notes, estimateHours, milestone, dependsOn, order, event,
    // notBefore, dueBy) filled in; no ids, and the start and due dates are left to the Scheduler
    // (schedule with the plan's deadline: an event kind without a deadline gets one, the kind's
    // default_weeks away, so that the event has a day).
    Plan draft(const Goal &goal) const;

    // The same, as the kind `kindId` whatever the goal scores (the gallery's samples). A kind
    // that does not exist drafts as draft() does.
    Plan draftAs(const Goal &goal, const QString &kindId) const;

private:
    const planning::KnowledgeBase &m_knowledge;
};

// The sentence shown with a generic plan, in `language` ("en" or "zh"): Helios does not know this
// kind of goal; plan it with a model or start from a template.
QString genericPlanHint(const QString &language);

} // namespace helios

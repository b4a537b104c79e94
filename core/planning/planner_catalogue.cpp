#include "core/planning/planner_catalogue.h"

#include "core/planning/knowledge_base.h"
#include "core/planning/offline_planner.h"
#include "core/planning/scheduler.h"

#include <QThreadPool>

namespace helios {

namespace {

CatalogueText textOf(const planning::KbText &t)
{
    return {t.en, t.zh};
}

PlannerKind kindOf(const planning::KnowledgeBase &kb, const planning::KbKind &k)
{
    PlannerKind out;
    out.id = k.id;
    out.family = k.family;
    if (const planning::KbFamily *family = kb.family(k.family))
        out.familyName = textOf(family->name);
    out.name = textOf(k.name);
    out.sample = textOf(k.sample);
    out.event = k.isEvent();
    return out;
}

} // namespace

QList<PlannerKind> plannerKinds()
{
    const planning::KnowledgeBase &kb = planning::KnowledgeBase::builtIn();
    QList<PlannerKind> kinds;
    for (const planning::KbFamily &family : kb.families) {
        for (const int k : family.kinds)
            kinds.append(kindOf(kb, kb.kinds[k]));
    }
    return kinds;
}

void preloadPlannerKinds()
{
    QThreadPool::globalInstance()->start([] { planning::KnowledgeBase::builtIn(); });
}

std::optional<PlannerKind> plannerKind(const QString &id)
{
    const planning::KnowledgeBase &kb = planning::KnowledgeBase::builtIn();
    if (const planning::KbKind *k = kb.kind(id))
        return kindOf(kb, *k);
    return std::nullopt;
}

std::optional<Plan> draftSamplePlan(const QString &kindId, const QString &language, QDate today,
                                    double hoursPerWeek)
{
    const planning::KbKind *kind = planning::KnowledgeBase::builtIn().kind(kindId);
    if (!kind)
        return std::nullopt;
    Goal goal;
    goal.text = kind->sample.in(language);
    goal.today = today.isValid() ? today : QDate::currentDate();
    goal.hoursPerWeek = hoursPerWeek > 0 ? hoursPerWeek : 8.0;
    Plan plan = OfflinePlanner().draftAs(goal, kindId);
    const ScheduleResult scheduled =
        Scheduler::schedule(plan.tasks, {goal.today, plan.deadline, goal.hoursPerWeek});
    plan.atRisk = scheduled.atRisk;
    plan.hoursShort = scheduled.hoursShort;
    return plan;
}

} // namespace helios

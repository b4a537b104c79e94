#include "ui/models/plan_kind_text.h"

#include "core/planning/planner_catalogue.h"
#include "ui/i18n/translations.h"
#include "ui/models/display_format.h"

#include <QCoreApplication>
#include <QLocale>

namespace helios::ui {

QString planKindSentence(const Plan &plan)
{
    if (plan.kind == u"generic")
        return QCoreApplication::translate(
            "PlanKind", "Helios does not know this kind of goal yet, so these are only the first "
                        "steps. For a full plan, choose a model server in Settings and plan it "
                        "again, or start from a template.");
    // The knowledge base's kinds are "<family>/<name>"; a model's plan ("llm") is none of them, and
    // asking would read the whole knowledge base on the GUI thread for nothing.
    if (!plan.kind.contains(u'/'))
        return {};
    const std::optional<PlannerKind> kind = plannerKind(plan.kind);
    if (!kind)
        return {};
    const bool chinese = languageForLocale(QLocale()) == Language::Chinese;
    const QString name = chinese ? kind->name.zh : kind->name.en;
    if (plan.kindReason.isEmpty())
        return QCoreApplication::translate("PlanKind", "Recognised as %1.").arg(name);
    return QCoreApplication::translate("PlanKind", "Recognised as %1 (%2).")
        .arg(name, plan.kindReason.join(
                       QCoreApplication::translate("PlanKind", ", ", "between recognised words")));
}

QString planEventSentence(const Plan &plan)
{
    for (const Task &task : plan.tasks) {
        if (task.event && task.dueDate.isValid())
            return QCoreApplication::translate("PlanKind", "%1 on %2.")
                .arg(task.title, formatDate(task.dueDate));
    }
    return {};
}

} // namespace helios::ui

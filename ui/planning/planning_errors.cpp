#include "ui/planning/planning_errors.h"

#include <QCoreApplication>

namespace helios::ui {

QString planningErrorSentence(const Error &error)
{
    switch (error.kind) {
    case Error::Kind::Provider:
        return QCoreApplication::translate("PlanningErrors",
                                           "The model server could not make the plan: %1")
            .arg(error.message);
    case Error::Kind::Validation:
        return QCoreApplication::translate(
                   "PlanningErrors",
                   "The model's answer could not be used, even after asking it again: %1")
            .arg(error.message);
    case Error::Kind::Storage:
        return QCoreApplication::translate("PlanningErrors",
                                           "Helios could not save or read its data: %1")
            .arg(error.message);
    case Error::Kind::Cancelled:
        return QCoreApplication::translate("PlanningErrors", "Planning was cancelled.");
    case Error::Kind::Usage:
    case Error::Kind::NotFound:
        break;
    }
    return error.message; // the goal's own checks are already translated
}

} // namespace helios::ui

#include "core/domain/job.h"

#include <QCoreApplication>

namespace helios {

namespace {

// What an interrupted job was doing, in words.
QString stageInWords(const QString &stage)
{
    if (stage.isEmpty())
        return QCoreApplication::translate("helios", "waiting to start");
    if (stage == QLatin1String("analysing"))
        return QCoreApplication::translate("helios", "analysing the goal");
    if (stage == QLatin1String("researching"))
        return QCoreApplication::translate("helios", "researching");
    if (stage == QLatin1String("planning"))
        return QCoreApplication::translate("helios", "planning the tasks");
    if (stage == QLatin1String("scheduling"))
        return QCoreApplication::translate("helios", "scheduling");
    if (stage == QLatin1String("repairing"))
        return QCoreApplication::translate("helios", "repairing an answer");
    return stage;
}

} // namespace

QString interruptedJobError(const QString &stage)
{
    return QCoreApplication::translate("helios",
                                       "Helios stopped while this job was %1; run it again.")
        .arg(stageInWords(stage));
}

} // namespace helios

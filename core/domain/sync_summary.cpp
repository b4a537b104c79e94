#include "core/domain/sync_summary.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace helios {

namespace {

const QString kReceived = QStringLiteral("received");
const QString kRemovedHere = QStringLiteral("deleted_here");
const QString kSent = QStringLiteral("sent");
const QString kDeletedThere = QStringLiteral("deleted_on_server");
const QString kConflicts = QStringLiteral("conflicts");
const QString kSkipped = QStringLiteral("skipped");

} // namespace

QString SyncCounts::stored() const
{
    const QJsonObject counts{{kReceived, received},   {kRemovedHere, removedHere},
                             {kSent, sent},           {kDeletedThere, deletedThere},
                             {kConflicts, conflicts}, {kSkipped, skipped}};
    return QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact));
}

std::optional<SyncCounts> SyncCounts::fromStored(const QString &text)
{
    if (!text.startsWith(QLatin1Char('{')))
        return std::nullopt;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8());
    if (!document.isObject())
        return std::nullopt;
    const QJsonObject o = document.object();
    for (const QString &key :
         {kReceived, kRemovedHere, kSent, kDeletedThere, kConflicts, kSkipped}) {
        if (!o.value(key).isDouble() || o.value(key).toInt(-1) < 0)
            return std::nullopt;
    }
    SyncCounts c;
    c.received = o.value(kReceived).toInt();
    c.removedHere = o.value(kRemovedHere).toInt();
    c.sent = o.value(kSent).toInt();
    c.deletedThere = o.value(kDeletedThere).toInt();
    c.conflicts = o.value(kConflicts).toInt();
    c.skipped = o.value(kSkipped).toInt();
    return c;
}

QString SyncCounts::sentence() const
{
    QStringList parts;
    if (received > 0)
        parts << QCoreApplication::translate("helios", "%n task(s) received", nullptr, received);
    if (removedHere > 0)
        parts << QCoreApplication::translate("helios", "%n task(s) deleted on the server", nullptr,
                                             removedHere);
    if (sent > 0)
        parts << QCoreApplication::translate("helios", "%n task(s) sent", nullptr, sent);
    if (deletedThere > 0)
        parts << QCoreApplication::translate("helios", "%n task(s) deleted from the server",
                                             nullptr, deletedThere);
    if (conflicts > 0)
        parts << QCoreApplication::translate("helios", "%n conflict(s) decided", nullptr,
                                             conflicts);
    if (skipped > 0)
        parts << QCoreApplication::translate("helios", "%n unreadable task(s) skipped", nullptr,
                                             skipped);
    if (parts.isEmpty())
        return QCoreApplication::translate("helios", "Nothing changed.");
    return QCoreApplication::translate("helios", "%1.", "the sync summary's sentence")
        .arg(parts.join(QCoreApplication::translate("helios", ", ", "list separator")));
}

QString syncSummarySentence(const QString &lastSummary)
{
    const std::optional<SyncCounts> counts = SyncCounts::fromStored(lastSummary);
    return counts ? counts->sentence() : lastSummary;
}

} // namespace helios

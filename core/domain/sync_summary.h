#pragma once

#include <QString>

#include <optional>

// What the last sync of a binding changed (SyncBinding::lastSummary), kept as counts and put in
// words by whoever shows it, in its own language: the window in Chinese shows a sync that
// helios-cli (in English) made in Chinese, and the other way round.
namespace helios {

struct SyncCounts
{
    int received = 0;     // tasks changed or added here from the server
    int removedHere = 0;  // tasks deleted here because they were deleted on the server
    int sent = 0;         // resources written to the server
    int deletedThere = 0; // resources deleted on the server
    int conflicts = 0;    // fields both sides changed
    int skipped = 0;      // server resources that could not be read

    // As lastSummary keeps it: a JSON object of the counts ({"received": 1, "sent": 3, ...}).
    QString stored() const;
    // The counts of a stored summary; nullopt for anything else (a sentence an older Helios
    // stored).
    static std::optional<SyncCounts> fromStored(const QString &text);
    // In words, in this process's language ("2 task(s) received, 1 task(s) sent.";
    // "Nothing changed.").
    QString sentence() const;

    friend bool operator==(const SyncCounts &, const SyncCounts &) = default;
};

// A binding's lastSummary in words in this process's language; a sentence an older Helios
// stored is given back as it is.
QString syncSummarySentence(const QString &lastSummary);

} // namespace helios

#pragma once

#include "core/agents/answers.h"
#include "core/domain/plain_text.h"

#include <QJsonObject>
#include <QSet>

namespace helios::agents {

// An answer turned into its type, or the reasons it was rejected: short, precise sentences
// ("Task 3 depends on \"t9\", which names no task."), sent back to the model in the repair round
// and summarised for the person when the repair fails too. value is meaningful only when ok().
template <typename T> struct Checked
{
    T value{};
    QStringList errors;
    bool ok() const { return errors.isEmpty(); }
};

Checked<Analysis> checkAnalysis(const QJsonObject &answer);
Checked<Research> checkResearch(const QJsonObject &answer);

// {"tasks": [...]}: 1..200 tasks; each a title (1..200 characters after trimming), a description
// (at most 2000), an estimate of 0.25..200 hours, dependencies by the id of a task (or its number,
// 1-based) that exist, not on itself and not in a cycle, an optional milestone. finishedIds are
// ids of tasks outside the answer that dependencies may also name (revise: finished tasks); an
// answer task may not reuse one of them.
Checked<QList<DraftTask>> checkTasks(const QJsonObject &answer,
                                     const QSet<QString> &finishedIds = {});

// Text from a model as plain text: control characters and bidirectional overrides removed
// (multiline keeps line breaks and tabs, else they become spaces), trimmed. The same as for
// every text from outside (core/domain/plain_text.h).
using helios::plainText;

} // namespace helios::agents

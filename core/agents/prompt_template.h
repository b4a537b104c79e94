#pragma once

#include "core/domain/result.h"

#include <QHash>
#include <QString>

namespace helios::agents {

// A prompt as the model gets it: the template's version (ChatRequest::promptVersion, so a new
// version of a prompt never reuses answers cached for the old one) and the two messages.
struct RenderedPrompt
{
    QString version;
    QString system;
    QString user;
};

// One prompt template from resources/prompts/<name>.md (compiled in under :/prompts/). Format:
//
//   version: analyst-1
//   [system]
//   ...system message...
//   [user]
//   ...user message...
//
// {{name}} marks a value. Values are put in in one pass and never scanned again, so text from the
// person or a model ("{{goal}}", "ignore previous instructions") stays plain text.
class PromptTemplate
{
public:
    // The template compiled in as :/prompts/<name>.md; an error names what is wrong with it.
    static Result<PromptTemplate> load(const QString &name);
    // The same from text (tests); name is only for error sentences.
    static Result<PromptTemplate> parse(const QString &name, const QString &text);

    const QString &version() const { return m_version; }

    // Every {{name}} replaced by values[name]; a name without a value is an error (a template and
    // its caller disagree: a bug, reported rather than sent to a model half-filled).
    Result<RenderedPrompt> render(const QHash<QString, QString> &values) const;

private:
    QString m_name;
    QString m_version;
    QString m_system;
    QString m_user;
};

} // namespace helios::agents

#pragma once

#include <QString>

namespace helios {

// What went wrong, in one sentence a person can read, plus the kind that decides the CLI exit code.
struct Error
{
    enum class Kind {
        Usage,      // bad input from the person (exit 2)
        Provider,   // LLM provider or network failure (exit 3)
        Validation, // LLM output rejected (exit 4)
        Storage,    // database or file failure (exit 5)
        Cancelled,  // the person cancelled (exit 130)
        NotFound,   // an id that does not exist (exit 2)
    };

    Kind kind = Kind::Usage;
    QString message;

    static Error usage(QString m) { return {Kind::Usage, std::move(m)}; }
    static Error provider(QString m) { return {Kind::Provider, std::move(m)}; }
    static Error validation(QString m) { return {Kind::Validation, std::move(m)}; }
    static Error storage(QString m) { return {Kind::Storage, std::move(m)}; }
    static Error notFound(QString m) { return {Kind::NotFound, std::move(m)}; }
    static Error cancelled(); // "Cancelled.", in the person's language
    static Error cancelled(QString m) { return {Kind::Cancelled, std::move(m)}; }
};

// Exit code contract from DESIGN.md.
int exitCodeFor(Error::Kind kind);

} // namespace helios

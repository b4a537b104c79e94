#pragma once

// An ErrorReporter that keeps what it was asked to show, for window tests.

#include "ui/dialogs/error_reporter.h"

#include <QStringList>

namespace helios::test {

class RecordingErrorReporter final : public ui::ErrorReporter
{
public:
    void reportError(QWidget *, const QString &title, const QString &message) override
    {
        titles << title;
        messages << message;
    }
    QStringList titles;
    QStringList messages;
};

} // namespace helios::test

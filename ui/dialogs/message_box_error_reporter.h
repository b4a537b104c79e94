#pragma once

#include "ui/dialogs/error_reporter.h"

namespace helios::ui {

// Shows the error in a window-modal message box without blocking: open(), never exec().
class MessageBoxErrorReporter final : public ErrorReporter
{
public:
    void reportError(QWidget *parent, const QString &title, const QString &message) override;
};

} // namespace helios::ui

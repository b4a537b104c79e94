#pragma once

#include <QString>

class QWidget;

namespace helios::ui {

// Tells the person about an error that stops them (the database cannot be opened). An interface
// so that widget tests can record the report instead of showing a message box.
class ErrorReporter
{
public:
    virtual ~ErrorReporter() = default;
    virtual void reportError(QWidget *parent, const QString &title, const QString &message) = 0;
};

} // namespace helios::ui

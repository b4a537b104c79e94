#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QString>

namespace helios::ui {

// Starting Helios with the session: the XDG autostart entry
// $XDG_CONFIG_HOME/autostart/io.github.helios.Helios.desktop (~/.config/autostart), which
// starts it in the tray (--background). Written whole or not at all; removed when turned off.
class SessionAutostart
{
    Q_DECLARE_TR_FUNCTIONS(SessionAutostart)

public:
    // configHome: the XDG config folder (default: QStandardPaths' GenericConfigLocation);
    // program: what the entry starts (default: this executable).
    explicit SessionAutostart(QString configHome = {}, QString program = {});

    QString entryPath() const;
    bool isEnabled() const;
    // Writes or removes the entry; a sentence naming the file when that fails.
    Status setEnabled(bool enabled) const;
    // The entry's text.
    QString entryText() const;

private:
    QString m_configHome;
    QString m_program;
};

} // namespace helios::ui

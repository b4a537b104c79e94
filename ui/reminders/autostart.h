#pragma once

#include "core/domain/result.h"

#include <QString>

namespace helios::ui {

// "Start Helios when I log in", after the XDG autostart specification: a desktop entry at
// $XDG_CONFIG_HOME/autostart/helios.desktop (~/.config when XDG_CONFIG_HOME is unset or not
// absolute). The entry starts `executable` with --minimized, so Helios comes up in the tray.
QString autostartFilePath();
bool isStartingAtLogin();
// Writes the entry (on) or removes it (off); an error sentence names the file when it cannot.
// Removing an entry that is not there is fine.
Status setStartAtLogin(bool on, const QString &executable);

} // namespace helios::ui

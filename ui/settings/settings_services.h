#pragma once

#include "ui/settings/settings_view_model.h"

#include <functional>

class QWidget;

namespace helios::ui {

class ApiKeyStore;
class LocalApiViewModel;
class SettingsDialog;
class SettingsFile;
class SyncViewModel;

// What the Settings dialog needs from the application, wired in app/gui/main.cpp.
struct SettingsServices
{
    SettingsFile *file = nullptr;
    ApiKeyStore *apiKeys = nullptr;
    SettingsViewModel::CacheClearer clearCache; // may be empty: no response cache
    // Called after the settings file was written, to apply the new values.
    std::function<void(const AppSettings &)> onSaved;
    // Settings → Local API; may be null (no such page).
    LocalApiViewModel *localApi = nullptr;
    // Settings → Sync; may be null (no such page).
    SyncViewModel *sync = nullptr;

    bool isComplete() const { return file && apiKeys; }
};

// A Settings dialog with its view-model, deleted when closed. services must be complete.
SettingsDialog *createSettingsDialog(const SettingsServices &services, QWidget *parent);

} // namespace helios::ui

#pragma once

#include "ui/settings/app_settings.h"

#include <QString>

#include <memory>

class QSettings;

namespace helios::ui {

// Settings → Local API: whether the window serves the local API, and on which port. Kept apart
// from AppSettings because the page acts at once rather than on OK.
struct LocalApiChoice
{
    static constexpr quint16 kDefaultPort = 8765;
    bool enabled = false; // off until the person turns it on
    quint16 port = kDefaultPort;
    friend bool operator==(const LocalApiChoice &, const LocalApiChoice &) = default;
};

// Where AppSettings persist: the application's QSettings (organisation "Helios", application
// "helios"; ~/.config/Helios/helios.conf on Linux), or an ini file of the caller's choosing
// (tests). The folders are filled in on every load; they are not saved.
class SettingsFile
{
public:
    explicit SettingsFile(AppFolders folders, QString iniPath = {});

    AppSettings load(QStringList *problems = nullptr) const;
    void save(const AppSettings &settings) const;
    // A port outside 1–65535 reads as the default.
    LocalApiChoice loadLocalApi() const;
    void saveLocalApi(const LocalApiChoice &choice) const;
    QString fileName() const;
    const AppFolders &folders() const { return m_folders; }
    // Known only once the command line is parsed (--db moves the data folder).
    void setFolders(AppFolders folders) { m_folders = std::move(folders); }

private:
    std::unique_ptr<QSettings> open() const;

    AppFolders m_folders;
    QString m_iniPath;
};

} // namespace helios::ui

#pragma once

#include "ui/settings/app_settings.h"

#include <QString>

#include <memory>

class QSettings;

namespace helios::ui {

// Where AppSettings persist: the application's QSettings (organisation "Helios", application
// "helios"; ~/.config/Helios/helios.conf on Linux), or an ini file of the caller's choosing
// (tests). The folders are filled in on every load; they are not saved.
class SettingsFile
{
public:
    explicit SettingsFile(AppFolders folders, QString iniPath = {});

    AppSettings load(QStringList *problems = nullptr) const;
    void save(const AppSettings &settings) const;
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

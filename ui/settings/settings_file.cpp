#include "ui/settings/settings_file.h"

#include <QSettings>

namespace helios::ui {

SettingsFile::SettingsFile(AppFolders folders, QString iniPath)
    : m_folders(std::move(folders)), m_iniPath(std::move(iniPath))
{}

std::unique_ptr<QSettings> SettingsFile::open() const
{
    if (m_iniPath.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(m_iniPath, QSettings::IniFormat);
}

AppSettings SettingsFile::load(QStringList *problems) const
{
    const auto settings = open();
    AppSettings loaded = AppSettings::load(*settings, problems);
    loaded.folders = m_folders;
    return loaded;
}

void SettingsFile::save(const AppSettings &settings) const
{
    const auto file = open();
    settings.save(*file);
}

QString SettingsFile::fileName() const
{
    return open()->fileName();
}

} // namespace helios::ui

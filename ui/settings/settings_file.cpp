#include "ui/settings/settings_file.h"

#include <QSettings>

namespace helios::ui {

namespace {
const QString kLocalApiEnabled = QStringLiteral("localApi/enabled");
const QString kLocalApiPort = QStringLiteral("localApi/port");
} // namespace

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

LocalApiChoice SettingsFile::loadLocalApi() const
{
    const auto file = open();
    LocalApiChoice choice;
    choice.enabled = file->value(kLocalApiEnabled, false).toBool();
    bool isNumber = false;
    const int port = file->value(kLocalApiPort, int(choice.port)).toInt(&isNumber);
    if (isNumber && port >= 1 && port <= 65535)
        choice.port = quint16(port);
    return choice;
}

void SettingsFile::saveLocalApi(const LocalApiChoice &choice) const
{
    const auto file = open();
    file->setValue(kLocalApiEnabled, choice.enabled);
    file->setValue(kLocalApiPort, int(choice.port));
}

QString SettingsFile::fileName() const
{
    return open()->fileName();
}

} // namespace helios::ui

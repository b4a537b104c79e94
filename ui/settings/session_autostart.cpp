#include "ui/settings/session_autostart.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace helios::ui {

namespace {

const QString kEntryName = QStringLiteral("io.github.helios.Helios.desktop");

// An Exec argument as the Desktop Entry spec quotes it: in double quotes, with ", `, $ and \
// escaped by a backslash.
QString quoted(QString argument)
{
    for (const QChar c : {QLatin1Char('\\'), QLatin1Char('"'), QLatin1Char('`'), QLatin1Char('$')})
        argument.replace(c, QStringLiteral("\\") + c);
    return QLatin1Char('"') + argument + QLatin1Char('"');
}

} // namespace

SessionAutostart::SessionAutostart(QString configHome, QString program)
    : m_configHome(configHome.isEmpty()
                       ? QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                       : std::move(configHome)),
      m_program(program.isEmpty() ? QCoreApplication::applicationFilePath() : std::move(program))
{}

QString SessionAutostart::entryPath() const
{
    return QDir(m_configHome).filePath(QStringLiteral("autostart/") + kEntryName);
}

bool SessionAutostart::isEnabled() const
{
    return QFileInfo::exists(entryPath());
}

QString SessionAutostart::entryText() const
{
    // The Exec escape of %: a literal % is written %%.
    const QString exec = quoted(m_program).replace(QLatin1Char('%'), QStringLiteral("%%"));
    return QStringLiteral("[Desktop Entry]\n"
                          "Type=Application\n"
                          "Name=Helios\n"
                          "Comment=%1\n"
                          "Exec=%2 --background\n"
                          "Icon=io.github.helios.Helios\n"
                          "Terminal=false\n"
                          "X-GNOME-Autostart-enabled=true\n")
        .arg(tr("Reminders of the day's tasks"), exec);
}

Status SessionAutostart::setEnabled(bool enabled) const
{
    const QString path = entryPath();
    if (!enabled) {
        if (QFileInfo::exists(path) && !QFile::remove(path))
            return Error::storage(
                tr("Could not remove %1, so Helios will still start with the session.")
                    .arg(QDir::toNativeSeparators(path)));
        return Ok{};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::storage(tr("Could not create the folder %1 for the autostart entry.")
                                  .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entryText().toUtf8()) < 0 ||
        !file.commit())
        return Error::storage(tr("Could not write the autostart entry %1: %2.")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    return Ok{};
}

} // namespace helios::ui

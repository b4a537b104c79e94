#include "ui/reminders/autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace helios::ui {

namespace {

// Exec= quoting of the desktop entry specification: arguments with reserved characters go in
// double quotes, with ", `, $ and \ escaped.
QString quotedExec(const QString &path)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = false;
    for (const QChar c : path)
        needsQuotes = needsQuotes || reserved.contains(c);
    if (!needsQuotes)
        return path;
    QString escaped;
    for (const QChar c : path) {
        if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('$') ||
            c == QLatin1Char('\\'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QString autostartFilePath()
{
    QString config = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (config.isEmpty() || QDir::isRelativePath(config))
        config = QDir::homePath() + QStringLiteral("/.config");
    return config + QStringLiteral("/autostart/helios.desktop");
}

bool isStartingAtLogin()
{
    return QFileInfo::exists(autostartFilePath());
}

Status setStartAtLogin(bool on, const QString &executable)
{
    const QString path = autostartFilePath();
    if (!on) {
        if (QFile::exists(path) && !QFile::remove(path))
            return Error::storage(
                QCoreApplication::translate("helios", "%1 could not be removed.").arg(path));
        return Ok{};
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::storage(
            QCoreApplication::translate("helios", "The folder of %1 could not be made.").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return Error::storage(QCoreApplication::translate("helios", "%1 could not be written: %2")
                                  .arg(path, file.errorString()));
    const QString entry = QStringLiteral("[Desktop Entry]\n"
                                         "Type=Application\n"
                                         "Name=Helios\n"
                                         "Comment=Reminders of the day's tasks\n"
                                         "Exec=%1 --minimized\n"
                                         "Icon=io.github.helios.Helios\n"
                                         "Terminal=false\n"
                                         "X-GNOME-Autostart-enabled=true\n")
                              .arg(quotedExec(executable));
    file.write(entry.toUtf8());
    if (!file.commit())
        return Error::storage(QCoreApplication::translate("helios", "%1 could not be written: %2")
                                  .arg(path, file.errorString()));
    return Ok{};
}

} // namespace helios::ui

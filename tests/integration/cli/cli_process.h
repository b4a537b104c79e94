#pragma once

// Runs the real helios-cli binary (helios::test::cliPath()) for the end-to-end tests.

#include "tests/support/test_paths.h"
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace helios::test {

// What one run of helios-cli did.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QStringList errLines() const
    {
        return QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(exitCode)
            .arg(QString::fromUtf8(out.left(2000)), QString::fromUtf8(err));
    }
};

inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The environment helios-cli runs in: no $HELIOS_DB or $HELIOS_DB_WORKERS, and data folders
// inside `folder`, never the person's real ones, even by mistake.
inline QProcessEnvironment cliEnvironment(const QString &folder)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("HELIOS_DB"));
    env.remove(QStringLiteral("HELIOS_DB_WORKERS"));
    const QDir dir(folder);
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("xdg-data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("xdg-config")));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    return env;
}

// What a started helios-cli did, once it finished (finishedInTime) or was killed for not finishing.
// Tests that serve a model server in this process wait with a QSignalSpy (the event loop keeps
// serving) and pass its answer; the others block in runCli.
inline CliRun finishRun(QProcess &process, bool finishedInTime)
{
    CliRun result;
    if (!finishedInTime) {
        process.kill();
        process.waitForFinished();
        result.err = "helios-cli did not finish in time";
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

inline CliRun runCli(const QStringList &arguments, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(helios::test::cliPath(), arguments);
    return finishRun(process, process.waitForFinished(60000));
}

} // namespace helios::test

#pragma once

// Shared by the screenshot tests: where the pictures go, and a check that one has content.

#include <QDir>
#include <QImage>
#include <QSet>
#include <QString>

namespace helios::test {

// $HELIOS_TEST_ARTIFACTS, or helios-test-artifacts in the temporary folder; made if missing.
inline QString artifactsFolder()
{
    QString folder = qEnvironmentVariable("HELIOS_TEST_ARTIFACTS");
    if (folder.isEmpty())
        folder = QDir::temp().filePath(QStringLiteral("helios-test-artifacts"));
    QDir().mkpath(folder);
    return folder;
}

// How many colours a picture has, sampling every third pixel of every third row: a blank or
// one-colour window has a handful, a drawn one dozens.
inline int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    return static_cast<int>(colours.size());
}

} // namespace helios::test

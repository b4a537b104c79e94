#pragma once

#include "core/domain/backup_info.h"

#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace helios::ui {

// The questions Helios asks about backups. An interface so that widget tests can answer them
// instead of showing dialogs. Implementations never block: they call `answer` later, once.
class BackupPrompts
{
public:
    virtual ~BackupPrompts() = default;

    // The database could not be opened (`problem`, one sentence): offers the newest backup.
    // answer(true): restore it; answer(false): quit.
    virtual void offerRestore(QWidget *parent, const QString &problem, const BackupInfo &latest,
                              std::function<void(bool restore)> answer) = 0;

    // File → Restore from backup…: the person picks one of `backups` (newest first) and
    // confirms. answer(path) with the chosen file, or an empty path when they cancelled.
    virtual void chooseBackup(QWidget *parent, const QList<BackupInfo> &backups,
                              std::function<void(const QString &path)> answer) = 0;
};

} // namespace helios::ui

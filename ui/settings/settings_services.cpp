#include "ui/settings/settings_services.h"

#include "ui/settings/settings_dialog.h"

namespace helios::ui {

SettingsDialog *createSettingsDialog(const SettingsServices &services, QWidget *parent)
{
    auto *viewModel = new SettingsViewModel(*services.file, *services.apiKeys, services.clearCache);
    auto *dialog = new SettingsDialog(*viewModel, parent, services.localApi, services.sync);
    viewModel->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (services.onSaved)
        QObject::connect(viewModel, &SettingsViewModel::saved, dialog, services.onSaved);
    return dialog;
}

} // namespace helios::ui

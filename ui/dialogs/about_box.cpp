#include "ui/dialogs/about_box.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace helios::ui {

void showAboutBox(QWidget *parent)
{
    auto *box = new QMessageBox(parent);
    box->setWindowTitle(QCoreApplication::translate("AboutBox", "About Helios"));
    box->setTextFormat(Qt::RichText);
    box->setText(QStringLiteral("<h3>Helios %1</h3>").arg(QCoreApplication::applicationVersion()));
    box->setInformativeText(QCoreApplication::translate(
        "AboutBox", "An adaptive goal planner. Describe a goal and Helios turns it into a dated "
                    "plan of tasks that adapts as you work. It runs offline and keeps everything "
                    "in a local database."));
    box->addButton(QCoreApplication::translate("AboutBox", "Close"), QMessageBox::AcceptRole);
    // QMessageBox sizes itself to its shortest line; give the text room to read as a paragraph.
    box->setStyleSheet(QStringLiteral("QLabel { min-width: 26em; }"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace helios::ui

#include "ui/dialogs/message_box_error_reporter.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace helios::ui {

void MessageBoxErrorReporter::reportError(QWidget *parent, const QString &title,
                                          const QString &message)
{
    // The title also heads the text: window titles are easy to miss, and some have none.
    auto *box = new QMessageBox(parent);
    box->setIcon(QMessageBox::Critical);
    box->setWindowTitle(title);
    box->setTextFormat(Qt::RichText);
    box->setText(QStringLiteral("<p><b>%1</b></p><p>%2</p>")
                     .arg(title.toHtmlEscaped(), message.toHtmlEscaped()));
    box->addButton(QCoreApplication::translate("MessageBoxErrorReporter", "Close"),
                   QMessageBox::AcceptRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace helios::ui

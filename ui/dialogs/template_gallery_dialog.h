#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace helios::ui {

class FileChooser;
class TemplateGalleryViewModel;

// The Template gallery, bound to a TemplateGalleryViewModel: categories on the left (all, the
// person's own, then the knowledge base's families), a search field, a page of templates with
// Previous/Next, and the selected template's tasks as a preview. "Use this template" hands the
// template to New goal (TemplateGalleryViewModel::templateReady); "Save current plan as
// template", "Import template…" and "Export template…" work on files through the FileChooser.
// Never modal; failures are shown in the dialog as one sentence.
class TemplateGalleryDialog : public QDialog
{
    Q_OBJECT

public:
    // currentPlanId: the plan "Save current plan as template" copies (0: none).
    TemplateGalleryDialog(TemplateGalleryViewModel &gallery, FileChooser &chooser,
                          std::function<qint64()> currentPlanId, QWidget *parent = nullptr);

    QString messageText() const;

private:
    void onPageLoaded();
    void onPreviewChanged();
    void updateButtons();
    void showMessage(const QString &text, bool error);
    void exportSelected();
    void importTemplate();

    TemplateGalleryViewModel &m_gallery;
    FileChooser &m_chooser;
    std::function<qint64()> m_currentPlanId;
    QListWidget *m_categories = nullptr;
    QLineEdit *m_search = nullptr;
    QListView *m_list = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_pageLabel = nullptr;
    QLabel *m_previewTitle = nullptr;
    QLabel *m_previewSummary = nullptr;
    QTreeWidget *m_previewTasks = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_use = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_saveCurrent = nullptr;
};

} // namespace helios::ui

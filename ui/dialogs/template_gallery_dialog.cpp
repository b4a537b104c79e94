#include "ui/dialogs/template_gallery_dialog.h"

#include "ui/dialogs/file_chooser.h"
#include "ui/models/display_format.h"
#include "ui/viewmodels/template_gallery_view_model.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace helios::ui {

namespace {

const QColor kErrorColor(0xb0, 0x2a, 0x1b);

// A file name (no suffix) from a template's goal: letters, digits and CJK kept, the rest a dash.
QString fileNameFor(const QString &title)
{
    QString name;
    for (const QChar c : title.simplified()) {
        if (c.isLetterOrNumber())
            name += c.toLower();
        else if (!name.endsWith(QLatin1Char('-')))
            name += QLatin1Char('-');
    }
    while (name.endsWith(QLatin1Char('-')))
        name.chop(1);
    return name.isEmpty() ? QStringLiteral("template") : name.left(60);
}

} // namespace

TemplateGalleryDialog::TemplateGalleryDialog(TemplateGalleryViewModel &gallery,
                                             FileChooser &chooser,
                                             std::function<qint64()> currentPlanId, QWidget *parent)
    : QDialog(parent), m_gallery(gallery), m_chooser(chooser),
      m_currentPlanId(std::move(currentPlanId))
{
    setWindowTitle(tr("Template gallery"));
    setObjectName(QStringLiteral("templateGalleryDialog"));

    m_categories = new QListWidget(this);
    m_categories->setObjectName(QStringLiteral("categoryList"));
    auto *all = new QListWidgetItem(tr("All templates"), m_categories);
    all->setData(Qt::UserRole, QString());
    for (const GalleryCategory &category : m_gallery.categories()) {
        auto *item = new QListWidgetItem(category.id == kOwnTemplatesCategory ? tr("My templates")
                                                                              : category.name,
                                         m_categories);
        item->setData(Qt::UserRole, category.id);
    }
    m_categories->setCurrentRow(0);
    m_categories->setMaximumWidth(200);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search templates, in English or Chinese"));
    m_search->setClearButtonEnabled(true);

    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setModel(m_gallery.templates());
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);

    m_previous = new QPushButton(tr("Previous"), this);
    m_previous->setObjectName(QStringLiteral("previousPageButton"));
    m_next = new QPushButton(tr("Next"), this);
    m_next->setObjectName(QStringLiteral("nextPageButton"));
    m_pageLabel = new QLabel(this);
    m_pageLabel->setObjectName(QStringLiteral("pageLabel"));
    m_pageLabel->setAlignment(Qt::AlignCenter);
    auto *paging = new QHBoxLayout;
    paging->addWidget(m_previous);
    paging->addWidget(m_pageLabel, 1);
    paging->addWidget(m_next);

    auto *listColumn = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listColumn);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_list, 1);
    listLayout->addLayout(paging);

    m_previewTitle = new QLabel(this);
    m_previewTitle->setObjectName(QStringLiteral("previewTitle"));
    m_previewTitle->setWordWrap(true);
    QFont bold = m_previewTitle->font();
    bold.setBold(true);
    m_previewTitle->setFont(bold);
    m_previewSummary = new QLabel(this);
    m_previewSummary->setObjectName(QStringLiteral("previewSummary"));
    m_previewSummary->setWordWrap(true);
    m_previewTasks = new QTreeWidget(this);
    m_previewTasks->setObjectName(QStringLiteral("previewTasks"));
    m_previewTasks->setRootIsDecorated(false);
    m_previewTasks->setColumnCount(3);
    m_previewTasks->setHeaderLabels({tr("Task"), tr("Hours"), tr("Due")});
    m_previewTasks->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_previewTasks->header()->setStretchLastSection(false);

    auto *previewColumn = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewColumn);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_previewTitle);
    previewLayout->addWidget(m_previewSummary);
    previewLayout->addWidget(m_previewTasks, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_categories);
    splitter->addWidget(listColumn);
    splitter->addWidget(previewColumn);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({180, 300, 460});

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("galleryMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    m_import = new QPushButton(tr("Import template…"), this);
    m_import->setObjectName(QStringLiteral("importTemplateButton"));
    m_export = new QPushButton(tr("Export template…"), this);
    m_export->setObjectName(QStringLiteral("exportTemplateButton"));
    m_saveCurrent = new QPushButton(tr("Save current plan as template"), this);
    m_saveCurrent->setObjectName(QStringLiteral("saveAsTemplateButton"));
    m_use = new QPushButton(tr("Use this template"), this);
    m_use->setObjectName(QStringLiteral("useTemplateButton"));
    m_use->setDefault(true);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_export);
    buttons->addWidget(m_saveCurrent);
    buttons->addStretch(1);
    buttons->addWidget(m_use);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_categories, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (current)
            m_gallery.setCategory(current->data(Qt::UserRole).toString());
    });
    connect(m_search, &QLineEdit::textChanged, &m_gallery, &TemplateGalleryViewModel::setSearch);
    connect(m_previous, &QPushButton::clicked, &m_gallery, &TemplateGalleryViewModel::previousPage);
    connect(m_next, &QPushButton::clicked, &m_gallery, &TemplateGalleryViewModel::nextPage);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { m_gallery.select(current.row()); });
    connect(m_list, &QListView::doubleClicked, &m_gallery, &TemplateGalleryViewModel::useSelected);
    connect(m_use, &QPushButton::clicked, &m_gallery, &TemplateGalleryViewModel::useSelected);
    connect(m_export, &QPushButton::clicked, this, &TemplateGalleryDialog::exportSelected);
    connect(m_import, &QPushButton::clicked, this, &TemplateGalleryDialog::importTemplate);
    connect(m_saveCurrent, &QPushButton::clicked, this,
            [this]() { m_gallery.saveAsTemplate(m_currentPlanId ? m_currentPlanId() : 0); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    connect(&m_gallery, &TemplateGalleryViewModel::pageLoaded, this,
            &TemplateGalleryDialog::onPageLoaded);
    connect(&m_gallery, &TemplateGalleryViewModel::previewChanged, this,
            &TemplateGalleryDialog::onPreviewChanged);
    connect(&m_gallery, &TemplateGalleryViewModel::failed, this,
            [this](const QString &message) { showMessage(message, true); });
    connect(&m_gallery, &TemplateGalleryViewModel::savedAsTemplate, this, [this]() {
        showMessage(tr("The plan is saved as a template: find it under My templates."), false);
    });
    connect(&m_gallery, &TemplateGalleryViewModel::exported, this, [this](const QString &path) {
        showMessage(tr("Template exported to %1.").arg(QDir::toNativeSeparators(path)), false);
    });
    connect(&m_gallery, &TemplateGalleryViewModel::imported, this, [this]() {
        // The view-model now shows the person's own templates.
        for (int row = 0; row < m_categories->count(); ++row) {
            if (m_categories->item(row)->data(Qt::UserRole).toString() == kOwnTemplatesCategory) {
                const QSignalBlocker blocker(m_categories);
                m_categories->setCurrentRow(row);
            }
        }
        {
            const QSignalBlocker blocker(m_search);
            m_search->clear();
        }
        showMessage(tr("Template imported: find it under My templates."), false);
    });
    connect(&m_gallery, &TemplateGalleryViewModel::busyChanged, this,
            &TemplateGalleryDialog::updateButtons);

    onPageLoaded();
    onPreviewChanged();
    resize(1000, 600);
    m_gallery.refresh();
}

QString TemplateGalleryDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void TemplateGalleryDialog::onPageLoaded()
{
    m_pageLabel->setText(tr("Page %1 of %2 · %n template(s)", nullptr, m_gallery.total())
                             .arg(m_gallery.page())
                             .arg(m_gallery.pageCount()));
    if (m_gallery.templates()->rowCount() > 0 && !m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_gallery.templates()->index(0));
    updateButtons();
}

void TemplateGalleryDialog::onPreviewChanged()
{
    m_previewTasks->clear();
    const std::optional<Plan> &plan = m_gallery.preview();
    if (!plan) {
        m_previewTitle->setText(m_gallery.selectedId().isEmpty() ? tr("Choose a template")
                                                                 : tr("Loading…"));
        m_previewSummary->clear();
        updateButtons();
        return;
    }
    m_previewTitle->setText(plan->goal);
    double hours = 0;
    QDate last;
    for (const Task &task : plan->tasks) {
        hours += task.estimateHours;
        auto *item = new QTreeWidgetItem(m_previewTasks);
        item->setText(0, task.event ? tr("%1 (the day itself)").arg(task.title) : task.title);
        item->setToolTip(0, plainToolTip(task.notes.isEmpty() ? task.title : task.notes));
        item->setText(1, formatHours(task.estimateHours));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(2, formatDate(task.dueDate));
        if (task.dueDate.isValid() && (!last.isValid() || task.dueDate > last))
            last = task.dueDate;
    }
    QString summary = tr("%n task(s)", nullptr, int(plan->tasks.size())) + QStringLiteral(" · ") +
                      tr("%1 h in all").arg(formatHours(hours));
    if (last.isValid())
        summary += QStringLiteral(" · ") + tr("done by %1 at %2 h a week")
                                               .arg(formatDate(last))
                                               .arg(formatHours(plan->hoursPerWeek));
    m_previewSummary->setText(summary);
    m_previewTasks->resizeColumnToContents(1);
    m_previewTasks->resizeColumnToContents(2);
    updateButtons();
}

void TemplateGalleryDialog::updateButtons()
{
    m_previous->setEnabled(m_gallery.page() > 1);
    m_next->setEnabled(m_gallery.page() < m_gallery.pageCount());
    const bool selected = m_gallery.preview().has_value();
    m_use->setEnabled(selected);
    m_export->setEnabled(selected);
    m_saveCurrent->setEnabled(m_currentPlanId && m_currentPlanId() > 0);
}

void TemplateGalleryDialog::showMessage(const QString &text, bool error)
{
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     error ? kErrorColor : QWidget::palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void TemplateGalleryDialog::exportSelected()
{
    if (!m_gallery.preview())
        return;
    const QString path =
        m_chooser.chooseTemplateExportFile(this, fileNameFor(m_gallery.preview()->goal));
    if (!path.isEmpty())
        m_gallery.exportSelected(path);
}

void TemplateGalleryDialog::importTemplate()
{
    const QString path = m_chooser.chooseTemplateImportFile(this);
    if (!path.isEmpty())
        m_gallery.importFile(path);
}

} // namespace helios::ui

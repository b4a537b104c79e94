#include "ui/viewmodels/template_gallery_view_model.h"

#include <QLocale>
#include <QPointer>

namespace helios::ui {

int TemplateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_templates.size());
}

QVariant TemplateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GalleryTemplate &t = m_templates.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return t.title;
    case Qt::ToolTipRole:
        return t.goal;
    case IdRole:
        return t.id;
    case CategoryRole:
        return t.categoryName;
    case TaskCountRole:
        return t.taskCount;
    case HoursRole:
        return t.totalHours;
    case BuiltInRole:
        return t.builtIn;
    default:
        return {};
    }
}

QHash<int, QByteArray> TemplateListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "templateId");
    names.insert(CategoryRole, "category");
    names.insert(TaskCountRole, "taskCount");
    names.insert(HoursRole, "hours");
    names.insert(BuiltInRole, "builtIn");
    return names;
}

void TemplateListModel::setTemplates(QList<GalleryTemplate> templates)
{
    beginResetModel();
    m_templates = std::move(templates);
    endResetModel();
}

const GalleryTemplate *TemplateListModel::at(int row) const
{
    return row >= 0 && row < m_templates.size() ? &m_templates.at(row) : nullptr;
}

TemplateGalleryViewModel::TemplateGalleryViewModel(TemplateGallery &gallery, QObject *parent)
    : QObject(parent), m_gallery(gallery), m_model(new TemplateListModel(this))
{}

QString TemplateGalleryViewModel::uiLanguage()
{
    return QLocale().language() == QLocale::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
}

QList<GalleryCategory> TemplateGalleryViewModel::categories() const
{
    return TemplateGallery::categories(uiLanguage());
}

int TemplateGalleryViewModel::pageCount() const
{
    return std::max(1, (m_total + kPageSize - 1) / kPageSize);
}

void TemplateGalleryViewModel::refresh()
{
    loadPage();
}

void TemplateGalleryViewModel::setCategory(const QString &category)
{
    if (category == m_category)
        return;
    m_category = category;
    m_page = 1;
    loadPage();
}

void TemplateGalleryViewModel::setSearch(const QString &search)
{
    const QString simplified = search.simplified();
    if (simplified == m_search)
        return;
    m_search = simplified;
    m_page = 1;
    loadPage();
}

void TemplateGalleryViewModel::nextPage()
{
    if (m_page >= pageCount())
        return;
    ++m_page;
    loadPage();
}

void TemplateGalleryViewModel::previousPage()
{
    if (m_page <= 1)
        return;
    --m_page;
    loadPage();
}

void TemplateGalleryViewModel::setRunning(int delta)
{
    const bool was = isBusy();
    m_running += delta;
    if (was != isBusy())
        Q_EMIT busyChanged(isBusy());
}

QCoro::Task<> TemplateGalleryViewModel::loadPage()
{
    QPointer self(this);
    const quint64 run = ++m_pageRun;
    setRunning(1);
    GalleryQuery query;
    query.category = m_category;
    query.search = m_search;
    query.page = m_page;
    query.limit = kPageSize;
    query.language = uiLanguage();
    query.today = m_today;
    TemplateGallery &gallery = m_gallery;
    QCoro::Task<Result<Page<GalleryTemplate>>> loading = gallery.page(query);
    Result<Page<GalleryTemplate>> page = co_await std::move(loading);
    if (!self)
        co_return;
    setRunning(-1);
    if (run != m_pageRun)
        co_return;
    if (!page) {
        Q_EMIT failed(page.error().message);
        co_return;
    }
    m_total = page->total;
    m_model->setTemplates(std::move(page->items));
    select(-1);
    Q_EMIT pageLoaded();
}

void TemplateGalleryViewModel::select(int row)
{
    const GalleryTemplate *t = m_model->at(row);
    const QString id = t ? t->id : QString();
    if (id == m_selectedId && (m_preview || id.isEmpty()))
        return;
    m_selectedId = id;
    m_preview.reset();
    ++m_previewRun;
    Q_EMIT previewChanged();
    if (!id.isEmpty())
        loadPreview(id);
}

QCoro::Task<> TemplateGalleryViewModel::loadPreview(QString id)
{
    QPointer self(this);
    const quint64 run = m_previewRun;
    setRunning(1);
    TemplateGallery &gallery = m_gallery;
    QCoro::Task<Result<Plan>> loading = gallery.templatePlan(id, uiLanguage(), m_today);
    Result<Plan> plan = co_await std::move(loading);
    if (!self)
        co_return;
    setRunning(-1);
    if (run != m_previewRun)
        co_return;
    if (!plan) {
        Q_EMIT failed(plan.error().message);
        co_return;
    }
    m_preview = std::move(*plan);
    Q_EMIT previewChanged();
}

void TemplateGalleryViewModel::useSelected()
{
    if (!m_selectedId.isEmpty())
        runUse(m_selectedId);
}

QCoro::Task<> TemplateGalleryViewModel::runUse(QString id)
{
    QPointer self(this);
    setRunning(1);
    Goal goal;
    goal.today = m_today;
    TemplateGallery &gallery = m_gallery;
    QCoro::Task<Result<Plan>> drafting = gallery.planFromTemplate(id, goal, uiLanguage());
    Result<Plan> draft = co_await std::move(drafting);
    if (!self)
        co_return;
    setRunning(-1);
    if (!draft) {
        Q_EMIT failed(draft.error().message);
        co_return;
    }
    goal.text = draft->goal;
    goal.deadline = draft->deadline;
    Q_EMIT templateReady(*draft, goal);
}

void TemplateGalleryViewModel::saveAsTemplate(qint64 planId)
{
    if (planId > 0)
        runSave(planId);
}

QCoro::Task<> TemplateGalleryViewModel::runSave(qint64 planId)
{
    QPointer self(this);
    setRunning(1);
    TemplateGallery &gallery = m_gallery;
    QCoro::Task<Result<Plan>> saving = gallery.saveAsTemplate(planId);
    Result<Plan> saved = co_await std::move(saving);
    if (!self)
        co_return;
    setRunning(-1);
    if (!saved) {
        Q_EMIT failed(saved.error().message);
        co_return;
    }
    Q_EMIT savedAsTemplate(saved->id);
    loadPage();
}

void TemplateGalleryViewModel::exportSelected(const QString &path)
{
    if (!m_selectedId.isEmpty() && !path.isEmpty())
        runExport(m_selectedId, path);
}

QCoro::Task<> TemplateGalleryViewModel::runExport(QString id, QString path)
{
    QPointer self(this);
    setRunning(1);
    TemplateGallery &gallery = m_gallery;
    QCoro::Task<Status> exporting = gallery.exportTemplate(id, path, uiLanguage(), m_today);
    Status exported = co_await std::move(exporting);
    if (!self)
        co_return;
    setRunning(-1);
    if (!exported) {
        Q_EMIT failed(exported.error().message);
        co_return;
    }
    Q_EMIT this->exported(path);
}

void TemplateGalleryViewModel::importFile(const QString &path)
{
    if (!path.isEmpty())
        runImport(path);
}

QCoro::Task<> TemplateGalleryViewModel::runImport(QString path)
{
    QPointer self(this);
    setRunning(1);
    TemplateGallery &gallery = m_gallery;
    QCoro::Task<Result<Plan>> importing = gallery.importTemplate(path, m_today);
    Result<Plan> imported = co_await std::move(importing);
    if (!self)
        co_return;
    setRunning(-1);
    if (!imported) {
        Q_EMIT failed(imported.error().message);
        co_return;
    }
    Q_EMIT this->imported(imported->id);
    // The person's own templates come first: show them.
    m_category = QString(kOwnTemplatesCategory);
    m_search.clear();
    m_page = 1;
    loadPage();
}

} // namespace helios::ui

#pragma once

#include "core/domain/goal.h"
#include "core/domain/plan.h"
#include "core/jobs/template_gallery.h"

#include <QAbstractListModel>
#include <QDate>
#include <QObject>

#include <qcoro/qcorotask.h>

#include <optional>

namespace helios::ui {

// One page of the gallery's templates: the title to show, the goal as a tooltip.
class TemplateListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // "kind:events/wedding" or "12"
        CategoryRole,              // the category's name
        TaskCountRole,
        HoursRole,
        BuiltInRole,
    };

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setTemplates(QList<GalleryTemplate> templates);
    const GalleryTemplate *at(int row) const;

private:
    QList<GalleryTemplate> m_templates;
};

// The Template gallery window without widgets: a category (or all), a search and a page of
// templates from the TemplateGallery; the selected template's plan as a preview; "Use this
// template" (a draft for the New goal preview, nothing saved), "Save as template" of a plan,
// export and import of template files. Everything runs as coroutines; results that arrive after
// a newer request are dropped; failures come back as one sentence (failed()).
class TemplateGalleryViewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)

public:
    static constexpr int kPageSize = 12;

    // The gallery must outlive the view-model.
    explicit TemplateGalleryViewModel(TemplateGallery &gallery, QObject *parent = nullptr);

    // "zh" when the application's locale is Chinese, else "en".
    static QString uiLanguage();
    // Every category, the person's own first, named in the UI language.
    QList<GalleryCategory> categories() const;
    QString category() const { return m_category; }
    QString search() const { return m_search; }
    int page() const { return m_page; }
    int pageCount() const;
    int total() const { return m_total; }
    TemplateListModel *templates() const { return m_model; }
    // The selected template's id and plan (empty while none is selected or it is loading).
    QString selectedId() const { return m_selectedId; }
    const std::optional<Plan> &preview() const { return m_preview; }
    bool isBusy() const { return m_running > 0; }
    // Built-in plans are drafted from this day (default: today).
    void setToday(const QDate &today) { m_today = today; }
    QDate today() const { return m_today; }

public Q_SLOTS:
    void refresh();
    // "" for every category.
    void setCategory(const QString &category);
    void setSearch(const QString &search);
    void nextPage();
    void previousPage();
    // A row of templates(); -1 clears the selection.
    void select(int row);
    // A draft of the selected template for its own goal (templateReady).
    void useSelected();
    // Saves a copy of the plan as the person's own template (savedAsTemplate).
    void saveAsTemplate(qint64 planId);
    void exportSelected(const QString &path);
    void importFile(const QString &path);

Q_SIGNALS:
    void pageLoaded();
    void previewChanged();
    void templateReady(const helios::Plan &draft, const helios::Goal &goal);
    void savedAsTemplate(qint64 templateId);
    void exported(const QString &path);
    void imported(qint64 templateId);
    void failed(const QString &message);
    void busyChanged(bool busy);

private:
    QCoro::Task<> loadPage();
    QCoro::Task<> loadPreview(QString id);
    QCoro::Task<> runUse(QString id);
    QCoro::Task<> runSave(qint64 planId);
    QCoro::Task<> runExport(QString id, QString path);
    QCoro::Task<> runImport(QString path);
    void setRunning(int delta);

    TemplateGallery &m_gallery;
    TemplateListModel *m_model;
    QString m_category;
    QString m_search;
    int m_page = 1;
    int m_total = 0;
    QDate m_today = QDate::currentDate();
    quint64 m_pageRun = 0;
    quint64 m_previewRun = 0;
    QString m_selectedId;
    std::optional<Plan> m_preview;
    int m_running = 0;
};

} // namespace helios::ui

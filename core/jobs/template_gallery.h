#pragma once

#include "core/domain/goal.h"
#include "core/domain/plan.h"
#include "core/domain/plan_queries.h"
#include "core/domain/plan_writes.h"
#include "core/domain/result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <qcoro/qcorotask.h>

namespace helios {

// The category of the person's own templates in the gallery (the others are the knowledge
// base's families: "learning", "events", ...).
inline constexpr QLatin1StringView kOwnTemplatesCategory("mine");
// Built-in template ids are this prefix and the kind: "kind:events/wedding".
inline constexpr QLatin1StringView kBuiltInTemplatePrefix("kind:");
// Template files (helios-cli template import, the gallery's Import) are refused above this size
// or with more tasks, before anything is saved.
inline constexpr qint64 kMaxTemplateFileBytes = qint64(1024) * 1024;
inline constexpr int kMaxTemplateTasks = 500;

// One template in the gallery: a built-in one (a knowledge-base kind, its plan drafted on
// demand from the kind's sample goal) or one of the person's own (a saved plan offered as a
// template).
struct GalleryTemplate
{
    QString id;           // "kind:events/wedding", or the plan id ("12") of an own template
    bool builtIn = false; // a knowledge-base kind
    qint64 planId = 0;    // an own template's plan
    QString kindId;       // a built-in template's kind ("events/wedding")
    QString category;     // the kind's family ("events"), or kOwnTemplatesCategory
    QString categoryName; // in the gallery's language
    QString title;        // the kind's name, or the own template's goal
    QString goal;         // the goal a plan from it starts with (the kind's sample goal)
    int taskCount = 0;
    double totalHours = 0.0;
    bool event = false; // the plan ends in a dated event
};

struct GalleryCategory
{
    QString id;   // a family, or kOwnTemplatesCategory
    QString name; // in the gallery's language
};

struct GalleryQuery
{
    QString category; // empty: every category
    QString search;   // empty: everything; else case-insensitive, in English or Chinese
    int page = 1;     // from 1 (less is 1)
    int limit = 20;   // kept within 1..500
    QString language; // "zh" for Chinese, anything else English
    QDate today;      // built-in plans are drafted from this day (invalid: today)
};

// The template gallery (issue 14, item 5): the knowledge base's kinds as built-in templates
// beside the person's own, by category, searchable and paged, for `helios-cli templates` and the
// window's Template gallery alike. Own templates are read a page at a time through
// PlanQueries::templates (the Store serves repeated pages from its query cache). Built-in plans
// are drafted by the offline planner when asked for and never stored.
class TemplateGallery
{
public:
    // Without storage (no database yet) the gallery holds only the built-in templates. The
    // storage must outlive the gallery.
    TemplateGallery() = default;
    TemplateGallery(PlanQueries &queries, PlanWrites &writes);
    template <typename S>
    requires std::derived_from<S, PlanQueries> && std::derived_from<S, PlanWrites>
    explicit TemplateGallery(S &storage) : TemplateGallery(storage, storage) {}

    // The person's own templates first, then the built-in families in the knowledge base's
    // order, named in `language`.
    static QList<GalleryCategory> categories(const QString &language);
    // "kind:…" for a kind that exists.
    static bool isBuiltInId(const QString &id);

    // One page of the templates that match the query: own templates (newest first), then the
    // built-in ones in the knowledge base's order.
    QCoro::Task<Result<Page<GalleryTemplate>>> page(GalleryQuery query);

    // The template's plan with its tasks: an own template as saved, a built-in one drafted from
    // its sample goal in `language` and scheduled from `today`. NotFound for an unknown id.
    QCoro::Task<Result<Plan>> templatePlan(QString id, QString language, QDate today);

    // A new plan for `goal` from the template, scheduled afresh, not saved (the New goal preview
    // and the CLI save it). A built-in template plans the goal (or, when its text is empty, the
    // kind's sample goal in `language`) as its kind; an own template's tasks are copied with
    // their status reset. Usage error for a bad goal.
    QCoro::Task<Result<Plan>> planFromTemplate(QString id, Goal goal, QString language);

    // Saves a copy of a plan as an own template (the plan itself stays as it was).
    QCoro::Task<Result<Plan>> saveAsTemplate(qint64 planId);

    // Writes the template as a Helios JSON plan file (docs/FORMATS.md, is_template true), whole
    // or not at all.
    QCoro::Task<Status> exportTemplate(QString id, QString path, QString language, QDate today);
    // Reads a template file (a Helios JSON file with one plan; plain text, at most
    // kMaxTemplateFileBytes and kMaxTemplateTasks tasks) and saves it as an own template. A bad
    // file is refused with one sentence and nothing is saved.
    QCoro::Task<Result<Plan>> importTemplate(QString path, QDate today);

private:
    QCoro::Task<Result<QList<PlanSummary>>> ownTemplates();
    static GalleryTemplate builtInEntry(const QString &kindId, const QString &language);

    PlanQueries *m_queries = nullptr;
    PlanWrites *m_writes = nullptr;
    // Drafted built-in plans' figures (tasks, hours) by kind, language and day: each is drafted
    // once per gallery.
    QHash<QString, QPair<int, double>> m_figures;
};

} // namespace helios

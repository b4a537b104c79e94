#include "core/jobs/template_gallery.h"

#include "core/domain/goal_validation.h"
#include "core/io/import_text.h"
#include "core/io/plan_exporter.h"
#include "core/io/plan_import.h"
#include "core/planning/offline_planner.h"
#include "core/planning/planner_catalogue.h"
#include "core/planning/scheduler.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <qcoro/qcorofuture.h>

#include <algorithm>

namespace helios {

namespace {

// Own templates are read from the storage in pages of this size (each page cached by the Store).
constexpr int kOwnChunk = 100;

QString languageOf(const QString &language)
{
    return language.startsWith(QLatin1String("zh")) ? QStringLiteral("zh") : QStringLiteral("en");
}

QString ownCategoryName(const QString &language)
{
    return languageOf(language) == QLatin1String("zh") ? QStringLiteral("我的模板")
                                                       : QStringLiteral("My templates");
}

// Every word of the search appears in one of the texts (case-insensitive; Chinese has no case
// and no spaces, so a Chinese search is usually one word).
bool matches(const QStringList &words, const QStringList &texts)
{
    for (const QString &word : words) {
        const bool found = std::any_of(texts.begin(), texts.end(), [&word](const QString &text) {
            return text.contains(word, Qt::CaseInsensitive);
        });
        if (!found)
            return false;
    }
    return true;
}

QStringList searchWords(const QString &search)
{
    return search.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QString kindOfId(const QString &id)
{
    return id.startsWith(kBuiltInTemplatePrefix) ? id.mid(kBuiltInTemplatePrefix.size())
                                                 : QString();
}

std::optional<qint64> planIdOf(const QString &id)
{
    bool ok = false;
    const qint64 planId = id.trimmed().toLongLong(&ok);
    if (!ok || planId <= 0)
        return std::nullopt;
    return planId;
}

Error unknownTemplate(const QString &id)
{
    return Error::notFound(QCoreApplication::translate(
                               "helios",
                               "There is no template '%1': use an id that helios-cli templates "
                               "lists, such as kind:events/wedding or a number.")
                               .arg(id));
}

// A plan as a fresh start: no ids, every task to do and undated, scheduled from goal.today.
void startAfresh(Plan &plan, const Goal &goal)
{
    plan.id = 0;
    plan.isTemplate = false;
    plan.createdAt = {};
    plan.goal = goal.text;
    plan.startDate = goal.today;
    plan.deadline = goal.deadline;
    plan.hoursPerWeek = goal.hoursPerWeek;
    for (Task &task : plan.tasks) {
        task.id = 0;
        task.planId = 0;
        task.status = TaskStatus::Todo;
        task.actualHours = -1;
        task.startDate = {};
        task.dueDate = {};
    }
    const ScheduleResult scheduled =
        Scheduler::schedule(plan.tasks, {goal.today, goal.deadline, goal.hoursPerWeek});
    plan.atRisk = scheduled.atRisk;
    plan.hoursShort = scheduled.hoursShort;
}

Plan draftBuiltIn(const QString &kindId, Goal goal)
{
    Plan plan = OfflinePlanner().draftAs(goal, kindId);
    const ScheduleResult scheduled =
        Scheduler::schedule(plan.tasks, {goal.today, plan.deadline, goal.hoursPerWeek});
    plan.atRisk = scheduled.atRisk;
    plan.hoursShort = scheduled.hoursShort;
    return plan;
}

Status writeTemplateFile(Plan plan, const QString &path)
{
    plan.isTemplate = true;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::storage(QCoreApplication::translate("helios", "Cannot write %1: %2.")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    ExportOptions options;
    options.onePlan = true;
    std::unique_ptr<PlanExporter> exporter = makePlanExporter(PlanFormat::Json, file, options);
    if (!exportPlans({plan}, *exporter)) {
        file.cancelWriting();
        return Error::storage(exporter->errorMessage());
    }
    if (!file.commit())
        return Error::storage(QCoreApplication::translate("helios", "Cannot write %1: %2.")
                                  .arg(QDir::toNativeSeparators(path), file.errorString()));
    return Ok{};
}

Result<Plan> readTemplateFile(const QString &path, QDate today)
{
    const QString shown = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.exists() && info.isFile() && info.size() > kMaxTemplateFileBytes)
        return Error::usage(QCoreApplication::translate(
                                "helios", "Cannot import %1: a template file is at most 1 MiB.")
                                .arg(shown));
    Result<QByteArray> bytes = readImportFile(path);
    if (!bytes)
        return bytes.error();
    if (bytes->size() > kMaxTemplateFileBytes)
        return Error::usage(QCoreApplication::translate(
                                "helios", "Cannot import %1: a template file is at most 1 MiB.")
                                .arg(shown));
    if (Result<QString> text = decodeImportText(*bytes); !text)
        return Error::usage(QCoreApplication::translate("helios", "Cannot import %1: %2")
                                .arg(shown, text.error().message));
    ImportOptions options;
    options.format = PlanFormat::Json;
    options.today = today;
    options.fileName = info.fileName();
    Result<QList<Plan>> plans = importPlans(*bytes, options);
    if (!plans)
        return Error::usage(QCoreApplication::translate("helios", "Cannot import %1: %2")
                                .arg(shown, plans.error().message));
    if (plans->size() != 1)
        return Error::usage(
            QCoreApplication::translate(
                "helios", "Cannot import %1: a template file holds one plan, this one holds %2.")
                .arg(shown)
                .arg(plans->size()));
    Plan plan = plans->takeFirst();
    if (plan.tasks.size() > kMaxTemplateTasks)
        return Error::usage(
            QCoreApplication::translate(
                "helios", "Cannot import %1: a template has at most %2 tasks, this one has %3.")
                .arg(shown)
                .arg(kMaxTemplateTasks)
                .arg(plan.tasks.size()));
    plan.id = 0;
    plan.isTemplate = true;
    plan.createdAt = {};
    return plan;
}

} // namespace

TemplateGallery::TemplateGallery(PlanQueries &queries, PlanWrites &writes)
    : m_queries(&queries), m_writes(&writes)
{}

QList<GalleryCategory> TemplateGallery::categories(const QString &language)
{
    const QString lang = languageOf(language);
    QList<GalleryCategory> out{{QString(kOwnTemplatesCategory), ownCategoryName(lang)}};
    for (const PlannerKind &kind : plannerKinds()) {
        if (out.constLast().id != kind.family)
            out.append({kind.family, kind.familyName.in(lang)});
    }
    return out;
}

bool TemplateGallery::isBuiltInId(const QString &id)
{
    const QString kind = kindOfId(id);
    return !kind.isEmpty() && plannerKind(kind).has_value();
}

GalleryTemplate TemplateGallery::builtInEntry(const QString &kindId, const QString &language)
{
    const std::optional<PlannerKind> kind = plannerKind(kindId);
    GalleryTemplate entry;
    if (!kind)
        return entry;
    entry.id = QString(kBuiltInTemplatePrefix) + kind->id;
    entry.builtIn = true;
    entry.kindId = kind->id;
    entry.category = kind->family;
    entry.categoryName = kind->familyName.in(language);
    entry.title = kind->name.in(language);
    entry.goal = kind->sample.in(language);
    entry.event = kind->event;
    return entry;
}

namespace {

QString figuresKey(const QString &kindId, const QString &language, const QDate &today)
{
    return QStringLiteral("%1|%2|%3").arg(kindId, language, today.toString(Qt::ISODate));
}

// Task count and hours of each kind's sample plan: drafting is pure computation, run on the
// thread pool.
QHash<QString, QPair<int, double>> draftFigures(const QStringList &kindIds, const QString &language,
                                                const QDate &today)
{
    QHash<QString, QPair<int, double>> figures;
    for (const QString &kindId : kindIds) {
        const std::optional<Plan> plan = draftSamplePlan(kindId, language, today);
        double hours = 0;
        for (const Task &task : plan ? plan->tasks : QList<Task>())
            hours += task.estimateHours;
        figures.insert(figuresKey(kindId, language, today),
                       {plan ? int(plan->tasks.size()) : 0, hours});
    }
    return figures;
}

} // namespace

QCoro::Task<Result<QList<PlanSummary>>> TemplateGallery::ownTemplates()
{
    QList<PlanSummary> all;
    if (!m_queries)
        co_return all;
    for (int page = 1;; ++page) {
        QCoro::Task<Result<Page<PlanSummary>>> reading = m_queries->templates(page, kOwnChunk);
        Result<Page<PlanSummary>> chunk = co_await std::move(reading);
        if (!chunk)
            co_return chunk.error();
        all.append(chunk->items);
        if (chunk->items.isEmpty() || all.size() >= chunk->total)
            break;
    }
    co_return all;
}

QCoro::Task<Result<Page<GalleryTemplate>>> TemplateGallery::page(GalleryQuery query)
{
    const QString lang = languageOf(query.language);
    const QDate today = query.today.isValid() ? query.today : QDate::currentDate();
    Page<GalleryTemplate> result;
    result.page = std::max(1, query.page);
    result.limit = std::clamp(query.limit, 1, 500);
    const QStringList words = searchWords(query.search);
    const bool anyCategory = query.category.isEmpty();

    // What matches, as (own template) or (built-in kind) in gallery order; only the page's
    // entries are then filled in (a built-in one is drafted for its figures).
    QList<PlanSummary> own;
    if (anyCategory || query.category == kOwnTemplatesCategory) {
        QCoro::Task<Result<QList<PlanSummary>>> reading = ownTemplates();
        Result<QList<PlanSummary>> templates = co_await std::move(reading);
        if (!templates)
            co_return templates.error();
        for (const PlanSummary &summary : std::as_const(*templates)) {
            if (words.isEmpty() || matches(words, {summary.goal}))
                own.append(summary);
        }
    }
    QList<PlannerKind> kinds;
    if (query.category != kOwnTemplatesCategory) {
        for (const PlannerKind &kind : plannerKinds()) {
            if (!anyCategory && kind.family != query.category)
                continue;
            if (!words.isEmpty() &&
                !matches(words, {kind.id, kind.name.en, kind.name.zh, kind.sample.en,
                                 kind.sample.zh, kind.familyName.en, kind.familyName.zh}))
                continue;
            kinds.append(kind);
        }
    }
    result.total = static_cast<int>(own.size() + kinds.size());
    const qsizetype first = static_cast<qsizetype>(result.page - 1) * result.limit;
    for (qsizetype i = first; i < result.total && i < first + result.limit; ++i) {
        if (i < own.size()) {
            const PlanSummary &summary = own.at(i);
            GalleryTemplate entry;
            entry.id = QString::number(summary.id);
            entry.planId = summary.id;
            entry.category = QString(kOwnTemplatesCategory);
            entry.categoryName = ownCategoryName(lang);
            entry.title = summary.goal;
            entry.goal = summary.goal;
            entry.taskCount = summary.taskCount;
            entry.totalHours = summary.totalHours;
            result.items.append(std::move(entry));
        } else {
            result.items.append(builtInEntry(kinds.at(i - own.size()).id, lang));
        }
    }
    // The built-in templates' figures: drafted once per gallery, kind, language and day.
    QStringList missing;
    for (const GalleryTemplate &entry : std::as_const(result.items)) {
        if (entry.builtIn && !m_figures.contains(figuresKey(entry.kindId, lang, today)))
            missing.append(entry.kindId);
    }
    if (!missing.isEmpty()) {
        QFuture<QHash<QString, QPair<int, double>>> drafting =
            QtConcurrent::run(draftFigures, missing, lang, today);
        const QHash<QString, QPair<int, double>> drafted = co_await drafting;
        m_figures.insert(drafted);
    }
    for (GalleryTemplate &entry : result.items) {
        if (!entry.builtIn)
            continue;
        const QPair<int, double> figures = m_figures.value(figuresKey(entry.kindId, lang, today));
        entry.taskCount = figures.first;
        entry.totalHours = figures.second;
    }
    co_return result;
}

QCoro::Task<Result<Plan>> TemplateGallery::templatePlan(QString id, QString language, QDate today)
{
    if (isBuiltInId(id)) {
        const std::optional<Plan> plan = draftSamplePlan(
            kindOfId(id), languageOf(language), today.isValid() ? today : QDate::currentDate());
        if (!plan)
            co_return unknownTemplate(id);
        co_return *plan;
    }
    const std::optional<qint64> planId = planIdOf(id);
    if (!planId || !m_queries)
        co_return unknownTemplate(id);
    QCoro::Task<Result<Plan>> loading = m_queries->plan(*planId);
    Result<Plan> plan = co_await std::move(loading);
    if (!plan)
        co_return plan.error();
    if (!plan->isTemplate)
        co_return Error::usage(
            QCoreApplication::translate("helios", "Plan %1 is not a template.").arg(*planId));
    co_return plan;
}

QCoro::Task<Result<Plan>> TemplateGallery::planFromTemplate(QString id, Goal goal, QString language)
{
    goal.text = goal.text.trimmed();
    if (isBuiltInId(id)) {
        const QString kindId = kindOfId(id);
        if (goal.text.isEmpty())
            goal.text = plannerKind(kindId)->sample.in(languageOf(language));
        if (Status valid = validateGoal(goal); !valid)
            co_return valid.error();
        // Pure computation, off the calling (GUI) thread.
        QFuture<Plan> drafting = QtConcurrent::run(draftBuiltIn, kindId, goal);
        Plan plan = co_await drafting;
        co_return plan;
    }
    QCoro::Task<Result<Plan>> loading = templatePlan(id, language, goal.today);
    Result<Plan> source = co_await std::move(loading);
    if (!source)
        co_return source.error();
    if (goal.text.isEmpty())
        goal.text = source->goal;
    if (Status valid = validateGoal(goal); !valid)
        co_return valid.error();
    Plan plan = std::move(*source);
    startAfresh(plan, goal);
    co_return plan;
}

QCoro::Task<Result<Plan>> TemplateGallery::saveAsTemplate(qint64 planId)
{
    if (!m_queries || !m_writes)
        co_return Error::notFound(
            QCoreApplication::translate("helios", "There is no plan with id %1.").arg(planId));
    QCoro::Task<Result<Plan>> loading = m_queries->plan(planId);
    Result<Plan> source = co_await std::move(loading);
    if (!source)
        co_return source.error();
    Goal goal;
    goal.text = source->goal;
    goal.today = source->startDate.isValid() ? source->startDate : QDate::currentDate();
    goal.deadline = source->deadline;
    goal.hoursPerWeek = source->hoursPerWeek;
    Plan copy = std::move(*source);
    startAfresh(copy, goal);
    copy.isTemplate = true;
    QCoro::Task<Result<Plan>> saving = m_writes->savePlan(std::move(copy));
    Result<Plan> saved = co_await std::move(saving);
    co_return saved;
}

QCoro::Task<Status> TemplateGallery::exportTemplate(QString id, QString path, QString language,
                                                    QDate today)
{
    QCoro::Task<Result<Plan>> loading = templatePlan(id, language, today);
    Result<Plan> plan = co_await std::move(loading);
    if (!plan)
        co_return plan.error();
    QFuture<Status> writing = QtConcurrent::run(writeTemplateFile, std::move(*plan), path);
    Status written = co_await writing;
    co_return written;
}

QCoro::Task<Result<Plan>> TemplateGallery::importTemplate(QString path, QDate today)
{
    if (!m_writes)
        co_return Error::storage(QCoreApplication::translate(
            "helios", "There is no database to import the template into."));
    QFuture<Result<Plan>> reading = QtConcurrent::run(readTemplateFile, path, today);
    Result<Plan> plan = co_await reading;
    if (!plan)
        co_return plan.error();
    QCoro::Task<Result<Plan>> saving = m_writes->savePlan(std::move(*plan));
    Result<Plan> saved = co_await std::move(saving);
    co_return saved;
}

} // namespace helios

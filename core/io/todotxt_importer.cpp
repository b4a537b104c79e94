#include "core/io/todotxt_importer.h"

#include "core/domain/plan_limits.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace helios {

namespace {

const QRegularExpression &prefixPattern()
{
    // done mark, priority, then up to two dates (completion, creation)
    static const QRegularExpression pattern(
        QStringLiteral("^(x\\s+)?(?:\\(([A-Z])\\)\\s+)?(?:(\\d{4}-\\d{2}-\\d{2})\\s+)?(?:(\\d{4}-"
                       "\\d{2}-\\d{2})\\s+)?"));
    return pattern;
}

bool isTag(QStringView word, QChar mark)
{
    return word.size() > 1 && word.at(0) == mark;
}

// key:value, where neither side is empty nor holds a colon or space (todo.txt's extensions);
// URLs (http://...) are not tags.
bool isKeyValue(QStringView word)
{
    const qsizetype colon = word.indexOf(QLatin1Char(':'));
    return colon > 0 && colon + 1 < word.size() && word.indexOf(QLatin1Char(':'), colon + 1) < 0 &&
           !word.mid(colon + 1).startsWith(QLatin1String("//"));
}

QString unslug(const QString &slug)
{
    QString text = slug;
    text.replace(QLatin1Char('-'), QLatin1Char(' '));
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    return text.simplified();
}

} // namespace

bool looksLikeTodoTxt(const QString &text)
{
    static const QRegularExpression marks(
        QStringLiteral("^(?:x \\d{4}-\\d{2}-\\d{2} |\\([A-Z]\\) |\\d{4}-\\d{2}-\\d{2} "
                       ")|(?:^|\\s)(?:\\+\\S+|@\\S+|due:\\d{4}-\\d{2}-\\d{2})(?:\\s|$)"),
        QRegularExpression::MultilineOption);
    return marks.match(text).hasMatch();
}

Result<Plan> importTodoTxt(const QString &text, const QString &title)
{
    Plan plan;
    QHash<QString, int> projectCount;
    QString topProject;
    for (const QString &rawLine : text.split(QLatin1Char('\n'))) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty())
            continue;
        Task task;
        const QRegularExpressionMatch prefix = prefixPattern().match(line);
        const bool done = !prefix.captured(1).isEmpty();
        if (done)
            task.status = TaskStatus::Done;
        QStringList words;
        bool skipped = false;
        for (const QString &word :
             line.mid(prefix.capturedLength(0)).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (isTag(word, QLatin1Char('+'))) {
                const int count = ++projectCount[word.mid(1)];
                if (topProject.isEmpty() || count > projectCount.value(topProject))
                    topProject = word.mid(1);
            } else if (isTag(word, QLatin1Char('@'))) {
                if (task.milestone.isEmpty())
                    task.milestone = unslug(word.mid(1));
            } else if (isKeyValue(word)) {
                const qsizetype colon = word.indexOf(QLatin1Char(':'));
                const QString key = word.left(colon).toLower();
                const QString value = word.mid(colon + 1);
                if (key == QLatin1String("due")) {
                    task.dueDate = QDate::fromString(value, Qt::ISODate);
                } else if (key == QLatin1String("t")) {
                    task.notBefore = QDate::fromString(value, Qt::ISODate);
                } else if (key == QLatin1String("by")) {
                    task.dueBy = QDate::fromString(value, Qt::ISODate);
                } else if (key == QLatin1String("event")) {
                    task.event = value.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
                } else if (key == QLatin1String("est")) {
                    QString hours = value.toLower();
                    const bool minutes = hours.endsWith(QLatin1Char('m'));
                    if (hours.endsWith(QLatin1Char('h')) || minutes)
                        hours.chop(1);
                    bool ok = false;
                    const double parsed = hours.toDouble(&ok);
                    if (ok && parsed > 0)
                        task.estimateHours = minutes ? parsed / 60.0 : parsed;
                } else if (key == QLatin1String("status") && value == QLatin1String("skipped")) {
                    skipped = true;
                } else {
                    words.append(word); // a key:value Helios does not know stays in the title
                }
            } else {
                words.append(word);
            }
        }
        if (skipped && done)
            task.status = TaskStatus::Skipped;
        task.title = words.join(QLatin1Char(' ')).simplified();
        if (task.title.isEmpty())
            continue;
        if (plan.tasks.size() >= limits::kMaxTasksPerPlan)
            return Error::usage(QCoreApplication::translate(
                                    "helios", "The todo.txt file has more than %1 task lines; "
                                              "Helios takes at most %1 in one plan.")
                                    .arg(limits::kMaxTasksPerPlan));
        task.order = static_cast<int>(plan.tasks.size());
        plan.tasks.append(std::move(task));
    }
    if (plan.tasks.isEmpty())
        return Error::usage(
            QCoreApplication::translate("helios", "The todo.txt file has no task lines."));
    plan.goal = topProject.isEmpty() ? title : unslug(topProject);
    plan.subject = topProject.isEmpty() ? QString() : unslug(topProject);
    return plan;
}

} // namespace helios

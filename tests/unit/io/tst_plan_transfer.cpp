#include "core/jobs/plan_transfer.h"
#include "core/store/store.h"
#include "tests/support/test_main.h"
#include "tests/unit/io/io_fixture.h"

#include <QBuffer>
#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <qcoro/qcorotask.h>

using namespace helios;

namespace {

// A visitor that counts what the store hands it.
class CountingVisitor : public PlanVisitor
{
public:
    bool beginPlan(const Plan &) override
    {
        ++plans;
        return true;
    }
    bool visitTask(const Task &, const QList<qint64> &ids) override
    {
        ++tasks;
        dependencies += static_cast<int>(ids.size());
        return tasks < stopAfter;
    }
    bool endPlan(const Plan &) override { return true; }
    bool finish() override
    {
        finished = true;
        return true;
    }
    int plans = 0;
    int tasks = 0;
    int dependencies = 0;
    int stopAfter = 1 << 30;
    bool finished = false;
};

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestPlanTransfer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    int planCount()
    {
        const Result<QList<PlanSummary>> plans = QCoro::waitFor(m_store->plans());
        return plans ? static_cast<int>(plans->size()) : -1;
    }

    qint64 saveGoldenPlan()
    {
        Plan plan = test::goldenPlan();
        plan.id = 0;
        for (Task &task : plan.tasks)
            task.id = 0;
        const Result<Plan> saved = QCoro::waitFor(m_store->savePlan(plan));
        return saved ? saved->id : 0;
    }

    Result<QList<Plan>> importFile(const QString &file, std::optional<PlanFormat> format = {})
    {
        PlanTransfer transfer(*m_store);
        ImportOptions options;
        options.format = format;
        options.today = QDate(2026, 12, 1);
        return QCoro::waitFor(transfer.importFile(file, options));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
        m_store = std::make_unique<Store>(path(QStringLiteral("helios.db")));
        QVERIFY(QCoro::waitFor(m_store->open()).ok());
    }

    void cleanup() { m_store.reset(); }

    void shouldRoundTripAPlanThroughTheStore()
    {
        // GIVEN a stored plan exported as Helios JSON
        const qint64 id = saveGoldenPlan();
        QVERIFY(id > 0);
        PlanTransfer transfer(*m_store);
        const QString file = path(QStringLiteral("plan.json"));
        QVERIFY(QCoro::waitFor(transfer.exportToFile(id, PlanFormat::Json, file)).ok());
        // WHEN the file is imported
        const Result<QList<Plan>> imported = importFile(file);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
        // THEN the new stored plan equals the old one but for its ids
        const Plan before = *QCoro::waitFor(m_store->plan(id));
        const Plan after = *QCoro::waitFor(m_store->plan(imported->constFirst().id));
        QVERIFY(after.id != before.id);
        QCOMPARE(after.goal, before.goal);
        QCOMPARE(after.createdAt, before.createdAt);
        QCOMPARE(after.deadline, before.deadline);
        QCOMPARE(after.hoursShort, before.hoursShort);
        QCOMPARE(after.tasks.size(), before.tasks.size());
        for (int i = 0; i < before.tasks.size(); ++i) {
            Task expected = before.tasks.at(i);
            expected.id = after.tasks.at(i).id;
            expected.planId = after.id;
            QVERIFY2(after.tasks.at(i) == expected, qPrintable(expected.title));
        }
    }

    void shouldKeepThePlansNameThroughICalendar()
    {
        // GIVEN one stored plan exported as iCalendar to a file named otherwise
        const qint64 id = saveGoldenPlan();
        PlanTransfer transfer(*m_store);
        const QString file = path(QStringLiteral("export-1.ics"));
        QVERIFY(QCoro::waitFor(transfer.exportToFile(id, PlanFormat::ICalendar, file)).ok());
        // WHEN it is imported again
        const Result<QList<Plan>> imported = importFile(file);
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
        // THEN the plan is named after its goal, not after the file
        const Plan before = *QCoro::waitFor(m_store->plan(id));
        QCOMPARE(imported->constFirst().goal, before.goal.simplified());
        // and an export of all plans names no calendar (it is not any one plan)
        const QString all = path(QStringLiteral("all.ics"));
        QVERIFY(
            QCoro::waitFor(transfer.exportToFile(std::nullopt, PlanFormat::ICalendar, all)).ok());
        QFile allFile(all);
        QVERIFY(allFile.open(QIODevice::ReadOnly));
        QVERIFY(!allFile.readAll().contains("X-WR-CALNAME"));
    }

    void shouldStreamEveryPlanAndStopWhenAsked()
    {
        // GIVEN three stored plans of four tasks (three dependencies each)
        for (int i = 0; i < 3; ++i)
            QVERIFY(saveGoldenPlan() > 0);
        // WHEN all plans are walked THEN every task comes with its dependency ids
        CountingVisitor all;
        QVERIFY(QCoro::waitFor(m_store->visitPlans(std::nullopt, all)).ok());
        QCOMPARE(all.plans, 3);
        QCOMPARE(all.tasks, 12);
        QCOMPARE(all.dependencies, 9);
        QVERIFY(all.finished);
        // WHEN the visitor stops after five tasks THEN the walk stops there, without finishing
        CountingVisitor stopping;
        stopping.stopAfter = 5;
        QVERIFY(QCoro::waitFor(m_store->visitPlans(std::nullopt, stopping)).ok());
        QCOMPARE(stopping.tasks, 5);
        QVERIFY(!stopping.finished);
        // An unknown plan is not found
        CountingVisitor none;
        const Status missing = QCoro::waitFor(m_store->visitPlans(999, none));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().kind == Error::Kind::NotFound);
    }

    void shouldLeaveNoFileWhenAnExportFails()
    {
        // GIVEN an existing file at the target
        const QString file = path(QStringLiteral("out.ics"));
        writeFile(file, "old contents");
        PlanTransfer transfer(*m_store);
        // WHEN exporting a plan that does not exist
        const Status exported =
            QCoro::waitFor(transfer.exportToFile(42, PlanFormat::ICalendar, file));
        // THEN it fails and the old file is untouched, with no temporary file left beside it
        QVERIFY(!exported.ok());
        QFile old(file);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("old contents"));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("out.ics*")}, QDir::Files).size(), 1);
        // WHEN writing into a folder that does not exist THEN one clear sentence
        const Status nowhere = QCoro::waitFor(transfer.exportToFile(
            std::nullopt, PlanFormat::Csv, path(QStringLiteral("missing/out.csv"))));
        QVERIFY(!nowhere.ok());
        QVERIFY(nowhere.error().kind == Error::Kind::Storage);
        QVERIFY2(nowhere.error().message.startsWith(QStringLiteral("Cannot write")),
                 qPrintable(nowhere.error().message));
    }

    void shouldLeaveTheDatabaseUnchangedWhenAnImportIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("Latin-1") << QByteArray("- caf\xE9\n");
        QTest::newRow("half broken ics")
            << QByteArray("BEGIN:VCALENDAR\nBEGIN:VTODO\nSUMMARY:a\nEND:VTODO\nBEGIN:VTODO\n");
        QTest::newRow("second JSON plan broken") << QByteArray(
            "{\"format\":\"helios-plan\",\"formatVersion\":1,\"plans\":[{\"goal\":\"G\",\"tasks\":"
            "[{\"title\":\"A\"}]},{\"goal\":\"H\",\"tasks\":[]}]}");
    }

    void shouldLeaveTheDatabaseUnchangedWhenAnImportIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(saveGoldenPlan() > 0);
        const QString file = path(QStringLiteral("bad.txt"));
        writeFile(file, bytes);
        const Result<QList<Plan>> imported = importFile(file);
        QVERIFY(!imported.ok());
        QVERIFY(imported.error().kind == Error::Kind::Usage);
        QVERIFY2(imported.error().message.startsWith(QStringLiteral("Cannot import ")),
                 qPrintable(imported.error().message));
        QCOMPARE(planCount(), 1);
    }

    void shouldRefuseFiftyMegabytesOfJunkBeforeReadingIt()
    {
        // GIVEN 50 MB of random bytes
        const QString file = path(QStringLiteral("junk.ics"));
        {
            QFile junk(file);
            QVERIFY(junk.open(QIODevice::WriteOnly));
            QByteArray block(1 << 20, '\0');
            QRandomGenerator generator(7);
            for (int i = 0; i < 50; ++i) {
                generator.fillRange(reinterpret_cast<quint32 *>(block.data()), block.size() / 4);
                QCOMPARE(junk.write(block), block.size());
            }
        }
        // WHEN imported THEN refused for its size, nothing saved
        const Result<QList<Plan>> imported = importFile(file, PlanFormat::ICalendar);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().message.contains(QStringLiteral("too large")),
                 qPrintable(imported.error().message));
        QVERIFY2(imported.error().message.contains(QStringLiteral("16 MiB")),
                 qPrintable(imported.error().message));
        QCOMPARE(planCount(), 0);
    }

    void shouldSaveEveryPlanOfAFileOrNone()
    {
        // GIVEN a store that can hold only a little more than it holds now (a full disk)
        m_store.reset();
        StoreOptions options;
        options.maxPageCount = 40;
        m_store = std::make_unique<Store>(path(QStringLiteral("helios.db")), options);
        QVERIFY(QCoro::waitFor(m_store->open()).ok());
        // AND a JSON file of two plans, the second too large to fit
        QByteArray json = "{\"format\":\"helios-plan\",\"formatVersion\":1,\"plans\":[{\"goal\":"
                          "\"Small\",\"start_date\":\"2026-11-27\",\"tasks\":[{\"title\":\"A\"}]},"
                          "{\"goal\":\"Large\",\"start_date\":\"2026-11-27\",\"tasks\":[";
        for (int i = 0; i < 2000; ++i)
            json += (i ? "," : "") + QByteArray("{\"title\":\"") + QByteArray(200, 'x') + "\"}";
        json += "]}]}";
        const QString file = path(QStringLiteral("two.json"));
        writeFile(file, json);
        // WHEN it is imported THEN it fails as a storage error and neither plan is there
        const Result<QList<Plan>> imported = importFile(file);
        QVERIFY(!imported.ok());
        QVERIFY(imported.error().kind == Error::Kind::Storage);
        QCOMPARE(planCount(), 0);
    }
};

HELIOS_TEST_MAIN(TestPlanTransfer)
#include "tst_plan_transfer.moc"

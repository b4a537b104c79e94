// Kills a writing helios-cli with SIGKILL at random moments, then checks that the database is
// intact and that every plan the killed processes reported as saved is there, whole.

#include "tests/support/test_main.h"
#include "tests/support/test_paths.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <csignal>
#include <sqlite3.h>

namespace {

QStringList planArgs(const QString &db, int round)
{
    return {QStringLiteral("--db"),       db,
            QStringLiteral("plan"),       QStringLiteral("Learn Python round %1 学习").arg(round),
            QStringLiteral("--json"),     QStringLiteral("--today"),
            QStringLiteral("2026-11-27"), QStringLiteral("--deadline"),
            QStringLiteral("2027-06-01")};
}

struct Database
{
    sqlite3 *handle = nullptr;
    explicit Database(const QString &path)
    {
        sqlite3_open_v2(path.toUtf8().constData(), &handle, SQLITE_OPEN_READONLY, nullptr);
    }
    ~Database() { sqlite3_close(handle); }
    QString text(const char *sql) const
    {
        sqlite3_stmt *stmt = nullptr;
        QString value;
        if (sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
        return value;
    }
    int tasksOf(qint64 planId) const
    {
        sqlite3_stmt *stmt = nullptr;
        int count = -1;
        if (sqlite3_prepare_v2(handle, "SELECT COUNT(*) FROM tasks WHERE plan_id = ?", -1, &stmt,
                               nullptr) == SQLITE_OK) {
            sqlite3_bind_int64(stmt, 1, planId);
            if (sqlite3_step(stmt) == SQLITE_ROW)
                count = sqlite3_column_int(stmt, 0);
        }
        sqlite3_finalize(stmt);
        return count;
    }
};

} // namespace

class TestDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldNeverLoseAnAcknowledgedPlanWhenKilled()
    {
        // GIVEN a database and how long one `plan` takes here
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("helios.db"));
        qint64 typicalMs = 0;
        for (int i = 0; i < 3; ++i) {
            QProcess p;
            QElapsedTimer t;
            t.start();
            p.start(helios::test::cliPath(), planArgs(db, -1 - i));
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 0);
            typicalMs = std::max(typicalMs, t.elapsed());
        }

        // WHEN 120 writers are killed at random moments of their run
        QRandomGenerator random(20261127);
        QHash<qint64, int> acknowledged; // plan id -> tasks it reported
        int killedBeforeAck = 0;
        for (int round = 0; round < 120; ++round) {
            QProcess p;
            p.start(helios::test::cliPath(), planArgs(db, round));
            QVERIFY(p.waitForStarted(10000));
            QThread::msleep(random.bounded(static_cast<quint32>(typicalMs * 12 / 10 + 1)));
            ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
            QVERIFY(p.waitForFinished(30000));
            const QJsonDocument out = QJsonDocument::fromJson(p.readAllStandardOutput());
            const QJsonObject plan = out.object().value(QStringLiteral("plan")).toObject();
            if (plan.contains(QStringLiteral("id")))
                acknowledged.insert(
                    plan.value(QStringLiteral("id")).toInteger(),
                    static_cast<int>(plan.value(QStringLiteral("tasks")).toArray().size()));
            else
                ++killedBeforeAck;
        }
        qInfo("%d plans acknowledged, %d writers killed before acknowledging",
              int(acknowledged.size()), killedBeforeAck);
        // Both kinds of round happened, or the test proved nothing.
        QVERIFY(killedBeforeAck > 0);

        // THEN the file is intact, every acknowledged plan is there whole, and no plan is partial
        Database check(db);
        QVERIFY(check.handle);
        QCOMPARE(check.text("PRAGMA integrity_check"), QStringLiteral("ok"));
        QCOMPARE(check.text("SELECT COUNT(*) FROM pragma_foreign_key_check"), QStringLiteral("0"));
        for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it)
            QCOMPARE(check.tasksOf(it.key()), it.value());
        QCOMPARE(check.text("SELECT COUNT(*) FROM plans p WHERE NOT EXISTS"
                            " (SELECT 1 FROM tasks t WHERE t.plan_id = p.id)"),
                 QStringLiteral("0"));

        // AND Helios itself still opens and lists it
        QProcess list;
        list.start(helios::test::cliPath(),
                   {QStringLiteral("--db"), db, QStringLiteral("plans"), QStringLiteral("--json")});
        QVERIFY(list.waitForFinished(30000));
        QCOMPARE(list.exitCode(), 0);
        const QJsonArray plans = QJsonDocument::fromJson(list.readAllStandardOutput())
                                     .object()
                                     .value(QStringLiteral("plans"))
                                     .toArray();
        QVERIFY(plans.size() >= acknowledged.size() + 3);
    }
};

HELIOS_TEST_MAIN(TestDurability)
#include "tst_durability.moc"

// The template gallery through the real helios-cli: `templates` with built-in and own templates,
// --category, --search, pages and --json; `plan --from-template kind:…`; `template export` and
// `template import` with hostile files refused.

#include "tests/integration/cli/cli_process.h"
#include "tests/support/test_main.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using helios::test::CliRun;
using helios::test::fileBytes;

namespace {

const QString kToday = QStringLiteral("2026-11-27");

QStringList idsOf(const QJsonObject &page)
{
    QStringList ids;
    for (const QJsonValue &t : page.value(QStringLiteral("templates")).toArray())
        ids.append(t.toObject().value(QStringLiteral("id")).toString());
    return ids;
}

QStringList titlesOf(const QJsonObject &plan)
{
    QStringList titles;
    for (const QJsonValue &task : plan.value(QStringLiteral("tasks")).toArray())
        titles.append(task.toObject().value(QStringLiteral("title")).toString());
    return titles;
}

} // namespace

class TestCliGallery : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString dbPath() const { return m_dir->filePath(QStringLiteral("helios.db")); }
    QString path(const QString &name) const { return m_dir->filePath(name); }

    CliRun cli(const QStringList &arguments) const
    {
        return helios::test::runCli(QStringList{QStringLiteral("--db"), dbPath()} + arguments,
                                    helios::test::cliEnvironment(m_dir->path()));
    }

    QJsonObject page(const QStringList &options)
    {
        const CliRun r =
            cli(QStringList{QStringLiteral("templates"), QStringLiteral("--json")} + options);
        if (r.exitCode != 0)
            qWarning("templates failed: %s", qPrintable(r.describe()));
        return r.json();
    }

    static void verifyOneErrorLine(const CliRun &r)
    {
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.errLines().first().startsWith(QStringLiteral("helios-cli: error: ")),
                 qPrintable(r.describe()));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void shouldListEveryBuiltInTemplateWithoutCreatingADatabase()
    {
        // WHEN every page of 25 is read with no database
        QSet<QString> seen;
        int total = -1;
        for (int p = 1; p <= 10; ++p) {
            const QJsonObject json = page({QStringLiteral("--limit"), QStringLiteral("25"),
                                           QStringLiteral("--page"), QString::number(p)});
            total = json.value(QStringLiteral("total")).toInt();
            const QJsonArray templates = json.value(QStringLiteral("templates")).toArray();
            if (templates.isEmpty())
                break;
            for (const QJsonValue &v : templates) {
                const QJsonObject t = v.toObject();
                // THEN each is a built-in template with its plan's figures
                QVERIFY(t.value(QStringLiteral("built_in")).toBool());
                QVERIFY(
                    t.value(QStringLiteral("id")).toString().startsWith(QLatin1String("kind:")));
                QVERIFY(t.value(QStringLiteral("task_count")).toInt() >= 3);
                QVERIFY(t.value(QStringLiteral("total_hours")).toDouble() > 0);
                QVERIFY(!t.value(QStringLiteral("title")).toString().isEmpty());
                seen.insert(t.value(QStringLiteral("id")).toString());
            }
        }
        // AND together the pages hold as many different templates as the total says
        QVERIFY(total >= 40);
        QCOMPARE(int(seen.size()), total);
        // AND no database (and no log) was created
        QVERIFY2(QDir(m_dir->path()).entryList(QDir::Files).isEmpty(),
                 qPrintable(QDir(m_dir->path()).entryList().join(QLatin1Char(' '))));
    }

    void shouldFilterByCategoryAndSearchInEitherLanguage()
    {
        // WHEN the events are listed
        const QJsonObject events = page({QStringLiteral("--category"), QStringLiteral("events"),
                                         QStringLiteral("--limit"), QStringLiteral("500")});
        // THEN every one is an event kind and the wedding is there
        QVERIFY(idsOf(events).contains(QStringLiteral("kind:events/wedding")));
        for (const QString &id : idsOf(events))
            QVERIFY2(id.startsWith(QLatin1String("kind:events/")), qPrintable(id));
        // AND the categories are listed for --category
        QVERIFY(!events.value(QStringLiteral("categories")).toArray().isEmpty());

        // WHEN searched in English capitals with Chinese names, and in Chinese
        const QJsonObject english = page({QStringLiteral("--search"), QStringLiteral("WEDDING"),
                                          QStringLiteral("--language"), QStringLiteral("zh")});
        const QJsonObject chinese = page({QStringLiteral("--search"), QStringLiteral("婚礼")});
        // THEN both find the wedding, named in the language asked for
        for (const QJsonObject *found : {&english, &chinese})
            QVERIFY(idsOf(*found).contains(QStringLiteral("kind:events/wedding")));
        for (const QJsonValue &v : english.value(QStringLiteral("templates")).toArray()) {
            if (v.toObject().value(QStringLiteral("id")) == QStringLiteral("kind:events/wedding"))
                QCOMPARE(v.toObject().value(QStringLiteral("title")).toString(),
                         QStringLiteral("婚礼"));
        }

        // AND the text output says how to use one
        const CliRun text = cli(
            {QStringLiteral("templates"), QStringLiteral("--search"), QStringLiteral("wedding")});
        QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
        QVERIFY2(text.outText().contains(QStringLiteral("kind:events/wedding")),
                 qPrintable(text.outText()));
        QVERIFY(text.outText().contains(QStringLiteral("plan --from-template ID")));
    }

    void shouldRefuseBadGalleryOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named");
        QTest::newRow("unknown category")
            << QStringList{"templates", "--category", "gardening"} << "gardening";
        QTest::newRow("unknown language") << QStringList{"templates", "--language", "fr"} << "fr";
        QTest::newRow("unknown built-in template")
            << QStringList{"plan", "--from-template", "kind:events/elopement", "--today", kToday}
            << "kind:events/elopement";
        QTest::newRow("export without file")
            << QStringList{"template", "export", "kind:events/wedding"} << "file";
        QTest::newRow("export of unknown built-in")
            << QStringList{"template", "export", "kind:nope", "x.json"} << "kind:nope";
        QTest::newRow("import without file") << QStringList{"template", "import"} << "file";
        QTest::newRow("unknown action") << QStringList{"template", "share", "1"} << "share";
    }

    void shouldRefuseBadGalleryOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const CliRun r = cli(arguments);
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        verifyOneErrorLine(r);
        QVERIFY2(r.errLines().first().contains(named), qPrintable(r.describe()));
        QVERIFY(!QFile::exists(dbPath()));
    }

    void shouldPlanFromABuiltInTemplate()
    {
        // WHEN a plan is made from the wedding template with a goal and a date of its own
        const CliRun r =
            cli({QStringLiteral("plan"), QStringLiteral("--from-template"),
                 QStringLiteral("kind:events/wedding"), QStringLiteral("Our wedding in Porto"),
                 QStringLiteral("--deadline"), QStringLiteral("2027-06-12"),
                 QStringLiteral("--today"), kToday, QStringLiteral("--json")});
        // THEN it is saved as a wedding plan for that goal, its event on the day
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        const QJsonObject plan = r.json().value(QStringLiteral("plan")).toObject();
        QVERIFY(plan.value(QStringLiteral("id")).toInteger() > 0);
        QCOMPARE(plan.value(QStringLiteral("goal")).toString(),
                 QStringLiteral("Our wedding in Porto"));
        QCOMPARE(plan.value(QStringLiteral("kind")).toString(), QStringLiteral("events/wedding"));
        bool event = false;
        for (const QJsonValue &task : plan.value(QStringLiteral("tasks")).toArray()) {
            if (task.toObject().value(QStringLiteral("event")).toBool()) {
                event = true;
                QCOMPARE(task.toObject().value(QStringLiteral("due_date")).toString(),
                         QStringLiteral("2027-06-12"));
            }
        }
        QVERIFY(event);
        // AND without a goal the kind's sample goal is planned, in the language asked for
        const CliRun sample =
            cli({QStringLiteral("plan"), QStringLiteral("--from-template"),
                 QStringLiteral("kind:events/wedding"), QStringLiteral("--today"), kToday,
                 QStringLiteral("--language"), QStringLiteral("zh"), QStringLiteral("--json")});
        QVERIFY2(sample.exitCode == 0, qPrintable(sample.describe()));
        QCOMPARE(sample.json()
                     .value(QStringLiteral("plan"))
                     .toObject()
                     .value(QStringLiteral("language"))
                     .toString(),
                 QStringLiteral("zh"));
    }

    void shouldShareATemplateAsAFile()
    {
        // GIVEN the marathon template exported (no database needed)
        const QString file = path(QStringLiteral("marathon.json"));
        const CliRun exported =
            cli({QStringLiteral("template"), QStringLiteral("export"),
                 QStringLiteral("kind:fitness/marathon"), file, QStringLiteral("--json")});
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.describe()));
        QVERIFY(QFile::exists(file));
        QVERIFY(!QFile::exists(dbPath()));

        // WHEN it is imported
        const CliRun imported = cli(
            {QStringLiteral("template"), QStringLiteral("import"), file, QStringLiteral("--json")});

        // THEN it is the person's own template, listed first in the gallery
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.describe()));
        const QJsonObject plan = imported.json().value(QStringLiteral("template")).toObject();
        const qint64 id = plan.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        const QJsonObject first = page({QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(idsOf(first), QStringList{QString::number(id)});
        const QJsonObject mine = page({QStringLiteral("--category"), QStringLiteral("mine")});
        QCOMPARE(mine.value(QStringLiteral("total")).toInt(), 1);

        // AND exporting it again gives the same tasks, and a plan started from it has them too
        const QString again = path(QStringLiteral("again.json"));
        QCOMPARE(
            cli({QStringLiteral("template"), QStringLiteral("export"), QString::number(id), again})
                .exitCode,
            0);
        const QJsonObject original = QJsonDocument::fromJson(fileBytes(file)).object();
        const QJsonObject copy = QJsonDocument::fromJson(fileBytes(again)).object();
        const QStringList titles =
            titlesOf(original.value(QStringLiteral("plans")).toArray().at(0).toObject());
        QVERIFY(titles.size() >= 5);
        QCOMPARE(titlesOf(copy.value(QStringLiteral("plans")).toArray().at(0).toObject()), titles);
        const CliRun started =
            cli({QStringLiteral("plan"), QStringLiteral("--from-template"), QString::number(id),
                 QStringLiteral("--today"), kToday, QStringLiteral("--json")});
        QVERIFY2(started.exitCode == 0, qPrintable(started.describe()));
        QCOMPARE(titlesOf(started.json().value(QStringLiteral("plan")).toObject()), titles);
    }

    void shouldRefuseHostileTemplateFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("too large") << QByteArray(1024 * 1024 + 1, ' ');
        QTest::newRow("binary") << QByteArray("{\"plans\":\0\1\2\3", 13);
        QTest::newRow("not UTF-8") << QByteArray("{\"goal\":\"caf\xe9\"}");
        QTest::newRow("broken JSON") << QByteArray("{\"plans\": [");
        QTest::newRow("Markdown") << QByteArray("# Plan\n- [ ] one task\n");
        QTest::newRow("two plans")
            << QByteArray(R"({"format":"helios-plan","formatVersion":1,"plans":[)"
                          R"({"goal":"a","start_date":"2026-11-27","tasks":[{"title":"x"}]},)"
                          R"({"goal":"b","start_date":"2026-11-27","tasks":[{"title":"y"}]}]})");
    }

    void shouldRefuseHostileTemplateFiles()
    {
        QFETCH(QByteArray, content);
        // GIVEN a database with one plan, and a bad file
        QCOMPARE(cli({QStringLiteral("plan"), QStringLiteral("Learn Rust"),
                      QStringLiteral("--today"), kToday})
                     .exitCode,
                 0);
        const QString file = path(QStringLiteral("bad-template.json"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QJsonObject before = page({QStringLiteral("--category"), QStringLiteral("mine")});
        // WHEN it is imported as a template
        const CliRun r = cli({QStringLiteral("template"), QStringLiteral("import"), file});
        // THEN it is refused in one sentence naming the file, and nothing is added
        QVERIFY2(r.exitCode == 2, qPrintable(r.describe()));
        verifyOneErrorLine(r);
        QVERIFY2(r.errLines().first().contains(QStringLiteral("bad-template.json")),
                 qPrintable(r.describe()));
        QVERIFY2(r.errLines().first().endsWith(QLatin1Char('.')), qPrintable(r.describe()));
        QCOMPARE(page({QStringLiteral("--category"), QStringLiteral("mine")}), before);
    }
};

HELIOS_TEST_MAIN(TestCliGallery)
#include "tst_cli_gallery.moc"

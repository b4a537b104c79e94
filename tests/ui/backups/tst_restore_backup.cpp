#include "core/jobs/plan_service.h"
#include "core/store/backup.h"
#include "core/store/backup_operations.h"
#include "core/store/store.h"
#include "tests/support/test_main.h"
#include "tests/ui/ui_fixture.h"
#include "ui/dialogs/backup_dialogs.h"
#include "ui/dialogs/backup_prompts.h"
#include "ui/i18n/translations.h"
#include "ui/models/plan_list_model.h"
#include "ui/viewmodels/backups_view_model.h"
#include "ui/viewmodels/plans_view_model.h"
#include "ui/viewmodels/task_edits_view_model.h"
#include "ui/widgets/empty_state_widget.h"
#include "ui/widgets/main_window.h"

#include <QAction>
#include <QFile>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QTemporaryDir>

using namespace helios;
using namespace helios::ui;

namespace {

// Answers the backup questions as the test says and records what was asked.
class ScriptedBackupPrompts final : public BackupPrompts
{
public:
    void offerRestore(QWidget *, const QString &problem, const BackupInfo &latest,
                      std::function<void(bool)> answer) override
    {
        problems << problem;
        offered << latest;
        pendingOffer = std::move(answer);
    }
    void chooseBackup(QWidget *, const QList<BackupInfo> &backups,
                      std::function<void(const QString &)> answer) override
    {
        listed << backups;
        pendingChoice = std::move(answer);
    }

    QStringList problems;
    QList<BackupInfo> offered;
    QList<QList<BackupInfo>> listed;
    std::function<void(bool)> pendingOffer;
    std::function<void(const QString &)> pendingChoice;
};

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool corruptAfterFirstPage(const QString &path)
{
    QFile file(path);
    if (file.size() <= 4096 || !file.open(QIODevice::ReadWrite))
        return false;
    QRandomGenerator junk(99);
    QByteArray bytes(file.size() - 4096, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(junk.bounded(256));
    return file.seek(4096) && file.write(bytes) == bytes.size();
}

QStringList goalsIn(const PlanListModel *model)
{
    QStringList goals;
    for (int row = 0; row < model->rowCount(); ++row)
        goals << model->index(row).data(Qt::DisplayRole).toString();
    return goals;
}

// The application's wiring (app/gui/main.cpp) over a database file, with scripted prompts.
struct Window
{
    explicit Window(const QString &path)
        : store(path, 1), service(store),
          viewModel({.plans = service, .openStorage = [this]() { return store.open(); }}),
          edits({.plans = service}, viewModel), backups({.backups = store}, viewModel),
          window({.plans = viewModel,
                  .edits = edits,
                  .errors = errors,
                  .backups = &backups,
                  .backupPrompts = &prompts})
    {
        window.show();
        viewModel.start();
    }
    ~Window()
    {
        if (!QTest::qWaitFor(
                [this]() { return !viewModel.isBusy() && !edits.isBusy() && !backups.isBusy(); }))
            QTest::qFail("The window's store calls did not finish.", __FILE__, __LINE__);
    }
    Window(const Window &) = delete;
    Window &operator=(const Window &) = delete;

    Store store;
    PlanService service;
    test::RecordingErrorReporter errors;
    ScriptedBackupPrompts prompts;
    PlansViewModel viewModel;
    TaskEditsViewModel edits;
    BackupsViewModel backups;
    MainWindow window;
};

} // namespace

class TestRestoreBackup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_round = 0;

    void createPlans(const QStringList &goals)
    {
        Store store(m_path, 1);
        QVERIFY(QCoro::waitFor(store.open()).ok());
        PlanService service(store);
        for (const QString &goal : goals)
            QVERIFY(QCoro::waitFor(service.createPlan({goal, {}, 8.0, QDate(2026, 11, 27)})).ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("HeliosTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_restore_backup"));
    }

    void init()
    {
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("%1/helios.db").arg(++m_round));
        QVERIFY(QDir().mkpath(QFileInfo(m_path).absolutePath()));
    }

    void shouldOfferTheLatestBackupWhenTheDatabaseIsDamagedAndLoadItsPlans()
    {
        // GIVEN a backup with one plan, then the database damaged
        createPlans({QStringLiteral("Learn Python")});
        Result<QString> backup = backUpDatabase(m_path);
        QVERIFY(backup.ok());
        QVERIFY(corruptAfterFirstPage(m_path));
        const QByteArray damaged = fileBytes(m_path);

        // WHEN the window opens it
        Window ui(m_path);

        // THEN the view-model says why, and the prompt offers that backup (not a plain error)
        QTRY_COMPARE(ui.viewModel.state(), PlansViewModel::State::Failed);
        QTRY_COMPARE(ui.prompts.offered.size(), 1);
        QVERIFY(ui.viewModel.storageFailure().contains(QStringLiteral("damaged")));
        QCOMPARE(ui.prompts.problems.first(), ui.viewModel.storageFailure());
        QCOMPARE(ui.prompts.offered.first().path, *backup);
        QCOMPARE(ui.prompts.offered.first().kind, backup_kind::manual);
        QVERIFY(ui.errors.messages.isEmpty());
        QCOMPARE(fileBytes(m_path), damaged); // nothing written while asking

        // WHEN the person accepts
        ui.prompts.pendingOffer(true);

        // THEN the plans of the backup load
        QTRY_COMPARE(ui.viewModel.state(), PlansViewModel::State::Ready);
        QTRY_COMPARE(goalsIn(ui.viewModel.planListModel()),
                     QStringList{QStringLiteral("Learn Python")});
        QTRY_VERIFY(ui.window.isShowingPlans());
        QVERIFY(ui.viewModel.storageFailure().isEmpty());
        QVERIFY(ui.errors.messages.isEmpty());
        // AND the damaged file is kept aside, byte for byte
        const QStringList replaced = listBackups(m_path, backup_kind::replaced);
        QCOMPARE(replaced.size(), 1);
        QCOMPARE(fileBytes(replaced.first()), damaged);
    }

    void shouldReportTheFailureWhenThereIsNoBackup()
    {
        createPlans({QStringLiteral("Learn Python")});
        QVERIFY(corruptAfterFirstPage(m_path));
        Window ui(m_path);
        QTRY_COMPARE(ui.errors.messages.size(), 1);
        QVERIFY(ui.prompts.offered.isEmpty());
        QCOMPARE(ui.viewModel.state(), PlansViewModel::State::Failed);
    }

    void shouldQuitWhenThePersonDeclinesTheBackup()
    {
        createPlans({QStringLiteral("Learn Python")});
        QVERIFY(backUpDatabase(m_path).ok());
        QVERIFY(corruptAfterFirstPage(m_path));
        const QByteArray damaged = fileBytes(m_path);
        Window ui(m_path);
        QTRY_COMPARE(ui.prompts.offered.size(), 1);
        ui.prompts.pendingOffer(false);
        QTRY_VERIFY(!ui.window.isVisible());
        QCOMPARE(fileBytes(m_path), damaged);
        QVERIFY(listBackups(m_path, backup_kind::replaced).isEmpty());
    }

    void shouldRestoreABackupChosenFromTheFileMenu()
    {
        // GIVEN a backup with one plan, then a second plan, in an open window
        createPlans({QStringLiteral("Learn Python")});
        Result<QString> backup = backUpDatabase(m_path);
        QVERIFY(backup.ok());
        createPlans({QStringLiteral("Run a marathon")});
        Window ui(m_path);
        QTRY_COMPARE(ui.viewModel.planListModel()->rowCount(), 2);

        // WHEN the person picks File → Restore from backup…
        QVERIFY(ui.window.restoreBackupAction()->isEnabled());
        ui.window.restoreBackupAction()->trigger();

        // THEN the backups are offered newest first
        QTRY_COMPARE(ui.prompts.listed.size(), 1);
        QCOMPARE(ui.prompts.listed.first().size(), 1);
        QCOMPARE(ui.prompts.listed.first().first().path, *backup);

        // WHEN one is chosen and confirmed THEN its plans replace the window's
        ui.prompts.pendingChoice(*backup);
        QTRY_COMPARE(goalsIn(ui.viewModel.planListModel()),
                     QStringList{QStringLiteral("Learn Python")});
        QTRY_COMPARE(ui.viewModel.state(), PlansViewModel::State::Ready);
        QVERIFY(ui.errors.messages.isEmpty());
        QCOMPARE(listBackups(m_path, backup_kind::replaced).size(), 1);
    }

    void shouldSayWhyADamagedBackupWasNotRestored()
    {
        createPlans({QStringLiteral("Learn Python")});
        const QString bad = QFileInfo(m_path).absolutePath() + QStringLiteral("/bad.db");
        QVERIFY(backUpDatabase(m_path, bad).ok());
        QVERIFY(corruptAfterFirstPage(bad));
        Window ui(m_path);
        QTRY_COMPARE(ui.viewModel.planListModel()->rowCount(), 1);
        ui.backups.restoreBackup(bad);
        QTRY_COMPARE(ui.errors.messages.size(), 1);
        QVERIFY(ui.errors.messages.first().contains(QStringLiteral("damaged")));
        QTRY_COMPARE(ui.viewModel.state(), PlansViewModel::State::Ready);
        QCOMPARE(ui.viewModel.planListModel()->rowCount(), 1);
    }

    void shouldShowTheRealDialogsInBothLanguages_data()
    {
        QTest::addColumn<bool>("chinese");
        QTest::addColumn<QString>("restoreButton");
        QTest::addColumn<QString>("offerButtonStart");
        QTest::newRow("en") << false << QStringLiteral("Restore…")
                            << QStringLiteral("Restore the backup from ");
        QTest::newRow("zh_CN") << true << QStringLiteral("恢复…") << QStringLiteral("恢复 ");
    }

    // Grabs both dialogs (saved under $HELIOS_TEST_ARTIFACTS for a look) and checks their words.
    void shouldShowTheRealDialogsInBothLanguages()
    {
        QFETCH(bool, chinese);
        QFETCH(QString, restoreButton);
        QFETCH(QString, offerButtonStart);
        AppTranslations translations;
        QVERIFY(translations.use(chinese ? Language::Chinese : Language::English,
                                 QLocale(QLocale::English, QLocale::UnitedStates)));
        QString folder = qEnvironmentVariable("HELIOS_TEST_ARTIFACTS");
        if (folder.isEmpty())
            folder = QDir::temp().filePath(QStringLiteral("helios-test-artifacts"));
        QVERIFY(QDir().mkpath(folder));
        const QString suffix = chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");

        QWidget parent;
        parent.resize(800, 600);
        parent.show();
        const QList<BackupInfo> backups{
            {QStringLiteral("/data/backups/helios.daily-20261127-080000-000.db"),
             QStringLiteral("daily"), QDateTime(QDate(2026, 11, 27), QTime(8, 0), Qt::UTC), 81920},
            {QStringLiteral("/data/backups/helios.manual-20261126-190000-000.db"),
             QStringLiteral("manual"), QDateTime(QDate(2026, 11, 26), QTime(19, 0), Qt::UTC),
             81920},
            {QStringLiteral("/data/backups/helios.pre-migration-20261120-090000-000.db"),
             QStringLiteral("pre-migration"), QDateTime(QDate(2026, 11, 20), QTime(9, 0), Qt::UTC),
             65536}};
        DialogBackupPrompts prompts;

        QString chosen = QStringLiteral("unanswered");
        prompts.chooseBackup(&parent, backups, [&](const QString &path) { chosen = path; });
        auto *dialog = parent.findChild<RestoreBackupDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->list()->count(), 3);
        QVERIFY(
            dialog->list()->item(0)->text().contains(describeBackupKind(QStringLiteral("daily"))));
        QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"))->text(),
                 restoreButton);
        const QImage list = dialog->grab().toImage();
        QVERIFY(list.save(folder + QStringLiteral("/restore-backup-dialog-%1.png").arg(suffix)));
        dialog->list()->setCurrentRow(1);
        dialog->accept();
        auto *confirm = parent.findChild<QMessageBox *>(QStringLiteral("confirmRestoreBox"));
        QVERIFY(confirm);
        QTRY_VERIFY(confirm->isVisible());
        QVERIFY(confirm->grab().toImage().save(
            folder + QStringLiteral("/restore-backup-confirm-%1.png").arg(suffix)));
        confirm->buttons().constFirst()->click(); // "Restore" is the first, accepting button
        QTRY_COMPARE(chosen, backups[1].path);

        bool answered = false;
        bool restore = false;
        prompts.offerRestore(
            &parent,
            QStringLiteral("Opening the database failed: the database is damaged "
                           "(database disk image is malformed); restore a backup."),
            backups.first(), [&](bool yes) {
                answered = true;
                restore = yes;
            });
        auto *offer = parent.findChild<QMessageBox *>(QStringLiteral("offerRestoreBox"));
        QVERIFY(offer);
        QTRY_VERIFY(offer->isVisible());
        QVERIFY(offer->defaultButton()->text().startsWith(offerButtonStart));
        QVERIFY(offer->grab().toImage().save(folder +
                                             QStringLiteral("/offer-restore-%1.png").arg(suffix)));
        offer->defaultButton()->click();
        QTRY_VERIFY(answered);
        QVERIFY(restore);
    }
};

HELIOS_TEST_GUI_MAIN(TestRestoreBackup)
#include "tst_restore_backup.moc"

// The sentences core/ writes for the person (store, import, model server, cancellation) reach the
// window; in the Chinese window they must be Chinese too, and English again after a switch back.

#include "core/agents/json_answer.h"
#include "core/domain/error.h"
#include "core/io/plan_import.h"
#include "core/llm/provider_factory.h"
#include "core/store/store.h"
#include "tests/support/test_main.h"
#include "ui/i18n/translations.h"

#include <QFile>
#include <QTemporaryDir>

using namespace helios;
using namespace helios::ui;

namespace {

const QLocale kEnglishUs(QLocale::English, QLocale::UnitedStates);

bool hasChinese(const QString &text)
{
    for (QChar c : text)
        if (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff)
            return true;
    return false;
}

// The sentence opening a file that is not a database gives.
QString notADatabaseSentence(const QString &path)
{
    Store store(path);
    const Status opened = QCoro::waitFor(store.open());
    return opened ? QString() : opened.error().message;
}

} // namespace

class TestCoreSentences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldSayCoreSentencesInChineseInTheChineseWindow()
    {
        // GIVEN the Chinese translators, as the window installs them
        AppTranslations translations;
        QVERIFY(translations.use(Language::Chinese, kEnglishUs));

        // THEN cancellation, a damaged database, a broken import and a bad endpoint are Chinese
        QCOMPARE(Error::cancelled().message, QStringLiteral("已取消。"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.db"));
        QFile garbage(path);
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(8192, 'x'));
        garbage.close();
        const QString damaged = notADatabaseSentence(path);
        QVERIFY2(damaged.contains(QStringLiteral("不是 Helios 数据库或已损坏")),
                 qPrintable(damaged));
        QVERIFY2(damaged.contains(QStringLiteral("garbage.db")), qPrintable(damaged));
        QVERIFY2(QFile(path).size() == 8192, "the damaged file must be left as it was");

        ImportOptions json;
        json.format = PlanFormat::Json;
        json.today = QDate(2026, 11, 27);
        const auto imported = importPlanFile(QByteArray("{\"format\": "), json);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.error().message.startsWith(QStringLiteral("该文件不是有效的 JSON")),
                 qPrintable(imported.error().message));

        llm::ProviderConfig config;
        config.kind = llm::ProviderKind::OpenAi;
        config.endpoint = QUrl(QStringLiteral("ftp://models.example"));
        config.model = QStringLiteral("m");
        const auto provider = llm::makeProvider(config);
        QVERIFY(!provider.ok());
        QCOMPARE(provider.error().message,
                 QStringLiteral("端点“ftp://models.example”不是 http:// 或 https:// 网址。"));

        // and so is what was wrong with a model's answer
        const auto noJson = agents::extractJsonObject(u"Sure! Here is your plan.");
        QVERIFY(!noJson.ok());
        QCOMPARE(noJson.error().message, QStringLiteral("回答中没有 JSON 对象。"));

        // WHEN the person switches back to English THEN the same sentences are English again
        QVERIFY(translations.use(Language::English, kEnglishUs));
        QCOMPARE(Error::cancelled().message, QStringLiteral("Cancelled."));
        const QString english = notADatabaseSentence(path);
        QVERIFY2(english.contains(QStringLiteral("is not a Helios database or is damaged")),
                 qPrintable(english));
        QVERIFY2(!hasChinese(english), qPrintable(english));
    }
};

HELIOS_TEST_GUI_MAIN(TestCoreSentences)

#include "tst_core_sentences.moc"

#include "tests/support/test_main.h"
#include "tests/ui/settings/memory_secret_store.h"
#include "ui/settings/api_key_store.h"
#include "ui/settings/keychain_secret_store.h"

#include <qcoro/qcorotask.h>

using namespace helios;
using namespace helios::ui;

namespace {

const QUrl kServer(QStringLiteral("http://127.0.0.1:8080"));

} // namespace

class TestApiKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeyAccountsByProviderAndEndpoint()
    {
        QCOMPARE(ApiKeyStore::accountFor(llm::ProviderKind::OpenAi, kServer),
                 QStringLiteral("openai http://127.0.0.1:8080"));
        // One server, one key, however its URL was typed.
        QCOMPARE(ApiKeyStore::accountFor(llm::ProviderKind::OpenAi,
                                         QUrl(QStringLiteral("http://127.0.0.1:8080/"))),
                 ApiKeyStore::accountFor(llm::ProviderKind::OpenAi, kServer));
        QVERIFY(ApiKeyStore::accountFor(llm::ProviderKind::Ollama, kServer) !=
                ApiKeyStore::accountFor(llm::ProviderKind::OpenAi, kServer));
        QVERIFY(ApiKeyStore::accountFor(llm::ProviderKind::OpenAi,
                                        QUrl(QStringLiteral("https://api.example.com"))) !=
                ApiKeyStore::accountFor(llm::ProviderKind::OpenAi, kServer));
    }

    void shouldSaveReadAndRemoveAKeyPerServer()
    {
        test::MemorySecretStore secrets;
        ApiKeyStore keys(secrets);
        const auto keyFn = keys.keyFunction(llm::ProviderKind::OpenAi, kServer);
        QCOMPARE(keyFn(), QString());

        QVERIFY(
            QCoro::waitFor(keys.save(llm::ProviderKind::OpenAi, kServer, QStringLiteral("sk-one")))
                .ok());
        QCOMPARE(secrets.secrets.value(QStringLiteral("openai http://127.0.0.1:8080")),
                 QStringLiteral("sk-one"));
        QCOMPARE(keyFn(), QStringLiteral("sk-one"));

        // Another server has no key.
        const auto other = QCoro::waitFor(
            keys.read(llm::ProviderKind::OpenAi, QUrl(QStringLiteral("http://10.0.0.2:8080"))));
        QVERIFY(other.ok());
        QVERIFY(!other.value().has_value());

        QVERIFY(QCoro::waitFor(keys.remove(llm::ProviderKind::OpenAi, kServer)).ok());
        QVERIFY(secrets.secrets.isEmpty());
        QCOMPARE(keyFn(), QString());
    }

    void shouldRememberAKeyReadFromTheStoreForTheClient()
    {
        test::MemorySecretStore secrets;
        secrets.secrets.insert(ApiKeyStore::accountFor(llm::ProviderKind::OpenAi, kServer),
                               QStringLiteral("sk-stored"));
        ApiKeyStore keys(secrets);
        const auto keyFn = keys.keyFunction(llm::ProviderKind::OpenAi, kServer);
        QCOMPARE(keyFn(), QString()); // not read yet

        const auto read = QCoro::waitFor(keys.read(llm::ProviderKind::OpenAi, kServer));

        QVERIFY(read.ok());
        QCOMPARE(read.value().value_or(QString()), QStringLiteral("sk-stored"));
        QCOMPARE(keyFn(), QStringLiteral("sk-stored"));
    }

    void shouldPassTheStoresErrorSentenceOnAndRememberNothing()
    {
        test::MemorySecretStore secrets;
        secrets.failure = QStringLiteral("No keychain here.");
        ApiKeyStore keys(secrets);

        const Status saved =
            QCoro::waitFor(keys.save(llm::ProviderKind::OpenAi, kServer, QStringLiteral("sk-x")));

        QVERIFY(!saved.ok());
        QCOMPARE(saved.error().message, QStringLiteral("No keychain here."));
        QCOMPARE(keys.keyFunction(llm::ProviderKind::OpenAi, kServer)(), QString());
    }

    void shouldAnswerWithAnEmptyKeyOnceTheStoreIsGone()
    {
        test::MemorySecretStore secrets;
        std::function<QString()> keyFn;
        {
            ApiKeyStore keys(secrets);
            QVERIFY(QCoro::waitFor(
                        keys.save(llm::ProviderKind::OpenAi, kServer, QStringLiteral("sk-gone")))
                        .ok());
            keyFn = keys.keyFunction(llm::ProviderKind::OpenAi, kServer);
            QCOMPARE(keyFn(), QStringLiteral("sk-gone"));
        }
        QCOMPARE(keyFn(), QString());
    }

    // On a box with no Secret Service (CI, a container) the real keychain must fail in one
    // sentence, quickly, without crashing and without writing the key anywhere else.
    void shouldSayInOneSentenceThatThereIsNoKeychain()
    {
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("A D-Bus session is running here; a keychain may answer.");
        KeychainSecretStore keychain(QStringLiteral("io.github.helios.Helios.tests"));
        const QString sentinel = QStringLiteral("HELIOSSENTINEL0042");

        const Status written =
            QCoro::waitFor(keychain.write(QStringLiteral("openai http://127.0.0.1:1"), sentinel));
        const auto read =
            QCoro::waitFor(keychain.read(QStringLiteral("openai http://127.0.0.1:1")));

        QVERIFY(!written.ok());
        QCOMPARE(written.error().message,
                 QStringLiteral("No system keychain (such as GNOME Keyring or KWallet) is "
                                "available, so the API key was not saved."));
        QVERIFY(!written.error().message.contains(sentinel));
        QVERIFY(!read.ok());
        QCOMPARE(read.error().message,
                 QStringLiteral("No system keychain (such as GNOME Keyring or KWallet) is "
                                "available, so no saved API key can be read."));
    }
};

HELIOS_TEST_GUI_MAIN(TestApiKeyStore)

#include "tst_api_key_store.moc"

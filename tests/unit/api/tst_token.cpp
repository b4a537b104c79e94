// The local API's bearer token: made on first use and kept in the secret store (the keychain in
// helios-cli serve; a store in memory here, as no test box has a keychain), reused, replaced on
// request, and a missing keychain said in one sentence that names the way out.

#include "api/service/api_token.h"
#include "tests/support/coro_test.h"
#include "tests/ui/settings/memory_secret_store.h"

#include <QRegularExpression>
#include <QTest>

using namespace helios;

class TestToken : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldMakeATokenOnFirstUseAndKeepIt()
    {
        // GIVEN an empty secret store
        test::MemorySecretStore secrets;
        // WHEN the token is asked for twice
        HELIOS_AWAIT(first, api::keptApiToken(secrets, false));
        HELIOS_AWAIT(second, api::keptApiToken(secrets, false));
        // THEN the first is made (43 characters of base64url) and kept, the second is the same
        QVERIFY(first.ok() && second.ok());
        QVERIFY(first->made);
        QCOMPARE(first->token.size(), 43);
        QVERIFY(QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{43}$"))
                    .match(first->token)
                    .hasMatch());
        QCOMPARE(secrets.secrets.value(QString(api::kApiTokenAccount)), first->token);
        QVERIFY(!second->made);
        QCOMPARE(second->token, first->token);
    }

    void shouldReplaceTheTokenWhenAskedTo()
    {
        // GIVEN a kept token
        test::MemorySecretStore secrets;
        HELIOS_AWAIT(old, api::keptApiToken(secrets, false));
        QVERIFY(old.ok());
        // WHEN a new one is asked for
        HELIOS_AWAIT(renewed, api::keptApiToken(secrets, true));
        // THEN it is new, made and kept in place of the old one
        QVERIFY(renewed.ok());
        QVERIFY(renewed->made);
        QVERIFY(renewed->token != old->token);
        QCOMPARE(secrets.secrets.value(QString(api::kApiTokenAccount)), renewed->token);
    }

    void shouldSayInOneSentenceWhatToDoWithoutAKeychain()
    {
        // GIVEN a secret store that fails as a missing keychain does
        test::MemorySecretStore secrets;
        secrets.failure = QStringLiteral("No system keychain here.");
        // WHEN the token is asked for
        HELIOS_AWAIT(token, api::keptApiToken(secrets, false));
        // THEN the answer is one sentence that names the environment variable, and nothing kept
        QVERIFY(!token.ok());
        QCOMPARE(token.error().message,
                 QStringLiteral("The local API's token could not be kept in the system keychain; "
                                "set HELIOS_API_TOKEN to a token of your own instead."));
        QVERIFY(secrets.secrets.isEmpty());
    }

    void shouldMatchOnlyTheWholeBearerToken_data()
    {
        QTest::addColumn<QByteArray>("authorization");
        QTest::addColumn<bool>("matches");
        QTest::newRow("exact") << QByteArray("Bearer s3cret-token-value") << true;
        QTest::newRow("scheme in lower case") << QByteArray("bearer s3cret-token-value") << true;
        QTest::newRow("missing") << QByteArray() << false;
        QTest::newRow("another scheme") << QByteArray("Basic s3cret-token-value") << false;
        QTest::newRow("a prefix") << QByteArray("Bearer s3cret-token") << false;
        QTest::newRow("longer") << QByteArray("Bearer s3cret-token-value2") << false;
        QTest::newRow("one character off") << QByteArray("Bearer s3cret-token-valuf") << false;
    }

    void shouldMatchOnlyTheWholeBearerToken()
    {
        QFETCH(QByteArray, authorization);
        QFETCH(bool, matches);
        // GIVEN the token WHEN a header is compared THEN only the whole token matches
        QCOMPARE(api::bearerMatches(authorization, "s3cret-token-value"), matches);
        // AND an empty token never does
        QVERIFY(!api::bearerMatches("Bearer ", ""));
    }
};

QTEST_GUILESS_MAIN(TestToken)
#include "tst_token.moc"

#include "core/domain/plain_text.h"
#include "tests/support/test_main.h"

using namespace helios;

namespace {

QString withEscapes()
{
    // ESC ] 0 ; title BEL (retitles a terminal), ESC [ 2 J (clears it), NUL, a right-to-left
    // override and a pop, DEL and a C1 control.
    return QStringLiteral("Read\x1b]0;owned\x07 the\x1b[2J book") + QChar(0) +
           QStringLiteral(" now") + QChar(0x202E) + QStringLiteral("txt.exe") + QChar(0x202C) +
           QChar(0x7F) + QChar(0x9B) + QStringLiteral("!");
}

bool hasControls(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7F && u < 0xA0) || isBidiControl(u))
            return true;
    }
    return false;
}

} // namespace

class TestPlainText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldRemoveWhatATerminalWouldObeyFromStoredText()
    {
        // GIVEN a title with escape sequences, a bell, NUL, DEL, a C1 control and a bidi override
        const QString raw = withEscapes();
        // WHEN it is made plain text for storing
        const QString plain = plainText(raw, false);
        // THEN none of them is left, and the words are
        QVERIFY(!hasControls(plain));
        QCOMPARE(plain, QStringLiteral("Read]0;owned the[2J book nowtxt.exe!"));
    }

    void shouldKeepLineBreaksOnlyInMultilineText()
    {
        // GIVEN notes on two lines with a tab
        const QString notes = QStringLiteral("  first\tline\r\nsecond\x1b[31m line  ");
        // WHEN made plain on one line and on several
        // THEN one line joins them; several keep line feeds and tabs and drop the rest
        QCOMPARE(plainText(notes, false), QStringLiteral("first line second[31m line"));
        QCOMPARE(plainText(notes, true), QStringLiteral("first\tline \nsecond[31m line"));
    }

    void shouldLeaveOrdinaryTextAlone()
    {
        // GIVEN text in English and Chinese without controls
        const QString text = QStringLiteral("学习Python编程 — week 1");
        // THEN it comes back unchanged either way
        QCOMPARE(plainText(text, false), text);
        QCOMPARE(terminalSafe(text), text);
    }

    void shouldShowControlsToATerminalInsteadOfSendingThem()
    {
        // GIVEN text with escapes as it may come from a backup made before input was cleaned
        const QString raw = withEscapes() + QStringLiteral("\nnext line\tend\r");
        // WHEN it is made safe for a terminal
        const QString safe = terminalSafe(raw);
        // THEN no control is left but line feeds and tabs, and ESC and BEL are shown as symbols
        QVERIFY(!hasControls(safe));
        QVERIFY(safe.contains(QChar(0x241B))); // ␛
        QVERIFY(safe.contains(QChar(0x2407))); // ␇
        QVERIFY(safe.contains(QChar(0x2400))); // ␀
        QVERIFY(safe.contains(QStringLiteral("\nnext line\tend")));
        QVERIFY(safe.endsWith(QChar(0x240D))); // ␍
    }
};

HELIOS_TEST_MAIN(TestPlainText)
#include "tst_plain_text.moc"

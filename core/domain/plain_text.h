#pragma once

#include <QString>

// Text that comes from outside (import files, a model's answers, backups) is plain text: nothing
// in it may steer a terminal or reorder what a person reads.
namespace helios {

// Bidirectional formatting characters (embeddings, overrides, isolates, marks): they reorder how
// the text around them is shown.
bool isBidiControl(char32_t c);

// Text as plain text for storing: control characters (C0 but tab and line feed, DEL, C1, so ESC,
// BEL and NUL too) and bidirectional formatting characters removed. One line (multiline false):
// line breaks and tabs become spaces and runs of white space one space; several lines: line feeds
// and tabs are kept, the ends trimmed.
QString plainText(const QString &text, bool multiline);

// Text as it may reach a terminal: the same characters made visible instead of removed (C0 as
// the Control Pictures block, U+2400 on; DEL as U+2421; C1 as U+FFFD) and bidirectional
// formatting characters removed. Line feeds and tabs are kept.
QString terminalSafe(const QString &text);

} // namespace helios

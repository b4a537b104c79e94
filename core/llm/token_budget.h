#pragma once

#include "core/domain/result.h"
#include "core/llm/chat.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace helios::llm {

// Token estimates for mixed English, Chinese and code, without the model's tokenizer (local
// servers do not expose one and each model family has its own). The rules follow how BPE
// vocabularies of the GPT-4/Llama 3 generation split text:
//   - a CJK ideograph, kana or hangul syllable: 1 token;
//   - a run of Latin letters (a word): 1 token per 7 letters, at least 1 (common words are one
//     token, long rare ones split); letters of other alphabets (Cyrillic, Greek, ...): 1 per 2;
//   - a run of digits: 1 token per 3 digits (GPT-4 and Llama 3 split numbers so);
//   - punctuation and symbols: 1 token each, a run of them 1 per 2 (code's "();", "->");
//     an emoji or other astral character: 2;
//   - a space before a word is free; a run of 2+ spaces/tabs: 1, none right after a newline
//     (indentation merges with it); a run of newlines: 1.
// Each message costs kMessageOverhead more (role and delimiters of the chat template) and every
// prompt kReplyPriming (the start of the assistant's turn); OpenAI documents 3 + 3 for GPT-4.
//
// Measured error: 13 samples (English prose and instructions, Chinese goals and plans, mixed
// Chinese/English, Japanese, C++, Python, JSON, numbers) counted with OpenAI's cl100k_base
// tokenizer (GPT-4; js-tiktoken 1.0.21, which also reproduces OpenAI's published examples
// "tiktoken is great!" = 6 and "お誕生日おめでとう" = 9). Per sample the estimate is within
// -17%..+28% of the tokenizer (mean absolute error 9%; over all 13 samples +2%): it runs high on
// English with long common words and on C++, low on very short texts. The samples and reference
// counts are the table in tests/unit/llm/tst_token_budget.cpp, which fails if a rule change
// pushes any sample beyond ±30% (or ±2 tokens). Newer vocabularies (o200k, Qwen) spend about a
// third fewer tokens on Chinese, so there the estimate errs on the safe side for a budget.
int estimateTokens(QStringView text);
int estimateTokens(const ChatMessage &message);
int estimateTokens(const QList<ChatMessage> &messages); // including kReplyPriming

inline constexpr int kMessageOverhead = 4;
inline constexpr int kReplyPriming = 3;

// Removes only what cannot change a prompt's meaning: trailing whitespace on each line, runs of
// spaces and tabs inside a line (leading indentation is kept: it nests Markdown lists), and runs
// of three or more blank lines (down to one). Inside ``` or ~~~ fences and `inline code` nothing
// changes. Idempotent.
QString compactSystemPrompt(const QString &prompt);

// The messages to send so that the prompt's estimate fits into contextTokens - maxTokens (the
// room the answer needs): every system message and the newest message are kept, then older
// messages newest first for as long as they fit (a gap is never left: the first older message
// that does not fit ends the history). Chronological order is kept. If the kept part alone does
// not fit: Error::Kind::Usage, saying how many tokens are needed and how many there is room for.
Result<QList<ChatMessage>> fitToContext(const QList<ChatMessage> &messages, int contextTokens,
                                        int maxTokens);

} // namespace helios::llm

#pragma once

#include "core/domain/error.h"

#include <QString>

namespace helios::ui {

// The sentence the window shows when planning fails. The core's sentences are English (the CLI
// speaks English); this puts a translated sentence saying what went wrong in front of the
// core's detail, so that a Chinese window says in Chinese whether the model server, its answer
// or the database failed.
QString planningErrorSentence(const Error &error);

} // namespace helios::ui

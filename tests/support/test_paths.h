#pragma once

// Where the tests find the built programs and the source tree. The paths are compiled into one
// small library (test_paths.cpp) instead of every test's command line, so that a test's object
// file does not depend on where the checkout lives and ccache can share it between clones,
// worktrees and the clean room (scripts/dev clean-room).

#include <QString>

namespace helios::test {

QString cliPath();     // the built helios-cli
QString testLlmPath(); // the built helios-test-llm
QString sourceDir();   // the root of the source tree

} // namespace helios::test

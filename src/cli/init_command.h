#pragma once

// `walkaway init [FILE]`: a guided interview in the terminal that writes a case file (docs/init.md).
// Kept out of commands.h so that this command's options live next to it, and so that tests can
// include it (commands.h needs the library's WALKAWAY_VERSION).

#include <functional>
#include <ostream>
#include <string>

#include "cli/init_terminal.h"
#include "walkaway/cli/run.h"

namespace walkaway::cli {

// Ctrl-C during the interview: the shell's convention for "ended by SIGINT" (128 + 2).
inline constexpr int kExitInterrupted = 130;

struct InitOptions {
  std::string file = "case.toml";
  bool force = false;     // replace an existing file without asking
  bool evaluate = false;  // run `evaluate` on the new file at the end
};

// Reads answers from env.input; from the real standard input it also turns Ctrl-C into exit 130.
int RunInit(const InitOptions& options, std::ostream& out, std::ostream& err, const Environment& env);

// Everything but the final evaluation, with the terminal given: tests script it. `interrupted`
// reports a Ctrl-C that arrived outside a read (checked once more just before writing).
int RunInitWith(const InitOptions& options, Terminal& terminal, std::ostream& out, std::ostream& err,
                const Environment& env, const std::function<bool()>& interrupted);

}  // namespace walkaway::cli

#pragma once

// The command-line interface as a function: tests call Run with string streams, main() with the
// real ones. Everything the CLI reads from the world (the date, standard input, whether stdout is
// a terminal, the environment variables it honours) comes in through Environment.

#include <istream>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "walkaway/core/date.h"
#include "walkaway/core/result.h"

namespace walkaway::files {
class WriteObserver;
}  // namespace walkaway::files

namespace walkaway::cli {

struct Environment {
  core::Date today{};
  bool stdout_is_tty = false;
  bool no_color = false;  // NO_COLOR is set (https://no-color.org)
  std::istream* input = nullptr;  // standard input (`scan --jsonl`); null reads as empty
  int input_fd = -1;              // the descriptor behind `input` when it is the real one: mapped when a file
  // Told after each step of every file write (files::WriteFileAtomically); null in production. The
  // crash tests set one that kills the process at a chosen step.
  const files::WriteObserver* write_observer = nullptr;
  // The folder of the running program, empty when unknown: an installed binary finds its data in
  // ../share/walkaway/data from there, wherever the prefix is (docs/scale.md, "Installing").
  std::string program_dir{};
  // The environment variables walkaway reads (kEnvironmentVariables), set and non-empty ones only.
  std::map<std::string, std::string> vars{};
  // The value of `name`, or null when unset.
  const char* Var(const std::string& name) const {
    const auto it = vars.find(name);
    return it == vars.end() ? nullptr : it->second.c_str();
  }
};

// WALKAWAY_DATA_DIR (the folder holding market/), WALKAWAY_LEXICON_DIR, WALKAWAY_CACHE_DIR,
// XDG_CACHE_HOME and HOME (for the lexicon cache), XDG_DATA_HOME (serve's default workspace),
// NO_COLOR.
inline constexpr const char* kEnvironmentVariables[] = {"WALKAWAY_DATA_DIR", "WALKAWAY_LEXICON_DIR",
                                                        "WALKAWAY_CACHE_DIR", "XDG_CACHE_HOME", "HOME",
                                                        "XDG_DATA_HOME", "NO_COLOR"};

// Exit codes: 0 success, 2 bad input or usage, 3 I/O failure, 70 internal error.
inline constexpr int kExitOk = 0;
inline constexpr int kExitInvalid = 2;
inline constexpr int kExitIo = 3;
inline constexpr int kExitInternal = 70;

int ExitCodeFor(core::ErrorCode code);

// args excludes the program name.
int Run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err, const Environment& env);

// The real environment: today's local date, std::cin, isatty(1), the variables above. The only
// place walkaway reads the process environment.
Environment SystemEnvironment();

}  // namespace walkaway::cli

#pragma once

// Runs the CLI in-process, as `walkaway ARGS...` would on 2026-11-28 with `input` on standard input,
// and keeps what it printed.
// Header-only: only the test binaries that link walkaway_cli include it.

#include <cstdlib>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "walkaway/cli/run.h"

namespace walkaway::testing {

struct CliOutcome {
  int code = 0;
  std::string out;
  std::string err;
};

// The environment variables walkaway honours are taken from the test's process (CTest sets
// WALKAWAY_CACHE_DIR; some tests set WALKAWAY_DATA_DIR), as SystemEnvironment would.
inline CliOutcome RunCliWithInput(std::vector<std::string> args, const std::string& input) {
  cli::Environment env;
  env.today = core::Date{2026, 11, 28};
  for (const char* name : cli::kEnvironmentVariables) {
    const char* value = std::getenv(name);
    if (value != nullptr && value[0] != '\0') env.vars[name] = value;
  }
  std::istringstream in(input);
  env.input = &in;
  std::ostringstream out, err;
  const int code = cli::Run(args, out, err, env);
  return {code, out.str(), err.str()};
}

// With nothing on standard input.
inline CliOutcome RunCli(std::vector<std::string> args) { return RunCliWithInput(std::move(args), ""); }

}  // namespace walkaway::testing

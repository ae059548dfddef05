#pragma once

// Runs the CLI in-process, as `walkaway ARGS...` would on 2026-11-28, and keeps what it printed.
// Header-only: only the test binaries that link walkaway_cli include it.

#include <cstdlib>
#include <sstream>
#include <string>
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
inline CliOutcome RunCli(std::vector<std::string> args) {
  cli::Environment env;
  env.today = core::Date{2026, 11, 28};
  for (const char* name : cli::kEnvironmentVariables) {
    const char* value = std::getenv(name);
    if (value != nullptr && value[0] != '\0') env.vars[name] = value;
  }
  std::ostringstream out, err;
  const int code = cli::Run(args, out, err, env);
  return {code, out.str(), err.str()};
}

}  // namespace walkaway::testing

#pragma once

// Runs the CLI in-process, as `walkaway ARGS...` would on 2026-11-28, and keeps what it printed.
// Header-only: only the test binaries that link walkaway_cli include it.

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

inline CliOutcome RunCli(std::vector<std::string> args) {
  cli::Environment env;
  env.today = core::Date{2026, 11, 28};
  std::ostringstream out, err;
  const int code = cli::Run(args, out, err, env);
  return {code, out.str(), err.str()};
}

}  // namespace walkaway::testing

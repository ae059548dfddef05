// The CLI with a fault-injecting write observer, for the crash tests only: when WALKAWAY_FAULT_AT
// names a step of io::WriteFileAtomically, the process kills itself right after it. The real
// `walkaway` has no such hook.

#include <cstdlib>
#include <iostream>
#include <optional>

#include "support/fault_injection.h"
#include "walkaway/cli/run.h"

int main(int argc, char** argv) {
  walkaway::cli::Environment env = walkaway::cli::SystemEnvironment();
  std::optional<walkaway::testing::KillAfterStep> fault;
  if (const char* step = std::getenv(walkaway::testing::kFaultAtEnv)) {
    fault.emplace(step);
    env.write_observer = &*fault;
  }
  return walkaway::cli::Run({argv + 1, argv + argc}, std::cout, std::cerr, env);
}

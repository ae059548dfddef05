#pragma once

// Fault injection for the whole-file tests (docs/hardening.md): a write observer that kills the
// process with SIGKILL right after a named step of files::WriteFileAtomically, as a power cut or
// kill -9 would leave things. SIGKILL cannot be caught, so no destructor, atexit handler or stdio
// flush runs. Test code only: production passes no observer.

#include <signal.h>
#include <unistd.h>

#include <string>
#include <string_view>

#include "walkaway/files/atomic_file.h"

namespace walkaway::testing {

// The variable the fault-injecting CLI (walkaway_with_faults) reads: the step to die after.
inline constexpr const char* kFaultAtEnv = "WALKAWAY_FAULT_AT";

class KillAfterStep : public files::WriteObserver {
 public:
  explicit KillAfterStep(std::string step) : step_(std::move(step)) {}
  void After(std::string_view step) const override {
    if (step != step_) return;
    ::kill(::getpid(), SIGKILL);
    ::_exit(137);  // not reached
  }

 private:
  std::string step_;
};

}  // namespace walkaway::testing

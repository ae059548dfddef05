#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <iostream>

#include "walkaway/cli/run.h"

namespace walkaway::cli {

Environment SystemEnvironment() {
  Environment env;
  const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm local{};
  localtime_r(&now, &local);
  env.today = core::Date{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
  env.input = &std::cin;
  env.input_fd = STDIN_FILENO;
  env.stdout_is_tty = ::isatty(STDOUT_FILENO) == 1;
  const char* no_color = std::getenv("NO_COLOR");
  env.no_color = no_color != nullptr && no_color[0] != '\0';
  return env;
}

int ExitCodeFor(core::ErrorCode code) {
  switch (code) {
    case core::ErrorCode::kInvalidInput:
    case core::ErrorCode::kNotFound:
    case core::ErrorCode::kTooLarge: return kExitInvalid;
    case core::ErrorCode::kIo: return kExitIo;
    case core::ErrorCode::kInternal: return kExitInternal;
  }
  return kExitInternal;
}

}  // namespace walkaway::cli

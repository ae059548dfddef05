#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
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
  for (const char* name : kEnvironmentVariables) {
    const char* value = std::getenv(name);
    if (value != nullptr && value[0] != '\0') env.vars[name] = value;
  }
  env.no_color = env.Var("NO_COLOR") != nullptr;
  char exe[4096];
  const ssize_t n = ::readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) env.program_dir = std::filesystem::path(std::string(exe, static_cast<size_t>(n))).parent_path().string();
  return env;
}

int ExitCodeFor(core::ErrorCode code) {
  switch (code) {
    case core::ErrorCode::kInvalidInput:
    case core::ErrorCode::kNotFound:
    case core::ErrorCode::kTooLarge:
    case core::ErrorCode::kConflict: return kExitInvalid;
    case core::ErrorCode::kIo: return kExitIo;
    case core::ErrorCode::kInternal: return kExitInternal;
  }
  return kExitInternal;
}

}  // namespace walkaway::cli

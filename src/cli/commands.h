#pragma once

// The subcommands, one file each. Each returns an exit code and writes only to its streams.

#include <optional>
#include <ostream>
#include <string>

#include "walkaway/cli/run.h"
#include "walkaway/core/case.h"

namespace walkaway::cli {

enum class OutputFormat { kText, kJson, kMarkdown };
enum class ColorMode { kAuto, kAlways, kNever };

struct EvaluateOptions {
  std::string file{};
  std::optional<std::string> offer{};
  OutputFormat format = OutputFormat::kText;
  std::optional<std::string> today{};   // YYYY-MM-DD; overrides the case's as_of
  ColorMode color = ColorMode::kAuto;
  std::optional<std::string> output{};  // write here (atomically) instead of stdout
};

struct ValidateOptions {
  std::string file{};
  OutputFormat format = OutputFormat::kText;
};

int RunEvaluate(const EvaluateOptions& options, std::ostream& out, std::ostream& err, const Environment& env);
int RunValidate(const ValidateOptions& options, std::ostream& out, std::ostream& err);

// Prints "walkaway: error: ..." (or the JSON error shape) and returns the matching exit code.
int ReportError(const core::Error& error, OutputFormat format, std::ostream& out, std::ostream& err);

// The date a case is judged on: --today when given (an error names "--today" if it is malformed),
// else the case's as_of, else the environment's today.
core::Result<core::Date> JudgementDate(const core::Case& c, const std::optional<std::string>& today_option,
                                       const Environment& env);

// Ok when the case has an offer with this id; else a not-found error on "--offer" that lists the
// ids and suggests the closest one.
core::Status CheckOfferId(const core::Case& c, const std::string& id);

// Sends text to stdout, or atomically to `path` when given.
int Emit(const std::string& text, const std::optional<std::string>& path, std::ostream& out, std::ostream& err);

inline constexpr const char* kVersion = WALKAWAY_VERSION;

}  // namespace walkaway::cli

#pragma once

// `walkaway compare FILE`: the offers of a case compared robustly (docs/compare.md).

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>

#include "cli/commands.h"

namespace walkaway::cli {

struct CompareCommandOptions {
  std::string file{};
  OutputFormat format = OutputFormat::kText;
  std::optional<std::string> today{};
  std::optional<uint64_t> seed{};
  std::optional<int> draws{};
  std::optional<std::string> output{};  // write here (atomically) instead of stdout
  bool force = false;                    // replace a read-only output file
  std::optional<std::string> lexicon{}; // the scanner's lexicon folder, as for `walkaway evaluate`
  bool no_cache = false;
  bool details = false;  // text and Markdown: the scores and the method after the plain summary
};

int RunCompare(const CompareCommandOptions& options, std::ostream& out, std::ostream& err, const Environment& env);

}  // namespace walkaway::cli

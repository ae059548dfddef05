#pragma once

// `walkaway comp FILE`: the year-by-year pay projection of each offer and of the current job
// (docs/pay-model.md). Kept out of commands.h so that this command's options live next to it.

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>

#include "cli/commands.h"

namespace walkaway::cli {

struct CompOptions {
  std::string file{};
  std::optional<std::string> offer{};
  std::optional<int> years{};
  std::optional<int> paths{};
  std::optional<uint64_t> seed{};
  std::optional<std::string> today{};  // start date for offers without start_date
  OutputFormat format = OutputFormat::kText;
};

int RunComp(const CompOptions& options, std::ostream& out, std::ostream& err, const Environment& env);

}  // namespace walkaway::cli

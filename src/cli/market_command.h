#pragma once

// `walkaway market TITLE --country CC --pay AMOUNT`: where a salary sits in the shipped market index.
// Kept out of commands.h so that this command's options live next to it.

#include <optional>
#include <ostream>
#include <string>

#include "cli/commands.h"

namespace walkaway::cli {

struct MarketOptions {
  std::string title{};
  std::string country{};
  std::string pay{};  // money text: "150000", "150k", "82k EUR", "$150,000"
  std::optional<std::string> currency{};
  std::optional<std::string> rate{};      // "EUR/USD=1.08": 1 EUR is 1.08 USD
  std::optional<std::string> data_dir{};  // overrides WALKAWAY_DATA_DIR and the built-in default
  OutputFormat format = OutputFormat::kText;
};

int RunMarket(const MarketOptions& options, std::ostream& out, std::ostream& err, const Environment& env);

}  // namespace walkaway::cli

#pragma once

// Reading one amount, percentage or range at a position. Private to src/core/extract.

#include <optional>
#include <string>
#include <string_view>

#include "walkaway/core/money.h"

namespace walkaway::core::extract {

struct AmountRead {
  size_t end = 0;
  std::string currency{};
  Money low{};
  Money high{};
  double pct_low = 0;
  double pct_high = 0;
  bool percent = false;
  bool range = false;
  bool between = false;     // "between X and Y"
  bool has_currency = false;
  bool has_suffix = false;  // "95k", "1.2m"
  bool ambiguous = false;   // "5.500"
};

// An amount ("EUR 81,000", "$95k", "40,000 EUR", "81,000 euros"), a percentage ("10%", "8 percent")
// or a range of either ("£70,000–£80,000", "70-80k", "between 70k and 80k", "10-15%") starting at
// `pos` and ending before `limit`. `text` is the original (currency codes must be upper case there);
// `folded` its lower-case copy.
std::optional<AmountRead> ReadAmountOrRange(std::string_view text, std::string_view folded, size_t pos,
                                            size_t limit);

}  // namespace walkaway::core::extract

#pragma once

// Where an offer's base sits in the market, as a plain value: the CLI fills it from the market
// index (walkaway_market, docs/market.md) and passes it to Evaluate through EvaluationInputs; SIGN-PAY
// reports it. The core never reads the index itself, so it does not depend on walkaway_market.

#include <string>

namespace walkaway::core {

struct MarketPosition {
  enum class Bound { kWithin, kBelowLowest, kAboveHighest };
  std::string offer_id{};
  bool comparable = false;  // false: no comparable data, `reason` says why
  std::string reason{};
  double percentile = 0;       // 0..100; for a bound, the lowest or highest known quantile
  Bound bound = Bound::kWithin;  // below the lowest / above the highest known quantile
  // One line with the figures, e.g. "43rd percentile of 228 senior data scientist salaries in US,
  // 2025 (median 160,000 USD; ...)".
  std::string summary{};
  friend bool operator==(const MarketPosition&, const MarketPosition&) = default;
};

}  // namespace walkaway::core

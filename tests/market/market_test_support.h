#pragma once

// Shared helpers for the market tests: the shipped index, and a small hand-made one.

#include <string>

#include "walkaway/market/loader.h"
#include "walkaway/market/market.h"

namespace walkaway::market::testing {

inline const std::string kShippedDir = std::string(WALKAWAY_SOURCE_DIR) + "/data/market";

// The shipped index, loaded once per test binary.
inline const MarketIndex& ShippedIndex() {
  static const MarketIndex index = [] {
    core::Result<MarketIndex> loaded = LoadMarketIndex(kShippedDir);
    return loaded ? std::move(loaded).value() : MarketIndex{};
  }();
  return index;
}

inline Quantiles Q(int64_t p10, int64_t p25, int64_t p50, int64_t p75, int64_t p90) {
  return Quantiles{p10, p25, p50, p75, p90};
}

}  // namespace walkaway::market::testing

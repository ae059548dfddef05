// Percentile of an amount from five stored quantiles (docs/market.md, "Method").

#include "walkaway/market/market.h"

namespace walkaway::market {

std::optional<Percentile> PercentileOf(const Quantiles& quantiles, double amount_units) {
  // The known (percent, value) points, in order; a missing quantile (BLS top-coding) is skipped.
  std::array<std::pair<double, double>, kQuantiles.size()> points{};
  size_t count = 0;
  for (size_t i = 0; i < kQuantiles.size(); ++i) {
    if (quantiles[i])
      points[count++] = {static_cast<double>(kQuantiles[i]), static_cast<double>(*quantiles[i])};
  }
  if (count == 0) return std::nullopt;
  if (amount_units < points[0].second) return Percentile{points[0].first, PercentileBound::kBelowLowest};
  if (amount_units > points[count - 1].second) {
    return Percentile{points[count - 1].first, PercentileBound::kAboveHighest};
  }
  // Several quantiles with the same value (a common salary such as 100,000): the amount sits in the
  // middle of that flat stretch rather than at its start.
  double first_equal = -1.0;
  double last_equal = -1.0;
  for (size_t i = 0; i < count; ++i) {
    if (points[i].second == amount_units) {
      if (first_equal < 0) first_equal = points[i].first;
      last_equal = points[i].first;
    }
  }
  if (first_equal >= 0) return Percentile{(first_equal + last_equal) / 2.0, PercentileBound::kWithin};
  for (size_t i = 0; i + 1 < count; ++i) {
    const auto [q0, v0] = points[i];
    const auto [q1, v1] = points[i + 1];
    if (amount_units > v0 && amount_units < v1) {
      return Percentile{q0 + (q1 - q0) * (amount_units - v0) / (v1 - v0), PercentileBound::kWithin};
    }
  }
  return std::nullopt;  // unreachable for sorted quantiles; unsorted input gives no answer
}

}  // namespace walkaway::market
